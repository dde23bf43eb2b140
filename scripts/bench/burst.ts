// A burst: N flow runs due now → every run has its Job (an infrastructure_pid), for one worker (or the
// throughput floor). Gated by default: the pool's default queue is paused while the runs are created and
// the clock starts when it resumes, so run creation does not compete with the worker for the server.
// Peak RSS of the worker (and of the memory floor, over the same window) is sampled every 250 ms. With
// `perRun`, each run's way is timed from the server's records: queue resumed → PENDING (the worker's poll
// picked it up and claimed it) → pid seen by this script (polling every 250 ms).
import * as k8s from "@kubernetes/client-node";
import { api, mapLimit, runsOf, type RunRow } from "./prefect.ts";
import { PeakSampler, sampleTree, type TreeSample } from "./procfs.ts";
import { retrying, until } from "./waiting.ts";
import type { RunningWorker } from "./workers.ts";

// A run given up on (Crashed when it could not be submitted) is finished with as surely as one with a Job.
const FINISHED_WITHOUT_JOB = new Set(["CRASHED", "FAILED", "CANCELLED", "CANCELLING"]);

export interface PerRun {
  id: string;
  /** Queue resumed → the run's PENDING state timestamp (server clock), ms. */
  pendingMs?: number;
  /** Queue resumed → pid first seen by this script, ms. */
  pidSeenMs?: number;
  state?: string;
}

export interface BurstResult {
  runs: number;
  gated: boolean;
  /** Epoch ms the queue resumed (ungated: the last run was created): the clock's start. */
  releasedAt: number;
  /** From the first create request to the last create response. */
  createSeconds: number;
  /** Queue resumed (or, ungated, all runs exist) → every run has an infrastructure_pid or was given up. */
  allJobsSeconds: number;
  /** The same end point from the server's clock: the latest `updated` among the runs. */
  allJobsServerSeconds: number | undefined;
  runsWithPid: number;
  /** Runs given up on: Crashed/Failed/Cancelled without a pid (for a burst: the server's 5xx answers). */
  runsCrashed: number;
  /** Their state messages (ids and numbers masked) → count: who is to blame, the server or the cluster. */
  crashReasons: Record<string, number>;
  jobsInNamespace: number;
  distinctRunsWithJobs: number;
  peak: TreeSample | undefined;
  /** The memory floor's peak over the same window. */
  floorPeak: TreeSample | undefined;
  atEnd: TreeSample | undefined;
  settled: TreeSample | undefined;
  cpuSeconds: number | undefined;
  perRun?: PerRun[];
}

export function createRun(deploymentId: string): Promise<{ id: string }> {
  return api<{ id: string }>("POST", `/deployments/${deploymentId}/create_flow_run`, {
    state: {
      type: "SCHEDULED",
      name: "Scheduled",
      state_details: { scheduled_time: new Date().toISOString() },
    },
  });
}

export async function setQueuePaused(pool: string, paused: boolean): Promise<void> {
  await api("PATCH", `/work_pools/${encodeURIComponent(pool)}/queues/default`, { is_paused: paused });
}

/** Counts of the runs in `ids`: with a pid, given up on, and the rest by state. */
export function tally(rows: RunRow[], ids: Set<string>) {
  const mine = rows.filter((row) => ids.has(row.id));
  const withPid = mine.filter((row) => row.infrastructure_pid !== null);
  const given = mine.filter(
    (row) => row.infrastructure_pid === null && FINISHED_WITHOUT_JOB.has(row.state_type ?? ""),
  );
  const byState = new Map<string, number>();
  for (const row of mine) {
    if (row.infrastructure_pid !== null) continue;
    const state = row.state_type ?? "none";
    byState.set(state, (byState.get(state) ?? 0) + 1);
  }
  const text =
    `${withPid.length} with a pid; without: ` +
    ([...byState].map(([state, count]) => `${count} ${state}`).join(", ") || "none");
  return { mine, withPid, given, text };
}

async function pendingTimestamps(ids: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  await mapLimit(ids, 5, async (id) => {
    const states = await api<{ type: string; timestamp: string }[]>(
      "GET",
      `/flow_run_states/?flow_run_id=${id}`,
    );
    const pending = states.filter((s) => s.type === "PENDING").map((s) => Date.parse(s.timestamp));
    if (pending.length) out.set(id, Math.min(...pending));
  });
  return out;
}

