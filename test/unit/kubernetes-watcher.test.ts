// The watcher's loop against a fake API server: what a real one cannot be made to do on demand (410 as an
// HTTP status or as an ERROR event, 5xx bursts, garbage lines, streams that end at once), plus the backoff.
import { KubeConfig } from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import {
  ResourceWatcher,
  backoffDelayMs,
  type ObjectEventType,
  type ResourceWatcherOptions,
  type WatchedObject,
  type WatcherEvents,
} from "../../src/kubernetes/watcher.ts";

interface FakeRequest {
  path: string;
  query: URLSearchParams;
}

type Responder = (res: ServerResponse, request: FakeRequest) => void;

interface FakeWatchServer {
  kubeConfig: KubeConfig;
  lists: FakeRequest[];
  watches: FakeRequest[];
  /** Resolves when the nth (1-based) watch request's connection has closed. */
  watchClosed(n: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A loopback HTTP server that speaks the list and watch protocol from two scripts, one responder per
 * request in order; the last responder of a script answers every later request.
 */
async function fakeWatchServer(script: { list: Responder[]; watch: Responder[] }): Promise<FakeWatchServer> {
  const lists: FakeRequest[] = [];
  const watches: FakeRequest[] = [];
  const closed: Array<Promise<void>> = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fake");
    const request = { path: url.pathname, query: url.searchParams };
    const isWatch = url.searchParams.get("watch") === "true";
    const seen = isWatch ? watches : lists;
    seen.push(request);
    if (isWatch) closed.push(new Promise((resolve) => res.on("close", () => resolve())));
    const responders = isWatch ? script.watch : script.list;
    const respond = responders[Math.min(seen.length, responders.length) - 1];
    if (!respond) throw new Error(`no responder for ${req.url}`);
    respond(res, request);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [{ name: "fake", server: `http://127.0.0.1:${port}`, skipTLSVerify: true }],
    users: [{ name: "fake" }],
    contexts: [{ name: "fake", cluster: "fake", user: "fake" }],
    currentContext: "fake",
  });
  return {
    kubeConfig,
    lists,
    watches,
    watchClosed: async (n) => {
      while (closed.length < n) await new Promise((resolve) => setImmediate(resolve));
      await closed[n - 1];
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function job(name: string, resourceVersion = "1", uid = `uid-${name}`): WatchedObject {
  return {
    metadata: { name, namespace: "ns", uid, resourceVersion, labels: { "prefect.io/flow-run-id": name } },
    spec: {},
    status: {},
  };
}

const list =
  (items: WatchedObject[], resourceVersion: string, more?: string): Responder =>
  (res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        kind: "JobList",
        apiVersion: "batch/v1",
        metadata: { resourceVersion, ...(more ? { continue: more } : {}) },
        items,
      }),
    );
  };

const status =
  (code: number, reason: string, message: string): Responder =>
  (res) => {
    res.writeHead(code, { "content-type": "application/json" });
    res.end(JSON.stringify({ kind: "Status", apiVersion: "v1", status: "Failure", message, reason, code }));
  };

/** A watch response that writes these lines, then ends cleanly ("end"), drops the connection ("drop") or stays open. */
const stream =
  (lines: Array<string | object>, then: "end" | "drop" | "open" = "open"): Responder =>
  (res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.flushHeaders();
    for (const line of lines) res.write(`${typeof line === "string" ? line : JSON.stringify(line)}\n`);
    if (then === "end") res.end();
    if (then === "drop") setImmediate(() => res.destroy());
  };

const hang: Responder = stream([]);

function event(type: string, object: object): object {
  return { type, object: { kind: "Job", apiVersion: "batch/v1", ...object } };
}

function bookmark(resourceVersion: string): object {
  return { type: "BOOKMARK", object: { kind: "Job", apiVersion: "batch/v1", metadata: { resourceVersion } } };
}

type Entry =
  | { what: ObjectEventType; name: string; object: WatchedObject }
  | { [K in keyof WatcherEvents]: { what: K; payload: WatcherEvents[K] } }[keyof WatcherEvents];

/** Every delivery and lifecycle event in one timeline, with waits that resolve as entries arrive. */
class Timeline {
  readonly entries: Entry[] = [];
  readonly #waiters: Array<{ match: (entry: Entry) => boolean; resolve: (entry: Entry) => void }> = [];

