// Errors from @kubernetes/client-node: ApiException carries the HTTP code and the response body, which is
// a JSON-encoded metav1.Status. Anything else (connection refused, TLS, timeouts) has no code.
import * as k8s from "@kubernetes/client-node";

export function statusCode(err: unknown): number | undefined {
  if (err instanceof k8s.ApiException) return err.code;
  return undefined;
}

export function isNotFound(err: unknown): boolean {
  return statusCode(err) === 404;
}

export function isConflict(err: unknown): boolean {
  return statusCode(err) === 409;
}

/** A one-line description: the Status message when the API server sent one. */
export function errorMessage(err: unknown): string {
  if (err instanceof k8s.ApiException) {
    const body: unknown = err.body;
    if (typeof body === "string") {
      try {
        const status = JSON.parse(body) as { message?: string };
        if (status.message) return `${err.code}: ${status.message}`;
      } catch {
        // Not a Status; fall through to the raw body.
      }
      return `${err.code}: ${body.slice(0, 300)}`;
    }
    return `HTTP ${err.code}`;
  }
  if (err instanceof Error) {
    const cause = (err as { cause?: unknown }).cause;
    return cause instanceof Error ? `${err.message} (${cause.message})` : err.message;
  }
  return String(err);
}
