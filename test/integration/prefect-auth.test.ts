// Basic auth and CSRF against a second real Prefect server started with both enabled: the stack's
// server has neither, so only this one proves the client's auth header and CSRF token flow work.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  EventsClient,
  PrefectApiError,
  PrefectClient,
  workerResource,
  workerStartedEvent,
  type RequestObservation,
} from "../../src/prefect/index.ts";
import { readStackEnv } from "../harness/stack/state.ts";

const AUTH_STRING = "admin:s3cret";
const SECRET_FORMS = ["s3cret", Buffer.from(AUTH_STRING).toString("base64"), "wr0ng", "YWRtaW46d3Iwbmc="];

let home: string;
let server: ChildProcess | undefined;
let apiUrl: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitForHealth(url: string, logFile: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `auth-enabled Prefect server did not become healthy:\n${readFileSync(logFile, "utf8").slice(-3000)}`,
  );
}

before(async () => {
  home = mkdtempSync(join(tmpdir(), "prefect-auth-"));
  const port = await freePort();
  apiUrl = `http://127.0.0.1:${port}/api`;
  const logFile = join(home, "server.log");
  const log = openSync(logFile, "a");
  server = spawn(
    join(readStackEnv().prefectVenv, "bin", "prefect"),
    ["server", "start", "--host", "127.0.0.1", "--port", String(port)],
    {
      // Its own process group, so the uvicorn child goes down with it.
      detached: true,
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        PREFECT_HOME: home,
        PREFECT_API_DATABASE_CONNECTION_URL: `sqlite+aiosqlite:///${join(home, "prefect.db")}`,
        PREFECT_SERVER_API_AUTH_STRING: AUTH_STRING,
        PREFECT_SERVER_CSRF_PROTECTION_ENABLED: "true",
        PREFECT_SERVER_ANALYTICS_ENABLED: "false",
        PREFECT_UI_ENABLED: "false",
        DO_NOT_TRACK: "1",
        PREFECT_API_URL: "",
        PREFECT_API_KEY: "",
        PREFECT_API_AUTH_STRING: "",
      },
    },
  );
  await waitForHealth(apiUrl, logFile);
});

after(async () => {
  if (server?.pid !== undefined && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    process.kill(-server.pid, "SIGTERM");
    const timer = setTimeout(() => process.kill(-server!.pid!, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
  if (home) rmSync(home, { recursive: true, force: true });
});

function assertNoSecrets(err: unknown): void {
  const text = `${String(err)} ${JSON.stringify(err)} ${(err as Error).stack ?? ""}`;
  for (const secret of SECRET_FORMS) assert.ok(!text.includes(secret), `error text leaks ${secret}: ${text}`);
}

describe("a server with an auth string and CSRF protection", () => {
  test("without credentials: 401 surfaced at once, not retried", async () => {
    const attempts: RequestObservation[] = [];
    const sleeps: number[] = [];
    const client = new PrefectClient({
      apiUrl,
      onRequest: (o) => attempts.push(o),
      sleep: async (ms) => void sleeps.push(ms),
    });
    await assert.rejects(client.readWorkPool("any"), (err: unknown) => {
      assert.ok(err instanceof PrefectApiError);
      assert.equal(err.status, 401);
      return true;
    });
    assert.deepEqual(
      attempts.map((a) => [a.route, a.status]),
      [["/work_pools/{name}", 401]],
    );
    assert.deepEqual(sleeps, []);
  });

  test("a wrong auth string is refused and never shows up in the error", async () => {
    const client = new PrefectClient({ apiUrl, authString: "admin:wr0ng", sleep: async () => {} });
    const err = await client.readWorkPool("any").then(
      () => assert.fail("expected 401"),
      (e: unknown) => e,
    );
    assert.ok(err instanceof PrefectApiError && err.status === 401, String(err));
    assertNoSecrets(err);
  });

  test("with the auth string: reads work and a POST carries the CSRF token", async () => {
    const attempts: RequestObservation[] = [];
    const client = new PrefectClient({ apiUrl, authString: AUTH_STRING, onRequest: (o) => attempts.push(o) });
    const pool = await client.createWorkPool({ name: "auth-pool", type: "kubernetes" });
    assert.equal(pool.name, "auth-pool");
    assert.equal((await client.readWorkPool("auth-pool")).id, pool.id);
    await client.sendWorkerHeartbeat("auth-pool", { name: "auth-worker", heartbeat_interval_seconds: 30 });
    assert.deepEqual(
      attempts.map((a) => [a.method, a.route, a.status]),
      [
        ["GET", "/csrf-token", 200],
        ["POST", "/work_pools/", 201],
        ["GET", "/work_pools/{name}", 200],
        ["POST", "/work_pools/{name}/workers/heartbeat", 204],
      ],
      "one token serves every mutating request",
    );
    const err = await client.readWorkPool("no-such-pool").catch((e: unknown) => e);
    assert.ok(err instanceof PrefectApiError && err.status === 404);
    assertNoSecrets(err);
  });

  test("with CSRF support off the same POST is refused, so the token path above is real", async () => {
    const client = new PrefectClient({
      apiUrl,
      authString: AUTH_STRING,
      csrfEnabled: false,
      sleep: async () => {},
    });
    const err = await client
      .createWorkPool({ name: "no-csrf-pool", type: "kubernetes" })
      .catch((e: unknown) => e);
    assert.ok(err instanceof PrefectApiError, String(err));
    assert.equal(err.status, 403);
    assert.match(err.message, /CSRF/);
    assertNoSecrets(err);
  });

  test("events authenticate with the auth string over the websocket", async () => {
    const warnings: string[] = [];
    const events = new EventsClient({
      apiUrl,
      authString: AUTH_STRING,
      isCloud: false,
      logger: { debug: () => {}, warn: (m) => warnings.push(m) },
    });
    const started = workerStartedEvent({ workerName: "auth events worker" });
    events.emit(started);
    await events.close({ timeoutMs: 10_000 });
    assert.deepEqual(warnings, []);
    const client = new PrefectClient({ apiUrl, authString: AUTH_STRING });
    const resourceId = workerResource("auth events worker")["prefect.resource.id"];
    const deadline = Date.now() + 30_000;
    for (;;) {
      const page = await client.filterEvents({ filter: { resource: { id: [resourceId] } } as never });
      if (page.events.some((e) => e.id === started.id)) break;
      assert.ok(Date.now() < deadline, "the event was not stored in time");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });

  test("events with a wrong auth string fail the handshake with a warning, not an exception", async () => {
    const warnings: string[] = [];
    const events = new EventsClient({
      apiUrl,
      authString: "admin:wr0ng",
      isCloud: false,
      logger: { debug: () => {}, warn: (m) => warnings.push(m) },
      sleep: () => new Promise(() => {}),
    });
    events.emit(workerStartedEvent({ workerName: "rejected worker" }));
    const deadline = Date.now() + 30_000;
    while (warnings.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await events.close({ timeoutMs: 100 });
    assert.match(warnings[0] ?? "", /Unable to connect to ws:\/\/.*\/events\/in/);
    for (const w of warnings) for (const secret of SECRET_FORMS) assert.ok(!w.includes(secret), w);
  });
});
