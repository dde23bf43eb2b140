import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:https";
import { get } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { formatRecord, formatTimestamp } from "../harness/kubelet/cri-log.ts";
import { createLogger } from "../harness/kubelet/log.ts";
import { startLogServer, type LogSource } from "../harness/kubelet/log-server.ts";
import type { LogLookup } from "../harness/kubelet/container-runner.ts";

const dir = mkdtempSync(join(tmpdir(), "kubelet-log-server-"));
const logFile = join(dir, "0.log");
let finished = true;
let server: Server;
let port = 0;

const source: LogSource = {
  logLookup(namespace, pod, container, previous): LogLookup {
    if (namespace !== "ns" || pod !== "p")
      return { kind: "error", status: 404, message: `pod "${namespace}/${pod}" not found` };
    if (container === "waiting")
      return { kind: "error", status: 400, message: "is waiting to start: ContainerCreating" };
    if (container !== "c" || previous) return { kind: "error", status: 404, message: "no such container" };
    return { kind: "file", path: logFile, finished: () => finished };
  },
};

const line = (offsetS: number, text: string, stream: "stdout" | "stderr" = "stdout"): Buffer =>
  formatRecord(
    formatTimestamp(1_700_000_000_000_000_000n + BigInt(offsetS) * 1_000_000_000n),
    stream,
    false,
    Buffer.from(text),
  );

function fetchText(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get({ host: "127.0.0.1", port, path, rejectUnauthorized: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    }).on("error", reject);
  });
}

before(async () => {
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=test",
      "-keyout",
      join(dir, "key.pem"),
      "-out",
      join(dir, "cert.pem"),
    ],
    { stdio: "ignore" },
  );
  writeFileSync(logFile, Buffer.concat([line(0, "one"), line(1, "two", "stderr"), line(2, "three")]));
  server = await startLogServer(
    { address: "127.0.0.1", port: 0, certFile: join(dir, "cert.pem"), keyFile: join(dir, "key.pem") },
    source,
    createLogger({}, () => undefined),
  );
  const address = server.address();
  port = typeof address === "object" && address ? address.port : 0;
});

after(() => {
  server?.closeAllConnections();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("kubelet log endpoint", () => {
  it("serves a container's log with the kubelet's options", async () => {
    assert.deepEqual(await fetchText("/containerLogs/ns/p/c"), { status: 200, body: "one\ntwo\nthree\n" });
    assert.equal((await fetchText("/containerLogs/ns/p/c?tailLines=1")).body, "three\n");
    assert.equal((await fetchText("/containerLogs/ns/p/c?limitBytes=5")).body, "one\nt");
    const stamped = (await fetchText("/containerLogs/ns/p/c?timestamps=true&tailLines=1")).body;
    assert.equal(stamped, "2023-11-14T22:13:22.000000000Z three\n");
  });

  it("answers unknown pods with 404 and waiting containers with 400, as plain text", async () => {
    const missing = await fetchText("/containerLogs/ns/other/c");
    assert.equal(missing.status, 404);
    assert.match(missing.body, /pod "ns\/other" not found/);
    assert.equal((await fetchText("/containerLogs/ns/p/waiting")).status, 400);
    assert.equal((await fetchText("/containerLogs/ns/p/c?tailLines=-3")).status, 400);
    assert.equal((await fetchText("/nothing-here")).status, 404);
  });

  it("follows a log until the container instance has finished, even once its file is removed", async () => {
    finished = false;
    const started = Date.now();
    const response = fetchText("/containerLogs/ns/p/c?follow=true&tailLines=1");
    await new Promise((r) => setTimeout(r, 300));
    appendFileSync(logFile, line(3, "four"));
    await new Promise((r) => setTimeout(r, 300));
    appendFileSync(logFile, line(4, "five"));
    // The pod directory goes away right after the container exits; the follower still gets the end.
    rmSync(logFile);
    finished = true;
    const { status, body } = await response;
    assert.equal(status, 200);
    assert.equal(body, "three\nfour\nfive\n");
    assert.ok(Date.now() - started >= 600, "the response waited for the container");
  });
});
