// Retry, timeout, header and Prefect Cloud behaviour of the client, against a scripted loopback server
// (fake-prefect-http): a real Prefect server cannot be made to answer 503 twice, or to act as Cloud.
import assert from "node:assert/strict";
import { afterEach, describe, test } from "node:test";
import {
  PrefectApiError,
  PrefectClient,
  PrefectTransportError,
  isTransientPrefectError,
  type PrefectClientOptions,
} from "../../src/prefect/index.ts";
import { FakePrefectHttp, type FakeScript } from "../harness/fake-prefect-http.ts";

const WORKER_ID = "9d1b6f3e-2a4c-4f6b-8e1d-3c5a7b9d0e12";
let fake: FakePrefectHttp | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** A client on a fake self-hosted server with CSRF off (the fake has no token endpoint) and no jitter. */
async function setup(
  script: FakeScript,
  options: Partial<PrefectClientOptions> = {},
): Promise<{ client: PrefectClient; sleeps: number[]; server: FakePrefectHttp }> {
  const server = await FakePrefectHttp.start(script);
  fake = server;
  const sleeps: number[] = [];
  const client = new PrefectClient({
    apiUrl: `${server.origin}/api`,
    csrfEnabled: false,
    retryJitterFactor: 0,
    sleep: async (ms) => void sleeps.push(ms),
    ...options,
  });
  return { client, sleeps, server };
}

const pool = { id: "0f5e8b2a-6c1d-4e3f-9a7b-1c2d3e4f5a6b", name: "p", type: "kubernetes" };

describe("retries", () => {
  test("503 twice then 200: three attempts with 2 s and 4 s backoff", async () => {
    const { client, sleeps, server } = await setup((_r, i) =>
      i < 2 ? { status: 503 } : { status: 200, body: pool },
    );
    assert.equal((await client.readWorkPool("p")).name, "p");
    assert.equal(server.requests.length, 3);
    assert.deepEqual(sleeps, [2000, 4000]);
  });

  test("429 with Retry-After: 7 waits 7 s", async () => {
    const { client, sleeps } = await setup((_r, i) =>
      i === 0 ? { status: 429, headers: { "Retry-After": "7" } } : { status: 200, body: pool },
    );
    await client.readWorkPool("p");
    assert.deepEqual(sleeps, [7000]);
  });

  test("Retry-After with jitter never waits less than asked, at most 20 % more", async () => {
    for (const random of [0, 0.5, 0.999999]) {
      const { client, sleeps } = await setup(
        (_r, i) =>
          i === 0 ? { status: 503, headers: { "Retry-After": "10" } } : { status: 200, body: pool },
        { retryJitterFactor: 0.2, random: () => random },
      );
      await client.readWorkPool("p");
      assert.equal(sleeps.length, 1);
      assert.ok(sleeps[0]! >= 9999.999 && sleeps[0]! <= 12000.001, `random ${random} → ${sleeps[0]}`);
      await fake!.close();
      fake = undefined;
    }
  });

  test("exhausted retries surface the last status as PrefectApiError", async () => {
    const { client, sleeps, server } = await setup(() => ({ status: 503, body: { detail: "down" } }), {
      maxRetries: 2,
    });
    await assert.rejects(client.readWorkPool("p"), (err: unknown) => {
      assert.ok(err instanceof PrefectApiError);
      assert.equal(err.status, 503);
      assert.equal(err.message, "GET /work_pools/{name} → 503 Service Unavailable: down");
      assert.ok(isTransientPrefectError(err));
      return true;
    });
    assert.equal(server.requests.length, 3);
    assert.deepEqual(sleeps, [2000, 4000]);
  });

  test("401 is not retried and is not transient", async () => {
    const { client, sleeps, server } = await setup(() => ({ status: 401, body: { detail: "nope" } }));
    const err = await client.readWorkPool("p").catch((e: unknown) => e);
    assert.ok(err instanceof PrefectApiError && err.status === 401);
    assert.ok(!isTransientPrefectError(err));
    assert.equal(server.requests.length, 1);
    assert.deepEqual(sleeps, []);
  });

  test("extraRetryCodes add statuses to retry; without them a 500 fails at once", async () => {
    const script: FakeScript = (_r, i) => (i === 0 ? { status: 500 } : { status: 200, body: pool });
    const plain = await setup(script);
    const err = await plain.client.readWorkPool("p").catch((e: unknown) => e);
    assert.ok(err instanceof PrefectApiError && err.status === 500 && isTransientPrefectError(err));
    await fake!.close();
    const extra = await setup(script, { extraRetryCodes: [500] });
    await extra.client.readWorkPool("p");
    assert.equal(extra.server.requests.length, 2);
    assert.deepEqual(extra.sleeps, [2000]);
  });

  test("a server that never answers times out, is retried, then fails as a transient transport error", async () => {
    const { client, sleeps, server } = await setup(() => "hang", {
      requestTimeoutSeconds: 0.2,
      maxRetries: 1,
    });
    await assert.rejects(client.readWorkPool("p"), (err: unknown) => {
      assert.ok(err instanceof PrefectTransportError);
      assert.ok(err.timedOut);
      assert.ok(isTransientPrefectError(err));
      assert.equal(err.message, "GET /work_pools/{name} failed: no response within 0.2 s");
      return true;
    });
    assert.equal(server.requests.length, 2);
    assert.deepEqual(sleeps, [2000]);
  });

  test("a refused connection fails at once before any success, and is retried after one", async () => {
    const { client, sleeps, server } = await setup(() => ({ status: 200, body: pool }), { maxRetries: 2 });
    await server.close();
    fake = undefined;
    const first = await client.readWorkPool("p").catch((e: unknown) => e);
    assert.ok(first instanceof PrefectTransportError && !first.timedOut, String(first));
    assert.match(first.message, /^GET \/work_pools\/\{name\} failed: .*ECONNREFUSED/);
    assert.deepEqual(sleeps, [], "no retry before the server was ever reached");

    const reachable = await setup(() => ({ status: 200, body: pool }), { maxRetries: 2 });
    await reachable.client.readWorkPool("p");
    await reachable.server.close();
    fake = undefined;
    const later = await reachable.client.readWorkPool("p").catch((e: unknown) => e);
    assert.ok(later instanceof PrefectTransportError);
    assert.deepEqual(reachable.sleeps, [2000, 4000], "retried once the server had been reached");
  });
});

