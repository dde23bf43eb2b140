// Real installs of charts/prefect-worker against a second Prefect server that requires basic auth
// (PREFECT_SERVER_API_AUTH_STRING): with `basicAuth.existingSecret` the worker polls and a flow run completes
// in a Job that reads the auth string from that Secret (the worker propagates the Secret's name, never the
// value); with an inline `basicAuth.authString` the worker polls too; without credentials the worker is
// refused (401) and creates no pool.
import * as k8s from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  FLOW_ENTRYPOINTS,
  flowNameOf,
  isFinal,
  writeFlowsDir,
  removeFlowsDir,
  type FlowRun,
} from "../harness/flows.ts";
import {
  installChart,
  uninstallChart,
  waitForWorkerLog,
  waitForPolledPool,
  waitForRollout,
  writeValuesFile,
  type PrefectCall,
} from "../harness/helm.ts";
import { adminKubeConfig, createNamespace, deleteNamespace, eventually, uniqueName } from "../harness/k8s.ts";
import { startAuthPrefectServer, type AuthPrefectServer } from "../harness/prefect-auth-server.ts";
import type { Ids } from "../harness/prefect-fixtures.ts";

const AUTH_STRING = "admin:chart-s3cret";
const SECRET = "prefect-auth";
const FULLNAME = "prefect-worker";

const kc = adminKubeConfig();
const core = kc.makeApiClient(k8s.CoreV1Api);
const batch = kc.makeApiClient(k8s.BatchV1Api);

let server: AuthPrefectServer;
let workDir: string;
let flowsDir: string;
const releases: { release: string; namespace: string }[] = [];
const namespaces: string[] = [];

/** REST calls to the auth-enabled server, with its credentials. */
const authApi: PrefectCall = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
  const res = await fetch(`${server.apiUrl}${path}`, {
    method,
    headers: {
      authorization: `Basic ${Buffer.from(AUTH_STRING).toString("base64")}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
};

before(async () => {
  workDir = mkdtempSync(join(tmpdir(), "chart-install-auth-"));
  flowsDir = writeFlowsDir();
  server = await startAuthPrefectServer({ authString: AUTH_STRING, csrf: false });
});

after(async () => {
  for (const { release, namespace } of releases) await uninstallChart(release, namespace).catch(() => {});
  for (const namespace of namespaces) await deleteNamespace(kc, namespace).catch(() => {});
  // The server's database goes with it: no pools or deployments to delete.
  await server?.stop();
  removeFlowsDir(flowsDir);
  rmSync(workDir, { recursive: true, force: true });
});

/** A namespace and a release name, both cleaned up after the file. */
async function prepare(prefix: string): Promise<{ namespace: string; release: string }> {
  const namespace = await createNamespace(kc, prefix);
  namespaces.push(namespace);
  const release = uniqueName(prefix);
  releases.push({ release, namespace });
  return { namespace, release };
}

function values(pool: string, basicAuth: Record<string, unknown>): Record<string, unknown> {
  return {
    worker: {
      apiConfig: "selfHostedServer",
      selfHostedServerApiConfig: { apiUrl: server.apiUrl, basicAuth },
      config: { workPool: pool },
    },
  };
}

/** A deployment of the hello flow on the auth server whose Jobs run in `namespace`, and one run of it. */
async function runHello(pool: string, namespace: string): Promise<string> {
  const flow = await authApi<Ids>("POST", "/flows/", { name: flowNameOf(FLOW_ENTRYPOINTS.hello) });
  const deployment = await authApi<Ids>("POST", "/deployments/", {
    name: uniqueName("dep"),
    flow_id: flow.id,
    work_pool_name: pool,
    job_variables: { namespace },
    parameters: { name: "basic auth" },
    enforce_parameter_schema: false,
    entrypoint: FLOW_ENTRYPOINTS.hello,
    pull_steps: [{ "prefect.deployments.steps.set_working_directory": { directory: flowsDir } }],
  });
  const run = await authApi<Ids>("POST", `/deployments/${deployment.id}/create_flow_run`, {
    state: {
      type: "SCHEDULED",
      name: "Scheduled",
      state_details: { scheduled_time: new Date().toISOString() },
    },
  });
  return run.id;
}

async function waitForFinal(runId: string): Promise<FlowRun> {
  return eventually(
    `flow run ${runId} to reach a final state`,
    async () => {
      const run = await authApi<FlowRun>("GET", `/flow_runs/${runId}`);
      return isFinal(run) ? run : undefined;
    },
    180_000,
    1000,
  );
}

describe("basicAuth with existingSecret", () => {
  const pool = uniqueName("chart-auth-secret");
  let namespace: string;

  before(async () => {
    let release: string;
    ({ namespace, release } = await prepare("chart-auth-secret"));
    await core.createNamespacedSecret({
      namespace,
      body: { metadata: { name: SECRET }, stringData: { "auth-string": AUTH_STRING } },
    });
    await installChart({
      release,
      namespace,
      valuesFiles: [
        writeValuesFile(workDir, "secret.yaml", values(pool, { enabled: true, existingSecret: SECRET })),
      ],
    });
  });

  test("the worker authenticates with the Secret's auth string, creates its pool and polls", async () => {
    await waitForRollout(kc, namespace, FULLNAME);
    await waitForPolledPool(pool, authApi);
  });

  test("a flow run completes in a Job that reads the auth string from the Secret", async () => {
    const runId = await runHello(pool, namespace);
    const final = await waitForFinal(runId);
    assert.equal(final.state?.type, "COMPLETED", `${final.state?.type}: ${final.state?.message}`);
    const jobs = await batch.listNamespacedJob({
      namespace,
      labelSelector: `prefect.io/flow-run-id=${runId}`,
    });
    assert.equal(jobs.items.length, 1);
    const container = jobs.items[0]!.spec!.template.spec!.containers.find((c) => c.name === "prefect-job")!;
    const auth = container.env?.filter((e) => e.name === "PREFECT_API_AUTH_STRING") ?? [];
    assert.equal(auth.length, 1, "one PREFECT_API_AUTH_STRING in the Job's env");
    assert.equal(auth[0]!.value, undefined, "the auth string itself is not in the Job");
    assert.deepEqual(
      [auth[0]!.valueFrom?.secretKeyRef?.name, auth[0]!.valueFrom?.secretKeyRef?.key],
      [SECRET, "auth-string"],
    );
  });
});

describe("basicAuth with an inline authString", () => {
  const pool = uniqueName("chart-auth-inline");

  test("the worker authenticates with the values' auth string, creates its pool and polls", async () => {
    const { namespace, release } = await prepare("chart-auth-inline");
    await installChart({
      release,
      namespace,
      valuesFiles: [
        writeValuesFile(workDir, "inline.yaml", values(pool, { enabled: true, authString: AUTH_STRING })),
      ],
    });
    await waitForRollout(kc, namespace, FULLNAME);
    await waitForPolledPool(pool, authApi);
  });
});

describe("without the auth string", () => {
  const pool = uniqueName("chart-auth-none");

  test("the worker is refused with 401 and creates no pool", async () => {
    const { namespace, release } = await prepare("chart-auth-none");
    await installChart({
      release,
      namespace,
      valuesFiles: [writeValuesFile(workDir, "none.yaml", values(pool, { enabled: false }))],
    });
    const log = await waitForWorkerLog(kc, namespace, release, /401 Unauthorized/);
    assert.ok(!log.includes(AUTH_STRING.split(":")[1]!), "the log does not leak the password");
    await assert.rejects(authApi("GET", `/work_pools/${pool}`), /HTTP 404/);
  });
});
