// The API-server outage helper: kube-apiserver stopped for 10 s and started again leaves a working
// cluster — the same controller-manager, scheduler and kubelet processes reconnect (Node Ready, its Lease
// renewed after the restart, a new Job's pod scheduled, run and completed), and `stack status` still sees
// every component, so `stack down` can still stop them all.
import * as k8s from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { adminKubeConfig, createNamespace, deleteNamespace, eventually, uniqueName } from "../harness/k8s.ts";
import { repoRoot, stackDir } from "../harness/paths.ts";
import {
  apiServerRunning,
  startApiServer,
  stopApiServer,
  waitForClusterToSettle,
} from "../harness/stack/apiserver-outage.ts";
import { kubeletComponent, type Layout } from "../harness/stack/components.ts";
import { pkiPaths } from "../harness/stack/pki.ts";
import { ProcessTable } from "../harness/stack/processes.ts";

const execFileAsync = promisify(execFile);
const kc = adminKubeConfig();
const core = kc.makeApiClient(k8s.CoreV1Api);
const batch = kc.makeApiClient(k8s.BatchV1Api);
const table = new ProcessTable(stackDir);
const survivors = ["kube-controller-manager", "kube-scheduler", "kubelet", "etcd"];
let namespace: string | undefined;

before(async () => {
  namespace = await createNamespace(kc, "apiserver-outage");
});

after(async () => {
  // Leave the stack as it was even when the test failed mid-outage.
  await startApiServer();
  if (namespace) await deleteNamespace(kc, namespace);
});

async function stackStatus(): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await execFileAsync(process.execPath, [
      join(repoRoot, "test/harness/stack/cli.ts"),
      "status",
    ]);
    return { code: 0, output: stdout };
  } catch (err) {
    const failed = err as { code?: number; stdout?: string };
    return { code: failed.code ?? 1, output: failed.stdout ?? "" };
  }
}

test("kube-apiserver stopped for 10 s and started again: the rest of the stack reconnects", async (t) => {
  let lap = Date.now();
  const phase = (what: string) => {
    t.diagnostic(`${what}: ${((Date.now() - lap) / 1000).toFixed(1)}s`);
    lap = Date.now();
  };
  const pidsBefore = Object.fromEntries(survivors.map((name) => [name, table.runningPid(name)]));
  for (const [name, pid] of Object.entries(pidsBefore)) assert.ok(pid, `${name} is running before`);
  const apiServerPidBefore = table.runningPid("kube-apiserver");

  await stopApiServer();
  phase("stop");
  assert.equal(apiServerRunning(), false);
  await assert.rejects(core.readNamespace({ name: namespace! }), "the API is unreachable while stopped");
  await sleep(10_000);
  phase("outage");
  const restartedAt = new Date();
  await startApiServer({ settle: false });
  phase("start until /readyz");
  await waitForClusterToSettle();
  phase("until the controllers and the kubelet act again");
  // Starting again is a no-op.
  await startApiServer();

  const apiServerPid = table.runningPid("kube-apiserver");
  assert.ok(apiServerPid, "the pid file names the new API server");
  assert.notEqual(apiServerPid, apiServerPidBefore);
  for (const [name, pid] of Object.entries(pidsBefore)) {
    assert.equal(table.runningPid(name), pid, `${name} survived the outage (same process)`);
  }

  // The kubelet heartbeats again: Node Ready and its Lease renewed after the restart.
  const layout = { pki: pkiPaths(join(stackDir, "pki")) } as Layout;
  await eventually(
    "the kubelet's Lease renewed after the restart",
    async () => ((await kubeletComponent.ready(layout, restartedAt)) ? true : undefined),
    60_000,
  );
  phase("kubelet heartbeat");

  // The scheduler, the Job controller and the kubelet's pod watch all work: a new Job runs to completion.
  const name = uniqueName("after-outage");
  await batch.createNamespacedJob({
    namespace: namespace!,
    body: {
      metadata: { name },
      spec: {
        backoffLimit: 0,
        template: {
          spec: {
            restartPolicy: "Never",
            containers: [{ name: "main", image: "busybox:1.36", command: ["sh", "-c", "echo back"] }],
          },
        },
      },
    },
  });
  await eventually(
    "the Job created after the outage to complete",
    async () => {
      const job = await batch.readNamespacedJob({ name, namespace: namespace! });
      return job.status?.conditions?.some((c) => c.type === "Complete" && c.status === "True")
        ? true
        : undefined;
    },
    90_000,
  );
  phase("a new Job completed");
  const pods = await core.listNamespacedPod({ namespace: namespace!, labelSelector: `job-name=${name}` });
  assert.equal(pods.items.length, 1);
  assert.equal(pods.items[0]!.status?.phase, "Succeeded");

  // The pid files are right, so `stack status` (and `stack down`) see every component.
  const status = await stackStatus();
  assert.equal(status.code, 0, status.output);
  assert.match(status.output, new RegExp(`kube-apiserver +ready \\(pid ${apiServerPid}\\)`));
});