describe("headers", () => {
  test("custom headers are sent but cannot replace User-Agent or CSRF headers; attribution follows", async () => {
    const { client, server } = await setup(() => ({ status: 200, body: pool }), {
      apiKey: "pnu_key",
      customHeaders: { "X-Custom": "yes", "user-agent": "evil/1", "Prefect-Csrf-Token": "forged" },
    });
    client.setWorkerAttribution({ name: " my worker " });
    await client.readWorkPool("p");
    client.setWorkerAttribution({ id: WORKER_ID });
    await client.readWorkPool("p");
    const [first, second] = server.requests;
    assert.equal(first!.headers["x-custom"], "yes");
    assert.equal(first!.headers["user-agent"], "prefect/3.8.8 (API 0.8.4)");
    assert.equal(first!.headers["x-prefect-api-version"], "0.8.4");
    assert.equal(first!.headers["prefect-csrf-token"], undefined);
    assert.equal(first!.headers["authorization"], "Bearer pnu_key");
    assert.equal(first!.headers["x-prefect-worker-name"], "my worker");
    assert.equal(first!.headers["x-prefect-worker-id"], undefined);
    assert.equal(second!.headers["x-prefect-worker-id"], WORKER_ID);
  });

  test("an auth string wins over an API key", async () => {
    const { client, server } = await setup(() => ({ status: 200, body: pool }), {
      apiKey: "pnu_key",
      authString: "user:pass",
    });
    await client.readWorkPool("p");
    assert.equal(
      server.requests[0]!.headers["authorization"],
      `Basic ${Buffer.from("user:pass").toString("base64")}`,
    );
  });

  test("an expired CSRF token (403) is replaced and the request retried with the new one", async () => {
    let tokens = 0;
    let posts = 0;
    const { client, server } = await setup(
      (request) => {
        if (request.url.startsWith("/api/csrf-token?client=")) {
          tokens++;
          return {
            status: 200,
            body: { token: `t${tokens}`, client: "c", expiration: "2999-01-01T00:00:00Z" },
          };
        }
        posts++;
        return posts === 1
          ? { status: 403, body: { detail: "Invalid CSRF token or client identifier." } }
          : { status: 201, body: pool };
      },
      { csrfEnabled: true },
    );
    await client.createWorkPool({ name: "p", type: "kubernetes" });
    const sent = server.apiRequests.map((r) => r.headers["prefect-csrf-token"]);
    assert.deepEqual(sent, ["t1", "t2"]);
    const clients = new Set(server.requests.map((r) => r.headers["prefect-csrf-client"]).filter(Boolean));
    assert.equal(clients.size, 1, "one client id for the token and the requests");
  });

  test("a server answering 422 'CSRF protection is disabled.' is not asked again", async () => {
    const { client, server } = await setup(
      (request) =>
        request.url.startsWith("/api/csrf-token")
          ? { status: 422, body: { detail: "CSRF protection is disabled." } }
          : { status: 201, body: pool },
      { csrfEnabled: true },
    );
    await client.createWorkPool({ name: "p", type: "kubernetes" });
    await client.createWorkPool({ name: "p", type: "kubernetes" });
    assert.deepEqual(
      server.requests.map((r) => r.url),
      [
        "/api/csrf-token?client=" + server.requests[0]!.url.split("=")[1],
        "/api/work_pools/",
        "/api/work_pools/",
      ],
    );
  });
});

