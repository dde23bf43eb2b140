// Which cluster a run's Job goes to, chosen as the reference's `_get_configured_kubernetes_client` does: the
// work pool's `cluster_config` block, else the pod's ServiceAccount (in-cluster), else the local kubeconfig.
import { KubeConfig } from "./client-node.ts";
import { batchApi, coreApi, type BatchApi, type CoreApi } from "./rest.ts";
import type { Cluster, RequestContext } from "./client-node.ts";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import type { AgentOptions, RequestOptions } from "node:https";
import { homedir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
// The YAML parser client-node reads kubeconfigs with: one parser in the bundle, and the same reading.
import { load as parseYaml } from "js-yaml";
import { KubernetesWorkerError } from "./errors.ts";
import { SharedDispatcher, type DispatcherOptions } from "./shared-dispatcher.ts";

/** A `kubernetes-cluster-config` block: a kubeconfig as a JSON object and the context to use. */
export interface ClusterConfig {
  config: object;
  context_name: string;
}

export interface LoadKubeConfigOptions {
  /** PREFECT_INTEGRATIONS_KUBERNETES_WORKER_ADD_TCP_KEEPALIVE (default true). */
  addTcpKeepalive?: boolean;
  env?: NodeJS.ProcessEnv;
}

const SERVICE_ACCOUNT_TOKEN = "/var/run/secrets/kubernetes.io/serviceaccount/token";
const KEEPALIVE_IDLE_MS = 30_000;

/**
 * client-node 2.0.1 already turns keepalive on (idle 30 s) when it builds an undici Agent, but not when the
 * cluster needs no TLS options (it then uses undici's global dispatcher, idle 60 s), and it cannot be turned
 * off; `createDispatcherOptions` is its public seam for both. Node exposes no TCP_KEEPINTVL/TCP_KEEPCNT, so
 * the reference's interval 6 s and count 6 stay at the kernel's defaults.
 */
class WorkerKubeConfig extends KubeConfig {
  tcpKeepalive = true;
  readonly #dispatcher = new SharedDispatcher();

  /**
   * client-node's own, but with one connection pool for all requests (see shared-dispatcher.ts): the same
   * headers (bearer token from the user, a token file, an exec or OIDC plugin; Basic for a username) and the
   * same TLS options, read afresh for every request.
   */
  override async applySecurityAuthentication(context: RequestContext): Promise<void> {
    const cluster = this.getCurrentCluster();
    if (cluster?.proxyUrl?.startsWith("socks")) return super.applySecurityAuthentication(context);
    const options: RequestOptions = {};
    await this.applyToHTTPSOptions(options);
    if (options.auth) {
      context.setHeaderParam("Authorization", `Basic ${Buffer.from(options.auth).toString("base64")}`);
    }
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      context.setHeaderParam(name, `${value}`);
    }
    const { ca, cert, key, pfx, passphrase, rejectUnauthorized, servername } = options;
    const dispatcher = this.#dispatcher.for(
      this.createDispatcherOptions(cluster, {
        ca,
        cert,
        key,
        pfx,
        passphrase,
        ...(rejectUnauthorized !== undefined ? { rejectUnauthorized } : {}),
        ...(servername !== undefined ? { servername } : {}),
      }),
    );
    if (dispatcher) context.setDispatcher(dispatcher);
  }

  override createDispatcherOptions(cluster: Cluster | null, agentOptions: AgentOptions): DispatcherOptions {
    const options = super.createDispatcherOptions(cluster, agentOptions);
    const connect = { keepAlive: this.tcpKeepalive, keepAliveInitialDelay: KEEPALIVE_IDLE_MS };
    if (options.type === "none") return { type: "agent", connect };
    if (options.type === "socks") return options;
    return { ...options, connect: { ...options.connect, ...connect } };
  }
}

