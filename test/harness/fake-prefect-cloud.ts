// A FAKE Prefect Cloud: Cloud's URL layout cannot exist on a loopback-only machine, so this proxy stands in
// for it. It serves `/api/accounts/<account>/workspaces/<workspace>/<rest>` by forwarding to the local
// Prefect server's `/api/<rest>` (HTTP and WebSocket upgrades alike), answers 401 to a request without
// `Authorization: Bearer <key>` (any case of "bearer", as Prefect's Cloud events client sends it) — except
// that a "prefect"-subprotocol WebSocket may instead authenticate with its first message, as Prefect's
// event subscriber does — and 404 to any other account, workspace or path. Every request is recorded, so
// tests can assert what went through it.
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

  /** Where a request goes; `keyOptional` leaves a missing key to the caller (in-band WebSocket auth). */
  function route(req: IncomingMessage, { keyOptional = false } = {}): Route {
    const [pathname, query] = splitQuery(req.url ?? "/");
    const match = workspacePath.exec(pathname);
    if (!match || match[1] !== options.accountId || match[2] !== options.workspaceId) {
      return { kind: "refuse", status: 404, detail: "Not Found" };
    }
    const key = presentedKey(req);
    if (!(key === options.apiKey || (keyOptional && key === undefined))) {
      return { kind: "refuse", status: 401, detail: "Invalid authentication credentials" };
    }
    return { kind: "forward", upstreamPath: `${upstreamBase}${match[3] ?? "/"}${query}` };
  }

  function recordOf(
    req: IncomingMessage,
    decided: Route,
    status: number,
    websocket: boolean,
  ): RecordedRequest {
    return {
      method: req.method ?? "GET",
      path: splitQuery(req.url ?? "/")[0],
      upstreamPath: decided.kind === "forward" ? splitQuery(decided.upstreamPath)[0] : undefined,
      status,
      websocket,
      presentedKey: presentedKey(req),
    };
  }

  function record(req: IncomingMessage, decided: Route, status: number, websocket: boolean): void {
    requests.push(recordOf(req, decided, status, websocket));
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

  // WebSockets: the handshake and frames pass through once the path is rewritten. Cloud authenticates an
  // upgrade by its Bearer header (the events client's style) or, for a "prefect"-subprotocol client that
  // sends no header (Prefect's event subscriber on /events/out), by the token of its first message,
  // `{"type": "auth", "token": <key>}`, which this fake checks before letting anything else through. The
  // stack's server, with no auth string, accepts both styles.
  server.on("upgrade", (req: IncomingMessage, client: Socket, head: Buffer) => {
    const decided = route(req, { keyOptional: true });
    if (decided.kind === "refuse") {
      record(req, decided, decided.status, true);
      const reason = decided.status === 401 ? "Unauthorized" : "Not Found";
      client.end(`HTTP/1.1 ${decided.status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    const inBand = presentedKey(req) === undefined;
    if (inBand && !subprotocols(req).includes("prefect")) {
      const refusal: Route = { kind: "refuse", status: 401, detail: "Unauthorized" };
      record(req, refusal, 401, true);
      client.end("HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    const backend = connect(Number(upstream.port), upstream.hostname, () => {
      const lines = [`${req.method ?? "GET"} ${decided.upstreamPath} HTTP/1.1`];
      for (const [name, value] of Object.entries(forwardedHeaders(req))) {
        // No compression where the fake reads the client's first message.
        if (inBand && name === "sec-websocket-extensions") continue;
        for (const one of Array.isArray(value) ? value : [value]) lines.push(`${name}: ${one}`);
      }
      backend.write(`${lines.join("\r\n")}\r\n\r\n`);
      backend.pipe(client);
      if (!inBand) {
        record(req, decided, 101, true);
        if (head.length > 0) backend.write(head);
        client.pipe(backend);
        return;
      }
      gateOnAuthMessage(
        client,
        head,
        (bytes) => backend.write(bytes),
        (token, passed) => {
          if (token === options.apiKey) {
            requests.push({ ...recordOf(req, decided, 101, true), presentedKey: token });
            backend.write(passed);
            client.pipe(backend);
          } else {
            const refusal: Route = { kind: "refuse", status: 401, detail: "Unauthorized" };
            requests.push({ ...recordOf(req, refusal, 401, true), presentedKey: token });
            backend.unpipe(client);
            backend.destroy();
            client.end(closeFrame(1008, "Invalid API key"));
          }
        },
      );
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

function subprotocols(req: IncomingMessage): string[] {
  return (req.headers["sec-websocket-protocol"] ?? "").split(",").map((p) => p.trim());
}

interface Frame {
  opcode: number;
  /** Unmasked. */
  payload: Buffer;
  /** Bytes the frame takes on the wire. */
  size: number;
}

/** The first whole WebSocket frame in `buffer`, or undefined when more bytes are needed. */
function parseFrame(buffer: Buffer): Frame | undefined {
  if (buffer.length < 2) return undefined;
  const opcode = buffer[0]! & 0x0f;
  const masked = (buffer[1]! & 0x80) !== 0;
  let length = buffer[1]! & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buffer.length < 4) return undefined;
    length = buffer.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (buffer.length < 10) return undefined;
    length = Number(buffer.readBigUInt64BE(2));
    offset = 10;
  }
  const start = offset + (masked ? 4 : 0);
  if (buffer.length < start + length) return undefined;
  const payload = Buffer.from(buffer.subarray(start, start + length));
  if (masked) for (let i = 0; i < payload.length; i++) payload[i]! ^= buffer[offset + (i % 4)]!;
  return { opcode, payload, size: start + length };
}

/** A server's close frame (unmasked) with a status code and reason. */
function closeFrame(code: number, reason: string): Buffer {
  const body = Buffer.concat([Buffer.from([code >> 8, code & 0xff]), Buffer.from(reason)]);
  return Buffer.concat([Buffer.from([0x88, body.length]), body]);
}

/**
 * Reads the client's frames until its first data frame — control frames before it (the subscriber's
 * opening ping) go to `forward` at once, or the ping would never be answered — takes the token of that
 * `{"type": "auth"}` message and hands it over with the bytes from that frame on; the caller forwards them
 * or refuses.
 */
function gateOnAuthMessage(
  client: Socket,
  head: Buffer,
  forward: (bytes: Buffer) => void,
  decide: (token: string | undefined, held: Buffer) => void,
): void {
  let held = Buffer.from(head);
  const inspect = (): boolean => {
    for (;;) {
      const frame = parseFrame(held);
      if (!frame) return false;
      if (frame.opcode >= 0x8) {
        forward(held.subarray(0, frame.size));
        held = held.subarray(frame.size);
        continue;
      }
      let token: string | undefined;
      try {
        const message = JSON.parse(frame.payload.toString("utf8")) as { type?: string; token?: unknown };
        if (message.type === "auth" && typeof message.token === "string") token = message.token;
      } catch {
        // not the auth message: refused by the caller
      }
      client.off("data", onData);
      client.pause();
      decide(token, held);
      return true;
    }
  };
  const onData = (chunk: Buffer) => {
    held = Buffer.concat([held, chunk]);
    inspect();
  };
  if (!inspect()) client.on("data", onData);
}

function splitQuery(url: string): [string, string] {
  const at = url.indexOf("?");
  return at === -1 ? [url, ""] : [url.slice(0, at), url.slice(at)];
}
