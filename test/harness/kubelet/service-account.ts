// How processes reach the API server. Real pods use in-cluster config (a fixed token path and the
// `kubernetes` Service); here the paths differ per pod, so each pod with a service-account token gets a
// kubeconfig that points at the API server with `tokenFile` = its projected token.
import type * as k8s from "@kubernetes/client-node";
import { stringify } from "yaml";

export interface ApiServerInfo {
  server: string;
  host: string;
  port: string;
  caFile: string | undefined;
  caData: string | undefined;
}

export function apiServerInfo(kc: k8s.KubeConfig): ApiServerInfo {
  const cluster = kc.getCurrentCluster();
  if (!cluster) throw new Error("the kubeconfig has no current cluster");
  const url = new URL(cluster.server);
  return {
    server: cluster.server,
    host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port || (url.protocol === "http:" ? "80" : "443"),
    caFile: cluster.caFile,
    caData: cluster.caData,
  };
}

/** The `kubernetes` Service's variables, which every real container gets. */
export function kubernetesServiceEnv(info: ApiServerInfo): Record<string, string> {
  const tcp = `tcp://${info.host}:${info.port}`;
  return {
    KUBERNETES_SERVICE_HOST: info.host,
    KUBERNETES_SERVICE_PORT: info.port,
    KUBERNETES_SERVICE_PORT_HTTPS: info.port,
    KUBERNETES_PORT: tcp,
    [`KUBERNETES_PORT_${info.port}_TCP`]: tcp,
    [`KUBERNETES_PORT_${info.port}_TCP_PROTO`]: "tcp",
    [`KUBERNETES_PORT_${info.port}_TCP_PORT`]: info.port,
    [`KUBERNETES_PORT_${info.port}_TCP_ADDR`]: info.host,
  };
}

export function podKubeconfigYaml(info: ApiServerInfo, tokenFile: string, namespace: string): string {
  const cluster: Record<string, string> = { server: info.server };
  if (info.caFile) cluster["certificate-authority"] = info.caFile;
  else if (info.caData) cluster["certificate-authority-data"] = info.caData;
  return stringify({
    apiVersion: "v1",
    kind: "Config",
    clusters: [{ name: "local", cluster }],
    users: [{ name: "service-account", user: { tokenFile } }],
    contexts: [
      { name: "service-account@local", context: { cluster: "local", user: "service-account", namespace } },
    ],
    "current-context": "service-account@local",
  });
}

/** When to fetch a new token: at 80% of its lifetime, like the kubelet's token manager. */
export function tokenRefreshDelayMs(issuedAt: Date, expiresAt: Date): number {
  const lifetime = expiresAt.getTime() - issuedAt.getTime();
  return Math.max(1000, Math.floor(lifetime * 0.8) - (Date.now() - issuedAt.getTime()));
}