export async function measureBurst(input: {
  label: string;
  worker: RunningWorker;
  floor?: RunningWorker;
  kc: k8s.KubeConfig;
  pool: string;
  deploymentId: string;
  namespace: string;
  runs: number;
  concurrency: number;
  gated: boolean;
  timeoutSeconds: number;
  settleSeconds: number;
  perRun: boolean;
  progress: (message: string) => void;
}): Promise<BurstResult> {
  const { label, worker, pool, deploymentId, progress, runs: n } = input;
  const sampler = new PeakSampler(worker.pid, 250);
  const floorSampler = input.floor ? new PeakSampler(input.floor.pid, 250) : undefined;
  const cpuBefore = sampleTree(worker.pid)?.cpuSeconds;
  try {
    if (input.gated) await setQueuePaused(pool, true);
    const firstCreateAt = Date.now();
    progress(
      `${label}: creating ${n} runs due now (${input.concurrency} at a time)` +
        (input.gated ? " in the paused default queue" : ""),
    );
    const created = await mapLimit(
      Array.from({ length: n }, (_, i) => i),
      input.concurrency,
      () => createRun(deploymentId),
    );
    const lastCreatedAt = Date.now();
    if (input.gated) await setQueuePaused(pool, false);
    const releasedAt = Date.now();
    const ids = new Set(created.map((run) => run.id));
    const pidSeen = new Map<string, number>();
    progress(
      `${label}: ${n} runs exist after ${((lastCreatedAt - firstCreateAt) / 1000).toFixed(1)}s` +
        `${input.gated ? "; queue resumed" : ""}; waiting until every one has an infrastructure_pid`,
    );
    let lastReport = Date.now();
    let lastCounts = "";
    const done = await until(
      `all ${n} runs to have an infrastructure_pid or be crashed`,
      worker,
      input.timeoutSeconds * 1000,
      input.perRun ? 250 : 500,
      async () => {
        const counts = tally(await runsOf(deploymentId), ids);
        const now = Date.now();
        for (const row of counts.withPid) if (!pidSeen.has(row.id)) pidSeen.set(row.id, now);
        lastCounts = counts.text;
        if (counts.withPid.length + counts.given.length >= n) return { at: now, ...counts };
        if (now - lastReport > 5000) {
          lastReport = now;
          progress(`${label}: ${lastCounts}`);
        }
        return undefined;
      },
    ).catch((err: Error) => {
      throw new Error(`${err.message}; runs: ${lastCounts}`);
    });
    const peak = sampler.stop();
    const floorPeak = floorSampler?.stop();
    const atEnd = sampleTree(worker.pid);
    const lastUpdated = Math.max(...done.mine.map((row) => (row.updated ? Date.parse(row.updated) : 0)));
    progress(`${label}: every run has a pid or was given up (${lastCounts}); cross-checking the Jobs`);

    const batch = input.kc.makeApiClient(k8s.BatchV1Api);
    const jobs = await retrying("list Jobs", () =>
      batch.listNamespacedJob({ namespace: input.namespace, labelSelector: "prefect.io/flow-run-id" }),
    );
    const runsWithJobs = new Set(
      jobs.items
        .map((job) => job.metadata?.labels?.["prefect.io/flow-run-id"])
        .filter((id): id is string => id !== undefined && ids.has(id)),
    );
    const crashReasons: Record<string, number> = {};
    await mapLimit(done.given.slice(0, 100), 5, async (row) => {
      const run = await api<{ state?: { message?: string | null } | null }>(
        "GET",
        `/flow_runs/${row.id}`,
      ).catch(() => undefined);
      const shape = (run?.state?.message ?? `${row.state_type} (no message)`)
        .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "<id>")
        .slice(0, 160);
      crashReasons[shape] = (crashReasons[shape] ?? 0) + 1;
    });
    let perRun: PerRun[] | undefined;
    if (input.perRun) {
      const pending = await pendingTimestamps([...ids]);
      perRun = done.mine.map((row) => ({
        id: row.id,
        ...(pending.has(row.id) ? { pendingMs: pending.get(row.id)! - releasedAt } : {}),
        ...(pidSeen.has(row.id) ? { pidSeenMs: pidSeen.get(row.id)! - releasedAt } : {}),
        state: row.state_type ?? "none",
      }));
    }
    const settleEnd = Date.now() + input.settleSeconds * 1000;
    while (Date.now() < settleEnd && !worker.hasExited()) await new Promise((r) => setTimeout(r, 250));
    const cpuAfter = atEnd?.cpuSeconds;
    return {
      runs: n,
      gated: input.gated,
      releasedAt,
      createSeconds: (lastCreatedAt - firstCreateAt) / 1000,
      allJobsSeconds: (done.at - releasedAt) / 1000,
      allJobsServerSeconds: lastUpdated > 0 ? Math.max(0, lastUpdated - releasedAt) / 1000 : undefined,
      runsWithPid: done.withPid.length,
      runsCrashed: done.given.length,
      crashReasons,
      jobsInNamespace: jobs.items.length,
      distinctRunsWithJobs: runsWithJobs.size,
      peak,
      floorPeak,
      atEnd,
      settled: sampleTree(worker.pid),
      cpuSeconds: cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined,
      ...(perRun ? { perRun } : {}),
    };
  } finally {
    sampler.stop();
    floorSampler?.stop();
  }
}
