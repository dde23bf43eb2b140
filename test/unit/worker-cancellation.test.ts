// Worker-side cancellation decisions, with recording test doubles for the API and the launcher: the
// reference's `_cancel_run` cases, the in-flight-only polling, and the stuck-CANCELLING reaper's grace.
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { test } from "node:test";
import { createLogger } from "../../src/observability/logger.ts";
import {
  PendingRunCancellation,
  StuckCancellingReaper,
  cancelPendingRun,
  type CancellationContext,
} from "../../src/worker/cancellation.ts";

interface Run {
  id: string;
  start_time?: string | null;
  infrastructure_pid?: string | null;
  state: { type: string; name: string; timestamp?: string; state_details?: object };
}

function harness(
  runs: Run[],
  kill: (pid: string) => Promise<"deleted" | "not-found"> = async () => "deleted",
) {
  const calls = {
    kills: [] as string[],
    clusterConfigs: [] as unknown[],
    states: [] as { id: string; type: string; message: string; force: boolean }[],
    filters: [] as unknown[],
  };
  const byId = new Map(runs.map((r) => [r.id, r]));
  const ctx: CancellationContext = {
    api: {
      readFlowRun: async (id) => byId.get(id) as never,
      filterFlowRuns: async (body) => {
        calls.filters.push(body);
        const { flow_runs } = body as {
          flow_runs: {
            id?: { any_: string[] };
            state: { type: { any_: string[] }; name?: { any_: string[] } };
          };
        };
        return runs.filter(
          (r) =>
            (!flow_runs.id || flow_runs.id.any_.includes(r.id)) &&
            flow_runs.state.type.any_.includes(r.state.type) &&
            (!flow_runs.state.name || flow_runs.state.name.any_.includes(r.state.name)),
        ) as never;
      },
      setFlowRunState: async (id, state, options) => {
        calls.states.push({ id, type: state.type, message: state.message ?? "", force: options.force });
        const run = byId.get(id);
        if (run) run.state = { type: state.type, name: state.name ?? "" };
        return { status: "ACCEPT", state: { type: state.type }, details: {} } as never;
      },
    },
    launcher: {
      kill: async (pid, clusterConfig) => {
        calls.kills.push(pid);
        calls.clusterConfigs.push(clusterConfig);
        return kill(pid);
      },
    },
    flowRunLogs: { log: () => {}, close: async () => {} },
    logger: createLogger({ level: "ERROR", destination: new Writable({ write: (_c, _e, done) => done() }) }),
  };
  return { ctx, calls };
}

const cancelling = { type: "CANCELLING", name: "Cancelling" };

test("a pending run with a Job: Job deleted, run forced Cancelled 'while pending'", async () => {
  const { ctx, calls } = harness([{ id: "r1", infrastructure_pid: "ns:job-1", state: cancelling }]);
  await cancelPendingRun(ctx, "r1");
  assert.deepEqual(calls.kills, ["ns:job-1"]);
  assert.deepEqual(calls.states, [
    { id: "r1", type: "CANCELLED", message: "Flow run cancelled by worker while pending.", force: true },
  ]);
});

test("a Job already gone counts as killed", async () => {
  const { ctx, calls } = harness(
    [{ id: "r1", infrastructure_pid: "ns:job-1", state: cancelling }],
    async () => "not-found",
  );
  await cancelPendingRun(ctx, "r1");
  assert.equal(calls.states[0]?.type, "CANCELLED");
});

test("no infrastructure pid: Cancelled 'no infrastructure found', nothing deleted", async () => {
  const { ctx, calls } = harness([{ id: "r1", state: cancelling }]);
  await cancelPendingRun(ctx, "r1");
  assert.deepEqual(calls.kills, []);
  assert.equal(calls.states[0]?.message, "Flow run cancelled by worker (no infrastructure found).");
});

test("a run that has started is left to its engine", async () => {
  const { ctx, calls } = harness([
    { id: "r1", start_time: "2026-01-01T00:00:00Z", infrastructure_pid: "ns:j", state: cancelling },
  ]);
  await cancelPendingRun(ctx, "r1");
  assert.deepEqual(calls.kills, []);
  assert.deepEqual(calls.states, []);
});

