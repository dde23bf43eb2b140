// The claim protocol of one submission, with recording test doubles for the API, the launcher and the
// sinks: WAIT is slept through and re-proposed, ABORT and REJECT stop before any Job.
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { test } from "node:test";
import { createLogger } from "../../src/observability/logger.ts";
import type { OrchestrationResult } from "../../src/prefect/types.ts";
import type { PrefectApi } from "../../src/worker/ports.ts";
import { SubmissionAbandoned, submitFlowRun, type SubmissionContext } from "../../src/worker/submission.ts";
import { workerEventBuilders } from "../../src/worker/worker-identity.ts";
import { DEFAULT_BASE_JOB_TEMPLATE } from "../../src/worker/work-pool-sync.ts";

const flowRun = {
  id: "7f0c8a52-1d7e-4c59-9a34-3b8f1e0f6a11",
  name: "brisk-otter",
  flow_id: "f1",
  deployment_id: null,
};

function context(
  answers: OrchestrationResult[],
  options: { abandon?: AbortSignal; onPending?: () => void } = {},
) {
  const proposals: string[] = [];
  const sleeps: number[] = [];
  const launches: unknown[] = [];
  const api = {
    isCloud: false,
    setWorkerAttribution: () => {},
    readFlow: async () => ({ id: "f1", name: "etl" }),
    setFlowRunState: async (_id: string, state: { name: string }) => {
      proposals.push(state.name);
      if (state.name === "Pending") options.onPending?.();
      return state.name === "Pending"
        ? answers.shift()!
        : { status: "ACCEPT", state: { type: "PENDING" }, details: {} };
    },
    updateFlowRunLabels: async () => {},
    updateFlowRun: async () => {},
  } as unknown as PrefectApi;
  const ctx: SubmissionContext = {
    api,
    launcher: {
      launch: async (input) => {
        launches.push(input);
        return { name: "brisk-otter-abcde", namespace: "default", uid: "u1" };
      },
      kill: async () => "deleted",
      findJobs: async () => [],
      shutdown: async () => {},
    },
    events: { emit: () => {}, close: async () => {} },
    flowRunLogs: { log: () => {}, close: async () => {} },
    logger: createLogger({ level: "ERROR", destination: new Writable({ write: (_c, _e, done) => done() }) }),
    identity: workerEventBuilders("w1"),
    workerName: "w1",
    workerId: () => undefined,
    workPool: () =>
      ({ id: "p1", name: "pool", type: "kubernetes", base_job_template: DEFAULT_BASE_JOB_TEMPLATE }) as never,
    env: {},
    sleep: async (ms) => void sleeps.push(ms),
    ...(options.abandon ? { abandon: options.abandon } : {}),
  };
  return { ctx, proposals, sleeps, launches };
}

const accept = {
  status: "ACCEPT",
  state: { type: "PENDING" },
  details: { type: "accept_details" },
} as OrchestrationResult;

test("WAIT is slept through for delay_seconds, then the claim is proposed again", async () => {
  const wait = {
    status: "WAIT",
    state: null,
    details: { type: "wait_details", delay_seconds: 3 },
  } as OrchestrationResult;
  const { ctx, proposals, sleeps, launches } = context([wait, accept]);
  assert.equal(await submitFlowRun(ctx, flowRun as never), "submitted");
  assert.deepEqual(sleeps, [3000]);
  assert.deepEqual(proposals.slice(0, 2), ["Pending", "Pending"]);
  assert.ok(proposals.includes("Submitting"));
  assert.equal(launches.length, 1);
});

test("ABORT stops the submission before any Job", async () => {
  const abort = {
    status: "ABORT",
    state: null,
    details: { type: "abort_details", reason: "already PENDING" },
  };
  const { ctx, launches } = context([abort as OrchestrationResult]);
  assert.equal(await submitFlowRun(ctx, flowRun as never), "aborted");
  assert.equal(launches.length, 0);
});

test("REJECT with a non-pending state stops the submission before any Job", async () => {
  const reject = {
    status: "REJECT",
    state: { type: "SCHEDULED", name: "AwaitingConcurrencySlot" },
    details: {},
  };
  const { ctx, launches } = context([reject as unknown as OrchestrationResult]);
  assert.equal(await submitFlowRun(ctx, flowRun as never), "rejected");
  assert.equal(launches.length, 0);
});

test("a submission abandoned before its claim leaves the run untouched", async () => {
  const abandon = new AbortController();
  abandon.abort();
  const { ctx, proposals, launches } = context([accept], { abandon: abandon.signal });
  await assert.rejects(submitFlowRun(ctx, flowRun as never), SubmissionAbandoned);
  assert.deepEqual(proposals, []);
  assert.equal(launches.length, 0);
});

test("a submission abandoned during its claim creates no Job and does not crash the run", async () => {
  const abandon = new AbortController();
  const { ctx, proposals, launches } = context([accept], {
    abandon: abandon.signal,
    onPending: () => abandon.abort(),
  });
  await assert.rejects(submitFlowRun(ctx, flowRun as never), SubmissionAbandoned);
  assert.deepEqual(proposals, ["Pending"]);
  assert.equal(launches.length, 0);
});

test("a Job creation that fails after the submission was abandoned does not crash the run", async () => {
  const abandon = new AbortController();
  const { ctx, proposals } = context([accept], { abandon: abandon.signal });
  ctx.launcher.launch = async () => {
    abandon.abort();
    throw new Error("socket hang up");
  };
  await assert.rejects(submitFlowRun(ctx, flowRun as never), SubmissionAbandoned);
  assert.ok(!proposals.includes("Crashed"), `proposals: ${proposals.join(", ")}`);
});
