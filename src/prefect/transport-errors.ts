// Sorting fetch failures the way the reference's retry policy sorts httpx exceptions: connection
// refusals (httpx.ConnectError) are retried only once the server has been reached; timeouts and broken
// connections always; anything else (a malformed URL, a bug) never.
import { maskUrlCredentials } from "./url-credentials.ts";

export type TransportFailure = "connect" | "timeout" | "io" | "other";

const CONNECT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
const TIMEOUT_CODES = new Set(["UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);

function errorCode(err: unknown): string | undefined {
  if (!err || typeof err !== "object") return undefined;
  const code = (err as { code?: unknown }).code;
  if (typeof code === "string") return code;
  const inner = (err as { errors?: unknown }).errors;
  return Array.isArray(inner) ? errorCode(inner[0]) : undefined;
}

export function classifyTransportError(err: unknown, timedOut: boolean): TransportFailure {
  if (timedOut) return "timeout";
  const cause = err instanceof Error ? err.cause : undefined;
  const code = errorCode(cause) ?? errorCode(err);
  if (code && CONNECT_CODES.has(code)) return "connect";
  if (code && TIMEOUT_CODES.has(code)) return "timeout";
  if (code === "ERR_INVALID_URL" || code === "ERR_INVALID_ARG_TYPE") return "other";
  if (code) return "io";
  // undici reports socket-level failures as `TypeError: fetch failed` with the reason as cause.
  if (err instanceof TypeError && err.message === "fetch failed") return "io";
  return "other";
}

/** A one-line reason without stack or request details. */
export function transportReason(err: unknown, timedOut: boolean, timeoutSeconds: number): string {
  if (timedOut) return `no response within ${timeoutSeconds} s`;
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  const code = errorCode(cause);
  // fetch quotes a URL with user:password@ in its refusal; the password must not reach a log.
  const message = maskUrlCredentials(cause instanceof Error ? cause.message : String(cause));
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}
