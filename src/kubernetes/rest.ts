// The Kubernetes calls the worker makes, on client-node's configuration, authentication (tokens, exec and
// OIDC plugins, client certificates) and transport, without its generated API classes: those and the
// ~2,700 model classes they deserialize into cost a worker ~18 MB of resident memory, more than all of the
// worker's own code. Requests go through the seam client-node's own API classes use (RequestContext,
// applySecurityAuthentication, its fetch library), and answers are the server's JSON as it sent it —
// bodies go out as written, unknown fields included, as the reference's client sends its dicts.
//
// Results are typed with client-node's model types for the fields the worker reads; at run time their
// timestamps are RFC 3339 strings (never Date objects), so code reads them with `new Date(value)`.
import clientNodePackage from "@kubernetes/client-node/package.json" with { type: "json" };
import {
  ApiException,
  HttpMethod,
  IsomorphicFetchHttpLibrary,
  RequestContext,
  type KubeConfig,
  type ResponseContext,
  type V1Job,
  type V1Pod,
  type V1Secret,
} from "./client-node.ts";

type Query = Record<string, string | number | boolean | undefined>;

export interface KubernetesRequest {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Path below the cluster's server URL, e.g. /api/v1/namespaces/default/pods. */
  path: string;
  query?: Query;
  body?: unknown;
  /** Of the body; JSON unless a patch says otherwise. */
  contentType?: string;
  signal?: AbortSignal;
}

const httpLibrary = new IsomorphicFetchHttpLibrary();
const USER_AGENT = `kubernetes-client-javascript/${clientNodePackage.version}`;

/**
 * One request; the response whatever its status (the watcher reads non-2xx answers itself). Aborting the
 * signal ends the request at any point, before the headers too.
 */
export async function sendKubernetesRequest(
  kubeConfig: KubeConfig,
  request: KubernetesRequest,
): Promise<ResponseContext> {
  const cluster = kubeConfig.getCurrentCluster();
  if (!cluster) throw new Error("No active cluster!");
  const url = new URL(cluster.server.replace(/\/+$/, "") + request.path);
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  const context = new RequestContext(url.toString(), HttpMethod[request.method]);
  context.setHeaderParam("Accept", "application/json, */*;q=0.8");
  context.setHeaderParam("User-Agent", USER_AGENT);
  if (request.body !== undefined) {
    context.setHeaderParam("Content-Type", request.contentType ?? "application/json");
    context.setBody(JSON.stringify(request.body));
  }
  request.signal?.throwIfAborted();
  await kubeConfig.applySecurityAuthentication(context);
  request.signal?.throwIfAborted();
  if (request.signal) context.setSignal(request.signal);
  return httpLibrary.send(context).toPromise();
}

/**
 * A request whose 2xx answer is read whole: parsed when the server says JSON, as text otherwise (pod
 * logs). Other answers throw ApiException as client-node's API classes do: 401 without a body, the rest
 * with the body's text, which errors.ts reads the Status `reason` and `message` from.
 */
export async function kubernetesCall<T>(kubeConfig: KubeConfig, request: KubernetesRequest): Promise<T> {
  const response = await sendKubernetesRequest(kubeConfig, request);
  const status = response.httpStatusCode;
  if (status === 401) throw new ApiException(401, "Unauthorized", undefined, response.headers);
  const text = await response.body.text();
  if (status < 200 || status > 299) {
    throw new ApiException(status, "Unknown API Status Code!", text, response.headers);
  }
  const contentType = response.headers["content-type"] ?? "";
  return (/\bjson\b/i.test(contentType) && text ? JSON.parse(text) : text) as T;
}

const segment = encodeURIComponent;
const namespaced = (prefix: string, namespace: string, plural: string, name?: string): string =>
  `${prefix}/namespaces/${segment(namespace)}/${plural}${name === undefined ? "" : `/${segment(name)}`}`;

interface Named {
  name: string;
  namespace: string;
}

export interface ListOf<T> {
  items: T[];
  metadata?: { resourceVersion?: string; continue?: string };
}