  readonly onObject = (type: ObjectEventType, object: WatchedObject): void =>
    this.#push({ what: type, name: object.metadata?.name ?? "", object });

  attach(watcher: ResourceWatcher): void {
    const names: Array<keyof WatcherEvents> = [
      "connect",
      "listed",
      "gone",
      "reconnect",
      "stale",
      "handler-error",
      "bad-event",
      "stopped",
    ];
    for (const name of names) {
      watcher.events.on(name, (payload) => this.#push({ what: name, payload } as Entry));
    }
  }

  waitFor(match: (entry: Entry) => boolean, nth = 1): Promise<Entry> {
    let count = 0;
    const counting = (entry: Entry): boolean => match(entry) && ++count === nth;
    for (const entry of this.entries) {
      if (counting(entry)) return Promise.resolve(entry);
    }
    return new Promise((resolve) => this.#waiters.push({ match: counting, resolve }));
  }

  /** The timeline in short form, e.g. ["LISTED a", "listed start", "connect 10"]. */
  brief(): string[] {
    return this.entries.map((entry) => {
      switch (entry.what) {
        case "LISTED":
        case "ADDED":
        case "MODIFIED":
        case "DELETED":
          return `${entry.what} ${entry.name}`;
        case "listed":
          return `listed ${entry.payload.reason} ${entry.payload.count}@${entry.payload.resourceVersion}`;
        case "connect":
          return `connect ${entry.payload.resourceVersion}`;
        case "reconnect":
          return `reconnect ${entry.payload.attempt} ${entry.payload.delayMs}`;
        default:
          return entry.what;
      }
    });
  }

  #push(entry: Entry): void {
    this.entries.push(entry);
    for (const waiter of [...this.#waiters]) {
      if (waiter.match(entry)) {
        this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
        waiter.resolve(entry);
      }
    }
  }
}

const is =
  <K extends Entry["what"]>(what: K) =>
  (entry: Entry): boolean =>
    entry.what === what;

async function watching(
  fake: FakeWatchServer,
  options: Partial<ResourceWatcherOptions> = {},
): Promise<{ watcher: ResourceWatcher; timeline: Timeline; sleeps: number[] }> {
  const timeline = new Timeline();
  const sleeps: number[] = [];
  const watcher = new ResourceWatcher({
    kubeConfig: fake.kubeConfig,
    kind: "jobs",
    namespace: "ns",
    labelSelector: "prefect.io/flow-run-id",
    onObject: timeline.onObject,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0,
    backoff: { initialMs: 100, maxMs: 400 },
    ...options,
  });
  timeline.attach(watcher);
  return { watcher, timeline, sleeps };
}

test("backoffDelayMs doubles from initialMs, stops at maxMs, and jitters within the upper half", () => {
  const backoff = { initialMs: 1_000, maxMs: 30_000 };
  const ceilings = [1, 2, 3, 4, 5, 6, 7, 20].map((attempt) => backoffDelayMs(attempt, backoff, () => 0));
  assert.deepEqual(ceilings, [1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  assert.equal(
    backoffDelayMs(1, backoff, () => 0.5),
    750,
  );
  assert.equal(
    backoffDelayMs(9, backoff, () => 0.999999),
    15_000,
  );
  for (let attempt = 1; attempt < 12; attempt++) {
    const ceiling = backoffDelayMs(attempt, backoff, () => 0);
    const delay = backoffDelayMs(attempt, backoff);
    assert.ok(
      delay >= ceiling / 2 && delay <= ceiling,
      `attempt ${attempt}: ${delay} outside [${ceiling / 2}, ${ceiling}]`,
    );
  }
});

test("failing lists back off exponentially to the cap; a watch that streamed resets the backoff", async (t) => {
  const down = status(500, "InternalError", "etcd is unavailable");
  const fake = await fakeWatchServer({
    list: [down, down, down, down, list([job("a")], "10"), list([job("a")], "12")],
    // The first watch delivers one event, then the connection drops.
    watch: [stream([bookmark("11")], "drop"), hang],
  });
  const { watcher, timeline, sleeps } = await watching(fake);
  t.after(async () => {
    await watcher.stop();
    await fake.close();
  });

  await watcher.start();
  await timeline.waitFor((e) => e.what === "listed" && e.payload.reason === "error");

  assert.deepEqual(sleeps, [100, 200, 400, 400, 100]);
  const reconnects = timeline.entries.filter((e) => e.what === "reconnect");
  assert.deepEqual(
    reconnects.map((e) => e.payload.attempt),
    [1, 2, 3, 4, 1],
  );
  assert.equal(reconnects[0]!.payload.error, "500 InternalError: etcd is unavailable");
  assert.deepEqual(timeline.brief(), [
    "reconnect 1 100",
    "reconnect 2 200",
    "reconnect 3 400",
    "reconnect 4 400",
    // A first list that had to be retried is still the start-up list.
    "LISTED a",
    "listed start 1@10",
    "connect 10",
    "reconnect 1 100",
    "LISTED a",
    "listed error 1@12",
  ]);
});

test("an ERROR event with a 410 Status relists at once; objects missing from the relist are DELETED with their last state", async (t) => {
  const fake = await fakeWatchServer({
    list: [list([job("a"), job("b", "7")], "10"), list([job("a"), job("c", "11")], "20")],
    watch: [
      stream([
        event("ADDED", job("c", "11")),
        {
          type: "ERROR",
          object: {
            kind: "Status",
            status: "Failure",
            reason: "Expired",
            code: 410,
            message: "too old resource version: 10 (15)",
          },
        },
      ]),
      hang,
    ],
  });
  const { watcher, timeline } = await watching(fake);
  t.after(async () => {
    await watcher.stop();
    await fake.close();
  });

  await watcher.start();
  await timeline.waitFor(is("connect"), 2);

  assert.deepEqual(timeline.brief(), [
    "LISTED a",
    "LISTED b",
    "listed start 2@10",
    "connect 10",
    "ADDED c",
    "gone",
    "DELETED b",
    "LISTED a",
    "LISTED c",
    "listed gone 2@20",
    "connect 20",
  ]);
  const deleted = timeline.entries.find((e) => e.what === "DELETED");
  assert.equal(deleted?.what === "DELETED" && deleted.object.metadata?.resourceVersion, "7");
  // The ended watch's connection is closed, not left streaming.
  await fake.watchClosed(1);
  assert.equal(fake.watches[1]!.query.get("resourceVersion"), "20");
});

test("`keep` decides what is delivered and remembered: listed, watched and relist-DELETED objects alike", async (t) => {
  const fake = await fakeWatchServer({
    list: [list([job("a"), job("b", "7")], "10"), list([job("a")], "20")],
    watch: [stream([event("MODIFIED", job("a", "12")), event("ADDED", job("c", "13"))], "drop"), hang],
  });
  const keep = (object: WatchedObject): WatchedObject => ({
    kind: object.kind,
    metadata: {
      name: object.metadata?.name,
      uid: object.metadata?.uid,
      resourceVersion: object.metadata?.resourceVersion,
    },
  });
  const { watcher, timeline } = await watching(fake, { keep });
  t.after(async () => {
    await watcher.stop();
    await fake.close();
  });

  await watcher.start();
  await timeline.waitFor(is("connect"), 2);
  assert.deepEqual(
    timeline.brief().filter((line) => /^[A-Z]/.test(line)),
    ["LISTED a", "LISTED b", "MODIFIED a", "ADDED c", "DELETED b", "DELETED c", "LISTED a"],
  );
  for (const entry of timeline.entries) {
    if (!("object" in entry)) continue;
    // Listed items get the watch events' kind before `keep` sees them; nothing else survives it.
    assert.deepEqual(Object.keys(entry.object), ["kind", "metadata"], `${entry.what} ${entry.name}`);
    assert.equal(entry.object.kind, "Job");
  }
  const deleted = timeline.entries.filter((e) => e.what === "DELETED");
  assert.deepEqual(
    deleted.map((e) => e.what === "DELETED" && e.object.metadata?.resourceVersion),
    ["7", "13"],
  );
});

test("a clean close re-watches from the last resourceVersion (bookmarks included); an HTTP 410 then relists", async (t) => {
  const fake = await fakeWatchServer({
    list: [list([job("a")], "10"), list([job("a")], "30")],
    watch: [
      stream([event("MODIFIED", job("a", "12")), bookmark("15")], "end"),
      status(410, "Expired", "too old resource version: 15 (25)"),
      hang,
    ],
  });
  const { watcher, timeline } = await watching(fake);
  t.after(async () => {
    await watcher.stop();
    await fake.close();
  });

  await watcher.start();
  await timeline.waitFor(is("connect"), 2);

  assert.deepEqual(
    fake.watches.map((w) => w.query.get("resourceVersion")),
    ["10", "15", "30"],
  );
  assert.deepEqual(timeline.brief(), [
    "LISTED a",
    "listed start 1@10",
    "connect 10",
    "MODIFIED a",
    "gone",
    "LISTED a",
    "listed gone 1@30",
    "connect 30",
  ]);
  const first = fake.watches[0]!.query;
  assert.equal(first.get("allowWatchBookmarks"), "true");
  assert.equal(first.get("labelSelector"), "prefect.io/flow-run-id");
  assert.equal(fake.watches[0]!.path, "/apis/batch/v1/namespaces/ns/jobs");
});

test("a 410 straight after a list backs off before relisting instead of spinning", async (t) => {
  const fake = await fakeWatchServer({
    list: [list([], "10"), list([], "20")],
    watch: [status(410, "Expired", "too old resource version"), hang],
  });
  const { watcher, timeline } = await watching(fake);
  t.after(async () => {
    await watcher.stop();
    await fake.close();
  });

  await watcher.start();
  await timeline.waitFor(is("connect"));
  assert.deepEqual(timeline.brief(), [
    "listed start 0@10",
    "gone",
    "reconnect 1 100",
    "listed gone 0@20",
    "connect 20",
  ]);
});

test("an unparseable line or an unknown event type is a bad-event and the stream carries on", async (t) => {
  const fake = await fakeWatchServer({
    list: [list([], "10")],
    watch: [
      stream([
        "{not json",
        { type: "SURPRISE", object: {} },
        { type: "ADDED", object: { kind: "Job" } },
        "[1,2]",
        event("ADDED", job("a", "11")),
      ]),
    ],
  });
  const { watcher, timeline } = await watching(fake);
  t.after(async () => {
    await watcher.stop();
    await fake.close();
  });

  await watcher.start();
  await timeline.waitFor((e) => e.what === "ADDED");
  const details = timeline.entries.flatMap((e) => (e.what === "bad-event" ? [e.payload.detail] : []));
  assert.deepEqual(details, [
    "unparseable watch event: {not json",
    'unexpected watch event type "SURPRISE"',
    'ADDED event without metadata: {"type":"ADDED","object":{"kind":"Job"}}',
    "watch event without a type or an object: [1,2]",
  ]);
  assert.equal(timeline.entries.filter((e) => e.what === "reconnect" || e.what === "listed").length, 1);
});

test("a handler that throws or rejects is reported and delivery carries on, in order", async (t) => {
  const fake = await fakeWatchServer({
    list: [list([job("a"), job("b")], "10")],
    watch: [stream([event("ADDED", job("c", "11")), event("MODIFIED", job("c", "12"))])],
  });
  const seen: string[] = [];
  const { watcher, timeline } = await watching(fake, {
    onObject: (type, object) => {
      const name = object.metadata?.name ?? "";
      seen.push(`${type} ${name}`);
      if (name === "a") throw new Error("sync boom");
      if (name === "b") return Promise.reject(new Error("async boom"));
      return new Promise((resolve) => setTimeout(resolve, 50));
    },
  });
  t.after(async () => {
    await watcher.stop();
    await fake.close();
  });

  await watcher.start();
  await timeline.waitFor(is("handler-error"), 2);
  await timeline.waitFor(is("connect"));
  while (seen.length < 4) await new Promise((resolve) => setImmediate(resolve));

  assert.deepEqual(seen, ["LISTED a", "LISTED b", "ADDED c", "MODIFIED c"]);
  const errors = timeline.entries.flatMap((e) =>
    e.what === "handler-error"
      ? [`${e.payload.type} ${e.payload.name}: ${(e.payload.error as Error).message}`]
      : [],
  );
  assert.deepEqual(errors.sort(), ["LISTED a: sync boom", "LISTED b: async boom"]);
  assert.equal(fake.lists.length, 1, "a handler error never causes a relist");
});

test("a silent stream trips the watchdog: stale, the request is aborted, and the watcher relists", async (t) => {
  const fake = await fakeWatchServer({
    list: [list([job("a")], "10"), list([job("a")], "20")],
    watch: [hang],
  });
  const { watcher, timeline } = await watching(fake, { staleAfterMs: 200, serverTimeoutSeconds: 3600 });
  t.after(async () => {
    await watcher.stop();
    await fake.close();
  });

  await watcher.start();
  const stale = await timeline.waitFor(is("stale"));
  await timeline.waitFor((e) => e.what === "listed" && e.payload.reason === "stale");
  assert.ok(stale.what === "stale" && stale.payload.silentMs >= 200);
  await fake.watchClosed(1);
  assert.equal(fake.watches[0]!.query.get("timeoutSeconds"), "3600");
});

test("a watch the server ends at once without any event counts as a failure, not a rotation", async (t) => {
  const fake = await fakeWatchServer({ list: [list([], "10")], watch: [stream([], "end"), hang] });
  const { watcher, timeline } = await watching(fake);
  t.after(async () => {
    await watcher.stop();
    await fake.close();
  });

  await watcher.start();
  const reconnect = await timeline.waitFor(is("reconnect"));
  assert.ok(reconnect.what === "reconnect");
  assert.equal(reconnect.payload.error, "the API server ended the watch at once, without any event");
  await timeline.waitFor((e) => e.what === "listed" && e.payload.reason === "error");
});

test("a paged list is followed to its last page, and the watch starts from the list's resourceVersion", async (t) => {
  const fake = await fakeWatchServer({
    list: [list([job("a"), job("b")], "10", "page-2"), list([job("c")], "10")],
    watch: [hang],
  });
  const { watcher, timeline } = await watching(fake, { pageSize: 2, kind: "pods", namespace: undefined });
  t.after(async () => {
    await watcher.stop();
    await fake.close();
  });

  await watcher.start();
  assert.deepEqual(
    fake.lists.map((l) => [l.path, l.query.get("limit"), l.query.get("continue")]),
    [
      ["/api/v1/pods", "2", null],
      ["/api/v1/pods", "2", "page-2"],
    ],
  );
  assert.deepEqual(
    timeline.entries.flatMap((e) =>
      e.what === "LISTED" ? [[e.name, e.object.kind, e.object.apiVersion]] : [],
    ),
    [
      ["a", "Pod", "v1"],
      ["b", "Pod", "v1"],
      ["c", "Pod", "v1"],
    ],
  );
  await timeline.waitFor(is("connect"));
  assert.equal(fake.watches[0]!.query.get("resourceVersion"), "10");
});

test(
  "stop() during a backoff wait ends it at once, and no request follows; start() resolves without a list",
  { timeout: 30_000 },
  async (t) => {
    const fake = await fakeWatchServer({
      list: [status(503, "ServiceUnavailable", "try later")],
      watch: [hang],
    });
    // A wait that only ends when aborted: if stop() did not abort it, stop() would never return.
    const { watcher, timeline } = await watching(fake, {
      sleep: (_ms, signal) =>
        new Promise((resolve) => {
          if (signal.aborted) resolve();
          else signal.addEventListener("abort", () => resolve());
        }),
    });
    t.after(() => fake.close());

    const started = watcher.start();
    await timeline.waitFor(is("reconnect"));
    const requests = fake.lists.length + fake.watches.length;
    await watcher.stop();
    await started;

    assert.equal(fake.lists.length + fake.watches.length, requests);
    assert.deepEqual(timeline.brief(), ["reconnect 1 100", "stopped"]);
    // Starting again after stop() makes no request either.
    await watcher.start();
    assert.equal(fake.lists.length + fake.watches.length, requests);
  },
);

test("stop() while streaming aborts the watch request", async (t) => {
  const fake = await fakeWatchServer({ list: [list([job("a")], "10")], watch: [hang] });
  const { watcher, timeline } = await watching(fake);
  t.after(() => fake.close());

  await watcher.start();
  await timeline.waitFor(is("connect"));
  await watcher.stop();
  await fake.watchClosed(1);
  assert.deepEqual(timeline.brief(), ["LISTED a", "listed start 1@10", "connect 10", "stopped"]);
});
