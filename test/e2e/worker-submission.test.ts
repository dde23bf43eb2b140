// The worker end to end against the real Prefect server and Kubernetes API server: scheduled runs become
// Jobs with the manifest `render` predicts, the run is PENDING with its infrastructure pid, and the paths
// where a run is not submitted (missing deployment, invalid template) end as the reference ends them.
import * as k8s from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { renderJob, type TemplatingError } from "../../src/templating/index.ts";
import { adminKubeConfig, createNamespace, deleteNamespace, eventually, uniqueName } from "../harness/k8s.ts";
import { prefectApi } from "../harness/prefect.ts";
import {
  createDeployment,
  createPool,
  createRunOfMissingDeployment,
  createScheduledRun,
  defaultBaseJobTemplate,
  eventsAbout,
  flowRunLogMessages,
  readRun,
} from "../harness/prefect-fixtures.ts";
import { readStackEnv } from "../harness/stack/state.ts";
import { fastLoops, spawnWorker, type WorkerProcess } from "../harness/worker-process.ts";

const kc = adminKubeConfig();
const batch = kc.makeApiClient(k8s.BatchV1Api);
let namespace: string;
const workers: WorkerProcess[] = [];

before(async () => {
  namespace = await createNamespace(kc, "e2e-submit");
});

after(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await deleteNamespace(kc, namespace);
});

async function jobsOf(flowRunId: string): Promise<k8s.V1Job[]> {
  const list = await batch.listNamespacedJob({
    namespace,
    labelSelector: `prefect.io/flow-run-id=${flowRunId}`,
  });
  return list.items;
}

const PRUNED_POD_SPEC_FIELDS = new Set(["completions", "parallelism"]);

