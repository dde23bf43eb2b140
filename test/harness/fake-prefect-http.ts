// A scripted loopback HTTP server standing in for what a real Prefect server cannot be made to do on
// demand: 503/429 bursts, Retry-After, hanging responses, Prefect Cloud's URL layout and heartbeat reply.
// Each request is recorded and answered by the script.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeRequest {
  method: string;
  /** Path and query, without the origin. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type FakeReply =
  | { status: number; body?: string | object; headers?: Record<string, string> }
  /** Never answer (until the server closes). */
  | "hang";

export type FakeScript = (request: FakeRequest, index: number) => FakeReply;

export class FakePrefectHttp {
  readonly requests: FakeRequest[];
  readonly #server: Server;
  readonly origin: string;

  private constructor(server: Server, origin: string, requests: FakeRequest[]) {
    this.#server = server;
    this.requests = requests;
    this.origin = origin;
  }

  static async start(script: FakeScript): Promise<FakePrefectHttp> {
    const requests: FakeRequest[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const request = {
          method: req.method ?? "",
          url: req.url ?? "",
          headers: req.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        };
        requests.push(request);
        const reply = script(request, requests.length - 1);
        if (reply === "hang") return;
        const body = typeof reply.body === "object" ? JSON.stringify(reply.body) : (reply.body ?? "");
        const type = typeof reply.body === "object" ? { "content-type": "application/json" } : {};
        res.writeHead(reply.status, { ...type, ...reply.headers });
        res.end(body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return new FakePrefectHttp(server, `http://127.0.0.1:${port}`, requests);
  }

  /** Requests other than the CSRF token fetches. */
  get apiRequests(): FakeRequest[] {
    return this.requests.filter((r) => !r.url.includes("/csrf-token"));
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
