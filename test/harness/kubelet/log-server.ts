// The kubelet's HTTPS endpoint, reduced to what the API server proxies for `pods/log`:
//   GET /containerLogs/{namespace}/{pod}/{container}?follow=&previous=&timestamps=&tailLines=&...
// plus /healthz. The API server does not verify this server's certificate unless told to.
import { open, type FileHandle } from "node:fs/promises";
import { createServer, type Server } from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { LogRenderer, parseLogQuery, parseRecords, splitLines, type LogOptions } from "./cri-log.ts";
import type { Logger } from "./log.ts";
import type { LogLookup } from "./container-runner.ts";

export interface LogSource {
  logLookup(namespace: string, pod: string, container: string, previous: boolean): LogLookup;
}

export interface LogServerOptions {
  address: string;
  port: number;
  certFile: string;
  keyFile: string;
}

const followPollMs = 100;

function plain(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  res.end(message.endsWith("\n") ? message : message + "\n");
}

/** What was appended since `offset`; reads through the open handle, so it works after the pod dir is gone. */
async function readFrom(handle: FileHandle, offset: number): Promise<Buffer> {
  const { size } = await handle.stat();
  if (size <= offset) return Buffer.alloc(0);
  const buf = Buffer.alloc(size - offset);
  const { bytesRead } = await handle.read(buf, 0, buf.length, offset);
  return buf.subarray(0, bytesRead);
}

/** Writes, honouring backpressure so a slow reader does not make us buffer a whole log in memory. */
async function send(res: ServerResponse, data: Buffer): Promise<void> {
  if (data.length === 0 || res.destroyed) return;
  if (!res.write(data)) {
    await new Promise<void>((resolve) => {
      res.once("drain", resolve);
      res.once("close", resolve);
    });
  }
}

async function streamLog(
  res: ServerResponse,
  target: Extract<LogLookup, { kind: "file" }>,
  options: LogOptions,
): Promise<void> {
  const renderer = new LogRenderer(options);
  let closed = false;
  res.once("close", () => {
    closed = true;
  });
  res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
  // Opened once and kept open: the kubelet removes a deleted pod's directory right after its last
  // container exits, and a follower must still get that container's last lines.
  const handle = await open(target.path, "r").catch(() => undefined);
  if (!handle) {
    res.end();
    return;
  }
  try {
    const initial = await readFrom(handle, 0);
    let offset = initial.length;
    const first = splitLines(initial);
    let carry = Buffer.from(first.rest);
    await send(res, renderer.renderInitial(parseRecords(first.lines)));
    while (options.follow && !closed && !renderer.exhausted) {
      // Read after checking `finished`, so the last output of a finished instance is never missed.
      const finished = target.finished();
      const chunk = await readFrom(handle, offset);
      offset += chunk.length;
      if (chunk.length > 0) {
        const { lines, rest } = splitLines(carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk);
        carry = Buffer.from(rest);
        await send(res, renderer.render(parseRecords(lines)));
      } else if (finished) {
        break;
      } else {
        await sleep(followPollMs);
      }
    }
  } finally {
    await handle.close();
  }
  res.end();
}

export function startLogServer(options: LogServerOptions, source: LogSource, log: Logger): Promise<Server> {
  const server = createServer({ cert: readFileSync(options.certFile), key: readFileSync(options.keyFile) });
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((err: unknown) => {
      log.error("log request failed", {
        url: req.url,
        error: err instanceof Error ? err.message : String(err),
      });
      if (!res.headersSent) plain(res, 500, "internal error");
      else res.destroy();
    });
  });
  server.on("tlsClientError", () => undefined);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "https://kubelet");
    if (url.pathname === "/healthz") return plain(res, 200, "ok");
    const m = /^\/containerLogs\/([^/]+)\/([^/]+)\/([^/]+)\/?$/.exec(url.pathname);
    if (!m) return plain(res, 404, `404 page not found: ${url.pathname}`);
    if (req.method !== "GET" && req.method !== "HEAD") return plain(res, 405, "method not allowed");
    const [namespace, pod, container] = m.slice(1).map(decodeURIComponent) as [string, string, string];
    let options: LogOptions;
    try {
      options = parseLogQuery(url.searchParams);
    } catch (err) {
      return plain(res, 400, (err as Error).message);
    }
    const target = source.logLookup(namespace, pod, container, options.previous);
    if (target.kind === "error") return plain(res, target.status, target.message);
    await streamLog(res, target, options);
  }

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.address, () => {
      server.off("error", reject);
      server.on("error", (err) => log.error("log server error", { error: err.message }));
      resolve(server);
    });
  });
}
