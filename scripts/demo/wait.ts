// Step 3: wait until the installed worker runs and polls, printing each change of what can be seen (pod
// phase, init container, worker container, pool status) and, on failure, where to look.
import * as k8s from "@kubernetes/client-node";
import { setTimeout as sleep } from "node:timers/promises";
import { containerLog } from "../../test/harness/helm.ts";
import { prefectApi } from "../../test/harness/prefect.ts";
import { formatKubernetesError } from "../../src/kubernetes/errors.ts";
import { block, DemoFailure, say, secondsSince } from "./output.ts";

export interface Release {
  release: string;
  namespace: string;
}

/** "Pending; init sync-base-job-template: Running; prefect-worker: waiting (PodInitializing)". */
export function describePod(pod: k8s.V1Pod): string {
  const parts = [pod.status?.phase ?? "Unknown"];
  if (pod.metadata?.deletionTimestamp) parts[0] += " (terminating)";
  const state = (s: k8s.V1ContainerStatus) => {
    const restarts = s.restartCount ? `, ${s.restartCount} restart(s)` : "";
    if (s.state?.running) return `running${s.ready ? ", ready" : ""}${restarts}`;
    if (s.state?.terminated) {
      const t = s.state.terminated;
      return `exited ${t.exitCode}${t.reason ? ` (${t.reason})` : ""}${restarts}`;
    }
    return `waiting${s.state?.waiting?.reason ? ` (${s.state.waiting.reason})` : ""}${restarts}`;
  };
  for (const s of pod.status?.initContainerStatuses ?? []) parts.push(`init ${s.name}: ${state(s)}`);
  for (const s of pod.status?.containerStatuses ?? []) parts.push(`${s.name}: ${state(s)}`);
  return parts.join("; ");
}

function whereToLook({ namespace, release }: Release, pod: string | undefined): string {
  const selector = `-l app.kubernetes.io/instance=${release}`;
  return [
    `Look at (after: eval "$(npm run -s stack -- env)"):`,
    `  kubectl -n ${namespace} get deploy,pods ${selector}`,
    `  kubectl -n ${namespace} describe pod ${pod ?? selector}`,
    `  kubectl -n ${namespace} logs ${pod ?? selector} -c sync-base-job-template`,
    `  kubectl -n ${namespace} logs ${pod ?? selector} -c prefect-worker`,
    `  kubectl -n ${namespace} get events --sort-by=.lastTimestamp`,
  ].join("\n");
}

/**
 * A container that has failed for good: the init container exited non-zero (sync-base-job-template retries
 * transient errors itself, for about a minute, before it gives up), the worker container failed twice, or
 * a container cannot be created or pulled.
 */
function failedContainer(pod: k8s.V1Pod): k8s.V1ContainerStatus | undefined {
  const failures = (s: k8s.V1ContainerStatus) => {
    if (s.state?.running) return 0;
    const terminated = s.state?.terminated ?? s.lastState?.terminated;
    return terminated && terminated.exitCode !== 0 ? (s.restartCount ?? 0) + 1 : 0;
  };
  // ImagePullBackOff comes after a pull failed and was retried; a first ErrImagePull may be transient.
  const stuck = (s: k8s.V1ContainerStatus) =>
    /ImagePullBackOff|CreateContainer(Config)?Error/.test(s.state?.waiting?.reason ?? "");
  return (
    (pod.status?.initContainerStatuses ?? []).find((s) => failures(s) >= 1 || stuck(s)) ??
    (pod.status?.containerStatuses ?? []).find((s) => failures(s) >= 2 || stuck(s))
  );
}

/** The release's Deployment (the chart makes one, named by its fullname). */
async function releaseDeployment(kc: k8s.KubeConfig, { release, namespace }: Release) {
  const apps = kc.makeApiClient(k8s.AppsV1Api);
  const list = await apps.listNamespacedDeployment({
    namespace,
    labelSelector: `app.kubernetes.io/instance=${release}`,
  });
  return list.items[0];
}

/**
 * Waits until the release's Deployment has rolled out and returns its running, ready worker pod. Fails
 * early when a container keeps failing, with its last log lines.
 */
