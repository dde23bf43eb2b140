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
      const { exception_message: message, exception_detail: reasons } = body as {
        exception_message: unknown;
        exception_detail?: unknown;
      };
      const why = validationReasons(reasons);
      return why && typeof message === "string" ? `${message} ${why}` : message;
    }
    return body;
  } catch {
    return text;
  }
}

/**
 * Prefect's 422 body says only "Invalid request received." in `exception_message`; the reason is in
 * `exception_detail` (pydantic errors). Their `loc` and `msg` are kept; `input` is not (it echoes the request).
 */
function validationReasons(detail: unknown): string | undefined {
  if (!Array.isArray(detail)) return undefined;
  const reasons = detail.flatMap((item: unknown) => {
    const { loc, msg } = (item ?? {}) as { loc?: unknown; msg?: unknown };
    if (typeof msg !== "string") return [];
    const path = Array.isArray(loc) ? loc.filter((part) => part !== "body").join(".") : "";
    return [path ? `${path}: ${msg}` : msg];
  });
  return reasons.length > 0 ? reasons.join("; ") : undefined;
}

function detailSummary(detail: unknown): string {
  if (detail === undefined || detail === null || detail === "") return "";
  const text = typeof detail === "string" ? detail : JSON.stringify(detail);
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}
