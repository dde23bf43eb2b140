// Two releases of charts/prefect-worker in one namespace, told apart by `fullnameOverride` and
// `config.baseJobTemplate.name`: each runs its own worker, which creates and polls its own pool with its
// own release's template. Both render every namespaced kind the chart can render here (the optional HPA,
// PDB and metrics Service included; the ServiceMonitor needs a CRD this cluster does not have), and
// `helm uninstall` of both leaves nothing of them in the namespace — pods included — while the work pools
// stay in Prefect (the chart never deletes a pool).
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";

import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  installChart,
  kubectl,
  manifestObjects,
  releaseManifest,
  uninstallChart,
  waitForPolledPool,
  waitForRollout,
  writeValuesFile,
  type PoolView,
} from "../harness/helm.ts";
import { adminKubeConfig, createNamespace, deleteNamespace, eventually, uniqueName } from "../harness/k8s.ts";
import { defaultBaseJobTemplate } from "../harness/prefect-fixtures.ts";
import { prefectApi } from "../harness/prefect.ts";
import { freePort } from "../harness/ports.ts";
import { readStackEnv } from "../harness/stack/state.ts";

const kc = adminKubeConfig();
const apiUrl = readStackEnv().prefectApiUrl;

interface Release {
  release: string;
  fullname: string;
  templateName: string;
  pool: string;
  template: Record<string, unknown>;
}

let namespace: string;
let workDir: string;
const releases: Release[] = ["a", "b"].map((suffix, i) => {
  const template = defaultBaseJobTemplate() as {
    variables: { properties: Record<string, { default?: unknown }> };
  };
  // A marker per release: which template a pool got says which release's ConfigMap its worker read.
  template.variables.properties.finished_job_ttl!.default = 100 + i;
  return {
    release: uniqueName(`pw-${suffix}`),
    fullname: `worker-${suffix}`,
    templateName: `worker-${suffix}-template`,
    pool: uniqueName(`chart-releases-${suffix}`),
    template: template as unknown as Record<string, unknown>,
  };
});

before(async () => {
  workDir = mkdtempSync(join(tmpdir(), "chart-install-releases-"));
  namespace = await createNamespace(kc, "chart-releases");
});

after(async () => {
  for (const r of releases) await uninstallChart(r.release, namespace).catch(() => {});
  await deleteNamespace(kc, namespace).catch(() => {});
  for (const r of releases) await prefectApi("DELETE", `/work_pools/${r.pool}`).catch(() => {});
  rmSync(workDir, { recursive: true, force: true });
});

/**
 * The namespaced kinds the chart renders (from the releases' manifests) and what controllers make from
 * them, as `kubectl get` resource names.
 */
const DERIVED_KINDS = ["replicasets.apps", "pods", "endpointslices.discovery.k8s.io"];

function resourceName(kind: string): string {
  const names: Record<string, string> = {
    ConfigMap: "configmaps",
    Deployment: "deployments.apps",
    HorizontalPodAutoscaler: "horizontalpodautoscalers.autoscaling",
    PodDisruptionBudget: "poddisruptionbudgets.policy",
    Role: "roles.rbac.authorization.k8s.io",
    RoleBinding: "rolebindings.rbac.authorization.k8s.io",
    Secret: "secrets",
    Service: "services",
    ServiceAccount: "serviceaccounts",
  };
  const name = names[kind];
  if (!name) throw new Error(`the chart rendered ${kind}, which this test does not know how to list`);
  return name;
}

/** Every object of the listed kinds in the namespace, as "kind/name". */
async function objectsIn(kinds: string[]): Promise<string[]> {
  const result = await kubectl(["get", kinds.join(","), "--namespace", namespace, "--output", "name"]);
  if (result.code !== 0) throw new Error(`kubectl get exited ${result.code}: ${result.output}`);
  return result.stdout.split("\n").filter(Boolean);
}

