// Takes the stack's kube-apiserver down and brings it back (same etcd, same port, same certificates), for
// tests of how the worker and its watches ride out a Kubernetes API outage. etcd keeps the cluster's
// state; the controller-manager, the scheduler and the local kubelet stay up and reconnect on their own.
import * as k8s from "@kubernetes/client-node";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { adminKubeConfig, deleteNamespace, eventually, uniqueName } from "../k8s.ts";
import { stackDir } from "../paths.ts";
import { controlPlane, type Component, type Layout } from "./components.ts";
import { pkiPaths } from "./pki.ts";
import { ProcessTable } from "./processes.ts";
import { readStackEnv } from "./state.ts";

const table = new ProcessTable(stackDir);

function apiServerComponent(): Component {
  const component = controlPlane.find((c) => c.name === "kube-apiserver");
  if (!component) throw new Error("the stack has no kube-apiserver component");
  return component;
}

/** What the API server's spec and readiness probe read from a layout: the PKI and its binary. */
function layout(): Layout {
  const stack = readStackEnv();
  return {
    stackDir,
    pki: pkiPaths(join(stackDir, "pki")),
    tools: { bins: { "kube-apiserver": stack.tools["kube-apiserver"] } },
  } as unknown as Layout;
}

export function apiServerRunning(): boolean {
  return table.runningPid(apiServerComponent().name) !== undefined;
}

/**
 * Stops the API server (SIGTERM, SIGKILL after `graceMs`); resolves once its process is gone. It stops
 * listening at once on SIGTERM but then lingers ~10 s draining; the state is in etcd, so cutting that
 * short loses nothing and keeps the outage as long as the test says.
 */
export async function stopApiServer(graceMs = 3_000): Promise<void> {
  const result = await table.stop(apiServerComponent().name, graceMs);
  if (result !== "stopped") throw new Error("the stack's kube-apiserver was not running");
}

export interface StartApiServerOptions {
  /** For /readyz, and again for the cluster to settle (default 90 s each). */
  timeoutMs?: number;
  /**
   * Also wait until the controllers and the kubelet act on new objects again (default true). /readyz
   * only speaks for the API server: the others' informers reconnect with client-go's backoff, so for up
   * to a minute after an outage a new namespace gets no ServiceAccount and a new Job no pod.
   */
  settle?: boolean;
}

/**
 * Starts the API server again and waits for it (and, unless `settle: false`, for the cluster) to be
 * ready. A no-op when it is already running, so cleanup hooks can call it unconditionally.
 */
export async function startApiServer(options: StartApiServerOptions = {}): Promise<void> {
  const { timeoutMs = 90_000, settle = true } = options;
  const component = apiServerComponent();
  if (table.runningPid(component.name) !== undefined) return;
  // Only when it is not running: a second start would fail to bind and overwrite the pid file with the
  // dead process's pid, hiding the running server from `stack down`.
  table.start(component.spec(layout()));
  const deadline = Date.now() + timeoutMs;
  while (!(await component.ready(layout()).catch(() => false))) {
    if (table.runningPid(component.name) === undefined) {
      throw new Error(`kube-apiserver exited during restart:\n${table.tail(component.name)}`);
    }
    if (Date.now() > deadline) {
      throw new Error(`kube-apiserver not ready after restart:\n${table.tail(component.name)}`);
    }
    await sleep(250);
  }
  if (settle) await waitForClusterToSettle(timeoutMs);
}

/**
 * Proves the controllers and the kubelet are back by using them: a new namespace gets its `default`
 * ServiceAccount (serviceaccount controller), and a Job in it gets a pod that is scheduled, run and
 * completed (Job controller, scheduler, kubelet).
 */
export async function waitForClusterToSettle(timeoutMs = 90_000): Promise<void> {
  const kc = adminKubeConfig();
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const batch = kc.makeApiClient(k8s.BatchV1Api);
  const deadline = Date.now() + timeoutMs;
  const remaining = () => Math.max(deadline - Date.now(), 1_000);
  const namespace = uniqueName("outage-probe");
  await core.createNamespace({
    body: { metadata: { name: namespace, labels: { "prefect-worker.test/owner": "tests" } } },
  });
  try {
    await eventually(
      `ServiceAccount ${namespace}/default after the API server restart`,
      () => core.readNamespacedServiceAccount({ name: "default", namespace }).catch(() => undefined),
      remaining(),
    );
    const name = uniqueName("probe");
    await batch.createNamespacedJob({
      namespace,
      body: {
        metadata: { name },
        spec: {
          backoffLimit: 0,
          template: {
            spec: {
              restartPolicy: "Never",
              containers: [{ name: "probe", image: "busybox:1.36", command: ["true"] }],
            },
          },
        },
      },
    });
    await eventually(
      "a probe Job to complete after the API server restart",
      async () => {
        const job = await batch.readNamespacedJob({ name, namespace });
        return job.status?.conditions?.some((c) => c.type === "Complete" && c.status === "True")
          ? true
          : undefined;
      },
      remaining(),
    );
  } finally {
    await deleteNamespace(kc, namespace);
  }
}
