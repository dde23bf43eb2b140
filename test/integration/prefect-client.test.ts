// The Prefect API client against the stack's real Prefect server: every call the worker makes
// round-trips, with the server's own semantics (prefetch window, PENDING claim races, 404s).
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import {
  EventsClient,
  FlowRunLogSink,
  PrefectApiError,
  PrefectClient,
  apiReferenceResolver,
  cancelledFromState,
  crashedState,
  deploymentGoneMessage,
  pendingState,
  submittingState,
  workerResource,
  workerStartedEvent,
  type FlowRun,
  type RequestObservation,
} from "../../src/prefect/index.ts";
import { PyFloat, renderJob, type BaseJobTemplate } from "../../src/templating/index.ts";
import type * as templating from "../../src/templating/index.ts";
import { prefectApi } from "../harness/prefect.ts";
import { repoRoot } from "../harness/paths.ts";
import { readStackEnv } from "../harness/stack/state.ts";

const apiUrl = readStackEnv().prefectApiUrl;
const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;
const defaultTemplate = JSON.parse(
  readFileSync(join(repoRoot, "test/fixtures/kubernetes-default-base-job-template.json"), "utf8"),
) as BaseJobTemplate;

async function poll<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const observations: RequestObservation[] = [];
const client = new PrefectClient({ apiUrl, onRequest: (o) => observations.push(o) });

/** A flow, a deployment on `pool` and a flow run scheduled at `at`. */
async function scheduledRun(
  pool: string,
  at: Date,
  deploymentId?: string,
): Promise<{ runId: string; deploymentId: string }> {
  if (!deploymentId) {
    const flow = await prefectApi<{ id: string }>("POST", "/flows/", {
      name: unique("flow"),
      tags: ["f-tag"],
    });
    const deployment = await prefectApi<{ id: string }>("POST", "/deployments/", {
      name: unique("deployment"),
      flow_id: flow.id,
      work_pool_name: pool,
      tags: ["d-tag"],
      job_variables: { image: "example/image:1" },
    });
    deploymentId = deployment.id;
  }
  const run = await prefectApi<{ id: string }>("POST", `/deployments/${deploymentId}/create_flow_run`, {
    state: { type: "SCHEDULED", name: "Scheduled", state_details: { scheduled_time: at.toISOString() } },
    tags: ["r-tag"],
  });
  return { runId: run.id, deploymentId };
}