/** Every key of `expected` is in `actual` with an equal value (the API server adds defaults of its own). */
function assertContains(actual: unknown, expected: unknown, path = "manifest"): void {
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
    // The API server does not store empty maps.
    if (Object.keys(expected).length === 0 && actual === undefined) return;
    assert.ok(actual !== null && typeof actual === "object", `${path} should be an object`);
    for (const [key, value] of Object.entries(expected)) {
      // The default template (the reference's too) puts completions/parallelism in the pod spec, where the
      // API server drops them as unknown fields.
      if (path.endsWith("template.spec") && PRUNED_POD_SPEC_FIELDS.has(key)) continue;
      assertContains((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    }
  } else if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${path} should be a list`);
    assert.equal(actual.length, expected.length, `${path} length`);
    expected.forEach((item, i) => assertContains(actual[i], item, `${path}[${i}]`));
  } else {
    assert.deepEqual(actual, expected, path);
  }
}

function start(args: string[], env: Record<string, string> = {}): WorkerProcess {
  const worker = spawnWorker({ args, env, namespace });
  workers.push(worker);
  return worker;
}

describe("worker submission", () => {
  test("a deployment's scheduled run becomes one Job with the rendered manifest; the run is PENDING with its pid", async () => {
    const pool = uniqueName("e2e-pool");
    await createPool(pool);
    const deployment = await createDeployment({
      pool,
      name: uniqueName("dep"),
      jobVariables: { namespace, command: "sleep 600", env: { E2E_MARKER: "from-deployment" } },
    });
    const run = await createScheduledRun(deployment.id, { jobVariables: { labels: { team: "data" } } });
    const workerName = uniqueName("e2e-worker");
    const worker = start(["--pool", pool, "--name", workerName]);

    const submitted = await eventually("the run's infrastructure pid", async () => {
      const view = await readRun(run.id);
      return view.infrastructure_pid ? view : undefined;
    });
    const jobs = await jobsOf(run.id);
    assert.equal(jobs.length, 1, "exactly one Job for the run");
    const job = jobs[0]!;
    assert.equal(submitted.infrastructure_pid, `${namespace}:${job.metadata!.name}`);
    assert.equal(submitted.state?.type, "PENDING");
    // The observer may already have seen the Job's pod waiting and moved the run on.
    assert.ok(
      ["Submitting", "InfrastructurePending"].includes(submitted.state?.name ?? ""),
      `Submitting or InfrastructurePending, got ${submitted.state?.name}`,
    );
    const history = await prefectApi<{ name: string }[]>("GET", `/flow_run_states/?flow_run_id=${run.id}`);
    assert.ok(
      history.some((state) => state.name === "Submitting"),
      "the worker proposed Submitting",
    );
    assert.deepEqual(
      {
        name: submitted.labels["prefect.worker.name"],
        type: submitted.labels["prefect.worker.type"],
        pool: submitted.labels["prefect.work-pool.name"],
      },
      { name: workerName, type: "kubernetes", pool },
    );

    // The Job is what `render` says for the same objects and the same worker environment.
    const stack = readStackEnv();
    const workPool = await prefectApi<Record<string, unknown>>("GET", `/work_pools/${pool}`);
    const flowRun = await prefectApi<Record<string, unknown>>("GET", `/flow_runs/${run.id}`);
    const flow = await prefectApi<Record<string, unknown>>("GET", `/flows/${deployment.flow_id}`);
    const dep = await prefectApi<Record<string, unknown>>("GET", `/deployments/${deployment.id}`);
    const expected = await renderJob({
      baseJobTemplate: workPool.base_job_template as never,
      workPool: workPool as never,
      deployment: dep as never,
      flow: flow as never,
      flowRun: flowRun as never,
      workerName,
      env: {
        PREFECT_API_URL: stack.prefectApiUrl,
        ...fastLoops,
        PREFECT__WORKER_NAME: workerName,
      },
    });
    const { generateName, ...expectedMetadata } = expected.manifest.metadata as Record<string, unknown>;
    assert.ok(job.metadata!.name!.startsWith(String(generateName)), "the Job's name comes from generateName");
    // The stored object as the API serves it (client-node's models rename and retype fields).
    const stored = JSON.parse(
      execFileSync(
        stack.tools.kubectl!,
        ["--kubeconfig", stack.kubeconfig, "get", "job", "-n", namespace, job.metadata!.name!, "-o", "json"],
        {
          encoding: "utf8",
        },
      ),
    ) as unknown;
    assertContains(stored, { ...expected.manifest, metadata: expectedMetadata });
    const env = job.spec!.template.spec!.containers[0]!.env!;
    assert.ok(env.some((e) => e.name === "E2E_MARKER" && e.value === "from-deployment"));
    assert.ok(env.some((e) => e.name === "PREFECT__FLOW_RUN_ID" && e.value === run.id));

    const messages = await eventually("the worker's flow-run logs", async () => {
      const found = await flowRunLogMessages(run.id);
      return found.some((m) => m.includes("created in namespace")) ? found : undefined;
    });
    assert.ok(
      messages.includes(`Worker '${workerName}' submitting flow run '${run.id}'`),
      messages.join("\n"),
    );
    assert.ok(messages.includes("Creating Kubernetes job..."));
    assert.ok(
      messages.includes(`Kubernetes job '${job.metadata!.name}' created in namespace '${namespace}'`),
    );

    const events = await eventually("submitted and executed events", async () => {
      const found = await eventsAbout(`prefect.flow-run.${run.id}`, [
        "prefect.worker.submitted-flow-run",
        "prefect.worker.executed-flow-run",
      ]);
      return found.length >= 2 ? found : undefined;
    });
    const submittedEvent = events.find((e) => e.event === "prefect.worker.submitted-flow-run")!;
    const executedEvent = events.find((e) => e.event === "prefect.worker.executed-flow-run")!;
    assert.equal(executedEvent.follows, submittedEvent.id);
    assert.equal(
      executedEvent.related.find((r) => r["prefect.resource.role"] === "flow-run")?.[
        "prefect.infrastructure.identifier"
      ],
      submitted.infrastructure_pid,
    );

    assert.equal(await worker.stop(), 0, "a graceful stop exits 0");
    const workerResource = `prefect.worker.kubernetes.${workerName}`;
    const lifecycle = await eventually("started and stopped events", async () => {
      const found = await eventsAbout(workerResource, ["prefect.worker.started", "prefect.worker.stopped"]);
      return found.length >= 2 ? found : undefined;
    });
    const startedEvent = lifecycle.find((e) => e.event === "prefect.worker.started")!;
    assert.equal(lifecycle.find((e) => e.event === "prefect.worker.stopped")!.follows, startedEvent.id);
  });

  test("a run whose deployment no longer exists is Cancelled, and its --limit slot is released", async () => {
    const pool = uniqueName("e2e-gone");
    await createPool(pool);
    const deployment = await createDeployment({ pool, name: uniqueName("dep"), jobVariables: { namespace } });
    const orphan = await createRunOfMissingDeployment(pool, deployment.flow_id, crypto.randomUUID());
    const worker = start(["--pool", pool, "--limit", "1"]);

    const cancelled = await eventually("the orphaned run to be cancelled", async () => {
      const view = await readRun(orphan.id);
      return view.state?.type === "CANCELLED" ? view : undefined;
    });
    assert.match(cancelled.state!.message!, /^Deployment [0-9a-f-]+ no longer exists, cancelled run\.$/);
    assert.deepEqual(await jobsOf(orphan.id), []);

    // With one slot, a later run is only submitted if the orphan's slot came back (the reference leaks it).
    const run = await createScheduledRun(deployment.id, { jobVariables: { command: "sleep 600" } });
    await eventually("the next run's Job", async () =>
      (await readRun(run.id)).infrastructure_pid ? true : undefined,
    );
    assert.equal((await jobsOf(run.id)).length, 1);
    await worker.stop();
  });

  test("a claim the server rejects (deployment concurrency limit) is not submitted and its slot comes back", async () => {
    const pool = uniqueName("e2e-reject");
    await createPool(pool);
    const deployment = await createDeployment({
      pool,
      name: uniqueName("dep"),
      jobVariables: { namespace, command: "sleep 600" },
      concurrencyLimit: 1,
    });
    const first = await createScheduledRun(deployment.id);
    const second = await createScheduledRun(deployment.id, { scheduledAt: new Date(Date.now() + 1_000) });
    const worker = start(["--pool", pool, "--limit", "1"]);

    await eventually("the first run's Job", async () =>
      (await readRun(first.id)).infrastructure_pid ? true : undefined,
    );
    const message = `Aborted submission of flow run '${second.id}': Server returned a non-pending state 'SCHEDULED'`;
    await worker.waitForLog((l) => l.msg === message, "the rejected claim");
    const view = await readRun(second.id);
    assert.equal(view.state?.name, "AwaitingConcurrencySlot");
    assert.equal(view.infrastructure_pid, null);
    assert.deepEqual(await jobsOf(second.id), []);
    // With --limit 1, another deployment's run is submitted only if the rejected claim gave its slot back.
    const other = await createDeployment({
      pool,
      name: uniqueName("dep"),
      jobVariables: { namespace, command: "sleep 600" },
    });
    const third = await createScheduledRun(other.id);
    await eventually("another deployment's run", async () =>
      (await readRun(third.id)).infrastructure_pid ? true : undefined,
    );
    assert.equal(await worker.stop(), 0);
  });

  test("a template that fails validation crashes the run with the reference's message; polling goes on", async () => {
    const pool = uniqueName("e2e-invalid");
    // The template's kind is a variable, so one run can make it invalid while the next is fine.
    const template = defaultBaseJobTemplate() as {
      job_configuration: { job_manifest: Record<string, unknown> };
      variables: { properties: Record<string, unknown> };
    };
    template.job_configuration.job_manifest.kind = "{{ kind }}";
    template.variables.properties.kind = { type: "string", default: "Job" };
    await createPool(pool, template as unknown as Record<string, unknown>);
    const deployment = await createDeployment({
      pool,
      name: uniqueName("dep"),
      jobVariables: { namespace, command: "sleep 600" },
    });
    const run = await createScheduledRun(deployment.id, { jobVariables: { kind: "CronJob" } });
    const worker = start(["--pool", pool]);

    const crashed = await eventually("the run to crash", async () => {
      const view = await readRun(run.id);
      return view.state?.type === "CRASHED" ? view : undefined;
    });
    // The message `render` reports for the same objects (render is parity-tested against the reference).
    const workPool = await prefectApi<Record<string, unknown>>("GET", `/work_pools/${pool}`);
    const expected = await renderJob({
      baseJobTemplate: workPool.base_job_template as never,
      flowRun: (await prefectApi("GET", `/flow_runs/${run.id}`)) as never,
      deployment: (await prefectApi("GET", `/deployments/${deployment.id}`)) as never,
    }).then(
      () => assert.fail("render should reject the template"),
      (error: unknown) => (error as TemplatingError).crashMessage,
    );
    assert.match(
      expected,
      /Job has incompatible values for the following attributes: \/kind must have value 'Job'/,
    );
    assert.equal(crashed.state!.message, expected);
    assert.deepEqual(await jobsOf(run.id), []);

    // The worker is still polling: the next run gets its Job.
    const next = await createScheduledRun(deployment.id);
    await eventually("the next run's Job", async () =>
      (await readRun(next.id)).infrastructure_pid ? true : undefined,
    );
    assert.equal(worker.child.exitCode, null, "the worker is still running");
    await worker.stop();
  });
});
