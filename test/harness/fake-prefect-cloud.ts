// A FAKE Prefect Cloud: Cloud's URL layout cannot exist on a loopback-only machine, so this proxy stands in
// for it. It serves `/api/accounts/<account>/workspaces/<workspace>/<rest>` by forwarding to the local
// Prefect server's `/api/<rest>` (HTTP and WebSocket upgrades alike), answers 401 to a request without
// `Authorization: Bearer <key>` (any case of "bearer", as Prefect's Cloud events client sends it) and 404 to
// any other account, workspace or path. Every request is recorded, so tests can assert what went through it.
import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import { connect, type AddressInfo, type Socket } from "node:net";

export interface RecordedRequest {
  method: string;
  /** The path as the client sent it, without the query string. */
  path: string;
  /** The server path it was forwarded to (`/api/<rest>`), or undefined when the proxy answered itself. */
  upstreamPath: string | undefined;
  /** The status the proxy answered (101 for a forwarded upgrade; the upstream's status otherwise). */
  status: number;
  websocket: boolean;
  /** The key the request presented (Bearer), if any. */
  presentedKey: string | undefined;
}

export interface FakePrefectCloudOptions {
  /** The real server to forward to, e.g. readStackEnv().prefectApiUrl (`http://127.0.0.1:<port>/api`). */
  upstreamApiUrl: string;
  accountId: string;
  workspaceId: string;
  apiKey: string;
}

export interface FakePrefectCloud {
  /** `http://127.0.0.1:<port>/api`: what `cloudApiConfig.cloudUrl` / `customerManagedCloudApiConfig.apiUrl` take. */
  apiUrl: string;
  /** `<apiUrl>/accounts/<account>/workspaces/<workspace>`: the PREFECT_API_URL a worker ends up with. */
  workspaceApiUrl: string;
  readonly requests: readonly RecordedRequest[];
  /** Requests whose upstream path (`/api/…`) matches, and optionally whose status matches. */
  count(upstreamPath: RegExp, status?: number): number;
  /** Requests the proxy refused with this status (401 or 404). */
  refused(status: 401 | 404): RecordedRequest[];
  close(): Promise<void>;
}

const BEARER = /^bearer\s+(.+)$/i;

function presentedKey(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  return header ? BEARER.exec(header)?.[1]?.trim() : undefined;
}

type Route =
  { kind: "forward"; upstreamPath: string } | { kind: "refuse"; status: 401 | 404; detail: string };

export async function startFakePrefectCloud(options: FakePrefectCloudOptions): Promise<FakePrefectCloud> {
  const upstream = new URL(options.upstreamApiUrl);
  const upstreamBase = upstream.pathname.replace(/\/+$/, ""); // "/api"
  const requests: RecordedRequest[] = [];
  // Upgraded connections leave the server's bookkeeping; close() ends them itself.
  const tunnels = new Set<Socket>();
  const workspacePath = /^\/api\/accounts\/([^/]+)\/workspaces\/([^/]+)(\/.*)?$/;

  function route(req: IncomingMessage): Route {
    const [pathname, query] = splitQuery(req.url ?? "/");
    const match = workspacePath.exec(pathname);
    if (!match || match[1] !== options.accountId || match[2] !== options.workspaceId) {
      return { kind: "refuse", status: 404, detail: "Not Found" };
    }
    if (presentedKey(req) !== options.apiKey) {
      return { kind: "refuse", status: 401, detail: "Invalid authentication credentials" };
    }
    return { kind: "forward", upstreamPath: `${upstreamBase}${match[3] ?? "/"}${query}` };
  }

  function record(req: IncomingMessage, decided: Route, status: number, websocket: boolean): void {
    requests.push({
      method: req.method ?? "GET",
      path: splitQuery(req.url ?? "/")[0],
      upstreamPath: decided.kind === "forward" ? splitQuery(decided.upstreamPath)[0] : undefined,
      status,
      websocket,
      presentedKey: presentedKey(req),
    });
  }

  // Upstream sees no credentials: the stack's server runs without auth, and Cloud would not pass them on.
  function forwardedHeaders(req: IncomingMessage): Record<string, string | string[]> {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || name === "authorization") continue;
      headers[name] = value;
    }
    headers.host = upstream.host;
    return headers;
  }

  const server: Server = createServer((req, res) => {
    const decided = route(req);
    if (decided.kind === "refuse") {
      record(req, decided, decided.status, false);
      req.resume();
      res.writeHead(decided.status, { "content-type": "application/json" });
      res.end(JSON.stringify({ detail: decided.detail }));
      return;
    }
    const outgoing = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: decided.upstreamPath,
        headers: forwardedHeaders(req),
      },
      (answer) => {
        record(req, decided, answer.statusCode ?? 502, false);
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    outgoing.on("error", (err) => {
      record(req, decided, 502, false);
      if (!res.headersSent) res.writeHead(502, { "content-type": "application/json" });
      res.end(JSON.stringify({ detail: `fake cloud: upstream unreachable: ${err.message}` }));
    });
    req.pipe(outgoing);
  });

  // WebSockets (`/events/in`, `/events/out`, `/logs/out`): the handshake and frames pass through unchanged
  // once the path is rewritten; the server accepts header-authenticated, subprotocol-less clients (Cloud's
  // style) because it has no auth string configured.
  server.on("upgrade", (req: IncomingMessage, client: Socket, head: Buffer) => {
    const decided = route(req);
    if (decided.kind === "refuse") {
      record(req, decided, decided.status, true);
      const reason = decided.status === 401 ? "Unauthorized" : "Not Found";
      client.end(`HTTP/1.1 ${decided.status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    const backend = connect(Number(upstream.port), upstream.hostname, () => {
      const lines = [`${req.method ?? "GET"} ${decided.upstreamPath} HTTP/1.1`];
      for (const [name, value] of Object.entries(forwardedHeaders(req))) {
        for (const one of Array.isArray(value) ? value : [value]) lines.push(`${name}: ${one}`);
      }
      backend.write(`${lines.join("\r\n")}\r\n\r\n`);
      if (head.length > 0) backend.write(head);
      record(req, decided, 101, true);
      backend.pipe(client);
      client.pipe(backend);
    });
    tunnels.add(client).add(backend);
    const teardown = () => {
      backend.destroy();
      client.destroy();
    };
    backend.on("error", teardown);
    client.on("error", teardown);
    backend.on("close", () => {
      tunnels.delete(backend);
      client.end();
    });
    client.on("close", () => {
      tunnels.delete(client);
      backend.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const apiUrl = `http://127.0.0.1:${port}/api`;

  return {
    apiUrl,
    workspaceApiUrl: `${apiUrl}/accounts/${options.accountId}/workspaces/${options.workspaceId}`,
    requests,
    count: (upstreamPath, status) =>
      requests.filter(
        (r) =>
          r.upstreamPath !== undefined &&
          upstreamPath.test(r.upstreamPath) &&
          (status === undefined || r.status === status),
      ).length,
    refused: (status) => requests.filter((r) => r.upstreamPath === undefined && r.status === status),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of tunnels) socket.destroy();
      }),
  };
}

function splitQuery(url: string): [string, string] {
  const at = url.indexOf("?");
  return at === -1 ? [url, ""] : [url.slice(0, at), url.slice(at)];
}
