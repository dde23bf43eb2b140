// EventsClient's connection protocol and queueing. The socket is a fake: this checks what the client
// sends and how it reacts to drops; the integration tests send real events to real servers.
import assert from "node:assert/strict";
import { afterEach, describe, test } from "node:test";
import { EventsClient, type EventsClientOptions, type PrefectEvent } from "../../src/prefect/index.ts";

class FakeWebSocket extends EventTarget {
  static instances: FakeWebSocket[] = [];
  readonly OPEN = 1;
  readyState = 0;
  readonly url: string;
  readonly init: { protocols?: string[]; headers?: Record<string, string> };
  readonly sent: unknown[] = [];

  constructor(url: string, init: { protocols?: string[]; headers?: Record<string, string> }) {
    super();
    this.url = url;
    this.init = init;
    FakeWebSocket.instances.push(this);
  }

  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }

  close(code = 1000): void {
    this.drop(code);
  }

  open(): void {
    this.readyState = 1;
    this.dispatchEvent(new Event("open"));
  }

  reply(message: unknown): void {
    this.dispatchEvent(Object.assign(new Event("message"), { data: JSON.stringify(message) }));
  }

  drop(code = 1006): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.dispatchEvent(Object.assign(new Event("close"), { code, reason: "" }));
  }
}

const clients: EventsClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close({ timeoutMs: 0 })));
});

const tick = () => new Promise((resolve) => setImmediate(resolve));

function event(n: number): PrefectEvent {
  return {
    id: `id-${n}`,
    occurred: "2026-01-01T00:00:00.000Z",
    event: `test.event.${n}`,
    resource: { "prefect.resource.id": "r" },
    related: [],
    payload: {},
    follows: null,
  };
}

function client(options: Partial<EventsClientOptions> = {}) {
  FakeWebSocket.instances = [];
  const warnings: string[] = [];
  const sleeps: number[] = [];
  const events = new EventsClient({
    apiUrl: "http://prefect.example:4200/api/",
    isCloud: false,
    WebSocket: FakeWebSocket as unknown as EventsClientOptions["WebSocket"],
    logger: { debug: () => {}, warn: (m) => warnings.push(m) },
    sleep: async (ms) => void sleeps.push(ms),
    ...options,
  });
  clients.push(events);
  return { events, warnings, sleeps };
}

const socket = (i: number) => FakeWebSocket.instances[i]!;

describe("EventsClient", () => {
  test("self-hosted: prefect subprotocol, auth message, Basic header with an auth string, then events", async () => {
    const { events } = client({ authString: "admin:pw" });
    events.emit(event(1));
    await tick();
    const ws = socket(0);
    assert.equal(ws.url, "ws://prefect.example:4200/api/events/in");
    assert.deepEqual(ws.init.protocols, ["prefect"]);
    assert.equal(ws.init.headers?.["Authorization"], `Basic ${Buffer.from("admin:pw").toString("base64")}`);
    assert.equal(ws.init.headers?.["User-Agent"], "prefect/3.8.8 (API 0.8.4)");
    ws.open();
    assert.deepEqual(ws.sent, [{ type: "auth", token: "admin:pw" }]);
    ws.reply({ type: "auth_success" });
    await tick();
    assert.deepEqual(ws.sent.slice(1), [event(1)]);
  });

  test("self-hosted without an auth string sends a null token and no Authorization header", async () => {
    const { events } = client();
    events.emit(event(1));
    await tick();
    assert.equal(socket(0).init.headers?.["Authorization"], undefined);
    socket(0).open();
    assert.deepEqual(socket(0).sent, [{ type: "auth", token: null }]);
  });

  test("Cloud: bearer header, no subprotocol, no handshake", async () => {
    const { events } = client({
      apiUrl: "https://api.prefect.cloud/api/accounts/a/workspaces/w",
      isCloud: true,
      apiKey: "pnu_k",
    });
    events.emit(event(1));
    await tick();
    const ws = socket(0);
    assert.equal(ws.url, "wss://api.prefect.cloud/api/accounts/a/workspaces/w/events/in");
    assert.equal(ws.init.protocols, undefined);
    assert.equal(ws.init.headers?.["Authorization"], "bearer pnu_k");
    ws.open();
    await tick();
    assert.deepEqual(ws.sent, [event(1)]);
  });

  test("the connect warning names the URL without the user:password of PREFECT_API_URL", async () => {
    const { events, warnings } = client({ apiUrl: "http://user:s3cret-pw@prefect.example:4200/api/" });
    events.emit(event(1));
    await tick();
    socket(0).open();
    socket(0).reply({
      type: "auth_failure",
      reason: "Invalid token for ws://user:s3cret-pw@prefect.example",
    });
    await tick();
    await tick();
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /Unable to connect to ws:\/\/prefect\.example:4200\/api\/events\/in;/);
    assert.ok(!warnings[0]!.includes("s3cret-pw"), warnings[0]);
  });

  test("a refused handshake is warned about once, retried with backoff, and emit never throws", async () => {
    const { events, warnings, sleeps } = client();
    events.emit(event(1));
    await tick();
    socket(0).open();
    socket(0).reply({ type: "auth_failure", reason: "Invalid token" });
    await tick();
    await tick();
    socket(1).open();
    socket(1).reply({ type: "auth_failure", reason: "Invalid token" });
    await tick();
    await tick();
    assert.equal(warnings.length, 1);
    assert.match(
      warnings[0]!,
      /Unable to connect to ws:\/\/prefect\.example:4200\/api\/events\/in.*Invalid token/,
    );
    assert.deepEqual(sleeps, [500, 1000]);
    socket(2).open();
    socket(2).reply({ type: "auth_success" });
    await tick();
    assert.deepEqual(socket(2).sent.slice(1), [event(1)]);
  });

  test("a dropped connection reconnects and resends what it had just sent", async () => {
    const { events } = client();
    events.emit(event(1));
    await tick();
    socket(0).open();
    socket(0).reply({ type: "auth_success" });
    await tick();
    socket(0).drop();
    events.emit(event(2));
    await tick();
    socket(1).open();
    socket(1).reply({ type: "auth_success" });
    await tick();
    assert.deepEqual(socket(1).sent.slice(1), [event(1), event(2)]);
  });

  test("the queue is bounded: the oldest events are dropped with a warning", async () => {
    const { events, warnings } = client({ maxQueue: 2 });
    for (const n of [1, 2, 3]) events.emit(event(n));
    assert.equal(events.pending, 2);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /dropped test\.event\.1 id-1/);
    await tick();
    socket(0).open();
    socket(0).reply({ type: "auth_success" });
    await tick();
    assert.deepEqual(socket(0).sent.slice(1), [event(2), event(3)]);
  });

  test("close sends what is queued, closes the socket, and later emits are ignored", async () => {
    const { events } = client();
    events.emit(event(1));
    await tick();
    const closing = events.close({ timeoutMs: 60_000 });
    socket(0).open();
    socket(0).reply({ type: "auth_success" });
    await closing;
    assert.deepEqual(socket(0).sent.slice(1), [event(1)]);
    assert.equal(socket(0).readyState, 3);
    events.emit(event(2));
    await tick();
    assert.equal(FakeWebSocket.instances.length, 1);
  });
});