export async function waitForWorkerPod(
  kc: k8s.KubeConfig,
  target: Release,
  timeoutMs = 300_000,
): Promise<k8s.V1Pod> {
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const started = Date.now();
  let last = "";
  let lastPod: string | undefined;
  const report = (line: string) => {
    if (line !== last) say(`  ${secondsSince(started).padStart(6)}  ${line}`);
    last = line;
  };
  for (;;) {
    let deployment: k8s.V1Deployment | undefined;
    let pods: k8s.V1Pod[] = [];
    try {
      deployment = await releaseDeployment(kc, target);
      const selector = Object.entries(deployment?.spec?.selector.matchLabels ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(",");
      if (deployment && selector) {
        pods = (await core.listNamespacedPod({ namespace: target.namespace, labelSelector: selector })).items;
      }
    } catch (error) {
      report(`cannot read the release's objects yet: ${formatKubernetesError(error)}`);
    }
    const current = pods
      .filter((p) => !p.metadata?.deletionTimestamp)
      .sort(
        (a, b) =>
          (b.metadata?.creationTimestamp?.getTime() ?? 0) - (a.metadata?.creationTimestamp?.getTime() ?? 0),
      )[0];
    if (!deployment) report("no Deployment yet");
    else if (!current) report(`Deployment ${deployment.metadata?.name}: no pod yet`);
    else {
      lastPod = current.metadata?.name;
      report(`pod ${current.metadata?.name}: ${describePod(current)}`);
      const s = deployment.status ?? {};
      const want = deployment.spec?.replicas ?? 1;
      const rolledOut =
        (s.observedGeneration ?? 0) >= (deployment.metadata?.generation ?? 0) &&
        s.updatedReplicas === want &&
        s.availableReplicas === want &&
        s.replicas === want;
      const ready =
        current.status?.phase === "Running" &&
        current.status.conditions?.some((c) => c.type === "Ready" && c.status === "True");
      if (rolledOut && ready) return current;
      const failed = failedContainer(current);
      if (failed) {
        const waiting = failed.state?.waiting;
        if (waiting?.reason && waiting.reason !== "CrashLoopBackOff") {
          say(`container ${failed.name} of pod ${lastPod}: ${waiting.reason}: ${waiting.message ?? ""}`);
        } else {
          const log =
            (await containerLog(kc, target.namespace, lastPod!, failed.name, true)) ||
            (await containerLog(kc, target.namespace, lastPod!, failed.name));
          say(`container ${failed.name} of pod ${lastPod} failed; its last log lines:`);
          block(log.split("\n").slice(-20).join("\n") || "(no log)");
        }
        throw new DemoFailure(
          `the worker pod does not come up (${describePod(current)})\n${whereToLook(target, lastPod)}`,
        );
      }
    }
    if (Date.now() - started > timeoutMs) {
      throw new DemoFailure(
        `the worker pod was not running and ready after ${timeoutMs / 1000}s (last seen: ${last})\n` +
          whereToLook(target, lastPod),
      );
    }
    await sleep(1000);
  }
}

interface PoolView {
  name: string;
  status: string | null;
}

interface PoolWorker {
  name: string;
  status: string;
  last_heartbeat_time: string | null;
}

/** Waits until the pool is READY with an ONLINE worker; returns that worker. */
export async function waitForOnlineWorker(
  pool: string,
  target: Release,
  workerPod: string,
  timeoutMs = 180_000,
): Promise<PoolWorker> {
  const started = Date.now();
  let last = "";
  const report = (line: string) => {
    if (line !== last) say(`  ${secondsSince(started).padStart(6)}  ${line}`);
    last = line;
  };
  for (;;) {
    try {
      const view = await prefectApi<PoolView>("GET", `/work_pools/${encodeURIComponent(pool)}`).catch(
        (error: Error) => {
          if (/HTTP 404/.test(error.message)) return undefined;
          throw error;
        },
      );
      if (!view) report(`work pool ${pool}: not created yet`);
      else {
        const workers = await prefectApi<PoolWorker[]>(
          "POST",
          `/work_pools/${encodeURIComponent(pool)}/workers/filter`,
          {},
        );
        const online = workers.find((w) => w.status === "ONLINE");
        const others = workers.length - workers.filter((w) => w.status === "ONLINE").length;
        const list =
          [
            ...workers.filter((w) => w.status === "ONLINE").map((w) => `${w.name} ONLINE`),
            ...(others > 0 ? [`${others} offline`] : []),
          ].join(", ") || "no workers";
        report(`work pool ${pool}: ${view.status ?? "no status"}; ${list}`);
        if (view.status === "READY" && online) return online;
      }
    } catch (error) {
      report(`the Prefect API did not answer: ${(error as Error).message}`);
    }
    if (Date.now() - started > timeoutMs) {
      throw new DemoFailure(
        `work pool ${pool} had no ONLINE worker after ${timeoutMs / 1000}s (last seen: ${last})\n` +
          whereToLook(target, workerPod),
      );
    }
    await sleep(1000);
  }
}
