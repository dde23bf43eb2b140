// The Job handler's decisions (the reference's TestMarkFlowRunAsCrashed / TestFetchCrashedPodLogs themes),
// with a recording test double for the Prefect API and a clock the test moves: which Job events crash a
// run, which runs are left alone, the wait for a replacement Job, and when captured logs are sent.
import type { V1Job } from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { test } from "node:test";
import {
  JOB_DELETED_MESSAGE,
  JobHandler,
  NO_ACTIVE_PODS_MESSAGE,
  type JobHandlerOptions,
} from "../../src/kubernetes/observer/job-handler.ts";
import { createLogger } from "../../src/observability/logger.ts";
import { PrefectApiError } from "../../src/prefect/errors.ts";
import type { OrchestrationResult } from "../../src/prefect/types.ts";

const RUN = "0b5c1a1e-8a8e-4d8e-9d8a-1c2b3c4d5e6f";

function job(
  overrides: {
    name?: string;
    failed?: number;
    backoffLimit?: number;
    succeeded?: number;
    active?: number;
    reason?: string;
  } = {},
): V1Job {
  return {
    metadata: {
      name: overrides.name ?? "job-a",
      namespace: "ns",
      uid: "u",
      labels: { "prefect.io/flow-run-id": RUN },
    },
    spec: {
      template: {},
      ...(overrides.backoffLimit !== undefined ? { backoffLimit: overrides.backoffLimit } : {}),
    },
    status: {
      ...(overrides.failed !== undefined ? { failed: overrides.failed } : {}),
      ...(overrides.succeeded !== undefined ? { succeeded: overrides.succeeded } : {}),
      ...(overrides.active !== undefined ? { active: overrides.active } : {}),
      ...(overrides.reason
        ? { conditions: [{ type: "Failed", status: "True", reason: overrides.reason }] }
        : {}),
    },
  } as V1Job;
}

interface Harness {
  handler: JobHandler;
  proposals: string[];
  logs: string[];
  reads: number;
  logFetches: number;
  clock: { now: number };
}

function harness(options: {
  states: { type: string; name: string }[] | (() => { type: string; name: string });
  answer?: OrchestrationResult["status"];
  jobs?: V1Job[];
  readError?: unknown;
  logs?: string[];
}): Harness {
  const clock = { now: 0 };
  const h: Harness = { handler: undefined as never, proposals: [], logs: [], reads: 0, logFetches: 0, clock };
  const stateAt = () => {
    if (typeof options.states === "function") return options.states();
    return options.states[Math.min(h.reads - 1, options.states.length - 1)]!;
  };
  const api: JobHandlerOptions["api"] = {
    readFlowRun: async () => {
      h.reads++;
      if (options.readError) throw options.readError;
      return { id: RUN, state: stateAt() } as never;
    },
    setFlowRunState: async (_id, state) => {
      h.proposals.push(state.message ?? "");
      const status = options.answer ?? "ACCEPT";
      return {
        status,
        state: status === "ACCEPT" ? { type: state.type } : { type: "COMPLETED" },
        details: {},
      } as never;
    },
  };
  h.handler = new JobHandler({
    api,
    listRunJobs: async () => options.jobs ?? [],
    crashedPodLogs: async () => {
      h.logFetches++;
      return options.logs;
    },
    runLogs: { log: (record) => h.logs.push(`${record.level} ${record.message}`) },
    logger: createLogger({ level: "ERROR", destination: new Writable({ write: (_c, _e, done) => done() }) }),
    sleep: async (ms) => void (clock.now += ms),
    now: () => clock.now,
  });
  return h;
}

const running = { type: "RUNNING", name: "Running" };
const pending = { type: "PENDING", name: "Pending" };

test("a Job still within its backoff limit, or one that succeeded and was deleted, is ignored", async () => {
  const h = harness({ states: [running] });
  assert.deepEqual(await h.handler.handle("MODIFIED", job({ failed: 6 })), { result: "ignored" });
  assert.deepEqual(await h.handler.handle("MODIFIED", job({ failed: 2, backoffLimit: 2 })), {
    result: "ignored",
  });
  assert.deepEqual(await h.handler.handle("DELETED", job({ succeeded: 1 })), { result: "ignored" });
  assert.equal(h.reads, 0);
});

