// Basic auth and CSRF against a second real Prefect server started with both enabled: the stack's
// server has neither, so only this one proves the client's auth header and CSRF token flow work.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  EventsClient,
  PrefectApiError,
  PrefectClient,
  workerResource,
  workerStartedEvent,
  type RequestObservation,
} from "../../src/prefect/index.ts";
import { startAuthPrefectServer, type AuthPrefectServer } from "../harness/prefect-auth-server.ts";

const AUTH_STRING = "admin:s3cret";
const SECRET_FORMS = ["s3cret", Buffer.from(AUTH_STRING).toString("base64"), "wr0ng", "YWRtaW46d3Iwbmc="];

let server: AuthPrefectServer | undefined;
let apiUrl: string;

before(async () => {
  server = await startAuthPrefectServer({ authString: AUTH_STRING, csrf: true });
  apiUrl = server.apiUrl;
});

after(async () => {
  await server?.stop();
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
    // This server runs on SQLite, which answers a write 503 ("database is locked") now and then; the
    // client retries it with the same token, so a 503 followed by its retry counts as one request.
    const answered = attempts.filter(
      (a, i) =>
        !(a.status === 503 && attempts[i + 1]?.method === a.method && attempts[i + 1]?.route === a.route),
    );
    assert.deepEqual(
      answered.map((a) => [a.method, a.route, a.status]),
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
