// Crash-detection latency: how long after a flow run's Job reaches failed the worker's observer has the
// run Crashed. The same procedure for both workers, each with its observer scoped to a fresh namespace:
//
//   1. flow runs of a deployment in the worker's pool, created straight into RUNNING: never SCHEDULED, so
//      the worker does not pick them up, and past PENDING, so the observer takes its immediate crash path
//      (for a PENDING run both observers wait up to 30 s for a replacement Job by design);
//   2. per run, a Job made here (admin kubeconfig) labelled with the run's id, backoffLimit 0, whose one
//      container exits 1 after 2 s; a few Jobs alive at a time, so neither the API server nor the kubelet
//      is what is measured;
//   3. once every run is Crashed (or a timeout), the latency per run from the server's own records:
//      the Crashed state's `timestamp` (the Prefect server's clock) minus the Job's `Failed` condition
//      `lastTransitionTime` (the controller-manager's clock; whole seconds).
//
// Every component runs on this machine, so the clocks are one clock. The Failed condition is truncated to
// the second, which adds 0 to 1 s to every sample (the same for both workers); the benchmark's own watch
// of the Jobs gives the millisecond-resolution moment the failed Job reached watchers, reported beside it.
// A warm-up run, not counted, proves the observer is watching before the clock matters. Other suites on
// the shared stack may run a worker whose observer watches the whole cluster and races this one for the
// same Jobs; each crash is attributed from the worker's own "marking as crashed" log line (see announcedBy).
import * as k8s from "@kubernetes/client-node";
import { readFileSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { api, mapLimit } from "./prefect.ts";
import type { RunningWorker } from "./workers.ts";

const FLOW_RUN_ID_LABEL = "prefect.io/flow-run-id";
const FLOW_RUN_NAME_LABEL = "prefect.io/flow-run-name";
/** What both observers log (at WARNING) just before proposing Crashed. */
const CRASH_LOG_MARK = "marking as crashed";
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

export interface CrashLatencySettings {
  runs: number;
  /** Jobs alive at once. */
  concurrency: number;
  /** After the last Job failed, how long runs may take to become Crashed before they count as misses. */
  timeoutSeconds: number;
}

/** Seconds; nearest-rank percentiles. */
export interface LatencyStats {
  n: number;
  min: number;
  p50: number;
  p95: number;
  max: number;
}

export interface CrashLatencyResult {
  /** The state the runs were in when their Jobs failed. */
  runState: "RUNNING";
  runs: number;
  crashed: number;
  /** Runs not Crashed by the end, with the state they were in. */
  misses: { id: string; state: string }[];
  /** Jobs that never reached failed (a stack problem, not the observer's). */
  jobsNotFailed: number;
  /** Crashed, but not announced in this worker's log first: another observer on the stack did it. */
  crashedElsewhere: string[];
  /** Of those, the ones this worker never announced (it found them Crashed already): in no percentile. */
  crashedElsewhereUncounted: number;
  /** Lines of the worker's log announcing a crash (the warm-up's included). */
  crashLogLines: number;
  /** Job `Failed` condition lastTransitionTime (whole seconds) → Crashed state timestamp. */
  fromFailedCondition?: LatencyStats;
  /** The failed Job's arrival on this benchmark's own watch (ms) → Crashed state timestamp. */
  fromFailedSeen?: LatencyStats;
  /** The pod's container `terminated.finishedAt` (whole seconds) → Crashed: includes the Job controller. */
  fromPodFinished?: LatencyStats;
  /** First measured Job created → last measured run seen Crashed (or the timeout). */
  wallSeconds: number;
  /** Per-run detail, written as JSON. */
  detailFile?: string;
}

interface RunSample {
  id: string;
  job: string;
  state: string;
  crashedAt?: number;
  failedConditionAt?: number;
  failedSeenAt?: number;
  podFinishedAt?: number;
  /** This worker's first announcement of the crash in its log. */
  announcedAt?: number;
  crashedBy?: "this worker" | "another";
}

/**
 * When this worker had the run Crashed, or — when another observer got there first — the earliest it
 * could have: no sooner than its own announcement, nor than the crash that beat it. Leaving those runs
 * out instead would drop exactly this worker's slow samples. Undefined when it never announced one.
 */
function endOf(sample: RunSample): number | undefined {
  if (sample.crashedAt === undefined) return undefined;
  if (sample.crashedBy === "this worker") return sample.crashedAt;
  return sample.announcedAt === undefined ? undefined : Math.max(sample.crashedAt, sample.announcedAt);
}

export function latencyStats(valuesMs: number[]): LatencyStats | undefined {
  if (valuesMs.length === 0) return undefined;
  const sorted = [...valuesMs].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]! / 1000;
  return {
    n: sorted.length,
    min: sorted[0]! / 1000,
    p50: rank(0.5),
    p95: rank(0.95),
    max: sorted[sorted.length - 1]! / 1000,
  };
}

