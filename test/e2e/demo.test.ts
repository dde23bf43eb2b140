// `npm run demo` end to end: scripts/demo.ts run as a user would (a child process), with unique names so it
// never meets a user's demo, and --uninstall. Its output must show the run COMPLETED (checked against the
// API too), the Job, the flow's printed lines in the pod's log and in the run's Prefect logs, and how to tear
// down; afterwards nothing of the release is left: no release, no namespace, no labelled objects anywhere,
// no pool, no deployment.
import * as k8s from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { FLOW_NAME, FLOW_PRINTS } from "../../scripts/demo/flow.ts";
import { readFlowRun } from "../harness/flows.ts";
import { helm, uninstallChart } from "../harness/helm.ts";
import { adminKubeConfig, deleteNamespace, uniqueName } from "../harness/k8s.ts";
import { cacheDir, repoRoot } from "../harness/paths.ts";
import { prefectApi } from "../harness/prefect.ts";

const kc = adminKubeConfig();

interface Exit {
  code: number | null;
  output: string;
}

/** Runs scripts/demo.ts with `args`; resolves with its exit code and its stdout and stderr, interleaved. */
function runDemo(args: string[]): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, "scripts/demo.ts"), ...args], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

/**
 * The lines of the output after the `[demo]` line matching `title`, up to the next `[demo]` or section
 * line: one printed block (a log, a table).
 */
function section(output: string, title: RegExp): string {
  const lines = output.split("\n");
  const start = lines.findIndex((line) => line.startsWith("[demo]") && title.test(line));
  assert.ok(start >= 0, `the output has a line matching ${title}`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith("[demo]") || line.startsWith("==="));
  return rest.slice(0, end < 0 ? undefined : end).join("\n");
}