/** batch/v1 Jobs, with the method and parameter names of client-node's BatchV1Api. */
export interface BatchApi {
  createNamespacedJob(params: { namespace: string; body: V1Job }): Promise<V1Job>;
  readNamespacedJob(params: Named): Promise<V1Job>;
  listNamespacedJob(params: { namespace: string; labelSelector?: string }): Promise<ListOf<V1Job>>;
  deleteNamespacedJob(
    params: Named & { gracePeriodSeconds?: number; propagationPolicy?: string },
  ): Promise<unknown>;
}

/** The core/v1 Pods and Secrets calls, with the method and parameter names of client-node's CoreV1Api. */
export interface CoreApi {
  readNamespacedPod(params: Named): Promise<V1Pod>;
  listNamespacedPod(params: { namespace: string; labelSelector?: string }): Promise<ListOf<V1Pod>>;
  readNamespacedPodLog(
    params: Named & { container?: string; previous?: boolean; tailLines?: number },
  ): Promise<string>;
  readNamespacedSecret(params: Named): Promise<V1Secret>;
  createNamespacedSecret(params: { namespace: string; body: V1Secret }): Promise<V1Secret>;
  replaceNamespacedSecret(params: Named & { body: V1Secret }): Promise<V1Secret>;
  /** A strategic merge patch. */
  patchNamespacedSecret(params: Named & { body: object }): Promise<V1Secret>;
  deleteNamespacedSecret(params: Named): Promise<unknown>;
}

const BATCH = "/apis/batch/v1";
const CORE = "/api/v1";

export function batchApi(kc: KubeConfig): BatchApi {
  return {
    createNamespacedJob: ({ namespace, body }) =>
      kubernetesCall(kc, { method: "POST", path: namespaced(BATCH, namespace, "jobs"), body }),
    readNamespacedJob: ({ name, namespace }) =>
      kubernetesCall(kc, { method: "GET", path: namespaced(BATCH, namespace, "jobs", name) }),
    listNamespacedJob: ({ namespace, labelSelector }) =>
      kubernetesCall(kc, {
        method: "GET",
        path: namespaced(BATCH, namespace, "jobs"),
        query: { labelSelector },
      }),
    deleteNamespacedJob: ({ name, namespace, gracePeriodSeconds, propagationPolicy }) =>
      kubernetesCall(kc, {
        method: "DELETE",
        path: namespaced(BATCH, namespace, "jobs", name),
        query: { gracePeriodSeconds, propagationPolicy },
      }),
  };
}

export function coreApi(kc: KubeConfig): CoreApi {
  return {
    readNamespacedPod: ({ name, namespace }) =>
      kubernetesCall(kc, { method: "GET", path: namespaced(CORE, namespace, "pods", name) }),
    listNamespacedPod: ({ namespace, labelSelector }) =>
      kubernetesCall(kc, {
        method: "GET",
        path: namespaced(CORE, namespace, "pods"),
        query: { labelSelector },
      }),
    readNamespacedPodLog: ({ name, namespace, container, previous, tailLines }) =>
      kubernetesCall(kc, {
        method: "GET",
        path: `${namespaced(CORE, namespace, "pods", name)}/log`,
        query: { container, previous, tailLines },
      }),
    readNamespacedSecret: ({ name, namespace }) =>
      kubernetesCall(kc, { method: "GET", path: namespaced(CORE, namespace, "secrets", name) }),
    createNamespacedSecret: ({ namespace, body }) =>
      kubernetesCall(kc, { method: "POST", path: namespaced(CORE, namespace, "secrets"), body }),
    replaceNamespacedSecret: ({ name, namespace, body }) =>
      kubernetesCall(kc, { method: "PUT", path: namespaced(CORE, namespace, "secrets", name), body }),
    patchNamespacedSecret: ({ name, namespace, body }) =>
      kubernetesCall(kc, {
        method: "PATCH",
        path: namespaced(CORE, namespace, "secrets", name),
        body,
        contentType: "application/strategic-merge-patch+json",
      }),
    deleteNamespacedSecret: ({ name, namespace }) =>
      kubernetesCall(kc, { method: "DELETE", path: namespaced(CORE, namespace, "secrets", name) }),
  };
}
