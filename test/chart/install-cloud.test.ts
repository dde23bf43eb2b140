// Real installs of charts/prefect-worker in both Cloud modes. Prefect Cloud's URL layout cannot exist on a
// loopback-only machine, so a FAKE Cloud (test/harness/fake-prefect-cloud.ts) serves
// /api/accounts/<a>/workspaces/<w>/… from the stack's server and demands `Authorization: Bearer <key>`.
// `apiConfig: cloud` (cloudUrl = the fake's /api) and `customerManagedCloud` (apiUrl = the fake's /api),
// with the API key in the Secret `prefect-api-key`/`key`: the worker polls through the fake with the key,
// and a flow run completes in a Job that takes PREFECT_API_KEY from that Secret (jobApiKeyPropagation's
// default, secretRef). With a wrong key the fake answers 401 and no pool is created.
import * as k8s from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  cleanupFlows,
  describeState,
  FLOW_ENTRYPOINTS,
  flowDeployer,
  runDeployment,
  stateHistory,
  waitForFinalState,
  writeFlowsDir,
} from "../harness/flows.ts";
import { startFakePrefectCloud, type FakePrefectCloud } from "../harness/fake-prefect-cloud.ts";
import {
  installChart,
  uninstallChart,
  waitForWorkerLog,
  waitForPolledPool,
  waitForRollout,
  writeValuesFile,
} from "../harness/helm.ts";
import { adminKubeConfig, createNamespace, deleteNamespace, eventually, uniqueName } from "../harness/k8s.ts";
import { prefectApi } from "../harness/prefect.ts";
import { readStackEnv } from "../harness/stack/state.ts";

const ACCOUNT = "0b7f3e8c-5a43-4c1e-9d7a-2f0c8e6b1a11";
const WORKSPACE = "6d2e9a4b-1c3f-4e8d-a5b7-9c0d1e2f3a44";
const API_KEY = "pnu_chartinstalltestkey0000000000000000";
const FULLNAME = "prefect-worker";

const kc = adminKubeConfig();
const core = kc.makeApiClient(k8s.CoreV1Api);
const batch = kc.makeApiClient(k8s.BatchV1Api);

let cloud: FakePrefectCloud;
let workDir: string;
let flowsDir: string;
const deploymentIds: string[] = [];
const releases: { release: string; namespace: string }[] = [];
const namespaces: string[] = [];
const pools: string[] = [];

before(async () => {
  workDir = mkdtempSync(join(tmpdir(), "chart-install-cloud-"));
  flowsDir = writeFlowsDir();
  cloud = await startFakePrefectCloud({
    upstreamApiUrl: readStackEnv().prefectApiUrl,
    accountId: ACCOUNT,
    workspaceId: WORKSPACE,
    apiKey: API_KEY,
  });
});

after(async () => {
  for (const { release, namespace } of releases) await uninstallChart(release, namespace).catch(() => {});
  await cleanupFlows({ dir: flowsDir, deploymentIds });
  for (const namespace of namespaces) await deleteNamespace(kc, namespace).catch(() => {});
  for (const pool of pools) await prefectApi("DELETE", `/work_pools/${pool}`).catch(() => {});
  await cloud?.close();
  rmSync(workDir, { recursive: true, force: true });
});

type Mode = "cloud" | "customerManagedCloud";

function values(mode: Mode, pool: string): Record<string, unknown> {
  const ids = { accountId: ACCOUNT, workspaceId: WORKSPACE };
  if (mode === "customerManagedCloud") {
    // cloudApiUrl stays empty: the chart renders PREFECT_CLOUD_API_URL empty, so every URL counts as Cloud.
    return {
      worker: {
        apiConfig: mode,
        customerManagedCloudApiConfig: { ...ids, apiUrl: cloud.apiUrl },
        config: { workPool: pool },
      },
    };
  }
  return {
    worker: {
      apiConfig: mode,
      cloudApiConfig: { ...ids, cloudUrl: cloud.apiUrl },
      config: { workPool: pool },
      // Real Cloud's URL is PREFECT_CLOUD_API_URL's default, which is how Prefect clients (ours and the
      // reference) know they talk to Cloud (Bearer key on the events WebSocket, no CSRF). The fake has
      // another URL, so it is declared here; the chart renders no PREFECT_CLOUD_API_URL in cloud mode.
      extraEnvVars: [{ name: "PREFECT_CLOUD_API_URL", value: cloud.apiUrl }],
    },
  };
}

/** A namespace holding the API key Secret under the chart's default name and key, and the release in it. */
async function install(
  mode: Mode,
  pool: string,
  key: string,
): Promise<{ namespace: string; release: string }> {
  const namespace = await createNamespace(kc, `chart-${mode.toLowerCase()}`);
  namespaces.push(namespace);
  pools.push(pool);
  await core.createNamespacedSecret({
    namespace,
    body: { metadata: { name: "prefect-api-key" }, stringData: { key } },
  });
  const release = uniqueName("pw-cloud");
  releases.push({ release, namespace });
  await installChart({
    release,
    namespace,
    valuesFiles: [writeValuesFile(workDir, `${mode}-${pool}.yaml`, values(mode, pool))],
  });
  return { namespace, release };
}

