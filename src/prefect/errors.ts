// Errors the client surfaces. Messages are short and carry only the method, the route template, the
// status and the server's `detail`: never headers, credentials or ids from the path.
import { STATUS_CODES } from "node:http";

const MAX_DETAIL = 300;

export class PrefectApiError extends Error {
  readonly status: number;
  /** The server's `detail` (string, or FastAPI's validation error list), when the body had one. */
  readonly detail: unknown;
  readonly method: string;
  /** Path template, e.g. "/work_pools/{name}". */
  readonly route: string;

  constructor(method: string, route: string, status: number, detail: unknown) {
    const reason = STATUS_CODES[status] ?? "";
    const summary = detailSummary(detail);
    super(`${method} ${route} → ${status}${reason ? ` ${reason}` : ""}${summary ? `: ${summary}` : ""}`);
    this.name = "PrefectApiError";
    this.status = status;
    this.detail = detail;
    this.method = method;
    this.route = route;
  }
}

/** The request never got an HTTP response (refused, reset, timed out), after any retries. */
export class PrefectTransportError extends Error {
  readonly method: string;
  readonly route: string;
  readonly timedOut: boolean;

  constructor(method: string, route: string, reason: string, timedOut: boolean, cause: unknown) {
    super(`${method} ${route} failed: ${reason}`, { cause });
    this.name = "PrefectTransportError";
    this.method = method;
    this.route = route;
    this.timedOut = timedOut;
  }
}

/** Worth another try later: the server was unreachable or failed (HTTP ≥ 500), as the reference's loops judge. */
export function isTransientPrefectError(err: unknown): boolean {
  if (err instanceof PrefectTransportError) return true;
  return err instanceof PrefectApiError && err.status >= 500;
}

export function isNotFound(err: unknown): err is PrefectApiError {
  return err instanceof PrefectApiError && err.status === 404;
}

/** The `detail` of a FastAPI error body, else the raw text; undefined for an empty body. */
export function parseErrorDetail(text: string): unknown {
  if (!text) return undefined;
  try {
    const body = JSON.parse(text) as unknown;
    if (body && typeof body === "object" && "detail" in body) return (body as { detail: unknown }).detail;
    if (body && typeof body === "object" && "exception_message" in body) {
      return (body as { exception_message: unknown }).exception_message;
    }
    return body;
  } catch {
    return text;
  }
}

function detailSummary(detail: unknown): string {
  if (detail === undefined || detail === null || detail === "") return "";
  const text = typeof detail === "string" ? detail : JSON.stringify(detail);
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}