function failedPastBackoff(job: k8s.V1Job): boolean {
  return (job.status?.failed ?? 0) > (job.spec?.backoffLimit ?? 6);
}

/**
 * The moment each Job was first seen failed on a watch of the namespace: the same event the observers act
 * on. A Job already failed when (re)listed after a dropped watch gets no time — it would be late.
 */
class FailedJobWatch {
  readonly #kc: k8s.KubeConfig;
  readonly #namespace: string;
  readonly #seen = new Map<string, number | undefined>();
  readonly #waiters = new Map<string, () => void>();
  #request: AbortController | undefined;
  #stopped = false;

  constructor(kc: k8s.KubeConfig, namespace: string) {
    this.#kc = kc;
    this.#namespace = namespace;
  }

  async start(relist = false): Promise<void> {
    if (this.#stopped) return;
    this.#request = await new k8s.Watch(this.#kc).watch(
      `/apis/batch/v1/namespaces/${this.#namespace}/jobs`,
      { labelSelector: FLOW_RUN_ID_LABEL },
      (type: string, job: k8s.V1Job) => {
        const name = job.metadata?.name;
        if (!name || this.#seen.has(name) || !failedPastBackoff(job)) return;
        this.#seen.set(name, relist && type === "ADDED" ? undefined : Date.now());
        this.#waiters.get(name)?.();
      },
      () => {
        if (!this.#stopped) void sleep(500).then(() => this.start(true));
      },
    );
  }

  stop(): void {
    this.#stopped = true;
    this.#request?.abort();
  }

  seenAt(name: string): number | undefined {
    return this.#seen.get(name);
  }

  /** Resolves true once the Job is seen failed, false after `timeoutMs`. */
  async failed(name: string, timeoutMs: number): Promise<boolean> {
    if (this.#seen.has(name)) return true;
    let timer: NodeJS.Timeout | undefined;
    const seen = await new Promise<boolean>((resolve) => {
      this.#waiters.set(name, () => resolve(true));
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    clearTimeout(timer);
    this.#waiters.delete(name);
    return seen;
  }
}

interface Run {
  id: string;
  name: string;
}

function failingJob(name: string, run: Run): k8s.V1Job {
  // The pod carries the run's labels too, as the workers' pods do, so both observers also replicate its
  // pod events (left at their default) while they detect the crash. Without the run's name the
  // reference's pod handler fails on every event (its RelatedResource needs a name), ours skips them.
  const labels = { [FLOW_RUN_ID_LABEL]: run.id, [FLOW_RUN_NAME_LABEL]: run.name };
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: { name, labels },
    spec: {
      backoffLimit: 0,
      template: {
        metadata: { labels },
        spec: {
          restartPolicy: "Never",
          // The local kubelet runs an unmapped image's command on the host.
          containers: [{ name: "prefect-job", image: "busybox", command: ["sh", "-c", "sleep 2; exit 1"] }],
        },
      },
    },
  };
}

async function createRunningRun(deploymentId: string): Promise<Run> {
  const run = await api<Run & { state?: { type?: string } }>(
    "POST",
    `/deployments/${deploymentId}/create_flow_run`,
    { state: { type: "RUNNING", name: "Running" } },
  );
  if (run.state?.type !== "RUNNING") {
    await api("POST", `/flow_runs/${run.id}/set_state`, {
      state: { type: "RUNNING", name: "Running" },
      force: true,
    });
  }
  return { id: run.id, name: run.name };
}

interface RunState {
  id: string;
  state: { type: string; timestamp: string } | null;
}

async function readRuns(ids: string[]): Promise<Map<string, RunState>> {
  const found = new Map<string, RunState>();
  for (let i = 0; i < ids.length; i += 200) {
    const page = await api<RunState[]>("POST", "/flow_runs/filter", {
      flow_runs: { id: { any_: ids.slice(i, i + 200) } },
      limit: 200,
    });
    for (const run of page) found.set(run.id, run);
  }
  return found;
}

/** A time of day ("HH:MM:SS.mmm", UTC) on the day that puts it nearest `near`. */
function timeOfDayNear(timeOfDay: string, near: number): number | undefined {
  const day = new Date(near).toISOString().slice(0, 10);
  const sameDay = Date.parse(`${day}T${timeOfDay}Z`);
  if (Number.isNaN(sameDay)) return undefined;
  const dayMs = 86_400_000;
  return [sameDay - dayMs, sameDay, sameDay + dayMs].reduce((a, b) =>
    Math.abs(a - near) <= Math.abs(b - near) ? a : b,
  );
}

/**
 * When this worker's log announced the crash of each run (ms; several times if it tried more than once).
 * Ours logs pino JSON with an ISO `time`; the reference logs "HH:MM:SS.mmm | WARNING | ..." in the
 * process's local time, which the benchmark sets to UTC. `near` dates the reference's times of day.
 */
function crashAnnouncements(logFile: string, near: number): { byRun: Map<string, number[]>; lines: number } {
  let text = "";
  try {
    text = readFileSync(logFile, "utf8");
  } catch {
    // no log: nothing is attributed to this worker
  }
  const byRun = new Map<string, number[]>();
  let lines = 0;
  for (const line of text.split("\n")) {
    if (!line.includes(CRASH_LOG_MARK)) continue;
    lines++;
    let at: number | undefined;
    if (line.startsWith("{")) {
      try {
        at = parseTime((JSON.parse(line) as { time?: string }).time);
      } catch {
        // not JSON after all
      }
    } else {
      const timeOfDay = /^(\d{2}:\d{2}:\d{2}\.\d{3}) /.exec(line)?.[1];
      if (timeOfDay) at = timeOfDayNear(timeOfDay, near);
    }
    if (at === undefined) continue;
    for (const id of new Set(line.match(UUID) ?? [])) byRun.set(id, [...(byRun.get(id) ?? []), at]);
  }
  return { byRun, lines };
}

/**
 * Another observer watching the whole cluster (another suite's worker on the shared stack) races this one
 * for the same Jobs. A crash is this worker's when its log announced it no later than the Crashed state's
 * timestamp: the announcement precedes the proposal, and the server stamps the state on receipt. (When
 * both announced before the first proposal landed, the earlier one counts: a bias of at most one
 * proposal's round trip.)
 */
function announcedBy(announcements: Map<string, number[]>, runId: string, crashedAt: number): boolean {
  const SLACK_MS = 5; // the logs' millisecond truncation
  return (announcements.get(runId) ?? []).some((at) => at <= crashedAt + SLACK_MS);
}

function parseTime(value: Date | string | undefined | null): number | undefined {
  if (value === undefined || value === null) return undefined;
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

export async function measureCrashLatency(options: {
  kc: k8s.KubeConfig;
  namespace: string;
  deploymentId: string;
  worker: RunningWorker;
  settings: CrashLatencySettings;
  progress: (message: string) => void;
  /** Where to write the per-run detail; none when omitted. */
  detailFile?: string;
}): Promise<CrashLatencyResult> {
  const { kc, namespace, deploymentId, worker, settings, progress } = options;
  const batch = kc.makeApiClient(k8s.BatchV1Api);
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const watch = new FailedJobWatch(kc, namespace);
  const alive = () => {
    if (worker.hasExited()) throw new Error(`the ${worker.kind} worker exited; see ${worker.logFile}`);
  };
  let jobCount = 0;
  const startJob = async (run: Run): Promise<string> => {
    const name = `crash-${++jobCount}-${run.id.slice(0, 8)}`;
    await batch.createNamespacedJob({ namespace, body: failingJob(name, run) });
    return name;
  };
  /** Polls until every run is Crashed, or the deadline; returns the last read. */
  const untilSettled = async (ids: string[], deadline: number) => {
    for (;;) {
      alive();
      const runs = await readRuns(ids);
      const open = ids.filter((id) => runs.get(id)?.state?.type !== "CRASHED");
      if (open.length === 0 || Date.now() > deadline) return { runs, open, at: Date.now() };
      await sleep(250);
    }
  };

  await watch.start();
  try {
    // Until this worker's observer has crashed one itself: a run crashed by another observer proves nothing.
    progress(`${worker.kind}: warm-up: a run and a failing Job, until the observer crashes it`);
    const warmUpDeadline = Date.now() + 180_000;
    for (let attempt = 1; ; attempt++) {
      const warmUp = await createRunningRun(deploymentId);
      await startJob(warmUp);
      const warm = await untilSettled([warmUp.id], warmUpDeadline);
      const crashedAt = parseTime(warm.runs.get(warmUp.id)?.state?.timestamp);
      if (warm.open.length > 0 || crashedAt === undefined) {
        throw new Error(
          `the ${worker.kind} observer did not crash the warm-up run ${warmUp.id} within 180s ` +
            `(state ${warm.runs.get(warmUp.id)?.state?.type ?? "unknown"}); see ${worker.logFile}`,
        );
      }
      // The log line may trail the crash by a moment.
      await sleep(500);
      if (announcedBy(crashAnnouncements(worker.logFile, crashedAt).byRun, warmUp.id, crashedAt)) break;
      if (attempt === 5 || Date.now() > warmUpDeadline) {
        throw new Error(
          `every warm-up run was crashed by another observer, not the ${worker.kind} worker's ` +
            `(${attempt} tries); see ${worker.logFile}`,
        );
      }
      progress(`${worker.kind}: the warm-up run was crashed by another observer on the stack; again`);
    }

    progress(`${worker.kind}: creating ${settings.runs} runs in RUNNING`);
    const runs = await mapLimit(
      Array.from({ length: settings.runs }, (_, i) => i),
      5,
      () => createRunningRun(deploymentId),
    );
    progress(
      `${worker.kind}: one failing Job per run, ${settings.concurrency} alive at a time; ` +
        `waiting for each to fail`,
    );
    const jobOf = new Map<string, string>();
    const startedAt = Date.now();
    let notFailed = 0;
    let lastFailedAt = startedAt;
    await mapLimit(runs, settings.concurrency, async (run) => {
      alive();
      // Desynchronises the lanes, so failures arrive spread out rather than five at a time.
      await sleep(Math.random() * 1000);
      const name = await startJob(run);
      jobOf.set(run.id, name);
      if (await watch.failed(name, 120_000)) lastFailedAt = Math.max(lastFailedAt, Date.now());
      else notFailed++;
    });
    progress(`${worker.kind}: every Job failed (${notFailed} did not); waiting for the runs to be Crashed`);
    const ids = runs.map((run) => run.id);
    const settled = await untilSettled(ids, lastFailedAt + settings.timeoutSeconds * 1000);

    const jobs = new Map(
      (await batch.listNamespacedJob({ namespace, labelSelector: FLOW_RUN_ID_LABEL })).items.map((job) => [
        job.metadata?.name ?? "",
        job,
      ]),
    );
    const podFinished = new Map<string, number>();
    for (const pod of (await core.listNamespacedPod({ namespace, labelSelector: FLOW_RUN_ID_LABEL })).items) {
      const runId = pod.metadata?.labels?.[FLOW_RUN_ID_LABEL];
      const finished = parseTime(pod.status?.containerStatuses?.[0]?.state?.terminated?.finishedAt);
      if (runId && finished !== undefined) podFinished.set(runId, finished);
    }
    const logged = crashAnnouncements(worker.logFile, settled.at);

    const samples: RunSample[] = ids.map((id) => {
      const run = settled.runs.get(id);
      const job = jobOf.get(id) ?? "";
      const failed = jobs
        .get(job)
        ?.status?.conditions?.find((c) => c.type === "Failed" && c.status === "True");
      const crashed = run?.state?.type === "CRASHED";
      const sample: RunSample = { id, job, state: run?.state?.type ?? "unknown" };
      const crashedAt = crashed ? parseTime(run?.state?.timestamp) : undefined;
      const failedConditionAt = parseTime(failed?.lastTransitionTime);
      const failedSeenAt = watch.seenAt(job);
      const podFinishedAt = podFinished.get(id);
      if (crashedAt !== undefined) sample.crashedAt = crashedAt;
      if (failedConditionAt !== undefined) sample.failedConditionAt = failedConditionAt;
      if (failedSeenAt !== undefined) sample.failedSeenAt = failedSeenAt;
      if (podFinishedAt !== undefined) sample.podFinishedAt = podFinishedAt;
      return sample;
    });
    for (const sample of samples) {
      if (sample.crashedAt === undefined) continue;
      const announced = logged.byRun.get(sample.id);
      if (announced) sample.announcedAt = Math.min(...announced);
      sample.crashedBy = announcedBy(logged.byRun, sample.id, sample.crashedAt) ? "this worker" : "another";
    }
    const crashedElsewhere = samples.filter((s) => s.crashedBy === "another");
    const since = (from: (s: RunSample) => number | undefined) =>
      latencyStats(
        samples.flatMap((s) => {
          const start = from(s);
          const end = endOf(s);
          return start === undefined || end === undefined ? [] : [end - start];
        }),
      );
    const result: CrashLatencyResult = {
      runState: "RUNNING",
      runs: ids.length,
      crashed: samples.filter((s) => s.crashedAt !== undefined).length,
      misses: samples.filter((s) => s.crashedAt === undefined).map((s) => ({ id: s.id, state: s.state })),
      jobsNotFailed: notFailed,
      crashedElsewhere: crashedElsewhere.map((s) => s.id),
      crashedElsewhereUncounted: crashedElsewhere.filter((s) => endOf(s) === undefined).length,
      crashLogLines: logged.lines,
      wallSeconds: (settled.at - startedAt) / 1000,
    };
    const fromFailedCondition = since((s) => s.failedConditionAt);
    const fromFailedSeen = since((s) => s.failedSeenAt);
    const fromPodFinished = since((s) => s.podFinishedAt);
    if (fromFailedCondition) result.fromFailedCondition = fromFailedCondition;
    if (fromFailedSeen) result.fromFailedSeen = fromFailedSeen;
    if (fromPodFinished) result.fromPodFinished = fromPodFinished;
    if (options.detailFile) {
      writeFileSync(options.detailFile, JSON.stringify({ namespace, samples }, null, 1) + "\n");
      result.detailFile = options.detailFile;
    }
    return result;
  } finally {
    watch.stop();
  }
}