describe("Prefect Cloud", () => {
  async function cloud(script: FakeScript) {
    const server = await FakePrefectHttp.start(script);
    fake = server;
    const client = new PrefectClient({
      apiUrl: `${server.origin}/api/accounts/a1/workspaces/w1`,
      cloudApiUrl: `${server.origin}/api`,
      apiKey: "pnu_cloud",
      sleep: async () => {},
    });
    return { client, server };
  }

  test("is detected from the URL prefix; no CSRF token is fetched; the heartbeat returns the worker id", async () => {
    const { client, server } = await cloud(() => ({ status: 200, body: WORKER_ID }));
    assert.ok(client.isCloud);
    const id = await client.sendWorkerHeartbeat("p", {
      name: "w",
      heartbeat_interval_seconds: 30,
      return_id: true,
      metadata: { integrations: [{ name: "prefect-kubernetes", version: "0.7.12" }] },
    });
    assert.equal(id, WORKER_ID);
    assert.equal(server.requests.length, 1);
    const request = server.requests[0]!;
    assert.equal(request.url, "/api/accounts/a1/workspaces/w1/work_pools/p/workers/heartbeat");
    assert.equal(request.headers["authorization"], "Bearer pnu_cloud");
    assert.deepEqual(JSON.parse(request.body), {
      name: "w",
      heartbeat_interval_seconds: 30,
      return_id: true,
      metadata: { integrations: [{ name: "prefect-kubernetes", version: "0.7.12" }] },
    });
  });

  test("a 422 to return_id is retried once without it and yields no id", async () => {
    const { client, server } = await cloud((request) =>
      JSON.parse(request.body).return_id
        ? { status: 422, body: { detail: "extra fields" } }
        : { status: 204 },
    );
    const id = await client.sendWorkerHeartbeat("p", {
      name: "w",
      heartbeat_interval_seconds: 30,
      return_id: true,
    });
    assert.equal(id, undefined);
    assert.deepEqual(
      server.requests.map((r) => JSON.parse(r.body)),
      [
        { name: "w", heartbeat_interval_seconds: 30, return_id: true },
        { name: "w", heartbeat_interval_seconds: 30 },
      ],
    );
  });

  test("a self-hosted server's 200 to return_id is not taken as an id", async () => {
    const { client } = await setup(() => ({ status: 200, body: WORKER_ID }));
    assert.equal(await client.sendWorkerHeartbeat("p", { name: "w", return_id: true }), undefined);
  });
});
