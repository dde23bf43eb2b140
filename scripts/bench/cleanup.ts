// What the benchmark creates on the shared stack, so it is removed at the end and on Ctrl-C too:
// namespaces, and pools with their deployments' flows (deleting a flow deletes its deployments and runs).
import * as k8s from "@kubernetes/client-node";
import { setTimeout as sleep } from "node:timers/promises";
import { deleteNamespace } from "../../test/harness/k8s.ts";
import { api, mapLimit, runsOf } from "./prefect.ts";
import { retrying } from "./waiting.ts";

export interface Created {
  pool: string;
  deployments: { id: string; flowId: string }[];
}

const namespaces = new Set<string>();
const pools = new Map<string, Created>();

export function trackNamespace(name: string): void {
  namespaces.add(name);
}

export function trackPool(pool: string): Created {
  const created = pools.get(pool) ?? { pool, deployments: [] };
  pools.set(pool, created);
  return created;
}

/** Removes a deployment's runs (by deleting its flow; any run left is deleted one by one). */
export async function removeDeployment(deployment: { id: string; flowId: string }): Promise<void> {
  await api("DELETE", `/flows/${deployment.flowId}`).catch(() => undefined);
  const rows = await runsOf(deployment.id).catch(() => []);
  await mapLimit(rows, 10, (row) => api("DELETE", `/flow_runs/${row.id}`).catch(() => undefined));
  await api("DELETE", `/deployments/${deployment.id}`).catch(() => undefined);
}

export async function removePool(pool: string): Promise<void> {
  const created = pools.get(pool);
  for (const deployment of created?.deployments ?? []) await removeDeployment(deployment);
  await api("DELETE", `/work_pools/${encodeURIComponent(pool)}`).catch(() => undefined);
  pools.delete(pool);
}

/** Starts the namespace's deletion (Jobs and pods go with it, by the garbage collector). */
export async function startNamespaceDeletion(kc: k8s.KubeConfig, name: string): Promise<void> {
  await retrying("delete namespace", () => deleteNamespace(kc, name), 60_000);
}

/** Waits until the namespace is gone; false on timeout. */
export async function namespaceGone(kc: k8s.KubeConfig, name: string, timeoutMs: number): Promise<boolean> {
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await core.readNamespace({ name });
    } catch (err) {
      if (err instanceof k8s.ApiException && err.code === 404) {
        namespaces.delete(name);
        return true;
      }
    }
    await sleep(1000);
  }
  return false;
}

/** Everything still tracked: pools (their runs first), then namespaces, waiting up to `waitMs` for them. */
export async function removeEverything(
  kc: k8s.KubeConfig | undefined,
  progress: (message: string) => void,
  waitMs: number,
): Promise<void> {
  for (const pool of [...pools.keys()]) {
    await removePool(pool).catch((err: Error) => progress(`could not remove pool ${pool}: ${err.message}`));
  }
  if (!kc) return;
  const names = [...namespaces];
  for (const name of names) {
    await startNamespaceDeletion(kc, name).catch((err: Error) =>
      progress(`could not delete namespace ${name}: ${err.message}`),
    );
  }
  if (waitMs <= 0) return;
  const gone = await Promise.all(names.map((name) => namespaceGone(kc, name, waitMs)));
  const left = names.filter((_, i) => !gone[i]);
  if (left.length) progress(`namespaces still terminating after ${waitMs / 1000}s: ${left.join(", ")}`);
}
