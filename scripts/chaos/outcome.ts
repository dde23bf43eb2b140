// What became of a scenario's flow runs, from the two sources of truth: the Prefect server's run records
// and the Jobs in the cluster, matched by the `prefect.io/flow-run-id` label the worker puts on each.
import * as k8s from "@kubernetes/client-node";
import { setTimeout as sleep } from "node:timers/promises";
import { FLOW_RUN_ID_LABEL } from "../../src/kubernetes/jobs.ts";
import { api } from "../bench/prefect.ts";
import { retrying } from "../bench/waiting.ts";

export const FINAL_STATES = new Set(["COMPLETED", "FAILED", "CRASHED", "CANCELLED"]);

export interface RunRecord {
  id: string;
  infrastructure_pid: string | null;
  state_type: string | null;
  state_name: string | null;
  state: { message?: string | null; timestamp?: string } | null;
}

export interface Outcome {
  runs: number;
  /** Runs with at least one Job labelled with their id. */
  withJob: number;
  /** Jobs beyond the first per run. */
  duplicates: number;
  /** Runs with no Job whose state is final (Crashed with a reason, Cancelled, …). */
  finishedWithoutJob: number;
  /** Runs with no Job back in (or still in) SCHEDULED. */
  scheduledWithoutJob: number;
  /**
   * CANCELLING, or PENDING without both a Job and its recorded pid: left between claim and Job. (A run
   * PENDING with its Job and pid is submitted; the scenarios' Jobs are suspended, so their runs stay so.)
   */
  stranded: number;
  /** No Job and no final state (nor SCHEDULED, when `scheduledIsFine`). */
  lost: number;
  /** Runs whose Job exists but whose record has no infrastructure_pid. */
  jobWithoutPid: number;
  /** Count by state type, for the report. */
  byState: Record<string, number>;
  /** A few ids of lost and stranded runs, for the log. */
  examples: string[];
  /** Crash messages of runs finished without a Job (ids masked) → count. */
  crashReasons: Record<string, number>;
}

/** The runs' records, 200 ids per request. */
export async function readRuns(ids: string[]): Promise<RunRecord[]> {
  const out: RunRecord[] = [];
  for (let i = 0; i < ids.length; i += 200) {
    const chunk = ids.slice(i, i + 200);
    out.push(
      ...(await api<RunRecord[]>("POST", "/flow_runs/filter", {
        flow_runs: { id: { any_: chunk } },
        limit: 200,
      })),
    );
  }
  return out;
}

/** Jobs per flow-run id in the namespaces, paged. */
export async function jobsByRun(kc: k8s.KubeConfig, namespaces: string[]): Promise<Map<string, string[]>> {
  const batch = kc.makeApiClient(k8s.BatchV1Api);
  const byRun = new Map<string, string[]>();
  for (const namespace of namespaces) {
    let _continue: string | undefined;
    do {
      const page = await retrying("list Jobs", () =>
        batch.listNamespacedJob({ namespace, labelSelector: FLOW_RUN_ID_LABEL, limit: 500, _continue }),
      );
      for (const job of page.items) {
        const id = job.metadata?.labels?.[FLOW_RUN_ID_LABEL];
        if (!id) continue;
        byRun.set(id, [...(byRun.get(id) ?? []), `${namespace}/${job.metadata?.name}`]);
      }
      _continue = page.metadata?._continue || undefined;
    } while (_continue);
  }
  return byRun;
}

const maskIds = (text: string) =>
  text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<id>")
    .replace(/\d+/g, "N")
    .slice(0, 200);

