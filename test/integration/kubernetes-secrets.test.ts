// Secrets around Job creation against the local API server: the API key Secret (upserted, deleted at
// shutdown), references to existing Secrets, and the per-Job env Secret that the garbage collector deletes
// with its Job; the manifest rewrite is compared with prefect-kubernetes' `_create_job` on the same cluster.
import * as k8s from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { InfrastructureError } from "../../src/kubernetes/errors.ts";
import { createJob } from "../../src/kubernetes/jobs.ts";
import type { JobCreationRetry } from "../../src/kubernetes/jobs.ts";
import { JobSecrets } from "../../src/kubernetes/secrets.ts";
import type { JobSecretsSettings } from "../../src/kubernetes/secrets.ts";
import { submitJob } from "../../src/kubernetes/submit.ts";
import {
  adminKubeConfig,
  createNamespace,
  deleteNamespace,
  eventually,
  suspendedJobManifest,
  uniqueName,
} from "../harness/k8s.ts";
import { referencePython } from "../harness/reference-venv.ts";
import { readStackEnv } from "../harness/stack/state.ts";
import { batchApi, coreApi } from "../../src/kubernetes/rest.ts";

const admin = adminKubeConfig();
const batch = admin.makeApiClient(k8s.BatchV1Api);
const ourBatch = batchApi(admin);
const core = admin.makeApiClient(k8s.CoreV1Api);
/** What the worker itself calls through (src/kubernetes/rest.ts). */
const ourCore = coreApi(admin);
const noRetry: JobCreationRetry = {
  maxAttempts: 1,
  delaySeconds: 0,
  jitterMinSeconds: 0,
  jitterMaxSeconds: 0,
};
const API_KEY = "pnu_not-a-real-key-0123456789";
const AUTH_STRING = "admin:not-a-real-password";
let namespace: string;
let scratch: string;

before(async () => {
  namespace = await createNamespace(admin, "k8s-secrets");
  scratch = mkdtempSync(join(tmpdir(), "kubernetes-secrets-"));
});

