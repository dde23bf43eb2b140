import assert from "node:assert/strict";
import { request } from "node:http";
import { test } from "node:test";
import { createLogger } from "../../src/observability/logger.ts";
import { WorkerMetrics } from "../../src/observability/metrics.ts";
import { version } from "../../src/version.ts";
import { HealthServer, type ReadinessCheck } from "../../src/worker/health-server.ts";

interface Reply {
  status: number;
  type: string | undefined;
  body: string;
}

function call(port: number, path: string, method = "GET", fresh = false): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path, method, ...(fresh ? { agent: false } : {}) },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"], body }),
        );
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/** A server on an ephemeral loopback port with a hand-driven clock and captured log lines. */
async function serve(options: { querySeconds?: number; readiness?: () => ReadinessCheck[] } = {}) {
  const clock = { now: 1_700_000_000_000, lastPolled: 1_700_000_000_000 };
  const logs: { level: string; msg: string }[] = [];
  const logger = createLogger({
    level: "INFO",
    destination: {
      write: (line: string) => void logs.push(JSON.parse(line) as { level: string; msg: string }),
    },
  });
  const metrics = new WorkerMetrics({ defaultMetrics: false });
  const server = new HealthServer({
    host: "127.0.0.1",
    port: 0,
    querySeconds: options.querySeconds ?? 10,
    lastPolled: () => clock.lastPolled,
    readiness: options.readiness ?? (() => [{ name: "synced", ok: true }]),
    metrics,
    logger,
    now: () => clock.now,
  });
  const { port } = await server.listen();
  return { server, port, clock, logs, metrics };
}

test("/health is OK within 30 × the query interval and 503 after, with the reference's log line", async (t) => {
  const { server, port, clock, logs } = await serve({ querySeconds: 10 });
  t.after(() => server.close());

  let reply = await call(port, "/health");
  assert.equal(reply.status, 200);
  assert.equal(reply.type, "application/json");
  assert.deepEqual(JSON.parse(reply.body), { message: "OK" });

  // Exactly at the threshold is still healthy, as the reference's `<=`.
  clock.now = clock.lastPolled + 300_000;
  assert.equal((await call(port, "/health")).status, 200);
  assert.equal(logs.length, 0);

  clock.now = clock.lastPolled + 300_500;
  reply = await call(port, "/health");
  assert.equal(reply.status, 503);
  assert.deepEqual(JSON.parse(reply.body), { message: "Worker may be unresponsive at this time" });
  assert.deepEqual(
    logs.map((l) => [l.level, l.msg]),
    [["error", "Worker has not polled in the last 300.5 seconds and should be restarted"]],
  );

  // A whole number of seconds is printed as Python prints a float.
  clock.now = clock.lastPolled + 301_000;
  await call(port, "/health");
  assert.equal(logs.at(-1)?.msg, "Worker has not polled in the last 301.0 seconds and should be restarted");

  // A new poll makes the worker healthy again.
  clock.lastPolled = clock.now;
  assert.equal((await call(port, "/health")).status, 200);
});

test("the /health threshold follows the query interval", async (t) => {
  const { server, port, clock } = await serve({ querySeconds: 2 });
  t.after(() => server.close());
  clock.now = clock.lastPolled + 60_001;
  assert.equal((await call(port, "/health")).status, 503);
});

test("/livez and /healthz answer 200 even when /health fails", async (t) => {
  const { server, port, clock } = await serve();
  t.after(() => server.close());
  clock.now = clock.lastPolled + 3_600_000;
  for (const path of ["/livez", "/healthz"]) {
    const reply = await call(port, path);
    assert.equal(reply.status, 200, path);
    assert.equal(reply.body, "ok\n");
  }
});

test("/readyz is 200 when every check passes and 503 listing the checks when one fails", async (t) => {
  let checks: ReadinessCheck[] = [
    { name: "synced", ok: true },
    { name: "polling", ok: true },
  ];
  const { server, port } = await serve({ readiness: () => checks });
  t.after(() => server.close());

  let reply = await call(port, "/readyz");
  assert.equal(reply.status, 200);
  assert.equal(reply.body, "ok\n");

  reply = await call(port, "/readyz?verbose");
  assert.equal(reply.status, 200);
  assert.equal(reply.body, "[+]synced ok\n[+]polling ok\nreadyz check passed\n");

  checks = [
    { name: "synced", ok: false, detail: "work pool not read yet" },
    { name: "polling", ok: true },
  ];
  reply = await call(port, "/readyz");
  assert.equal(reply.status, 503);
  assert.equal(reply.body, "[-]synced failed: work pool not read yet\n[+]polling ok\nreadyz check failed\n");
});

test("/metrics serves the worker's registry", async (t) => {
  const { server, port, metrics } = await serve();
  t.after(() => server.close());
  metrics.polls.inc({ result: "success" });
  metrics.polls.inc({ result: "success" });
  const reply = await call(port, "/metrics");
  assert.equal(reply.status, 200);
  assert.match(reply.type ?? "", /^text\/plain/);
  assert.ok(
    reply.body.includes(`prefect_worker_build_info{version="${version}",worker_type="kubernetes"} 1`),
    reply.body,
  );
  assert.match(reply.body, /^prefect_worker_polls_total\{result="success"\} 2$/m);
});

test("an unknown path is 404 and a POST is 405", async (t) => {
  const { server, port } = await serve();
  t.after(() => server.close());
  const missing = await call(port, "/nope");
  assert.equal(missing.status, 404);
  assert.deepEqual(JSON.parse(missing.body), { detail: "Not Found" });
  for (const path of ["/health", "/metrics", "/nope"]) {
    const post = await call(port, path, "POST");
    assert.equal(post.status, 405, path);
    assert.deepEqual(JSON.parse(post.body), { message: "Method Not Allowed" });
  }
  assert.equal((await call(port, "/health", "HEAD")).status, 200);
});

test("a failing check is a 500 and an error log, and the server keeps answering", async (t) => {
  const { server, port, logs } = await serve({
    readiness: () => {
      throw new Error("boom");
    },
  });
  t.after(() => server.close());
  const reply = await call(port, "/readyz");
  assert.equal(reply.status, 500);
  assert.equal(logs.at(-1)?.level, "error");
  assert.equal((await call(port, "/livez")).status, 200);
});

test("close() frees the port even with a keep-alive connection open", async () => {
  const { server, port } = await serve();
  // Node's global agent keeps this connection alive; a server.close() alone would wait for it.
  await call(port, "/livez");
  await server.close();
  await assert.rejects(call(port, "/livez", "GET", true), /ECONNREFUSED/);
});