describe("work pools, queues and heartbeats", () => {
  const pool = unique("client-pool");

  before(async () => {
    await client.createWorkPool({ name: pool, type: "kubernetes" });
  });

  test("a created pool reads back, and its template can be patched with float-ness intact", async () => {
    const read = await client.readWorkPool(pool);
    assert.equal(read.name, pool);
    assert.equal(read.type, "kubernetes");
    assert.deepEqual(read.base_job_template, {});
    const template = structuredClone(defaultTemplate);
    template.variables.properties!["job_watch_timeout_seconds"]!.default = new PyFloat(30);
    await client.updateWorkPool(pool, { base_job_template: template as unknown as Record<string, unknown> });
    const patched = await client.readWorkPool(pool);
    const properties = (patched.base_job_template as unknown as BaseJobTemplate).variables.properties!;
    assert.ok(
      properties["job_watch_timeout_seconds"]!.default instanceof PyFloat,
      "1.0 stays a Python float",
    );
    assert.deepEqual(
      Object.keys(properties).sort(),
      Object.keys(defaultTemplate.variables.properties!).sort(),
    );
  });

  test("creating it again is a 409 PrefectApiError", async () => {
    await assert.rejects(client.createWorkPool({ name: pool, type: "kubernetes" }), (err: unknown) => {
      assert.ok(err instanceof PrefectApiError);
      assert.equal(err.status, 409);
      assert.equal(err.route, "/work_pools/");
      return true;
    });
  });

  test("an unknown pool is a 404 whose message names the route template, not the name", async () => {
    const missing = unique("missing-pool");
    await assert.rejects(client.readWorkPool(missing), (err: unknown) => {
      assert.ok(err instanceof PrefectApiError);
      assert.equal(err.status, 404);
      assert.match(err.message, /^GET \/work_pools\/\{name\} → 404 Not Found: .*not found/);
      return true;
    });
    const last = observations.findLast((o) => o.route === "/work_pools/{name}");
    assert.deepEqual(
      { ...last, durationSeconds: 0 },
      {
        method: "GET",
        route: "/work_pools/{name}",
        status: 404,
        durationSeconds: 0,
      },
    );
  });

  test("a self-hosted heartbeat answers 204 (no id) and the worker is listed", async () => {
    const worker = unique("worker");
    const id = await client.sendWorkerHeartbeat(pool, {
      name: worker,
      heartbeat_interval_seconds: 30,
      return_id: true,
    });
    assert.equal(id, undefined);
    const workers = await prefectApi<{ name: string; status: string }[]>(
      "POST",
      `/work_pools/${pool}/workers/filter`,
      {},
    );
    assert.ok(
      workers.some((w) => w.name === worker && w.status === "ONLINE"),
      JSON.stringify(workers),
    );
  });

  test("queues filter: all queues, or only the named ones", async () => {
    await prefectApi("POST", `/work_pools/${pool}/queues/`, { name: "second" });
    const all = await client.readWorkQueues(pool);
    assert.deepEqual(all.map((q) => q.name).sort(), ["default", "second"]);
    const named = await client.readWorkQueues(pool, ["second", "nope"]);
    assert.deepEqual(
      named.map((q) => q.name),
      ["second"],
    );
  });
});