export async function collectOutcome(input: {
  kc: k8s.KubeConfig;
  namespaces: string[];
  flowRunIds: string[];
  /** Runs back in SCHEDULED are accounted for (a stopped worker handed them back). */
  scheduledIsFine?: boolean;
}): Promise<Outcome> {
  const [records, jobs] = await Promise.all([
    readRuns(input.flowRunIds),
    jobsByRun(input.kc, input.namespaces),
  ]);
  const outcome: Outcome = {
    runs: input.flowRunIds.length,
    withJob: 0,
    duplicates: 0,
    finishedWithoutJob: 0,
    scheduledWithoutJob: 0,
    stranded: 0,
    lost: 0,
    jobWithoutPid: 0,
    byState: {},
    examples: [],
    crashReasons: {},
  };
  const byId = new Map(records.map((record) => [record.id, record]));
  for (const id of input.flowRunIds) {
    const record = byId.get(id);
    const state = record?.state_type ?? "MISSING";
    outcome.byState[state] = (outcome.byState[state] ?? 0) + 1;
    const jobCount = jobs.get(id)?.length ?? 0;
    if (state === "CANCELLING" || (state === "PENDING" && (jobCount === 0 || !record?.infrastructure_pid))) {
      outcome.stranded += 1;
      if (outcome.examples.length < 5) outcome.examples.push(`${id} ${state} (${jobCount} Jobs)`);
    }
    if (jobCount > 0) {
      outcome.withJob += 1;
      outcome.duplicates += jobCount - 1;
      if (!record?.infrastructure_pid) outcome.jobWithoutPid += 1;
      continue;
    }
    if (FINAL_STATES.has(state)) {
      outcome.finishedWithoutJob += 1;
      const reason = maskIds(record?.state?.message ?? "(no message)");
      outcome.crashReasons[reason] = (outcome.crashReasons[reason] ?? 0) + 1;
    } else if (state === "SCHEDULED") {
      outcome.scheduledWithoutJob += 1;
      if (!input.scheduledIsFine) {
        outcome.lost += 1;
        if (outcome.examples.length < 5) outcome.examples.push(`${id} SCHEDULED without a Job`);
      }
    } else {
      outcome.lost += 1;
      if (outcome.examples.length < 5) outcome.examples.push(`${id} ${state} without a Job`);
    }
  }
  return outcome;
}

/**
 * Polls until every run has a Job or a final state (and no Job lacks its pid), or `timeoutMs` passes;
 * returns the last outcome and when it settled (undefined on timeout).
 */
export async function waitForOutcome(
  input: Parameters<typeof collectOutcome>[0] & { timeoutMs: number; intervalMs?: number },
): Promise<{ outcome: Outcome; settledAt: number | undefined }> {
  const deadline = Date.now() + input.timeoutMs;
  for (;;) {
    const outcome = await collectOutcome(input);
    const accounted = outcome.withJob + outcome.finishedWithoutJob;
    if (accounted === outcome.runs && outcome.jobWithoutPid === 0 && outcome.stranded === 0) {
      return { outcome, settledAt: Date.now() };
    }
    if (Date.now() > deadline) return { outcome, settledAt: undefined };
    await sleep(input.intervalMs ?? 1000);
  }
}

export function describeOutcome(outcome: Outcome): string {
  const states = Object.entries(outcome.byState)
    .map(([state, count]) => `${count} ${state}`)
    .join(", ");
  return (
    `${outcome.runs} runs: ${outcome.withJob} with a Job, ${outcome.finishedWithoutJob} final without one, ` +
    `${outcome.scheduledWithoutJob} SCHEDULED, ${outcome.stranded} stranded, ${outcome.lost} lost, ` +
    `${outcome.duplicates} duplicate Jobs (states: ${states})` +
    (outcome.examples.length ? `; e.g. ${outcome.examples.join("; ")}` : "")
  );
}

/** The usual checks of a scenario whose runs must all end with exactly one Job or a final state. */
export function noLossChecks(outcome: Outcome) {
  return [
    { name: "0 lost", ok: outcome.lost === 0, detail: `${outcome.lost} lost` },
    { name: "0 duplicate Jobs", ok: outcome.duplicates === 0, detail: `${outcome.duplicates} duplicates` },
    {
      name: "0 stranded",
      ok: outcome.stranded === 0,
      detail: `${outcome.stranded} PENDING without a recorded Job, or CANCELLING`,
    },
  ];
}