test("failed past the default backoff limit of 6 → Crashed 'No active or succeeded pods found for any job'", async () => {
  const h = harness({ states: [running] });
  const outcome = await h.handler.handle("MODIFIED", job({ failed: 7, reason: "BackoffLimitExceeded" }));
  assert.deepEqual(outcome, { result: "crashed", reason: "BackoffLimitExceeded", flowRunId: RUN });
  assert.deepEqual(h.proposals, [NO_ACTIVE_PODS_MESSAGE]);
});

test("a deleted Job → Crashed 'Kubernetes job was deleted', also when found missing by a relist", async () => {
  const h = harness({ states: [running] });
  const outcome = await h.handler.handle("DELETED", job({ active: 1 }));
  assert.deepEqual(outcome, { result: "crashed", reason: "Deleted", flowRunId: RUN });
  assert.deepEqual(h.proposals, [JOB_DELETED_MESSAGE]);
});

for (const state of [
  { type: "COMPLETED", name: "Completed" },
  { type: "FAILED", name: "Failed" },
  { type: "CRASHED", name: "Crashed" },
  { type: "CANCELLED", name: "Cancelled" },
  { type: "SCHEDULED", name: "Scheduled" },
  { type: "SCHEDULED", name: "AwaitingRetry" },
  { type: "PAUSED", name: "Suspended" },
  { type: "CANCELLING", name: "Cancelling" },
]) {
  test(`a run in ${state.name} is left alone`, async () => {
    const h = harness({ states: [state] });
    assert.deepEqual(await h.handler.handle("DELETED", job()), { result: "skipped" });
    assert.deepEqual(h.proposals, []);
  });
}

test("a run that no longer exists is ignored", async () => {
  const h = harness({
    states: [running],
    readError: new PrefectApiError("GET", "/flow_runs/{id}", 404, "Not found"),
  });
  assert.deepEqual(await h.handler.handle("DELETED", job()), { result: "ignored" });
});

test("another active Job of the same run (a reschedule) means no crash", async () => {
  const h = harness({ states: [running], jobs: [job(), job({ name: "job-b", active: 1 })] });
  assert.deepEqual(await h.handler.handle("DELETED", job()), { result: "replaced" });
  assert.deepEqual(h.proposals, []);
});

test("a PENDING run is re-checked every 5 s for up to 30 s, then crashed", async () => {
  const h = harness({
    states: [pending],
    logs: ["Container logs from container 'prefect-job' in pod 'p':", "boom"],
  });
  const outcome = await h.handler.handle("MODIFIED", job({ failed: 1, backoffLimit: 0 }));
  assert.equal(outcome.result, "crashed");
  assert.equal(h.clock.now, 30_000, "slept 5 s at a time until the 30 s deadline");
  assert.equal(h.logFetches, 1, "logs captured once, before the wait");
  assert.deepEqual(h.logs, ["ERROR Container logs from container 'prefect-job' in pod 'p':", "ERROR boom"]);
});

test("a PENDING run that starts during the wait is proposed Crashed at once (the reference does the same)", async () => {
  const h = harness({ states: [pending, pending, running] });
  await h.handler.handle("MODIFIED", job({ failed: 1, backoffLimit: 0 }));
  assert.equal(h.clock.now, 5_000);
  assert.deepEqual(h.proposals, [NO_ACTIVE_PODS_MESSAGE]);
});

test("logs are fetched only for PENDING runs", async () => {
  const h = harness({ states: [running], logs: ["x"] });
  await h.handler.handle("DELETED", job());
  assert.equal(h.logFetches, 0);
  assert.deepEqual(h.logs, []);
});

test("an ABORT answer is harmless and the captured logs are not sent", async () => {
  const h = harness({
    states: [pending, { type: "COMPLETED", name: "Completed" }],
    answer: "ABORT",
    logs: ["x"],
  });
  assert.deepEqual(await h.handler.handle("DELETED", job()), { result: "not-crashed" });
  assert.deepEqual(h.logs, []);
});

test("a REJECT answer (the server kept another state) sends no logs", async () => {
  const h = harness({ states: [pending, running], answer: "REJECT", logs: ["x"] });
  assert.deepEqual(await h.handler.handle("DELETED", job()), { result: "not-crashed" });
  assert.deepEqual(h.logs, []);
});

test("a Job without the flow-run label is ignored", async () => {
  const h = harness({ states: [running] });
  const unlabelled = job({ failed: 9 });
  unlabelled.metadata!.labels = {};
  assert.deepEqual(await h.handler.handle("MODIFIED", unlabelled), { result: "ignored" });
});
