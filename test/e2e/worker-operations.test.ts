// How operators run the worker: queue selection and prefetch, several replicas on one pool, the
// namespace-scoped Role the chart ships, the `prefect worker start` compatibility binary with its health
// server, and the API-key Secret that lives exactly as long as the worker.
import * as k8s from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { after, describe, test } from "node:test";
import {
  adminKubeConfig,
  createNamespace,
  deleteNamespace,
  eventually,
  serviceAccountKubeconfig,
  uniqueName,
} from "../harness/k8s.ts";
import {
  createDeployment,
  createPool,
  createQueue,
  createScheduledRun,
  readRun,
  suspendedJobTemplate,
} from "../harness/prefect-fixtures.ts";
import { spawnWorker, type WorkerProcess, type WorkerProcessOptions } from "../harness/worker-process.ts";

const kc = adminKubeConfig();
const batch = kc.makeApiClient(k8s.BatchV1Api);
const core = kc.makeApiClient(k8s.CoreV1Api);
const namespaces: string[] = [];
const workers: WorkerProcess[] = [];

async function namespace(prefix: string): Promise<string> {
  const name = await createNamespace(kc, prefix);
  namespaces.push(name);
  return name;
}

function start(options: WorkerProcessOptions): WorkerProcess {
  const worker = spawnWorker(options);
  workers.push(worker);
  return worker;
}

/** A fresh namespace, a pool of suspended Jobs, a deployment into that namespace and one run due now. */
async function poolWithOneRun(prefix: string) {
  return poolWithOneRunIn(await namespace(prefix), prefix);
}

/** The same in an existing namespace. */
async function poolWithOneRunIn(ns: string, prefix: string) {
  const pool = uniqueName(prefix);
  await createPool(pool, suspendedJobTemplate());
  const deployment = await createDeployment({
    pool,
    name: uniqueName("dep"),
    jobVariables: { namespace: ns },
  });
  const run = await createScheduledRun(deployment.id);
  return { ns, pool, run };
}

async function pidOf(runId: string): Promise<string | null> {
  return (await readRun(runId)).infrastructure_pid;
}

async function jobCount(ns: string): Promise<number> {
  return (await batch.listNamespacedJob({ namespace: ns })).items.length;
}

after(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await Promise.all(namespaces.map((ns) => deleteNamespace(kc, ns)));
});