describe("two releases in one namespace", () => {
  let renderedKinds: string[] = [];

  before(async () => {
    for (const r of releases) {
      const values = {
        fullnameOverride: r.fullname,
        worker: {
          apiConfig: "selfHostedServer",
          selfHostedServerApiConfig: { apiUrl },
          config: { workPool: r.pool, baseJobTemplate: { name: r.templateName } },
          autoscaling: { enabled: true, minReplicas: 1, maxReplicas: 1 },
          podDisruptionBudget: { maxUnavailable: 1 },
          metrics: { service: { enabled: true } },
          extraEnvVars: [{ name: "PREFECT_WORKER_WEBSERVER_PORT", value: String(await freePort()) }],
        },
      };
      const templateFile = join(workDir, `${r.release}.json`);
      writeFileSync(templateFile, JSON.stringify(r.template));
      await installChart({
        release: r.release,
        namespace,
        valuesFiles: [writeValuesFile(workDir, `${r.release}.yaml`, values)],
        setFile: { "worker.config.baseJobTemplate.configuration": templateFile },
      });
    }
    const kinds = new Set<string>();
    for (const r of releases) {
      for (const o of manifestObjects(await releaseManifest(r.release, namespace))) kinds.add(o.kind);
    }
    renderedKinds = [...kinds].sort();
  });

  test("each release's objects are named after its fullnameOverride", async () => {
    assert.deepEqual(renderedKinds, [
      "ConfigMap",
      "Deployment",
      "HorizontalPodAutoscaler",
      "PodDisruptionBudget",
      "Role",
      "RoleBinding",
      "Service",
      "ServiceAccount",
    ]);
    for (const r of releases) {
      const objects = manifestObjects(await releaseManifest(r.release, namespace));
      const names = objects.map((o) => `${o.kind}/${o.metadata.name}`).sort();
      assert.deepEqual(names, [
        `ConfigMap/${r.templateName}`,
        `Deployment/${r.fullname}`,
        `HorizontalPodAutoscaler/${r.fullname}`,
        `PodDisruptionBudget/${r.fullname}`,
        `Role/${r.fullname}`,
        `RoleBinding/${r.fullname}`,
        `Service/${r.fullname}-metrics`,
        `ServiceAccount/${r.fullname}`,
      ]);
    }
  });

  test("both workers run and poll their own pools, each created with its own release's template", async () => {
    for (const r of releases) {
      const pod = await waitForRollout(kc, namespace, r.fullname);
      assert.equal(pod.spec?.serviceAccountName, r.fullname);
      const args = pod.spec!.containers.find((c) => c.name === "prefect-worker")!.args!;
      assert.equal(args[args.indexOf("--pool") + 1], r.pool);
    }
    for (const r of releases) {
      const { pool } = await waitForPolledPool(r.pool);
      assert.deepEqual(pool.base_job_template, r.template, `${r.pool} has ${r.release}'s template`);
    }
  });

  test("helm uninstall of both leaves nothing of the chart in the namespace; the pools stay", async () => {
    const kinds = [...renderedKinds.map(resourceName), ...DERIVED_KINDS];
    const installed = await objectsIn(kinds);
    for (const r of releases) {
      assert.ok(installed.includes(`deployment.apps/${r.fullname}`), installed.join(", "));
      assert.ok(
        installed.some((o) => o.startsWith(`pod/${r.fullname}-`)),
        installed.join(", "),
      );
      await uninstallChart(r.release, namespace);
    }
    // Only what the namespace had before any release: its default ServiceAccount and the root CA
    // ConfigMap the controller-manager publishes into every namespace.
    const untouched = ["serviceaccount/default", "configmap/kube-root-ca.crt"];
    const left = await eventually(
      "every object of both releases, pods included, to be gone",
      async () => {
        const now = (await objectsIn([...kinds, "secrets"])).filter((o) => !untouched.includes(o));
        return now.length === 0 ? now : undefined;
      },
      120_000,
      1000,
    ).catch(async (err: Error) => {
      const now = (await objectsIn([...kinds, "secrets"])).filter((o) => !untouched.includes(o));
      throw new Error(`${err.message}; still there: ${now.join(", ")}`, { cause: err });
    });
    assert.deepEqual(left, []);
    for (const r of releases) {
      const pool = await prefectApi<PoolView>("GET", `/work_pools/${r.pool}`);
      assert.equal(pool.name, r.pool, "the work pool is still in Prefect");
    }
  });
});