test("a failed delete leaves the state as it is", async () => {
  const { ctx, calls } = harness([{ id: "r1", infrastructure_pid: "ns:j", state: cancelling }], async () => {
    throw new Error("forbidden");
  });
  await cancelPendingRun(ctx, "r1");
  assert.deepEqual(calls.states, []);
});

test("polling looks only at in-flight runs, in both cancelling forms, and handles each once", async () => {
  const runs: Run[] = [
    { id: "a", infrastructure_pid: "ns:a", state: cancelling },
    { id: "b", state: { type: "CANCELLED", name: "Cancelling" } },
    { id: "c", infrastructure_pid: "ns:c", state: cancelling },
  ];
  const { ctx, calls } = harness(runs);
  const inFlight = new Set(["a", "b"]);
  const poller = new PendingRunCancellation(ctx, () => inFlight);
  await poller.checkOnce();
  assert.deepEqual(calls.kills, ["ns:a"]);
  assert.deepEqual(calls.states.map((s) => s.id).sort(), ["a", "b"]);
  runs[0]!.state = cancelling; // even if it still looked cancelling, it is not handled twice
  await poller.checkOnce();
  assert.deepEqual(calls.kills, ["ns:a"]);
});

test("the reaper deletes Jobs of runs CANCELLING longer than the grace period, then marks them Cancelled", async () => {
  const now = Date.parse("2026-11-22T12:00:00Z");
  const runs: Run[] = [
    { id: "old", infrastructure_pid: "ns:old", state: { ...cancelling, timestamp: "2026-11-22T11:58:00Z" } },
    {
      id: "young",
      infrastructure_pid: "ns:young",
      state: { ...cancelling, timestamp: "2026-11-22T11:59:30Z" },
    },
    { id: "nopid", state: { ...cancelling, timestamp: "2026-11-22T11:00:00Z" } },
    {
      id: "done",
      infrastructure_pid: "ns:done",
      state: { type: "COMPLETED", name: "Completed", timestamp: "2026-11-22T11:00:00Z" },
    },
  ];
  const { ctx, calls } = harness(runs);
  const reaper = new StuckCancellingReaper(ctx, { poolName: "pool", graceSeconds: 60, now: () => now });
  assert.deepEqual(await reaper.checkOnce(), ["old"]);
  assert.deepEqual(calls.kills, ["ns:old"]);
  assert.equal(calls.states[0]?.type, "CANCELLED");
  assert.match(calls.states[0]!.message, /job was deleted after 60s in Cancelling/);
  assert.deepEqual((calls.filters[0] as { work_pools: unknown }).work_pools, { name: { any_: ["pool"] } });
});

test("the Job is deleted in the run's cluster: its job configuration's cluster_config", async () => {
  const clusterConfig = { config: { clusters: [] }, context_name: "other" };
  const { ctx, calls } = harness([{ id: "r1", infrastructure_pid: "ns:job-1", state: cancelling }]);
  ctx.clusterConfigOf = async (flowRun) => (flowRun.id === "r1" ? clusterConfig : null);
  await cancelPendingRun(ctx, "r1");
  assert.deepEqual(calls.clusterConfigs, [clusterConfig]);
});

test("a job configuration that does not render: the Job is deleted in the default cluster", async () => {
  const { ctx, calls } = harness([
    { id: "r1", infrastructure_pid: "ns:job-1", state: cancelling, start_time: null },
  ]);
  ctx.clusterConfigOf = async () => {
    throw new Error("block not found");
  };
  await cancelPendingRun(ctx, "r1");
  assert.deepEqual(calls.kills, ["ns:job-1"]);
  assert.deepEqual(calls.clusterConfigs, [null]);
});

test("the stuck-Cancelling reaper deletes in the run's cluster too", async () => {
  const clusterConfig = { config: {}, context_name: "far" };
  const old = new Date(Date.now() - 600_000).toISOString();
  const { ctx, calls } = harness([
    { id: "r1", infrastructure_pid: "ns:job-1", state: { ...cancelling, timestamp: old } },
  ]);
  ctx.clusterConfigOf = async () => clusterConfig;
  await new StuckCancellingReaper(ctx, { poolName: "pool", graceSeconds: 60 }).checkOnce();
  assert.deepEqual(calls.clusterConfigs, [clusterConfig]);
});
