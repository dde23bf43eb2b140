// Kubernetes helpers for tests: an admin client for the local stack, throwaway namespaces that are ready
// for pods, and kubeconfigs for a ServiceAccount (minted with the TokenRequest API) so code under test runs
// with exactly the rights a Role grants.
import * as k8s from "@kubernetes/client-node";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { stringify } from "yaml";
import { readStackEnv } from "./stack/state.ts";

export function adminKubeConfig(): k8s.KubeConfig {
  const kc = new k8s.KubeConfig();
  kc.loadFromFile(readStackEnv().kubeconfig);
  return kc;
}

/** Polls until `probe` returns a value other than undefined, or throws naming `what`. */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 60_000,
  intervalMs = 250,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? `: ${lastError.message}` : "";
      throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}${detail}`);
    }
    await sleep(intervalMs);
  }
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomBytes(3).toString("hex")}`;
}

/**
 * Creates a namespace and waits for its `default` ServiceAccount: the ServiceAccount admission plugin
 * rejects pods (and so Job pods) until the controller-manager has created it.
 */
export async function createNamespace(kc: k8s.KubeConfig, prefix = "test"): Promise<string> {
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const name = uniqueName(prefix);
  await core.createNamespace({
    body: { metadata: { name, labels: { "prefect-worker.test/owner": "tests" } } },
  });
  await eventually(`ServiceAccount ${name}/default`, async () => {
    try {
      return await core.readNamespacedServiceAccount({ name: "default", namespace: name });
    } catch {
      return undefined;
    }
  });
  return name;
}

export async function deleteNamespace(kc: k8s.KubeConfig, name: string): Promise<void> {
  const core = kc.makeApiClient(k8s.CoreV1Api);
  try {
    await core.deleteNamespace({ name });
  } catch (err) {
    if (!(err instanceof k8s.ApiException && err.code === 404)) throw err;
  }
}

export interface ServiceAccountKubeconfig {
  kubeConfig: k8s.KubeConfig;
  /** A kubeconfig file on disk for processes (the worker, kubectl, helm). */
  path: string;
  token: string;
}

/**
 * A kubeconfig that authenticates as system:serviceaccount:<namespace>:<name> with a token from the
 * TokenRequest API. The ServiceAccount must exist.
 */
export async function serviceAccountKubeconfig(
  admin: k8s.KubeConfig,
  namespace: string,
  name: string,
  dir: string,
  expirationSeconds = 3600,
): Promise<ServiceAccountKubeconfig> {
  const core = admin.makeApiClient(k8s.CoreV1Api);
  const request = await core.createNamespacedServiceAccountToken({
    name,
    namespace,
    body: { spec: { audiences: [], expirationSeconds } },
  });
  const token = request.status?.token;
  if (!token) throw new Error(`TokenRequest for ${namespace}/${name} returned no token`);
  const cluster = admin.getCurrentCluster();
  if (!cluster) throw new Error("admin kubeconfig has no current cluster");
  const config = {
    apiVersion: "v1",
    kind: "Config",
    clusters: [
      { name: "local", cluster: { server: cluster.server, "certificate-authority": cluster.caFile } },
    ],
    users: [{ name, user: { token } }],
    contexts: [{ name: `${name}@local`, context: { cluster: "local", user: name, namespace } }],
    "current-context": `${name}@local`,
  };
  const path = join(dir, `${namespace}-${name}.kubeconfig`);
  writeFileSync(path, stringify(config), { mode: 0o600 });
  const kubeConfig = new k8s.KubeConfig();
  kubeConfig.loadFromFile(path);
  return { kubeConfig, path, token };
}

/** The `reason` of a Kubernetes Status error body, e.g. "Forbidden". */
export function statusReason(err: unknown): string | undefined {
  if (!(err instanceof k8s.ApiException)) return undefined;
  try {
    const body: unknown = typeof err.body === "string" ? JSON.parse(err.body) : err.body;
    return (body as { reason?: string }).reason;
  } catch {
    return undefined;
  }
}

/** A suspended Job (the Job controller creates no pods for it) whose one container is `prefect-job`. */
export function suspendedJobManifest(
  metadata: k8s.V1ObjectMeta,
  container: Partial<k8s.V1Container> = { args: ["true"] },
): k8s.V1Job {
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata,
    spec: {
      suspend: true,
      backoffLimit: 0,
      template: {
        spec: {
          parallelism: 1,
          completions: 1,
          restartPolicy: "Never",
          containers: [{ name: "prefect-job", image: "busybox:1.36", ...container }],
        },
      },
    },
  } as k8s.V1Job;
}
