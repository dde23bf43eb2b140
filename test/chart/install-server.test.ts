// Real installs of charts/prefect-worker in selfHostedServer mode against the stack's Prefect server: the
// local kubelet runs the worker pod (our CLI) under the chart's ServiceAccount, so the worker talks to
// Kubernetes with exactly the chart's Role. One release proves the objects, the pod, polling and a real flow
// run; a second proves the base job template path: `--set-file` on install syncs an existing pool through
// the init container, `helm upgrade` with a changed template rolls the pod and syncs again, and a template
// the server rejects fails the init container.
import * as k8s from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
import {
  containerLog,
  getJson,
  installChart,
  manifestObject,
  type PoolView,
  releaseManifest,
  uninstallChart,
  upgradeChart,
  waitForPolledPool,
  waitForRollout,
  writeValuesFile,
} from "../harness/helm.ts";
import { adminKubeConfig, createNamespace, deleteNamespace, eventually, uniqueName } from "../harness/k8s.ts";
import { createPool, defaultBaseJobTemplate, eventsAbout } from "../harness/prefect-fixtures.ts";
import { prefectApi } from "../harness/prefect.ts";
import { readStackEnv } from "../harness/stack/state.ts";

const kc = adminKubeConfig();
const core = kc.makeApiClient(k8s.CoreV1Api);
const apps = kc.makeApiClient(k8s.AppsV1Api);
const rbac = kc.makeApiClient(k8s.RbacAuthorizationV1Api);
const batch = kc.makeApiClient(k8s.BatchV1Api);
const apiUrl = readStackEnv().prefectApiUrl;

// The chart's default fullnameOverride: every object of a release is named this.
const FULLNAME = "prefect-worker";

let workDir: string;
let flowsDir: string;
const deploymentIds: string[] = [];
const releases: { release: string; namespace: string }[] = [];
const namespaces: string[] = [];
const pools: string[] = [];

before(() => {
  workDir = mkdtempSync(join(tmpdir(), "chart-install-server-"));
  flowsDir = writeFlowsDir();
});

after(async () => {
  for (const { release, namespace } of releases) await uninstallChart(release, namespace).catch(() => {});
  await cleanupFlows({ dir: flowsDir, deploymentIds });
  for (const namespace of namespaces) await deleteNamespace(kc, namespace).catch(() => {});
  for (const pool of pools) await prefectApi("DELETE", `/work_pools/${pool}`).catch(() => {});
  rmSync(workDir, { recursive: true, force: true });
});

function serverValues(pool: string): Record<string, unknown> {
  return {
    worker: {
      apiConfig: "selfHostedServer",
      selfHostedServerApiConfig: { apiUrl },
      config: { workPool: pool },
    },
  };
}

interface WireContainer {
  name: string;
  args: string[];
  env: { name: string; value?: string; valueFrom?: unknown }[];
}

/** A pod and a Deployment in wire form, as far as these tests read them. */
interface WirePod {
  spec: { containers: WireContainer[]; initContainers?: WireContainer[] };
}

interface WirePodTemplate {
  spec: { template: WirePod };
}