describe("npm run demo (scripts/demo.ts --uninstall)", () => {
  const namespace = uniqueName("demo-e2e");
  const release = uniqueName("demo-e2e");
  const pool = uniqueName("demo-e2e");
  let result: Exit;
  let runId: string;

  after(async () => {
    // Only matters when the demo failed before its own --uninstall step ran to the end.
    await uninstallChart(release, namespace).catch(() => undefined);
    await deleteNamespace(kc, namespace).catch(() => undefined);
    await prefectApi("DELETE", `/work_pools/${pool}`).catch(() => undefined);
  });

  test("exits 0 after the flow run COMPLETED through the installed chart", async () => {
    result = await runDemo(["--namespace", namespace, "--release", release, "--pool", pool, "--uninstall"]);
    assert.equal(result.code, 0, `the demo's output:\n${result.output}`);
    const created = /created flow run "([^"]+)" \(([0-9a-f-]{36})\)/.exec(result.output);
    assert.ok(created, "the output names the flow run it created");
    runId = created[2]!;
    assert.match(result.output, new RegExp(`flow run "${created[1]}" COMPLETED`));
    assert.match(result.output, /^\[demo\] +\S+ +RUNNING$/m, "the state transitions are printed");
    assert.match(result.output, /^\[demo\] +\S+ +COMPLETED$/m);
    assert.equal((await readFlowRun(runId)).state?.type, "COMPLETED", "the API agrees");
  });

  test("prints the helm command, the values file and the worker ONLINE on the pool", () => {
    assert.ok(result, "the demo ran");
    assert.match(
      result.output,
      new RegExp(
        `helm upgrade --install ${release} \\./charts/prefect-worker --namespace ${namespace} --create-namespace`,
      ),
    );
    assert.match(
      result.output,
      /--set-file worker\.config\.baseJobTemplate\.configuration=\S+base-job-template\.json/,
    );
    assert.match(result.output, /apiConfig: selfHostedServer/);
    assert.match(result.output, new RegExp(`workPool: ${pool}`));
    assert.match(result.output, new RegExp(`work pool ${pool}: READY; .*ONLINE`));
  });

  test("says how the worker pod ran: a container of the image under npm test", () => {
    assert.ok(result, "the demo ran");
    const mode = /^\[demo\] container prefect-worker runs as (a podman container|a host process)/m.exec(
      result.output,
    );
    assert.ok(mode, "the output says how the worker container ran");
    if (process.env.PREFECT_WORKER_IMAGE_MODE === "container") assert.equal(mode[1], "a podman container");
  });

  test("prints the run's Job, in the release namespace, with its prefect.io labels", () => {
    assert.ok(runId, "the demo ran");
    const job = section(result.output, /its Job, read through the Kubernetes API/);
    assert.match(job, /NAMESPACE +NAME +STATUS +COMPLETIONS +DURATION/);
    assert.match(job, new RegExp(`^ *${namespace} +\\S+ +Complete +1/1 `, "m"));
    assert.match(job, new RegExp(`prefect\\.io/flow-run-id=${runId}$`, "m"));
    assert.match(job, new RegExp(`prefect\\.io/flow-name=${FLOW_NAME}$`, "m"));
    assert.match(job, new RegExp(`prefect\\.io/work-pool-name=${pool}$`, "m"));
  });

  test("prints the flow's lines in the Job pod's log and in the run's logs from Prefect", () => {
    assert.ok(runId, "the demo ran");
    const podLog = section(result.output, /log of the Job's pod \S+ \(Succeeded\)/);
    const runLogs = section(result.output, /the flow run's logs in Prefect/);
    for (const [where, text] of [
      ["pod log", podLog],
      ["flow run logs", runLogs],
    ] as const) {
      assert.match(text, new RegExp(`${FLOW_PRINTS.greeting}, prefect-worker!`), where);
      assert.ok(text.includes(FLOW_PRINTS.sum), `${where}: ${text}`);
      assert.match(text, /Finished in state Completed\(\)/, where);
    }
    const workerLines = section(result.output, /the worker's log lines about this run/);
    assert.match(workerLines, new RegExp(`submitting flow run '${runId}'`));
  });

  test("says how to look around and how to tear down", () => {
    assert.ok(result, "the demo ran");
    assert.ok(result.output.includes(`eval "$(npm run -s stack -- env)"`));
    assert.ok(result.output.includes(`helm uninstall ${release} -n ${namespace}`));
    assert.ok(result.output.includes("npm run stack -- down"));
  });

  test("leaves nothing of the release behind", async () => {
    assert.ok(result, "the demo ran");
    const status = await helm(["status", release, "--namespace", namespace]);
    assert.notEqual(status.code, 0, "helm no longer knows the release");
    assert.match(status.output, /not found/);

    const core = kc.makeApiClient(k8s.CoreV1Api);
    await assert.rejects(core.readNamespace({ name: namespace }), (err: unknown) => {
      return err instanceof k8s.ApiException && err.code === 404;
    });
    const selector = `app.kubernetes.io/instance=${release}`;
    const rbac = kc.makeApiClient(k8s.RbacAuthorizationV1Api);
    const apps = kc.makeApiClient(k8s.AppsV1Api);
    const leftovers = [
      ...(await apps.listDeploymentForAllNamespaces({ labelSelector: selector })).items,
      ...(await core.listPodForAllNamespaces({ labelSelector: selector })).items,
      ...(await core.listConfigMapForAllNamespaces({ labelSelector: selector })).items,
      ...(await core.listServiceAccountForAllNamespaces({ labelSelector: selector })).items,
      ...(await rbac.listRoleForAllNamespaces({ labelSelector: selector })).items,
      ...(await rbac.listRoleBindingForAllNamespaces({ labelSelector: selector })).items,
      ...(await rbac.listClusterRole({ labelSelector: selector })).items,
      ...(await rbac.listClusterRoleBinding({ labelSelector: selector })).items,
    ];
    assert.deepEqual(
      leftovers.map((o) => `${o.metadata?.namespace ?? ""}/${o.metadata?.name}`),
      [],
    );
    const batch = kc.makeApiClient(k8s.BatchV1Api);
    const jobs = await batch.listJobForAllNamespaces({ labelSelector: `prefect.io/work-pool-name=${pool}` });
    assert.deepEqual(
      jobs.items.map((j) => j.metadata?.name),
      [],
      "the run's Job went with the namespace",
    );

    await assert.rejects(prefectApi("GET", `/work_pools/${pool}`), /HTTP 404/);
    const deployments = await prefectApi<unknown[]>("POST", "/deployments/filter", {
      deployments: { name: { any_: [pool] } },
    });
    assert.deepEqual(deployments, [], "the demo deployment is deleted");
    assert.equal(existsSync(join(cacheDir, "demo", namespace)), false, "the demo's files are removed");
  });
});

describe("npm run demo with flags it cannot use", () => {
  test("--keep with --uninstall exits 2 with the usage, before touching the stack", async () => {
    const { code, output } = await runDemo(["--keep", "--uninstall"]);
    assert.equal(code, 2, output);
    assert.match(output, /--keep and --uninstall exclude each other/);
    assert.match(output, /usage: npm run demo/);
    assert.doesNotMatch(output, /\[demo\]/);
  });
});
