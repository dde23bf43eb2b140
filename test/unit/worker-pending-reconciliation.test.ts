// Reconciling runs left PENDING with no infrastructure_pid, with recording test doubles for the API and
// the launcher: a Job found by its flow-run label is adopted, no Job puts the run back to SCHEDULED, and
// nothing is written when the run moved on meanwhile (another replica, or its own worker, got there first).
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { test } from "node:test";
import { createLogger } from "../../src/observability/logger.ts";
import { PendingRunReconciler, type ReconciliationContext } from "../../src/worker/pending-reconciliation.ts";
import { DEFAULT_BASE_JOB_TEMPLATE } from "../../src/worker/work-pool-sync.ts";

const NOW = Date.parse("2026-12-07T12:00:00Z");

function pendingRun(id: string, ageSeconds: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    name: `run-${id}`,
    flow_id: "f1",
    deployment_id: null,
    infrastructure_pid: null,
    state: {
      id: `state-${id}`,
      type: "PENDING",
      name: "Pending",
      timestamp: new Date(NOW - ageSeconds * 1000).toISOString(),
    },
    ...extra,
  };
}

function setup(options: {
  runs: ReturnType<typeof pendingRun>[];
  jobs?: Record<string, string[]>;
  /** What readFlowRun answers (default: the run as listed). */
  latest?: (id: string) => unknown;
  inFlight?: string[];
  readFlow?: () => Promise<unknown>;
  findJobsFails?: boolean;
}) {
  const writes: string[] = [];
  const lookups: { flowRunId: string; namespace: string }[] = [];
  const states: Record<
    string,
    { type: string; message: string | null; state_details: { scheduled_time: string | null } }
  > = {};
  const ctx: ReconciliationContext = {
    api: {
      filterFlowRuns: async () => options.runs,
      readFlowRun: async (id: string) =>
        options.latest ? options.latest(id) : options.runs.find((r) => r.id === id),
      readFlow: options.readFlow ?? (async () => ({ id: "f1", name: "etl" })),
      readDeployment: async () => {
        throw new Error("no deployment");
      },
      updateFlowRun: async (id: string, body: { infrastructure_pid: string }) => {
        writes.push(`${id} pid=${body.infrastructure_pid}`);
      },
      setFlowRunState: async (
        id: string,
        state: { type: string; message: string | null; state_details: never },
      ) => {
        writes.push(`${id} state=${state.type}`);
        states[id] = state;
        return { status: "ACCEPT", state, details: {} };
      },
    } as never,
    launcher: {
      findJobs: async ({ flowRunId, namespace }) => {
        lookups.push({ flowRunId, namespace });
        if (options.findJobsFails) throw new Error("connect ECONNREFUSED 127.0.0.1:6443");
        return (options.jobs?.[flowRunId] ?? []).map((name, i) => ({ name, namespace, uid: `u${i}` }));
      },
    },
    flowRunLogs: { log: () => {}, close: async () => {} },
    logger: createLogger({ level: "ERROR", destination: new Writable({ write: (_c, _e, done) => done() }) }),
    workPool: () =>
      ({ id: "p1", name: "pool", type: "kubernetes", base_job_template: DEFAULT_BASE_JOB_TEMPLATE }) as never,
    workerName: "w1",
    workerId: () => undefined,
    env: {},
  };
  const reconciler = new PendingRunReconciler(ctx, {
    poolName: "pool",
    afterSeconds: 120,
    inFlight: () => options.inFlight ?? [],
    now: () => NOW,
  });
  return { reconciler, writes, lookups, states };
}

test("a Job labelled with the run's id is adopted: its pid is recorded and the state is left alone", async () => {
  const { reconciler, writes, lookups } = setup({
    runs: [pendingRun("a", 300)],
    jobs: { a: ["run-a-xyz12"] },
  });
  assert.deepEqual([...(await reconciler.checkOnce())], [["a", "adopted"]]);
  assert.deepEqual(writes, ["a pid=default:run-a-xyz12"]);
  // The namespace is the run's rendered one (the default template's "default").
  assert.deepEqual(lookups, [{ flowRunId: "a", namespace: "default" }]);
});

test("no Job: the run goes back to SCHEDULED, due now, with a message that says why", async () => {
  const { reconciler, writes, states } = setup({ runs: [pendingRun("a", 300)] });
  assert.deepEqual([...(await reconciler.checkOnce())], [["a", "rescheduled"]]);
  assert.deepEqual(writes, ["a state=SCHEDULED"]);
  assert.match(
    states.a!.message ?? "",
    /PENDING for 300s with no infrastructure_pid and has no Kubernetes job/,
  );
  assert.equal(states.a!.state_details.scheduled_time, new Date(NOW).toISOString());
});

test("runs younger than the setting, runs with a pid and this worker's own submissions are left alone", async () => {
  const { reconciler, writes, lookups } = setup({
    runs: [
      pendingRun("young", 60),
      pendingRun("pid", 300, { infrastructure_pid: "default:job" }),
      pendingRun("mine", 300),
    ],
    inFlight: ["mine"],
  });
  assert.equal((await reconciler.checkOnce()).size, 0);
  assert.deepEqual(writes, []);
  assert.deepEqual(lookups, []);
});

test("a run that moved on before the write (another replica got there) is not written", async () => {
  const moved = { ...pendingRun("a", 300), state: { id: "newer", type: "SCHEDULED", name: "Scheduled" } };
  const { reconciler, writes } = setup({ runs: [pendingRun("a", 300)], latest: () => moved });
  assert.deepEqual([...(await reconciler.checkOnce())], [["a", "unchanged"]]);
  assert.deepEqual(writes, []);
});

test("a run whose pid was recorded meanwhile (its worker finished after all) is not written", async () => {
  const done = { ...pendingRun("a", 300), infrastructure_pid: "default:run-a-xyz12" };
  const { reconciler, writes } = setup({ runs: [pendingRun("a", 300)], latest: () => done });
  assert.deepEqual([...(await reconciler.checkOnce())], [["a", "unchanged"]]);
  assert.deepEqual(writes, []);
});

test("a run whose job configuration no longer renders is Crashed with the reason", async () => {
  const { reconciler, writes, states } = setup({
    runs: [pendingRun("a", 300)],
    readFlow: async () => {
      throw new Error("flow f1 not found");
    },
  });
  assert.deepEqual([...(await reconciler.checkOnce())], [["a", "crashed"]]);
  assert.deepEqual(writes, ["a state=CRASHED"]);
  assert.match(states.a!.message ?? "", /could not be rendered.*flow f1 not found/);
});

test("a failing Job lookup is logged and leaves the run for the next pass", async () => {
  const { reconciler, writes } = setup({ runs: [pendingRun("a", 300)], findJobsFails: true });
  assert.deepEqual([...(await reconciler.checkOnce())], [["a", "unchanged"]]);
  assert.deepEqual(writes, []);
});