describe("helm install in selfHostedServer mode", () => {
  const pool = uniqueName("chart-server");
  const release = uniqueName("pw");
  let namespace: string;
  let manifest: string;
  let pod: k8s.V1Pod;

  before(async () => {
    namespace = await createNamespace(kc, "chart-server");
    namespaces.push(namespace);
    pools.push(pool);
    releases.push({ release, namespace });
    await installChart({
      release,
      namespace,
      valuesFiles: [writeValuesFile(workDir, "server.yaml", serverValues(pool))],
    });
    manifest = await releaseManifest(release, namespace);
  });

  test("creates the Deployment, ServiceAccount, Role and RoleBinding in the release namespace", async () => {
    const deployment = await apps.readNamespacedDeployment({ name: FULLNAME, namespace });
    assert.equal(deployment.metadata?.labels?.["app.kubernetes.io/instance"], release);
    await core.readNamespacedServiceAccount({ name: FULLNAME, namespace });
    const role = await rbac.readNamespacedRole({ name: FULLNAME, namespace });
    assert.ok(
      role.rules?.some((r) => r.apiGroups?.includes("batch") && r.verbs.includes("create")),
      "the Role lets the worker create Jobs",
    );
    const binding = await rbac.readNamespacedRoleBinding({ name: FULLNAME, namespace });
    const { apiGroup, kind, name } = binding.roleRef;
    assert.deepEqual([apiGroup, kind, name], ["rbac.authorization.k8s.io", "Role", FULLNAME]);
    assert.deepEqual(
      binding.subjects?.map((s) => [s.kind, s.name, s.namespace]),
      [["ServiceAccount", FULLNAME, namespace]],
    );
  });

  test("the worker pod runs under the chart's ServiceAccount with the rendered args and env", async () => {
    pod = await waitForRollout(kc, namespace, FULLNAME);
    assert.equal(pod.spec?.serviceAccountName, FULLNAME);
    const rendered = manifestObject(manifest, "Deployment") as unknown as WirePodTemplate;
    const renderedWorker = rendered.spec.template.spec.containers.find((c) => c.name === "prefect-worker")!;
    const live = await getJson<WirePod>("pod", pod.metadata!.name!, namespace);
    const liveWorker = live.spec.containers.find((c) => c.name === "prefect-worker")!;
    assert.deepEqual(liveWorker.env, renderedWorker.env);
    assert.deepEqual(liveWorker.args, renderedWorker.args);
    assert.deepEqual(liveWorker.args.slice(0, 7), [
      "prefect",
      "worker",
      "start",
      "--type",
      "kubernetes",
      "--pool",
      pool,
    ]);
    const env = Object.fromEntries(liveWorker.env.map((e) => [e.name, e.value]));
    assert.equal(env.PREFECT_API_URL, apiUrl);
    assert.equal(env.PREFECT_INTEGRATIONS_KUBERNETES_OBSERVER_NAMESPACES, namespace);
  });

  test("the worker creates the work pool and polls it", async () => {
    const { pool: view, workers } = await waitForPolledPool(pool);
    assert.equal(view.status, "READY");
    assert.ok(workers.length >= 1);
    const log = await containerLog(kc, namespace, pod.metadata!.name!, "prefect-worker");
    assert.match(log, /Worker '.*' started!/);
  });

  test("a flow run on the pool completes in a Job the worker creates in the release namespace", async () => {
    const deploy = flowDeployer(() => ({ namespace, dir: flowsDir }), deploymentIds);
    const deployment = await deploy(pool, FLOW_ENTRYPOINTS.hello, {}, { name: "chart" });
    const run = await runDeployment(deployment.id);
    const final = await waitForFinalState(run.id, 180_000);
    const history = (await stateHistory(run.id)).map(describeState).join(" → ");
    assert.equal(final.state?.type, "COMPLETED", history);

    const jobs = await batch.listNamespacedJob({
      namespace,
      labelSelector: `prefect.io/flow-run-id=${run.id}`,
    });
    assert.equal(jobs.items.length, 1, "one Job for the run, in the release namespace");
    const pods = await core.listNamespacedPod({
      namespace,
      labelSelector: `job-name=${jobs.items[0]!.metadata!.name}`,
    });
    assert.equal(pods.items.length, 1);
    // The worker's observer (scoped to the release namespace by the chart) watched the Job's pod with the
    // chart's Role and replicated its phases as events.
    const podId = `prefect.kubernetes.pod.${pods.items[0]!.metadata!.uid}`;
    await eventually(
      `the observer's succeeded event for ${podId}`,
      async () =>
        (await eventsAbout(podId, ["prefect.kubernetes.pod.succeeded"])).length > 0 ? true : undefined,
      60_000,
      1000,
    );
  });
});