describe("scheduled runs and claiming", () => {
  const pool = unique("claim-pool");
  let due: string;
  let future: string;
  let deploymentId: string;

  before(async () => {
    await client.createWorkPool({
      name: pool,
      type: "kubernetes",
      base_job_template: defaultTemplate as never,
    });
    ({ runId: due, deploymentId } = await scheduledRun(pool, new Date(Date.now() - 1000)));
    ({ runId: future } = await scheduledRun(pool, new Date(Date.now() + 3600_000), deploymentId));
  });

  test("the prefetch window decides which runs are returned", async () => {
    const soon = await client.getScheduledFlowRuns(pool, {
      work_queue_names: [],
      scheduled_before: new Date(Date.now() + 10_000),
    });
    const soonIds = soon.map((r) => r.flow_run.id);
    assert.ok(soonIds.includes(due));
    assert.ok(!soonIds.includes(future), "a run an hour ahead is outside a 10 s prefetch");
    const later = await client.getScheduledFlowRuns(pool, {
      work_queue_names: ["default"],
      scheduled_before: new Date(Date.now() + 2 * 3600_000),
    });
    assert.deepEqual(later.map((r) => r.flow_run.id).sort(), [due, future].sort());
    const limited = await client.getScheduledFlowRuns(pool, {
      work_queue_names: [],
      scheduled_before: new Date(Date.now() + 2 * 3600_000),
      limit: 1,
    });
    assert.equal(limited.length, 1);
  });

  test("an unknown pool or queue yields no runs rather than an error", async () => {
    const query = { work_queue_names: [], scheduled_before: new Date(Date.now() + 3600_000) };
    assert.deepEqual(await client.getScheduledFlowRuns(unique("no-such-pool"), query), []);
    assert.deepEqual(
      await client.getScheduledFlowRuns(pool, { ...query, work_queue_names: ["no-such-queue"] }),
      [],
    );
  });

  test("deployment and flow read back; Pending claims once, then the server aborts", async () => {
    const run = await client.readFlowRun(due);
    const deployment = await client.readDeployment(run.deployment_id!);
    assert.equal(deployment.id, deploymentId);
    assert.deepEqual(deployment.job_variables, { image: "example/image:1" });
    const flow = await client.readFlow(run.flow_id);
    assert.equal(flow.id, run.flow_id);

    const first = await client.setFlowRunState(due, pendingState(), { force: false });
    assert.equal(first.status, "ACCEPT");
    assert.equal(first.state?.type, "PENDING");
    assert.equal(first.state?.state_details?.flow_run_id, due);
    const second = await client.setFlowRunState(due, pendingState(), { force: false });
    assert.equal(second.status, "ABORT");
    assert.match(String((second.details as { reason?: string }).reason), /PENDING/);

    const submitting = await client.setFlowRunState(due, submittingState(), { force: false });
    assert.equal(submitting.status, "ACCEPT");
    assert.equal((await client.readFlowRun(due)).state?.name, "Submitting");
  });

  test("labels and infrastructure_pid are written; Crashed is accepted", async () => {
    await client.updateFlowRunLabels(due, { "prefect.io/worker-name": "w-1", "custom.label": "x" });
    await client.updateFlowRun(due, { infrastructure_pid: "ns-1:job-abc" });
    const run = await client.readFlowRun(due);
    assert.equal(run.infrastructure_pid, "ns-1:job-abc");
    assert.equal(run.labels?.["prefect.io/worker-name"], "w-1");
    assert.equal(run.labels?.["custom.label"], "x");
    const crashed = await client.setFlowRunState(due, crashedState("pod evicted"), { force: false });
    assert.equal(crashed.status, "ACCEPT");
    const after = await client.readFlowRun(due);
    assert.equal(after.state?.type, "CRASHED");
    assert.equal(after.state?.message, "pod evicted");
  });

  test("a forced Cancelled copy of the current state is accepted and keeps the scheduled time", async () => {
    const run = (await client.readFlowRun(future)) as FlowRun;
    const body = cancelledFromState(run.state, deploymentGoneMessage(deploymentId));
    const result = await client.setFlowRunState(future, body, { force: true });
    assert.equal(result.status, "ACCEPT");
    const after = await client.readFlowRun(future);
    assert.equal(after.state?.type, "CANCELLED");
    assert.equal(after.state?.name, "Cancelled");
    assert.equal(after.state?.message, `Deployment ${deploymentId} no longer exists, cancelled run.`);
    assert.equal(
      Date.parse(after.state!.state_details!.scheduled_time!),
      Date.parse(run.state!.state_details!.scheduled_time!),
    );
  });

  test("flow runs filter by id and state", async () => {
    const runs = await client.filterFlowRuns({
      flow_runs: { id: { any_: [due, future] }, state: { type: { any_: ["CANCELLED"] } } } as never,
    });
    assert.deepEqual(
      runs.map((r) => r.id),
      [future],
    );
  });
});