describe("worker operations", () => {
  test("--work-queue limits the queues polled; prefetch decides how far ahead runs are submitted", async () => {
    const ns = await namespace("e2e-queues");
    const pool = uniqueName("e2e-queues");
    await createPool(pool, suspendedJobTemplate());
    await createQueue(pool, "fast");
    await createQueue(pool, "slow");
    const onFast = await createDeployment({
      pool,
      name: uniqueName("fast"),
      queue: "fast",
      jobVariables: { namespace: ns },
    });
    const onSlow = await createDeployment({
      pool,
      name: uniqueName("slow"),
      queue: "slow",
      jobVariables: { namespace: ns },
    });
    const fastRun = await createScheduledRun(onFast.id);
    const slowRun = await createScheduledRun(onSlow.id);
    const laterRun = await createScheduledRun(onFast.id, { scheduledAt: new Date(Date.now() + 90_000) });

    const first = start({ args: ["--pool", pool, "--work-queue", "fast"], namespace: ns });
    await eventually("the fast queue's run", async () => ((await pidOf(fastRun.id)) ? true : undefined));
    // Several polls later, neither the other queue's run nor the run 90 s ahead (prefetch 10 s) was taken.
    await first.waitForLog((l) => l.msg.includes("submitted to infrastructure"), "a submission");
    await sleep(3_000);
    assert.equal(await pidOf(slowRun.id), null, "a run of an unpolled queue stays scheduled");
    assert.equal(await pidOf(laterRun.id), null, "a run beyond the prefetch window stays scheduled");
    assert.equal(await first.stop(), 0);

    // A wider prefetch takes the later run now; the slow queue is still not polled.
    const second = start({ args: ["-p", pool, "-q", "fast", "--prefetch-seconds", "120"], namespace: ns });
    await eventually("the prefetched run", async () => ((await pidOf(laterRun.id)) ? true : undefined));
    assert.equal((await readRun(laterRun.id)).state?.type, "PENDING");
    assert.equal(await pidOf(slowRun.id), null);
    assert.equal(await second.stop(), 0);
  });

  test("two workers on one pool and 50 runs: exactly 50 Jobs, one per run", async () => {
    const ns = await namespace("e2e-replicas");
    const pool = uniqueName("e2e-replicas");
    await createPool(pool, suspendedJobTemplate());
    const deployment = await createDeployment({
      pool,
      name: uniqueName("dep"),
      jobVariables: { namespace: ns },
    });
    const runs: { id: string }[] = [];
    for (let i = 0; i < 50; i++) runs.push(await createScheduledRun(deployment.id));
    const a = start({ args: ["--pool", pool, "--name", "replica-a", "--limit", "5"], namespace: ns });
    const b = start({ args: ["--pool", pool, "--name", "replica-b", "--limit", "5"], namespace: ns });

    await eventually(
      "every run's Job",
      async () => {
        const pids = await Promise.all(runs.map((run) => pidOf(run.id)));
        return pids.every(Boolean) ? true : undefined;
      },
      180_000,
      1_000,
    );
    const jobs = (await batch.listNamespacedJob({ namespace: ns })).items;
    assert.equal(jobs.length, 50, "exactly one Job per run");
    const runIds = new Set(jobs.map((job) => job.metadata!.labels!["prefect.io/flow-run-id"]));
    assert.equal(runIds.size, 50);
    const byWorker = new Set<string>();
    for (const run of runs) byWorker.add(String((await readRun(run.id)).labels["prefect.worker.name"]));
    assert.deepEqual([...byWorker].sort(), ["replica-a", "replica-b"], "both replicas took runs");
    assert.equal(await a.stop(), 0);
    assert.equal(await b.stop(), 0);
  });

  test("a ServiceAccount kubeconfig under the chart's Role is enough to submit runs", async () => {
    const ns = await namespace("e2e-rbac");
    const rbac = kc.makeApiClient(k8s.RbacAuthorizationV1Api);
    await core.createNamespacedServiceAccount({
      namespace: ns,
      body: { metadata: { name: "prefect-worker" } },
    });
    // The rules of the chart's role.yaml (chart contract §2.8), without the optional secrets rule.
    await rbac.createNamespacedRole({
      namespace: ns,
      body: {
        metadata: { name: "prefect-worker" },
        rules: [
          {
            apiGroups: [""],
            resources: ["events", "pods", "pods/log", "pods/status"],
            verbs: ["get", "watch", "list"],
          },
          {
            apiGroups: ["batch"],
            resources: ["jobs"],
            verbs: ["get", "list", "watch", "create", "update", "patch", "delete"],
          },
        ],
      },
    });
    await rbac.createNamespacedRoleBinding({
      namespace: ns,
      body: {
        metadata: { name: "prefect-worker" },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "prefect-worker" },
        subjects: [{ kind: "ServiceAccount", name: "prefect-worker", namespace: ns }],
      },
    });
    const sa = await serviceAccountKubeconfig(
      kc,
      ns,
      "prefect-worker",
      mkdtempSync(join(tmpdir(), "e2e-rbac-")),
    );

    const { pool, run } = await poolWithOneRunIn(ns, "e2e-rbac");
    const worker = start({ args: ["--pool", pool], kubeconfig: sa.path, namespace: ns });
    const pid = await eventually("the run's Job", () => pidOf(run.id).then((p) => p ?? undefined));
    assert.match(pid, new RegExp(`^${ns}:`));
    assert.equal(await jobCount(ns), 1);
    assert.equal(await worker.stop(), 0);
  });

  test("`prefect worker start` with --with-healthcheck serves /health, /livez, /readyz and /metrics", async () => {
    const { ns, pool, run } = await poolWithOneRun("e2e-health");
    const worker = start({
      namespace: ns,
      binary: "prefect",
      args: ["--pool", pool, "--type", "kubernetes", "--with-healthcheck", "--install-policy", "never"],
      env: { PREFECT_WORKER_WEBSERVER_HOST: "127.0.0.1", PREFECT_WORKER_WEBSERVER_PORT: "0" },
    });
    const listening = await worker.waitForLog(
      (l) => l.msg.startsWith("Health server listening on"),
      "the health server",
    );
    const port = Number(/:(\d+)$/.exec(listening.msg)![1]);
    const base = `http://127.0.0.1:${port}`;
    await eventually("the run's Job", () => pidOf(run.id).then((p) => p ?? undefined));

    const health = await fetch(`${base}/health`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { message: "OK" });
    assert.equal((await fetch(`${base}/livez`)).status, 200);
    const ready = await fetch(`${base}/readyz?verbose`);
    assert.equal(ready.status, 200, await ready.clone().text());
    assert.match(await ready.text(), /\[\+\]work-pool ok/);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    assert.match(metrics, /^prefect_worker_polls_total\{result="success"\} [1-9]/m);
    assert.match(metrics, /^prefect_worker_flow_runs_submitted_total\{result="submitted"\} 1$/m);
    assert.match(metrics, /^prefect_worker_build_info\{version="[^"]+",worker_type="kubernetes"\} 1$/m);
    assert.doesNotMatch(metrics, new RegExp(run.id), "no flow-run ids in metric labels");
    assert.equal(await worker.stop(), 0);
  });

  test("the API-key Secret exists while the worker runs and is deleted when it stops", async () => {
    const { ns, pool, run } = await poolWithOneRun("e2e-secret");
    const apiKey = `pnu_e2e${uniqueName("key")}`;
    const worker = start({
      namespace: ns,
      args: ["--pool", pool, "--name", "secret-keeper"],
      env: {
        PREFECT_API_KEY: apiKey,
        PREFECT_INTEGRATIONS_KUBERNETES_WORKER_CREATE_SECRET_FOR_API_KEY: "true",
      },
    });
    const pid = await eventually("the run's Job", () => pidOf(run.id).then((p) => p ?? undefined));
    const job = await batch.readNamespacedJob({ namespace: ns, name: pid.split(":")[1]! });
    const keyEntry = job.spec!.template.spec!.containers[0]!.env!.find((e) => e.name === "PREFECT_API_KEY");
    assert.deepEqual(
      { ...keyEntry?.valueFrom?.secretKeyRef },
      {
        name: "prefect-secret-keeper-api-key",
        key: "value",
      },
    );
    const secret = await core.readNamespacedSecret({ namespace: ns, name: "prefect-secret-keeper-api-key" });
    assert.equal(Buffer.from(secret.data!.value!, "base64").toString(), apiKey);

    assert.equal(await worker.stop(), 0);
    await assert.rejects(core.readNamespacedSecret({ namespace: ns, name: "prefect-secret-keeper-api-key" }));
    const output = JSON.stringify(worker.logs) + worker.rawOutput.join("\n") + worker.stderr();
    assert.ok(!output.includes(apiKey), "the API key never appears in the worker's output");
    assert.ok(!output.includes(Buffer.from(apiKey).toString("base64")));
  });

  test("start-up with an unreachable API keeps retrying; a rejected pool name stops the worker with an error", async () => {
    const unreachable = start({
      namespace: null,
      args: ["--pool", uniqueName("e2e-unreachable")],
      env: { PREFECT_API_URL: "http://127.0.0.1:9/api", PREFECT_CLIENT_MAX_RETRIES: "0" },
    });
    await unreachable.waitForLog(
      (l) => l.msg.startsWith("Unable to reach the Prefect API while starting up"),
      "the start-up warning",
    );
    await sleep(2_000);
    assert.equal(unreachable.child.exitCode, null, "still running, still trying");
    assert.equal(await unreachable.stop(), 0);

    // The server refuses pool names starting with "prefect" (403): not transient, so the worker exits.
    const refused = start({ args: ["--pool", uniqueName("prefect-reserved")], namespace: null });
    assert.equal(await refused.exited, 1);
    assert.ok(
      refused.logs.some((l) => l.level === "error" && /403/.test(l.msg)),
      JSON.stringify(refused.logs),
    );
  });

  test("bad flags and variables are refused at start, each named (the bundle's prebuilt validator)", async () => {
    // Under npm test this is dist/, whose settings validator scripts/build.ts generated from the schema
    // the sources compile at run time (test/unit/cli-start.test.ts covers those against the sources).
    const bad = start({
      namespace: null,
      args: ["--pool", "p", "--limit", "0", "--prefetch-seconds", "x", "--type", "docker"],
      env: { PREFECT_WORKER_QUERY_SECONDS: "0", PREFECT_CLIENT_CUSTOM_HEADERS: '{"X-Token": 42}' },
    });
    assert.equal(await bad.exited, 2, bad.stderr());
    assert.equal(
      bad.stderr(),
      "Error: invalid configuration\n" +
        '  - --type: must be one of kubernetes (got "docker"); this worker only runs Kubernetes work pools\n' +
        '  - --prefetch-seconds: must be number (got "x")\n' +
        "  - --limit: must be >= 1 (got 0)\n" +
        "  - PREFECT_CLIENT_CUSTOM_HEADERS at X-Token: must be string; " +
        'expects a JSON object of strings, e.g. {"X-Custom": "value"}\n' +
        "  - PREFECT_WORKER_QUERY_SECONDS: must be > 0 (got 0)\n",
    );
    assert.deepEqual(bad.logs, []);
  });
});