describe("helm install with --set-file worker.config.baseJobTemplate.configuration", () => {
  const pool = uniqueName("chart-template");
  const release = uniqueName("pw-template");
  let namespace: string;
  let firstPod: k8s.V1Pod;
  let checksum: string | undefined;
  let lastGood: Record<string, unknown>;

  /** The default template with the pool's job namespace and a finished-Job TTL default as a marker. */
  function template(namespaceDefault: string, ttl: number): Record<string, unknown> {
    const t = defaultBaseJobTemplate() as {
      variables: { properties: Record<string, { default?: unknown }> };
    };
    t.variables.properties.namespace!.default = namespaceDefault;
    t.variables.properties.finished_job_ttl!.default = ttl;
    return t as unknown as Record<string, unknown>;
  }

  function templateFile(name: string, content: unknown): string {
    const path = join(workDir, name);
    writeFileSync(path, JSON.stringify(content, null, 2));
    return path;
  }

  const values = () => writeValuesFile(workDir, "template.yaml", serverValues(pool));

  async function poolTemplate(): Promise<Record<string, unknown>> {
    return (await prefectApi<PoolView>("GET", `/work_pools/${pool}`)).base_job_template;
  }

  function syncStatus(pod: k8s.V1Pod): k8s.V1ContainerStatus | undefined {
    return pod.status?.initContainerStatuses?.find((s) => s.name === "sync-base-job-template");
  }

  before(async () => {
    namespace = await createNamespace(kc, "chart-template");
    namespaces.push(namespace);
    // The pool exists before the release, with another template: only the init container can change it
    // (the worker ignores --base-job-template for an existing pool).
    await createPool(pool, template("default", 11));
    pools.push(pool);
  });

  test("on install, the init container syncs the template to the existing pool", async () => {
    const wanted = template(namespace, 60);
    releases.push({ release, namespace });
    await installChart({
      release,
      namespace,
      valuesFiles: [values()],
      setFile: { "worker.config.baseJobTemplate.configuration": templateFile("v1.json", wanted) },
    });
    firstPod = await waitForRollout(kc, namespace, FULLNAME);
    assert.equal(syncStatus(firstPod)?.state?.terminated?.exitCode, 0);
    assert.deepEqual(await poolTemplate(), wanted);
    const log = await containerLog(kc, namespace, firstPod.metadata!.name!, "sync-base-job-template");
    assert.match(log, new RegExp(`Updated base job template of work pool '${pool}'`));
    const deployment = await apps.readNamespacedDeployment({ name: FULLNAME, namespace });
    checksum = deployment.spec?.template.metadata?.annotations?.["checksum/config"];
    assert.ok(checksum, "the pod template carries checksum/config");
    lastGood = wanted;
  });

  test("helm upgrade with a changed template rolls a new pod whose init container syncs it", async () => {
    const wanted = template(namespace, 120);
    await upgradeChart({
      release,
      namespace,
      valuesFiles: [values()],
      setFile: { "worker.config.baseJobTemplate.configuration": templateFile("v2.json", wanted) },
    });
    const deployment = await apps.readNamespacedDeployment({ name: FULLNAME, namespace });
    const newChecksum = deployment.spec?.template.metadata?.annotations?.["checksum/config"];
    assert.ok(
      newChecksum && newChecksum !== checksum,
      `checksum/config changed (${checksum} → ${newChecksum})`,
    );
    const pod = await waitForRollout(kc, namespace, FULLNAME);
    assert.notEqual(pod.metadata?.uid, firstPod.metadata?.uid, "a new pod rolled out");
    assert.equal(syncStatus(pod)?.state?.terminated?.exitCode, 0);
    assert.deepEqual(await poolTemplate(), wanted);
    lastGood = wanted;
  });

  test("a template the server rejects (422) fails the init container and leaves the pool as it was", async () => {
    // Valid JSON with job_configuration and variables (the chart accepts it), but the job configuration
    // uses a variable the schema does not declare: Prefect answers 422.
    const rejected = {
      job_configuration: {
        ...(template(namespace, 1).job_configuration as object),
        command: "{{ undeclared }}",
      },
      variables: template(namespace, 1).variables,
    };
    await upgradeChart({
      release,
      namespace,
      valuesFiles: [values()],
      setFile: { "worker.config.baseJobTemplate.configuration": templateFile("bad.json", rejected) },
    });
    const deployment = await apps.readNamespacedDeployment({ name: FULLNAME, namespace });
    const hash = deployment.spec?.template.metadata?.annotations?.["checksum/config"];
    const failed = await eventually(
      "the new pod's sync-base-job-template init container to fail",
      async () => {
        const pods = await core.listNamespacedPod({
          namespace,
          labelSelector: `app.kubernetes.io/instance=${release}`,
        });
        return pods.items.find((p) => {
          if (p.metadata?.annotations?.["checksum/config"] !== hash) return false;
          const status = syncStatus(p);
          const exit = status?.state?.terminated?.exitCode ?? status?.lastState?.terminated?.exitCode;
          return exit !== undefined && exit !== 0;
        });
      },
      120_000,
      1000,
    );
    assert.notEqual(failed.status?.phase, "Running");
    assert.ok(
      !failed.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True"),
      "the pod is not Ready",
    );
    const worker = failed.status?.containerStatuses?.find((s) => s.name === "prefect-worker");
    assert.ok(!worker?.state?.running, "the worker container never started");
    const log = await containerLog(
      kc,
      namespace,
      failed.metadata!.name!,
      "sync-base-job-template",
      true,
    ).then(
      async (previous) =>
        previous || containerLog(kc, namespace, failed.metadata!.name!, "sync-base-job-template"),
    );
    assert.match(log, /422|undeclared/i);
    assert.deepEqual(await poolTemplate(), lastGood);
  });
});