describe("references resolved through the API", () => {
  const blockName = unique("secret");
  const variableName = unique("var").replaceAll("-", "_");
  let blockId: string;

  before(async () => {
    const blockType = await prefectApi<{ id: string }>("GET", "/block_types/slug/secret");
    const [schema] = await prefectApi<{ id: string }[]>("POST", "/block_schemas/filter", {
      block_schemas: { block_type_id: { any_: [blockType.id] } },
    });
    const doc = await prefectApi<{ id: string }>("POST", "/block_documents/", {
      name: blockName,
      block_type_id: blockType.id,
      block_schema_id: schema!.id,
      data: { value: "s3cr3t-value" },
    });
    blockId = doc.id;
    await prefectApi("POST", "/variables/", { name: variableName, value: "from-the-server" });
  });

  test("block documents by id and by slug/name include secrets; unknown ones are undefined", async () => {
    const resolver = apiReferenceResolver(client);
    assert.deepEqual((await resolver.blockDocument(blockId))?.data, { value: "s3cr3t-value" });
    assert.deepEqual((await resolver.blockDocumentByName("secret", blockName))?.data, {
      value: "s3cr3t-value",
    });
    assert.equal(await resolver.blockDocument("00000000-0000-4000-8000-000000000000"), undefined);
    assert.equal(await resolver.blockDocumentByName("secret", unique("nope")), undefined);
    assert.equal(await resolver.variable(unique("nope").replaceAll("-", "_")), undefined);
    assert.deepEqual(await resolver.variable(variableName), { value: "from-the-server" });
  });

  test("a job template with block and variable placeholders renders with the server's values", async () => {
    const flowRun: templating.FlowRun = {
      id: "0b7d5f4e-5f2b-4d7c-9a57-6d3f3c1b2a10",
      name: "happy-otter",
      flow_id: "5c3b1f7a-3c65-4c5e-8f0e-2f4b3b7e9d11",
      job_variables: {
        env: {
          FROM_VARIABLE: `{{ prefect.variables.${variableName} }}`,
          FROM_BLOCK: `{{ prefect.blocks.secret.${blockName} }}`,
        },
      },
    };
    const { manifest } = await renderJob(
      { baseJobTemplate: defaultTemplate, flowRun, env: {} },
      apiReferenceResolver(client),
    );
    const container = (
      manifest as {
        spec: { template: { spec: { containers: { env: { name: string; value: string }[] }[] } } };
      }
    ).spec.template.spec.containers[0]!;
    const env = Object.fromEntries(container.env.map((e) => [e.name, e.value]));
    assert.equal(env["FROM_VARIABLE"], "from-the-server");
    assert.equal(env["FROM_BLOCK"], "s3cr3t-value");
  });
});

describe("flow-run logs and events", () => {
  test("logs sent by FlowRunLogSink read back from the server", async () => {
    const pool = unique("logs-pool");
    await client.createWorkPool({ name: pool, type: "kubernetes" });
    const { runId } = await scheduledRun(pool, new Date());
    const sink = new FlowRunLogSink({ client, maxBatch: 2 });
    sink.log({ flowRunId: runId, level: "INFO", message: "Worker 'w' submitting flow run" });
    sink.log({ flowRunId: runId, level: "WARNING", message: "second" });
    sink.log({ flowRunId: runId, level: "ERROR", message: "third" });
    await sink.close();
    const logs = await prefectApi<{ name: string; level: number; message: string; flow_run_id: string }[]>(
      "POST",
      "/logs/filter",
      { logs: { flow_run_id: { any_: [runId] } }, sort: "TIMESTAMP_ASC" },
    );
    assert.deepEqual(
      logs.map((l) => [l.name, l.level, l.message]),
      [
        ["prefect.flow_runs.worker", 20, "Worker 'w' submitting flow run"],
        ["prefect.flow_runs.worker", 30, "second"],
        ["prefect.flow_runs.worker", 40, "third"],
      ],
    );
  });

  test("events emitted over the websocket are stored by the server", async () => {
    const workerName = unique("Events Worker");
    const warnings: string[] = [];
    const events = new EventsClient({
      apiUrl,
      isCloud: false,
      logger: { debug: () => {}, warn: (m) => warnings.push(m) },
    });
    const started = workerStartedEvent({
      workerName,
      workPool: { id: "3f1e1f8e-1d7a-4a5e-9c1b-0f1e2d3c4b5a", name: "p" },
    });
    events.emit(started);
    await events.close({ timeoutMs: 10_000 });
    assert.deepEqual(warnings, []);
    const resourceId = workerResource(workerName)["prefect.resource.id"]!;
    const stored = await poll("the started event", async () => {
      const page = await client.filterEvents({
        filter: { resource: { id: [resourceId] } } as never,
        limit: 10,
      });
      return page.events.length > 0 ? page.events : undefined;
    });
    assert.equal(stored[0]!.id, started.id);
    assert.equal(stored[0]!.event, "prefect.worker.started");
    assert.equal(stored[0]!.resource["prefect.resource.name"], workerName);
  });
});