for (const mode of ["cloud", "customerManagedCloud"] as const) {
  describe(`apiConfig: ${mode} through the fake Cloud`, () => {
    const pool = uniqueName(`chart-${mode.toLowerCase()}`);
    let namespace: string;
    // What went through the fake since this release was installed (the other mode's worker keeps polling).
    let mark = 0;
    const sinceInstall = () => cloud.requests.slice(mark);

    before(async () => {
      mark = cloud.requests.length;
      ({ namespace } = await install(mode, pool, API_KEY));
    });

    test("the worker polls its workspace through the fake Cloud with the API key", async () => {
      const pod = await waitForRollout(kc, namespace, FULLNAME);
      const env = pod.spec!.containers.find((c) => c.name === "prefect-worker")!.env ?? [];
      assert.equal(env.find((e) => e.name === "PREFECT_API_URL")?.value, cloud.workspaceApiUrl);
      await waitForPolledPool(pool);
      await eventually("the worker's polls through the fake Cloud", async () =>
        sinceInstall().some(
          (r) => r.upstreamPath === `/api/work_pools/${pool}/get_scheduled_flow_runs` && r.status === 200,
        )
          ? true
          : undefined,
      );
      // The worker's event stream goes through the fake too (a forwarded WebSocket upgrade with the key).
      await eventually("the worker's events WebSocket through the fake Cloud", async () =>
        sinceInstall().some((r) => r.websocket && r.upstreamPath === "/api/events/in" && r.status === 101)
          ? true
          : undefined,
      );
      assert.deepEqual(
        sinceInstall().filter((r) => r.upstreamPath === undefined),
        [],
        "the fake refused nothing: every request had the key and the workspace's path",
      );
    });

    test("a flow run completes in a Job that takes PREFECT_API_KEY from the Secret", async () => {
      const deploy = flowDeployer(() => ({ namespace, dir: flowsDir }), deploymentIds);
      const deployment = await deploy(pool, FLOW_ENTRYPOINTS.hello, {}, { name: mode });
      const run = await runDeployment(deployment.id);
      const final = await waitForFinalState(run.id, 180_000);
      const history = (await stateHistory(run.id)).map(describeState).join(" → ");
      assert.equal(final.state?.type, "COMPLETED", history);

      const jobs = await batch.listNamespacedJob({
        namespace,
        labelSelector: `prefect.io/flow-run-id=${run.id}`,
      });
      assert.equal(jobs.items.length, 1);
      const container = jobs.items[0]!.spec!.template.spec!.containers.find((c) => c.name === "prefect-job")!;
      const env = container.env ?? [];
      assert.equal(env.find((e) => e.name === "PREFECT_API_URL")?.value, cloud.workspaceApiUrl);
      const key = env.filter((e) => e.name === "PREFECT_API_KEY");
      assert.equal(key.length, 1, "one PREFECT_API_KEY in the Job's env");
      assert.equal(key[0]!.value, undefined, "the key itself is not in the Job");
      assert.deepEqual(
        [key[0]!.valueFrom?.secretKeyRef?.name, key[0]!.valueFrom?.secretKeyRef?.key],
        ["prefect-api-key", "key"],
      );
      // The pod's flow-run process reached Prefect only through the fake Cloud (its only API URL), with
      // the key: it set the run RUNNING and COMPLETED there.
      const states = cloud.requests.filter(
        (r) => r.upstreamPath === `/api/flow_runs/${run.id}/set_state` && r.status < 300,
      );
      assert.ok(
        states.length >= 3,
        `Pending, Running and Completed went through the fake (${states.length})`,
      );
      assert.ok(states.every((r) => r.presentedKey === API_KEY));
      // Nothing the worker or the flow-run pod sent was refused: HTTP calls and the events WebSockets
      // carried the key (in the header, or in the subscriber's auth message on /events/out).
      assert.deepEqual(
        sinceInstall().filter((r) => r.upstreamPath === undefined),
        [],
      );
    });
  });
}

describe("a wrong API key", () => {
  const pool = uniqueName("chart-cloud-wrongkey");
  const wrongKey = "pnu_wrongkeywrongkeywrongkeywrongkey00";

  test("the fake Cloud answers 401, the worker logs it and creates no pool", async () => {
    const { namespace, release } = await install("cloud", pool, wrongKey);
    const log = await waitForWorkerLog(kc, namespace, release, /401 Unauthorized/);
    assert.ok(!log.includes(wrongKey), "the log does not leak the key");
    const refused = cloud.refused(401).filter((r) => r.presentedKey === wrongKey);
    assert.ok(refused.length > 0, "the fake Cloud refused the wrong key");
    assert.equal(
      cloud.requests.filter((r) => r.presentedKey === wrongKey && r.upstreamPath !== undefined).length,
      0,
      "nothing with the wrong key reached the server",
    );
    await assert.rejects(prefectApi("GET", `/work_pools/${pool}`), /HTTP 404/);
  });
});