function configException(message: string): KubernetesWorkerError {
  return new KubernetesWorkerError("ConfigException", message);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

interface RawKubeConfig {
  users?: { name?: unknown; user?: { token?: unknown; tokenFile?: unknown } | null }[] | null;
}

/**
 * client-go's `tokenFile` user field (a bearer token re-read from a file, as projected ServiceAccount
 * tokens are rotated) is read by kubernetes_asyncio but not by client-node 2.0.1, which knows only a
 * `token-file` spelling and reads it once; without this such a user is silently anonymous. Relative paths are
 * relative to the kubeconfig file, as client-go resolves them; `token` wins when both are set.
 */
function honourTokenFiles(kc: KubeConfig, raw: unknown, baseDir: string | undefined): void {
  const users = (raw as RawKubeConfig | null)?.users;
  if (!Array.isArray(users)) return;
  const tokenFiles = new Map<string, string>();
  for (const entry of users) {
    const tokenFile = entry?.user?.tokenFile;
    if (typeof entry?.name !== "string" || typeof tokenFile !== "string" || tokenFile === "") continue;
    if (typeof entry.user?.token === "string" && entry.user.token !== "") continue;
    tokenFiles.set(entry.name, baseDir ? resolve(baseDir, tokenFile) : tokenFile);
  }
  if (tokenFiles.size === 0) return;
  kc.users = kc.users.map((user) => {
    const tokenFile = tokenFiles.get(user.name);
    return tokenFile && !user.authProvider
      ? { ...user, authProvider: { name: "tokenFile", config: { tokenFile } } }
      : user;
  });
}

function loadFile(kc: KubeConfig, file: string): void {
  kc.loadFromFile(file);
  honourTokenFiles(kc, parseYaml(readFileSync(file, "utf8")), dirname(file));
}

function fromClusterConfig(kc: KubeConfig, clusterConfig: ClusterConfig): void {
  kc.loadFromString(JSON.stringify(clusterConfig.config));
  honourTokenFiles(kc, clusterConfig.config, undefined);
  if (!kc.getContextObject(clusterConfig.context_name)) {
    throw configException(
      `Invalid kube-config file. Expected object with name ${clusterConfig.context_name} in kube-config/contexts list`,
    );
  }
  kc.setCurrentContext(clusterConfig.context_name);
}

// kubernetes_asyncio's load_incluster_config needs both variables and the token; otherwise the reference
// falls back to the kubeconfig file.
function inCluster(env: NodeJS.ProcessEnv): boolean {
  return Boolean(
    env.KUBERNETES_SERVICE_HOST && env.KUBERNETES_SERVICE_PORT && existsSync(SERVICE_ACCOUNT_TOKEN),
  );
}

// client-node's loadFromDefault ends in a silent http://localhost:8080 when no file exists; the reference
// fails instead.
function fromDefaultFile(kc: KubeConfig, env: NodeJS.ProcessEnv): void {
  const files = (env.KUBECONFIG ?? "").split(delimiter).filter(Boolean);
  const candidates = files.length > 0 ? files : [join(env.HOME ?? homedir(), ".kube", "config")];
  if (!candidates.some((file) => existsSync(file))) {
    throw configException("Invalid kube-config file. Expected key current-context in kube-config");
  }
  for (const [i, file] of candidates.filter((f) => existsSync(f)).entries()) {
    if (i === 0) {
      loadFile(kc, file);
    } else {
      const extra = new KubeConfig();
      loadFile(extra, file);
      kc.mergeConfig(extra);
    }
  }
  if (!kc.getCurrentContext()) {
    throw configException("Invalid kube-config file. Expected key current-context in kube-config");
  }
}

// A run's KubeConfig is reused by the next run with the same cluster, so clients (and FileAuth's token
// cache) are not rebuilt per run. Default kubeconfig files are re-read each time, as the reference does.
const CACHE_LIMIT = 16;
const cache = new Map<string, KubeConfig>();

function cacheKey(clusterConfig: ClusterConfig | null | undefined, keepalive: boolean): string {
  const source = clusterConfig ? canonicalJson(clusterConfig) : "in-cluster";
  return createHash("sha256").update(`${keepalive}\n${source}`).digest("hex");
}

export function loadKubeConfig(
  clusterConfig?: ClusterConfig | null,
  options: LoadKubeConfigOptions = {},
): KubeConfig {
  const env = options.env ?? process.env;
  const keepalive = options.addTcpKeepalive ?? true;
  const cacheable = Boolean(clusterConfig) || inCluster(env);
  const key = cacheable ? cacheKey(clusterConfig, keepalive) : undefined;
  const cached = key ? cache.get(key) : undefined;
  if (key && cached) {
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const kc = new WorkerKubeConfig();
  kc.tcpKeepalive = keepalive;
  if (clusterConfig) fromClusterConfig(kc, clusterConfig);
  else if (inCluster(env)) kc.loadFromCluster();
  else fromDefaultFile(kc, env);
  if (key) {
    cache.set(key, kc);
    const oldest = cache.keys().next();
    if (cache.size > CACHE_LIMIT && !oldest.done) cache.delete(oldest.value);
  }
  return kc;
}

export function clearKubeConfigCache(): void {
  cache.clear();
}

export interface KubernetesClients {
  batch: BatchApi;
  core: CoreApi;
}

const clients = new WeakMap<KubeConfig, KubernetesClients>();

export function kubernetesClients(kc: KubeConfig): KubernetesClients {
  let found = clients.get(kc);
  if (!found) {
    found = { batch: batchApi(kc), core: coreApi(kc) };
    clients.set(kc, found);
  }
  return found;
}

/** The namespace of the current context, e.g. the in-cluster pod's own namespace. */
export function contextNamespace(kc: KubeConfig): string | undefined {
  return kc.getContextObject(kc.getCurrentContext())?.namespace;
}
