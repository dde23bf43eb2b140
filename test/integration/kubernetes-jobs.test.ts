// Job creation against the local API server: retries, the reference's error messages and hints (compared
// with prefect-kubernetes' own `_create_job` run against the same API server), and 409 adoption.
import * as k8s from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { InfrastructureError, KubernetesApiError } from "../../src/kubernetes/errors.ts";
import { createJob, infrastructurePid } from "../../src/kubernetes/jobs.ts";
import type { CreateJobOptions, JobCreationRetry } from "../../src/kubernetes/jobs.ts";
import {
  adminKubeConfig,
  createNamespace,
  deleteNamespace,
  eventually,
  serviceAccountKubeconfig,
  suspendedJobManifest,
  uniqueName,
} from "../harness/k8s.ts";
import { referencePython } from "../harness/reference-venv.ts";
import { readStackEnv } from "../harness/stack/state.ts";
import { batchApi } from "../../src/kubernetes/rest.ts";

const admin = adminKubeConfig();
const batch = admin.makeApiClient(k8s.BatchV1Api);
const ourBatch = batchApi(admin);
const core = admin.makeApiClient(k8s.CoreV1Api);
const rbac = admin.makeApiClient(k8s.RbacAuthorizationV1Api);
const retry: JobCreationRetry = { maxAttempts: 3, delaySeconds: 1, jitterMinSeconds: 0, jitterMaxSeconds: 3 };
const namespaces: string[] = [];
let namespace: string;
let scratch: string;

before(async () => {
  namespace = await createNamespace(admin, "k8s-jobs");
  namespaces.push(namespace);
  scratch = mkdtempSync(join(tmpdir(), "kubernetes-jobs-"));
});

