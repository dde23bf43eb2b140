// The sync loop's decisions, with a recording test double of the API (the Cloud heartbeat form cannot be
// produced by a local server): create or not, repair, type warning, and the Cloud heartbeat's one-time fields.
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { test } from "node:test";
import { createLogger } from "../../src/observability/logger.ts";
import { PrefectApiError } from "../../src/prefect/errors.ts";
import type { PrefectApi } from "../../src/worker/ports.ts";
import { DEFAULT_BASE_JOB_TEMPLATE, WorkPoolSync } from "../../src/worker/work-pool-sync.ts";

interface Call {
  method: string;
  args: unknown[];
}

function recordingApi(options: { isCloud?: boolean; pool?: Record<string, unknown>; heartbeatId?: string }) {
  const calls: Call[] = [];
  let pool = options.pool;
  const api = {
    isCloud: options.isCloud ?? false,
    setWorkerAttribution: (attribution: unknown) =>
      void calls.push({ method: "setWorkerAttribution", args: [attribution] }),
    readWorkPool: async (name: string) => {
      calls.push({ method: "readWorkPool", args: [name] });
      if (!pool) throw new PrefectApiError("GET", "/work_pools/{name}", 404, "Work pool not found.");
      return pool;
    },
    createWorkPool: async (body: Record<string, unknown>) => {
      calls.push({ method: "createWorkPool", args: [body] });
      pool = {
        id: "pool-id",
        name: body.name,
        type: body.type,
        base_job_template: body.base_job_template ?? {},
      };
      return pool;
    },
    updateWorkPool: async (name: string, body: Record<string, unknown>) => {
      calls.push({ method: "updateWorkPool", args: [name, body] });
      pool = { ...pool, ...body };
    },
    sendWorkerHeartbeat: async (name: string, body: Record<string, unknown>) => {
      calls.push({ method: "sendWorkerHeartbeat", args: [name, structuredClone(body)] });
      return body.return_id ? options.heartbeatId : undefined;
    },
  };
  return { api: api as unknown as PrefectApi, calls };
}

function capturedLogger() {
  const lines: { level: string; msg: string }[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n")) if (line) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger({ level: "DEBUG", destination }), lines };
}

function sync(api: PrefectApi, logger: ReturnType<typeof capturedLogger>["logger"], extra = {}) {
  return new WorkPoolSync({
    api,
    logger,
    poolName: "k8s",
    workerName: "w1",
    heartbeatSeconds: 30.7,
    createPoolIfNotFound: true,
    ...extra,
  });
}

test("a missing pool is created with the given template and then heartbeats (OSS form)", async () => {
  const { api, calls } = recordingApi({});
  const { logger, lines } = capturedLogger();
  const template = { job_configuration: { a: 1 }, variables: { properties: {} } };
  const s = sync(api, logger, { baseJobTemplate: template });
  await s.sync();
  assert.deepEqual(calls.find((c) => c.method === "createWorkPool")?.args[0], {
    name: "k8s",
    type: "kubernetes",
    base_job_template: template,
  });
  assert.deepEqual(calls.at(-1), {
    method: "sendWorkerHeartbeat",
    args: ["k8s", { name: "w1", heartbeat_interval_seconds: 30 }],
  });
  assert.ok(lines.some((l) => l.msg === "Work pool 'k8s' created."));
  assert.equal(s.pool?.name, "k8s");
});

test("with creation disabled a missing pool is a warning, no heartbeat, no pool", async () => {
  const { api, calls } = recordingApi({});
  const { logger, lines } = capturedLogger();
  const s = sync(api, logger, { createPoolIfNotFound: false });
  await s.sync();
  assert.ok(lines.some((l) => l.level === "warn" && l.msg === "Work pool 'k8s' not found!"));
  assert.deepEqual(
    calls.map((c) => c.method),
    ["readWorkPool"],
  );
  assert.equal(s.pool, undefined);
});

test("an empty template is repaired with the default one; a type mismatch is warned once", async () => {
  const { api, calls } = recordingApi({
    pool: { id: "p", name: "k8s", type: "process", base_job_template: {} },
  });
  const { logger, lines } = capturedLogger();
  const s = sync(api, logger);
  await s.sync();
  await s.sync();
  const update = calls.find((c) => c.method === "updateWorkPool");
  assert.deepEqual(update?.args, ["k8s", { base_job_template: DEFAULT_BASE_JOB_TEMPLATE }]);
  assert.equal(calls.filter((c) => c.method === "updateWorkPool").length, 1);
  assert.equal(lines.filter((l) => l.msg.startsWith("Worker type mismatch!")).length, 1);
});

test("Cloud heartbeats ask for the worker id until they get it and send the metadata once", async () => {
  const { api, calls } = recordingApi({
    isCloud: true,
    pool: {
      id: "p",
      name: "k8s",
      type: "kubernetes",
      base_job_template: { job_configuration: {}, variables: {} },
    },
    heartbeatId: "6f1c2e3a-0000-4000-8000-000000000001",
  });
  const { logger } = capturedLogger();
  const s = sync(api, logger);
  await s.sync();
  await s.sync();
  const heartbeats = calls.filter((c) => c.method === "sendWorkerHeartbeat").map((c) => c.args[1]);
  assert.deepEqual(heartbeats[0], {
    name: "w1",
    heartbeat_interval_seconds: 30,
    return_id: true,
    metadata: { integrations: [{ name: "prefect-kubernetes", version: "0.7.12" }] },
  });
  assert.deepEqual(heartbeats[1], { name: "w1", heartbeat_interval_seconds: 30 });
  assert.equal(s.workerId, "6f1c2e3a-0000-4000-8000-000000000001");
  assert.ok(calls.some((c) => c.method === "setWorkerAttribution"));
});
