// `--with-healthcheck`: the reference's GET /health (same threshold, bodies and log line) plus /livez,
// /readyz and /metrics on the same port, so the official chart's probe works unchanged.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../observability/logger.ts";
import type { WorkerMetrics } from "../observability/metrics.ts";

export interface ReadinessCheck {
  name: string;
  ok: boolean;
  detail?: string;
}

export interface HealthServerOptions {
  host: string;
  port: number;
  querySeconds: number;
  /** Epoch ms of the last poll (or of a poll skipped before the first sync), as the reference counts. */
  lastPolled: () => number;
  readiness: () => ReadinessCheck[];
  metrics: WorkerMetrics;
  logger: Logger;
  now?: () => number;
}

export class HealthServer {
  readonly #options: HealthServerOptions;
  readonly #server: Server;

  constructor(options: HealthServerOptions) {
    this.#options = options;
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        options.logger.error({ err: String(error) }, "health server request failed");
        if (!res.headersSent) send(res, 500, { message: "internal error" });
      });
    });
  }

  async listen(): Promise<AddressInfo> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once("error", reject);
      this.#server.listen(this.#options.port, this.#options.host, () => {
        this.#server.off("error", reject);
        resolve();
      });
    });
    return this.#server.address() as AddressInfo;
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://health");
    if (req.method !== "GET" && req.method !== "HEAD")
      return send(res, 405, { message: "Method Not Allowed" });
    switch (url.pathname) {
      case "/health":
        return this.#health(res);
      case "/livez":
      case "/healthz":
        return sendText(res, 200, "ok\n");
      case "/readyz":
        return this.#ready(res, url.searchParams.has("verbose"));
      case "/metrics": {
        const { contentType, body } = await this.#options.metrics.render();
        res.writeHead(200, { "content-type": contentType });
        res.end(body);
        return;
      }
      default:
        return send(res, 404, { detail: "Not Found" });
    }
  }

  #health(res: ServerResponse): void {
    const now = (this.#options.now ?? Date.now)();
    const threshold = 30 * this.#options.querySeconds;
    const sincePoll = (now - this.#options.lastPolled()) / 1000;
    if (sincePoll > threshold) {
      // As the reference: the seconds since the last poll (a Python float, hence "301.0"), not the threshold.
      this.#options.logger.error(
        `Worker has not polled in the last ${pythonFloat(sincePoll)} seconds and should be restarted`,
      );
      return send(res, 503, { message: "Worker may be unresponsive at this time" });
    }
    send(res, 200, { message: "OK" });
  }

  #ready(res: ServerResponse, verbose: boolean): void {
    const checks = this.#options.readiness();
    const ok = checks.every((check) => check.ok);
    const lines = checks.map(
      (c) => `[${c.ok ? "+" : "-"}]${c.name} ${c.ok ? "ok" : `failed: ${c.detail ?? ""}`}`,
    );
    const summary = ok ? "readyz check passed" : "readyz check failed";
    sendText(res, ok ? 200 : 503, verbose || !ok ? `${lines.join("\n")}\n${summary}\n` : "ok\n");
  }
}

function pythonFloat(n: number): string {
  return Number.isInteger(n) ? n.toFixed(1) : String(n);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  res.end(body);
}