after(async () => {
  if (namespace) await deleteNamespace(admin, namespace);
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

type Env = { name: string; value?: string; valueFrom?: unknown }[];

function manifest(env: Env, metadata: k8s.V1ObjectMeta = { generateName: "my-run-" }): k8s.V1Job {
  const labels = { "prefect.io/flow-run-id": crypto.randomUUID(), ...metadata.labels };
  return suspendedJobManifest({ ...metadata, labels }, { env: env as k8s.V1EnvVar[] });
}

function container(job: object): k8s.V1Container {
  return (job as k8s.V1Job).spec!.template.spec!.containers[0]!;
}

const SETTINGS_OFF: JobSecretsSettings = { createSecretForApiKey: false, storeEnvAsSecret: false };

/** `lines` holds warnings and info; `all` adds debug. */
function logger() {
  const all: { level: string; message: string }[] = [];
  const at = (level: string) => (message: string) => void all.push({ level, message });
  return {
    all,
    get lines() {
      return all.filter((line) => line.level !== "debug");
    },
    warn: at("warn"),
    info: at("info"),
    debug: at("debug"),
  };
}

function secrets(settings: Partial<JobSecretsSettings>, workerName = "my-worker") {
  const log = logger();
  const service = new JobSecrets({
    core: ourCore,
    settings: { ...SETTINGS_OFF, ...settings },
    workerName,
    logger: log,
  });
  return { service, log };
}

async function readSecret(name: string): Promise<k8s.V1Secret | undefined> {
  try {
    return await core.readNamespacedSecret({ name, namespace });
  } catch (err) {
    if (err instanceof k8s.ApiException && err.code === 404) return undefined;
    throw err;
  }
}

function decoded(secret: k8s.V1Secret | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(secret?.data ?? {}).map(([k, v]) => [k, Buffer.from(v, "base64").toString("utf8")]),
  );
}

function runPython(script: string, input: unknown, env: Record<string, string> = {}): string {
  const home = mkdtempSync(join(scratch, "python-home-"));
  const out = spawnSync(referencePython(), ["-c", script], {
    input: JSON.stringify(input),
    cwd: home,
    env: { PATH: "/usr/bin:/bin", HOME: home, ...env },
    encoding: "utf8",
  });
  assert.equal(out.status, 0, out.stderr);
  const lines = out.stdout.trim().split("\n");
  return lines[lines.length - 1]!;
}

describe("API key Secret", () => {
  test("is created under the reference's name, referenced by key 'value', upserted, deleted at shutdown", async () => {
    const workerName = "Ünïcode Worker_01 with a name far longer than forty-five characters!";
    const expectedName = JSON.parse(
      runPython(
        "import json, sys\nfrom prefect_kubernetes.utilities import _slugify_name\n" +
          'print(json.dumps(f"prefect-{_slugify_name(json.load(sys.stdin))}-api-key"))',
        workerName,
      ),
    ) as string;
    const { service, log } = secrets({ createSecretForApiKey: true }, workerName);
    const env: Env = [
      { name: "PREFECT_API_URL", value: "http://prefect:4200/api" },
      { name: "PREFECT_API_KEY", value: API_KEY },
    ];
    const first = manifest(env);
    const { manifest: prepared } = await service.prepare(namespace, first);
    assert.equal(prepared, first, "rewritten in place");
    assert.deepEqual(container(first).env, [
      env[0],
      { name: "PREFECT_API_KEY", valueFrom: { secretKeyRef: { name: expectedName, key: "value" } } },
    ]);
    const created = await readSecret(expectedName);
    assert.deepEqual(decoded(created), { value: API_KEY });
    assert.deepEqual(service.createdApiKeySecrets(), [`${namespace}/${expectedName}`]);

    await service.prepare(namespace, manifest([{ name: "PREFECT_API_KEY", value: `${API_KEY}-rotated` }]));
    const replaced = await readSecret(expectedName);
    assert.equal(replaced?.metadata?.uid, created?.metadata?.uid, "replaced, not re-created");
    assert.deepEqual(decoded(replaced), { value: `${API_KEY}-rotated` });

    await service.deleteCreatedApiKeySecrets();
    assert.equal(await readSecret(expectedName), undefined);
    assert.deepEqual(service.createdApiKeySecrets(), []);
    assert.ok(!JSON.stringify(log.all).includes(API_KEY), "the key is never logged");
  });

  test("a manifest without PREFECT_API_KEY creates no Secret and adds no entry", async () => {
    const { service } = secrets({ createSecretForApiKey: true }, "keyless-worker");
    const job = manifest([{ name: "A", value: "1" }]);
    await service.prepare(namespace, job);
    assert.deepEqual(container(job).env, [{ name: "A", value: "1" }]);
    assert.equal(await readSecret("prefect-keyless-worker-api-key"), undefined);
  });

  test("a Secret already deleted at shutdown is logged with the API's reason, not thrown", async () => {
    const { service, log } = secrets({ createSecretForApiKey: true }, "vanishing-worker");
    await service.prepare(namespace, manifest([{ name: "PREFECT_API_KEY", value: API_KEY }]));
    await core.deleteNamespacedSecret({ name: "prefect-vanishing-worker-api-key", namespace });
    await service.deleteCreatedApiKeySecrets();
    assert.deepEqual(log.lines, [
      {
        level: "warn",
        message:
          "Failed to delete created secret with exception: " +
          '404 NotFound: secrets "prefect-vanishing-worker-api-key" not found',
      },
    ]);
  });
});

describe("existing Secret references", () => {
  test("replace only the entries present and add nothing; no Secret is created", async () => {
    const settings = {
      createSecretForApiKey: true,
      apiKeySecretName: "existing-key",
      apiKeySecretKey: "token",
      apiAuthStringSecretName: "existing-auth",
      apiAuthStringSecretKey: "auth",
    };
    const { service, log } = secrets(settings, "referencing-worker");
    const both = manifest([
      { name: "PREFECT_API_KEY", value: API_KEY },
      { name: "PREFECT_API_AUTH_STRING", value: AUTH_STRING },
      { name: "OTHER", value: "x" },
    ]);
    await service.prepare(namespace, both);
    assert.deepEqual(container(both).env, [
      { name: "PREFECT_API_KEY", valueFrom: { secretKeyRef: { name: "existing-key", key: "token" } } },
      {
        name: "PREFECT_API_AUTH_STRING",
        valueFrom: { secretKeyRef: { name: "existing-auth", key: "auth" } },
      },
      { name: "OTHER", value: "x" },
    ]);
    const neither = manifest([{ name: "OTHER", value: "x" }]);
    await service.prepare(namespace, neither);
    assert.deepEqual(container(neither).env, [{ name: "OTHER", value: "x" }]);
    assert.equal(await readSecret("prefect-referencing-worker-api-key"), undefined);
    assert.deepEqual([log.lines, service.createdApiKeySecrets()], [[], []]);
  });

  test("a plain auth string without a Secret reference is kept, with a warning that omits it", async () => {
    const { service, log } = secrets({});
    const job = manifest([{ name: "PREFECT_API_AUTH_STRING", value: AUTH_STRING }]);
    await service.prepare(namespace, job);
    assert.deepEqual(container(job).env, [{ name: "PREFECT_API_AUTH_STRING", value: AUTH_STRING }]);
    assert.equal(log.lines.length, 1);
    assert.equal(log.lines[0]?.level, "warn");
    assert.match(log.lines[0]!.message, /^PREFECT_API_AUTH_STRING is set, but no secret name or key/);
    assert.ok(!log.lines[0]!.message.includes(AUTH_STRING));
  });
});

describe("store env as Secret", () => {
  test("moves plain values into a Secret the Job owns; the garbage collector deletes it with the Job", async () => {
    const { service, log } = secrets({ storeEnvAsSecret: true });
    const fromConfigMap = { configMapKeyRef: { name: "cm", key: "k" } };
    const job = manifest(
      [
        { name: "PREFECT_API_URL", value: "http://prefect:4200/api" },
        { name: "FROM_CM", valueFrom: fromConfigMap },
        { name: "PREFECT_API_KEY", value: API_KEY },
      ],
      { generateName: "my-run--", labels: { "prefect.io/flow-run-id": "0a1b2c3d-run" } },
    );
    container(job).envFrom = [{ configMapRef: { name: "shared" } }];
    const { handle } = await service.prepare(namespace, job, "0a1b2c3d-run");
    assert.match(handle.envSecretName ?? "", /^my-run-env-[0-9a-f]{8}$/);
    const secretName = handle.envSecretName!;
    assert.deepEqual(container(job).env, [{ name: "FROM_CM", valueFrom: fromConfigMap }]);
    assert.deepEqual(container(job).envFrom, [
      { configMapRef: { name: "shared" } },
      { secretRef: { name: secretName } },
    ]);
    const stored = await readSecret(secretName);
    assert.deepEqual(decoded(stored), {
      PREFECT_API_URL: "http://prefect:4200/api",
      PREFECT_API_KEY: API_KEY,
    });
    assert.deepEqual(stored?.metadata?.labels, {
      "app.kubernetes.io/managed-by": "prefect",
      "prefect.io/flow-run-id": "0a1b2c3d-run",
    });

    const created = await createJob({ api: ourBatch, namespace, manifest: job, retry: noRetry });
    await service.afterJobCreated(handle, created);
    const owned = await readSecret(secretName);
    assert.deepEqual(
      owned?.metadata?.ownerReferences?.map(({ apiVersion, kind, name, uid }) => ({
        apiVersion,
        kind,
        name,
        uid,
      })),
      [{ apiVersion: "batch/v1", kind: "Job", name: created.name, uid: created.uid }],
    );
    assert.deepEqual(log.lines, []);

    await batch.deleteNamespacedJob({ name: created.name, namespace, propagationPolicy: "Background" });
    await eventually(`the garbage collector to delete Secret ${secretName}`, async () =>
      (await readSecret(secretName)) === undefined ? true : undefined,
    );
  });

  test("a Job that cannot be created leaves no env Secret behind", async () => {
    const { service, log } = secrets({ storeEnvAsSecret: true });
    const job = manifest([{ name: "A", value: "1" }]);
    delete container(job).image;
    const { handle } = await service.prepare(namespace, job);
    assert.ok(handle.envSecretName && (await readSecret(handle.envSecretName)));
    await assert.rejects(
      createJob({ api: ourBatch, namespace, manifest: job, retry: noRetry }),
      /Unprocessable Entity/,
    );
    await service.afterJobFailed(handle);
    assert.equal(await readSecret(handle.envSecretName), undefined);
    assert.deepEqual(log.lines, []);
  });

  test("submitJob hands the env Secret to the Job, or deletes it when the Job is refused", async () => {
    const { service, log } = secrets({ storeEnvAsSecret: true });
    const job = await submitJob({
      kubeConfig: admin,
      secrets: service,
      namespace,
      manifest: manifest([{ name: "A", value: "1" }], { generateName: "submitted-" }),
      retry: noRetry,
    });
    assert.equal(job.pid, `${namespace}:${job.name}`);
    const secretName = container(job.job).envFrom![0]!.secretRef!.name!;
    const owned = await readSecret(secretName);
    assert.deepEqual(
      owned?.metadata?.ownerReferences?.map((ref) => ref.uid),
      [job.uid],
    );

    const refused = manifest([{ name: "A", value: "1" }], { generateName: "refused-" });
    delete container(refused).image;
    await assert.rejects(
      submitJob({ kubeConfig: admin, secrets: service, namespace, manifest: refused, retry: noRetry }),
      (err) => err instanceof InfrastructureError && /Unprocessable Entity: Job.batch/.test(err.message),
    );
    const left = await core.listNamespacedSecret({
      namespace,
      labelSelector: "app.kubernetes.io/managed-by",
    });
    assert.deepEqual(
      left.items.map((secret) => secret.metadata?.name).filter((name) => name?.startsWith("refused-")),
      [],
    );
    assert.deepEqual(log.lines, []);
  });

  test("without plain values no Secret is created and the manifest is unchanged", async () => {
    const { service } = secrets({ storeEnvAsSecret: true });
    const env = [{ name: "FROM_SECRET", valueFrom: { secretKeyRef: { name: "s", key: "k" } } }];
    const job = manifest(structuredClone(env));
    const { handle } = await service.prepare(namespace, job);
    assert.equal(handle.envSecretName, undefined);
    assert.deepEqual([container(job).env, container(job).envFrom], [env, undefined]);
  });

  test("an owner reference that cannot be set is a warning", async () => {
    const { service, log } = secrets({ storeEnvAsSecret: true });
    const handle = { namespace, core: ourCore, envSecretName: uniqueName("never-created") };
    await service.afterJobCreated(handle, { name: "some-job", uid: crypto.randomUUID() });
    assert.deepEqual(log.lines, [
      {
        level: "warn",
        message:
          `Failed to set owner reference on env secret '${handle.envSecretName}'; ` +
          "it will not be automatically cleaned up when the Job is deleted",
      },
    ]);
  });
});

// The reference's `_create_job` with every secret feature on; prints the manifest it POSTed.
const REFERENCE_CREATE_JOB = `
import asyncio, json, sys
from kubernetes_asyncio import config
from prefect_kubernetes.worker import KubernetesWorker, KubernetesWorkerJobConfiguration

async def main():
    case = json.load(sys.stdin)
    client = await config.new_client_from_config(config_file=case["kubeconfig"])
    worker = KubernetesWorker(work_pool_name="pool", name=case["worker_name"])
    configuration = KubernetesWorkerJobConfiguration.model_construct(
        job_manifest=case["manifest"], namespace=case["namespace"], cluster_config=None)
    try:
        job = await worker._create_job(configuration, client)
        print(json.dumps({"job": job.metadata.name, "manifest": configuration.job_manifest}))
    finally:
        await client.close()

asyncio.run(main())
`;

describe("parity with the reference", () => {
  test("the POSTed manifest and the Secrets match prefect-kubernetes' _create_job", async () => {
    const workerName = uniqueName("Parity Worker");
    const env: Env = [
      { name: "PREFECT_API_URL", value: "http://prefect:4200/api" },
      { name: "PREFECT_API_KEY", value: API_KEY },
      { name: "PREFECT_API_AUTH_STRING", value: AUTH_STRING },
      { name: "FROM_SECRET", valueFrom: { secretKeyRef: { name: "s", key: "k" } } },
      { name: "NO_VALUE" },
      { name: "PREFECT_API_URL", value: "http://second:4200/api" },
    ];
    const base = manifest(env, {
      generateName: "parity-run-",
      labels: { "prefect.io/flow-run-id": "run-1" },
    });
    const reference = JSON.parse(
      runPython(
        REFERENCE_CREATE_JOB,
        {
          kubeconfig: readStackEnv().kubeconfig,
          namespace,
          worker_name: workerName,
          manifest: structuredClone(base),
        },
        {
          PREFECT_INTEGRATIONS_KUBERNETES_WORKER_CREATE_SECRET_FOR_API_KEY: "true",
          PREFECT_INTEGRATIONS_KUBERNETES_WORKER_API_AUTH_STRING_SECRET_NAME: "auth",
          PREFECT_INTEGRATIONS_KUBERNETES_WORKER_API_AUTH_STRING_SECRET_KEY: "value",
          PREFECT_INTEGRATIONS_KUBERNETES_WORKER_STORE_ENV_AS_SECRET: "true",
        },
      ),
    ) as { job: string; manifest: k8s.V1Job };
    const referenceEnvSecret = container(reference.manifest).envFrom![0]!.secretRef!.name!;
    const referenceStored = await readSecret(referenceEnvSecret);

    const { service, log } = secrets(
      {
        createSecretForApiKey: true,
        apiAuthStringSecretName: "auth",
        apiAuthStringSecretKey: "value",
        storeEnvAsSecret: true,
      },
      workerName,
    );
    const ours = structuredClone(base);
    const { handle } = await service.prepare(namespace, ours, "run-1");
    const normalise = (job: object, secretName: string) =>
      JSON.parse(JSON.stringify(job).replaceAll(secretName, "<env-secret>")) as unknown;
    assert.deepEqual(
      normalise(ours, handle.envSecretName!),
      normalise(reference.manifest, referenceEnvSecret),
    );
    const stored = await readSecret(handle.envSecretName!);
    assert.deepEqual(decoded(stored), decoded(referenceStored));
    assert.deepEqual(stored?.metadata?.labels, referenceStored?.metadata?.labels);
    assert.deepEqual(log.lines, []);
    await service.deleteCreatedApiKeySecrets();
  });
});
