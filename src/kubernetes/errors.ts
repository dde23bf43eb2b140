// Kubernetes API failures in the words the reference uses. client-node errors hold TLS sockets (circular), so
// they are never serialised whole: only the status code and the Status body's `reason` and `message` are used.
import { ApiException } from "./client-node.ts";
import { STATUS_CODES } from "node:http";

export interface KubernetesErrorDescription {
  /** HTTP status code; absent for transport failures. */
  status?: number;
  /** The Status body's `reason` (e.g. "AlreadyExists"), or the transport error's code (e.g. "ECONNREFUSED"). */
  reason?: string;
  message: string;
}

interface StatusBody {
  reason?: unknown;
  message?: unknown;
}

/**
 * An error the reference raises as a Python exception: the worker proposes Crashed with
 * `Failed to submit flow run to infrastructure: <pythonType>: <message>`.
 */
export class KubernetesWorkerError extends Error {
  readonly pythonType: string;
  constructor(pythonType: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = pythonType;
    this.pythonType = pythonType;
  }
  get crashMessage(): string {
    return `Failed to submit flow run to infrastructure: ${this.pythonType}: ${this.message}`;
  }
}

export class InfrastructureError extends KubernetesWorkerError {
  constructor(message: string, options?: ErrorOptions) {
    super("InfrastructureError", message, options);
  }
}

/**
 * A failure the reference does not wrap: API errors around Secrets (kubernetes_asyncio's ApiException) and
 * transport failures (aiohttp's ClientConnectorError being the usual one).
 */
export class KubernetesApiError extends KubernetesWorkerError {
  readonly status?: number;
  constructor(err: unknown) {
    super(err instanceof ApiException ? "ApiException" : "ClientConnectorError", formatKubernetesError(err), {
      cause: err,
    });
    this.status = describeKubernetesError(err).status;
  }
}

// The API server (Go net/http) writes Go's reason phrases, which kubernetes_asyncio reports as `reason`;
// fetch hides the status line, so Node's table stands in where the two agree.
const GO_REASON_PHRASES: Record<number, string> = {
  413: "Request Entity Too Large",
  414: "Request URI Too Long",
  416: "Requested Range Not Satisfiable",
  418: "I'm a teapot",
};

export function httpReasonPhrase(status: number): string | undefined {
  return GO_REASON_PHRASES[status] ?? STATUS_CODES[status];
}

/** The raw response text, as kubernetes_asyncio keeps it in `ApiException.body`. */
export function rawBody(err: ApiException<unknown>): string {
  if (typeof err.body === "string") return err.body;
  if (err.body === undefined || err.body === null) {
    // client-node drops the body of a 401 (a declared response without a schema); the API server's
    // Status for it always says "Unauthorized".
    return err.code === 401
      ? JSON.stringify({ kind: "Status", status: "Failure", message: "Unauthorized", reason: "Unauthorized" })
      : "";
  }
  return JSON.stringify(err.body);
}

export function parseStatusBody(text: string): StatusBody | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)
      ? (parsed as StatusBody)
      : undefined;
  } catch {
    return undefined;
  }
}

function causeChain(err: unknown): Error[] {
  const chain: Error[] = [];
  let current: unknown = err;
  while (current instanceof Error && chain.length < 5 && !chain.includes(current)) {
    chain.push(current);
    current = current.cause;
  }
  return chain;
}

export function describeKubernetesError(err: unknown): KubernetesErrorDescription {
  if (err instanceof ApiException) {
    const text = rawBody(err);
    const body = parseStatusBody(text);
    const reason = typeof body?.reason === "string" && body.reason ? body.reason : httpReasonPhrase(err.code);
    const message =
      typeof body?.message === "string" ? body.message : text.slice(0, 500) || `HTTP ${err.code}`;
    return { status: err.code, ...(reason ? { reason } : {}), message };
  }
  const chain = causeChain(err);
  if (chain.length === 0) return { message: String(err) };
  // undici reports every transport failure as "fetch failed"; the cause says what failed.
  const messages = [...new Set(chain.map((e) => e.message).filter(Boolean))];
  const code = chain
    .map((e) => (e as { code?: unknown }).code)
    .reverse()
    .find((c): c is string => typeof c === "string");
  return { ...(code ? { reason: code } : {}), message: messages.join(": ") || chain[0]!.name };
}

/** One line for logs: `403 Forbidden: jobs.batch is forbidden: …` or `ECONNREFUSED: fetch failed: …`. */
export function formatKubernetesError(err: unknown): string {
  const { status, reason, message } = describeKubernetesError(err);
  const prefix = [status, reason].filter((part) => part !== undefined).join(" ");
  return prefix ? `${prefix}: ${message}` : message;
}

/** prefect-kubernetes `_get_k8s_error_hint`: the first rule that matches wins. */
export function kubernetesErrorHint(
  status: number,
  httpReason: string | undefined,
  body: string,
  namespace: string,
): string | undefined {
  const lowerBody = body.toLowerCase();
  if (lowerBody.includes("quota") || lowerBody.includes("exceeded")) {
    return "Check the resource quotas for the namespace and ensure the job does not exceed them.";
  }
  if (status === 403 || (httpReason ?? "").toLowerCase().includes("forbidden")) {
    return "Check that your service account has the required RBAC permissions for this operation.";
  }
  if (status === 404 && namespace && lowerBody.includes(namespace.toLowerCase())) {
    return `Verify that the namespace '${namespace}' exists in the cluster.`;
  }
  return undefined;
}

/**
 * The reference's message for a Job the API refused: `Unable to create Kubernetes job: <HTTP reason
 * phrase>: <Status message>. Hint: <hint>`. The reason is the status line's phrase ("Not Found"), not the
 * Status body's `reason` ("NotFound").
 */
export function jobCreationErrorMessage(err: ApiException<unknown>, namespace: string): string {
  const httpReason = httpReasonPhrase(err.code);
  const text = rawBody(err);
  let message = "";
  if (httpReason) message += `: ${httpReason}`;
  const body = parseStatusBody(text);
  if (body && "message" in body) message += `: ${String(body.message)}`;
  const hint = kubernetesErrorHint(err.code, httpReason, text, namespace);
  if (hint) message += `. Hint: ${hint}`;
  return `Unable to create Kubernetes job${message}`;
}