after(async () => {
  for (const ns of namespaces) await deleteNamespace(admin, ns);
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function manifest(metadata: k8s.V1ObjectMeta): k8s.V1Job {
  return suspendedJobManifest(metadata);
}

/** Records the waits instead of sleeping. */
function recorder(): { sleeps: number[]; failures: number[]; options: Partial<CreateJobOptions> } {
  const sleeps: number[] = [];
  const failures: number[] = [];
  return {
    sleeps,
    failures,
    options: {
      sleep: async (ms) => void sleeps.push(ms),
      random: () => 0.5,
      onAttemptFailed: (attempt) => void failures.push(attempt),
    },
  };
}

/** A loopback port nothing listens on (fetch refuses "bad ports" such as 1 before connecting). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  assert.fail("expected a rejection");
}

// The reference's `KubernetesWorker._create_job` with one attempt, against the same API server.
const REFERENCE_CREATE_JOB = `
import asyncio, json, sys
from kubernetes_asyncio import config
from prefect.exceptions import InfrastructureError
from prefect_kubernetes.worker import KubernetesWorker, KubernetesWorkerJobConfiguration

async def create(case):
    client = await config.new_client_from_config(config_file=case["kubeconfig"])
    worker = KubernetesWorker(work_pool_name="pool", name="worker")
    configuration = KubernetesWorkerJobConfiguration.model_construct(
        job_manifest=case["manifest"], namespace=case["namespace"], cluster_config=None)
    try:
        job = await worker._create_job(configuration, client)
        return {"created": job.metadata.name}
    except InfrastructureError as exc:
        return {"type": type(exc).__name__, "message": str(exc)}
    finally:
        await client.close()

async def main():
    print(json.dumps([await create(case) for case in json.load(sys.stdin)]))

asyncio.run(main())
`;

interface ReferenceCase {
  kubeconfig: string;
  namespace: string;
  manifest: k8s.V1Job;
}

function referenceCreateJob(cases: ReferenceCase[]): { type?: string; message?: string; created?: string }[] {
  const home = mkdtempSync(join(scratch, "python-home-"));
  const out = spawnSync(referencePython(), ["-c", REFERENCE_CREATE_JOB], {
    input: JSON.stringify(cases),
    cwd: home,
    env: {
      PATH: "/usr/bin:/bin",
      HOME: home,
      PREFECT_INTEGRATIONS_KUBERNETES_WORKER_CREATE_JOB_RETRY_MAX_RETRIES: "1",
    },
    encoding: "utf8",
  });
  assert.equal(out.status, 0, out.stderr);
  const lines = out.stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1]!) as { type?: string; message?: string }[];
}

describe("createJob", () => {
  test("creates a Job from a generateName manifest and returns its name, namespace and uid", async () => {
    const flowRunId = crypto.randomUUID();
    const { sleeps, failures, options } = recorder();
    const job = await createJob({
      api: admin,
      namespace,
      manifest: manifest({ generateName: "my-flow-run-", labels: { "prefect.io/flow-run-id": flowRunId } }),
      retry,
      ...options,
    });
    assert.match(job.name, /^my-flow-run-[a-z0-9]{5}$/);
    assert.equal(job.namespace, namespace);
    assert.equal(job.adopted, false);
    assert.deepEqual([sleeps, failures], [[], []]);
    const read = await batch.readNamespacedJob({ name: job.name, namespace });
    assert.equal(read.metadata?.uid, job.uid);
    assert.equal(read.metadata?.labels?.["prefect.io/flow-run-id"], flowRunId);
    assert.equal(infrastructurePid(job.namespace, job.name), `${namespace}:${job.name}`);
  });

  test("a failed attempt is retried after delay + jitter and the next attempt succeeds", async () => {
    const late = uniqueName("k8s-jobs-late");
    namespaces.push(late);
    const sleeps: number[] = [];
    const failures: { attempt: number; status: unknown }[] = [];
    const job = await createJob({
      api: ourBatch,
      namespace: late,
      manifest: manifest({ generateName: "late-" }),
      retry: { maxAttempts: 3, delaySeconds: 2, jitterMinSeconds: 1, jitterMaxSeconds: 5 },
      sleep: async (ms) => void sleeps.push(ms),
      random: () => 0.25,
      onAttemptFailed: async (attempt, err) => {
        failures.push({ attempt, status: err instanceof k8s.ApiException ? err.code : err });
        await core.createNamespace({ body: { metadata: { name: late } } });
      },
    });
    assert.deepEqual(failures, [{ attempt: 1, status: 404 }]);
    assert.deepEqual(sleeps, [(2 + 1 + 0.25 * (5 - 1)) * 1000]);
    assert.equal(job.namespace, late);
    assert.equal((await batch.readNamespacedJob({ name: job.name, namespace: late })).metadata?.uid, job.uid);
  });

  test("a missing namespace fails every attempt with the reference's message and namespace hint", async () => {
    const missing = uniqueName("k8s-jobs-missing");
    const { sleeps, failures, options } = recorder();
    const body = manifest({ name: "fixed-name" });
    const err = await rejection(
      createJob({ api: admin, namespace: missing, manifest: body, retry, ...options }),
    );
    assert.ok(err instanceof InfrastructureError);
    assert.equal(err.pythonType, "InfrastructureError");
    assert.equal(
      err.message,
      `Unable to create Kubernetes job: Not Found: namespaces "${missing}" not found. ` +
        `Hint: Verify that the namespace '${missing}' exists in the cluster.`,
    );
    assert.deepEqual(failures, [1, 2, 3]);
    assert.deepEqual(sleeps, [2500, 2500]);
    const [reference] = referenceCreateJob([
      { kubeconfig: readStackEnv().kubeconfig, namespace: missing, manifest: body },
    ]);
    assert.deepEqual(reference, { type: "InfrastructureError", message: err.message });
  });

  test("RBAC without create on jobs gives 403 and the RBAC hint, as the reference", async () => {
    const sa = "no-create-jobs";
    await core.createNamespacedServiceAccount({ namespace, body: { metadata: { name: sa } } });
    await rbac.createNamespacedRole({
      namespace,
      body: {
        metadata: { name: sa },
        rules: [{ apiGroups: ["batch"], resources: ["jobs"], verbs: ["get", "list", "watch"] }],
      },
    });
    await rbac.createNamespacedRoleBinding({
      namespace,
      body: {
        metadata: { name: sa },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: sa },
        subjects: [{ kind: "ServiceAccount", name: sa, namespace }],
      },
    });
    const { kubeConfig, path } = await serviceAccountKubeconfig(admin, namespace, sa, scratch);
    const body = manifest({ name: "denied" });
    const err = await rejection(
      createJob({ api: kubeConfig, namespace, manifest: body, retry: { ...retry, maxAttempts: 1 } }),
    );
    assert.ok(err instanceof InfrastructureError);
    assert.ok(err.cause instanceof k8s.ApiException && err.cause.code === 403);
    assert.match(err.message, /^Unable to create Kubernetes job: Forbidden: jobs\.batch is forbidden: /);
    assert.ok(
      err.message.endsWith(
        ". Hint: Check that your service account has the required RBAC permissions for this operation.",
      ),
      err.message,
    );
    const [reference] = referenceCreateJob([{ kubeconfig: path, namespace, manifest: body }]);
    assert.deepEqual(reference, { type: "InfrastructureError", message: err.message });
  });

  test("an exhausted ResourceQuota gives the quota hint, as the reference", async () => {
    const limited = await createNamespace(admin, "k8s-jobs-limited");
    namespaces.push(limited);
    await core.createNamespacedResourceQuota({
      namespace: limited,
      body: { metadata: { name: "no-jobs" }, spec: { hard: { "count/jobs.batch": "0" } } },
    });
    // Until the quota controller has computed usage, admission reports "status unknown" instead.
    await eventually("the quota's usage", async () => {
      const quota = await core.readNamespacedResourceQuota({ name: "no-jobs", namespace: limited });
      return quota.status?.used?.["count/jobs.batch"] !== undefined ? quota : undefined;
    });
    const body = manifest({ name: "over-quota" });
    const err = await rejection(
      createJob({ api: admin, namespace: limited, manifest: body, retry: { ...retry, maxAttempts: 1 } }),
    );
    assert.ok(err instanceof InfrastructureError);
    assert.equal(
      err.message,
      'Unable to create Kubernetes job: Forbidden: jobs.batch "over-quota" is forbidden: exceeded quota: ' +
        "no-jobs, requested: count/jobs.batch=1, used: count/jobs.batch=0, limited: count/jobs.batch=0. " +
        "Hint: Check the resource quotas for the namespace and ensure the job does not exceed them.",
    );
    const [reference] = referenceCreateJob([
      { kubeconfig: readStackEnv().kubeconfig, namespace: limited, manifest: body },
    ]);
    assert.deepEqual(reference, { type: "InfrastructureError", message: err.message });
  });

  test("409 on a fixed name adopts the Job when it carries the same flow-run label", async () => {
    const flowRunId = crypto.randomUUID();
    const name = uniqueName("resubmitted");
    const body = manifest({ name, labels: { "prefect.io/flow-run-id": flowRunId } });
    const existing = await batch.createNamespacedJob({ namespace, body });
    const { sleeps, failures, options } = recorder();
    const job = await createJob({ api: ourBatch, namespace, manifest: body, retry, ...options });
    assert.deepEqual(
      { name: job.name, namespace: job.namespace, uid: job.uid, adopted: job.adopted },
      { name, namespace, uid: existing.metadata?.uid, adopted: true },
    );
    assert.deepEqual([sleeps, failures], [[], []]);
  });

  test("409 on a fixed name with another run's label is an error like any other", async () => {
    const name = uniqueName("taken");
    const theirs = manifest({ name, labels: { "prefect.io/flow-run-id": crypto.randomUUID() } });
    await batch.createNamespacedJob({ namespace, body: theirs });
    const ours = manifest({ name, labels: { "prefect.io/flow-run-id": crypto.randomUUID() } });
    const { sleeps, failures, options } = recorder();
    const err = await rejection(createJob({ api: ourBatch, namespace, manifest: ours, retry, ...options }));
    assert.ok(err instanceof InfrastructureError);
    assert.equal(
      err.message,
      `Unable to create Kubernetes job: Conflict: jobs.batch "${name}" already exists`,
    );
    assert.deepEqual([failures, sleeps.length], [[1, 2, 3], 2]);
    const [reference] = referenceCreateJob([
      { kubeconfig: readStackEnv().kubeconfig, namespace, manifest: ours },
    ]);
    assert.deepEqual(reference, { type: "InfrastructureError", message: err.message });
  });

  test("an unreachable API server is retried, then reported with the transport error's cause", async () => {
    const port = await closedPort();
    const unreachable = new k8s.KubeConfig();
    unreachable.loadFromOptions({
      clusters: [{ name: "gone", server: `https://127.0.0.1:${port}`, skipTLSVerify: true }],
      users: [{ name: "nobody", token: "unused" }],
      contexts: [{ name: "gone", cluster: "gone", user: "nobody" }],
      currentContext: "gone",
    });
    const { failures, options } = recorder();
    const err = await rejection(
      createJob({
        api: unreachable,
        namespace,
        manifest: manifest({ generateName: "x-" }),
        retry,
        ...options,
      }),
    );
    assert.ok(err instanceof KubernetesApiError);
    assert.equal(err.status, undefined);
    assert.equal(err.message, `ECONNREFUSED: fetch failed: connect ECONNREFUSED 127.0.0.1:${port}`);
    assert.deepEqual(failures, [1, 2, 3]);
  });
});
