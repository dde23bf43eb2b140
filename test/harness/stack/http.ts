// Minimal HTTP(S) probes for readiness checks, with the stack's CA and optional client certificate
// (Node's fetch cannot take a private CA without extra dependencies).
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { setTimeout as sleep } from "node:timers/promises";

export interface TlsFiles {
  ca?: string;
  cert?: string;
  key?: string;
  /** Self-signed serving certificates (controller-manager, scheduler health ports). */
  insecure?: boolean;
}

export interface HttpResult {
  status: number;
  body: string;
}

export function httpGet(url: string, tls: TlsFiles = {}, timeoutMs = 5000): Promise<HttpResult> {
  const u = new URL(url);
  const request = u.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      u,
      {
        method: "GET",
        timeout: timeoutMs,
        ca: tls.ca ? readFileSync(tls.ca) : undefined,
        cert: tls.cert ? readFileSync(tls.cert) : undefined,
        key: tls.key ? readFileSync(tls.key) : undefined,
        rejectUnauthorized: !tls.insecure,
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("timeout", () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end();
  });
}

/**
 * Polls `check` until it returns true; throws with `describe()` (e.g. the component's log tail) when
 * `timeoutMs` passes or `alive()` says the process died.
 */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  options: { timeoutMs: number; alive?: () => boolean; describe?: () => string },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError = "";
  for (;;) {
    try {
      if (await check()) return;
    } catch (err) {
      lastError = err instanceof Error ? err.message : String(err);
    }
    if (options.alive && !options.alive()) {
      throw new Error(`${what}: the process exited\n${options.describe?.() ?? ""}`);
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${what}: not ready after ${options.timeoutMs / 1000}s (${lastError || "check kept failing"})\n` +
          (options.describe?.() ?? ""),
      );
    }
    await sleep(250);
  }
}
