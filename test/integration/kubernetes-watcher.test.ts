// The watcher against the local API server: list and watch of Jobs and Pods by label, namespaced and
// cluster-wide, the staleness watchdog, a server-side rotation, a final stop(), and a Job deleted while the
// watcher was cut off (through a loopback TCP proxy the test pauses; the API server itself keeps running).
// 410 cannot be produced on demand here (a fresh stack's watch cache holds its whole history and ignores
// etcd compaction), so the unit tests cover it with a fake server.
import * as k8s from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { createConnection, createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import {
  ResourceWatcher,
  type ObjectEventType,
  type ResourceWatcherOptions,
  type WatchedObject,
  type WatcherEvents,
} from "../../src/kubernetes/watcher.ts";
import {
  adminKubeConfig,
  createNamespace,
  deleteNamespace,
  eventually,
  suspendedJobManifest,
  uniqueName,
} from "../harness/k8s.ts";

const admin = adminKubeConfig();
const batch = admin.makeApiClient(k8s.BatchV1Api);
const core = admin.makeApiClient(k8s.CoreV1Api);
const FLOW_RUN_ID = "prefect.io/flow-run-id";
const namespaces: string[] = [];

after(async () => {
  for (const ns of namespaces) await deleteNamespace(admin, ns);
});

async function throwawayNamespace(): Promise<string> {
  const ns = await createNamespace(admin, "watcher");
  namespaces.push(ns);
  return ns;
}

async function createJob(namespace: string, labels: Record<string, string>, name = uniqueName("job")) {
  return batch.createNamespacedJob({ namespace, body: suspendedJobManifest({ name, labels }) });
}

/** A Pod held by a scheduling gate: never scheduled, so no kubelet runs it, and deleted at once. */
async function createPod(namespace: string, labels: Record<string, string>, name = uniqueName("pod")) {
  return core.createNamespacedPod({
    namespace,
    body: {
      metadata: { name, labels },
      spec: {
        schedulingGates: [{ name: "prefect-worker.test/hold" }],
        containers: [{ name: "main", image: "busybox:1.36", args: ["true"] }],
      },
    },
  });
}

async function deleteJob(namespace: string, name: string): Promise<void> {
  await batch.deleteNamespacedJob({ name, namespace, propagationPolicy: "Background" });
  await eventually(`Job ${namespace}/${name} to be gone`, async () => {
    try {
      await batch.readNamespacedJob({ name, namespace });
      return undefined;
    } catch (err) {
      if (err instanceof k8s.ApiException && err.code === 404) return true;
      throw err;
    }
  });
}

type Entry =
  | { what: ObjectEventType; name: string; namespace: string; object: WatchedObject }
  | { [K in keyof WatcherEvents]: { what: K; payload: WatcherEvents[K] } }[keyof WatcherEvents];

const LIFECYCLE: Array<keyof WatcherEvents> = [
  "connect",
  "listed",
  "gone",
  "reconnect",
  "stale",
  "handler-error",
  "bad-event",
  "stopped",
];

/** A watcher whose deliveries and lifecycle events land in one timeline that tests can wait on. */
class Recorded {
  readonly entries: Entry[] = [];
  readonly watcher: ResourceWatcher;
  readonly #waiters: Array<() => void> = [];

  constructor(
    options: Omit<ResourceWatcherOptions, "onObject">,
    onObject?: ResourceWatcherOptions["onObject"],
  ) {
    this.watcher = new ResourceWatcher({
      ...options,
      onObject: (type, object) => {
        this.#push({
          what: type,
          name: object.metadata?.name ?? "",
          namespace: object.metadata?.namespace ?? "",
          object,
        });
        return onObject?.(type, object);
      },
    });
    for (const name of LIFECYCLE) {
      this.watcher.events.on(name, (payload) => this.#push({ what: name, payload } as Entry));
    }
  }

  /**
   * Resolves with the index of the first entry at or after `from` that matches; fails naming what it
   * waited for if none comes within a minute (as the harness's `eventually` does).
   */
  async waitFor(description: string, match: (entry: Entry) => boolean, from = 0): Promise<number> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const index = this.entries.findIndex((entry, i) => i >= from && match(entry));
      if (index !== -1) return index;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`timed out waiting for ${description}; timeline:\n${this.brief().join("\n")}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  delivered(name: string, type?: ObjectEventType): (entry: Entry) => boolean {
    return (entry) => "name" in entry && entry.name === name && (!type || entry.what === type);
  }

  brief(): string[] {
    return this.entries.map((e) =>
      "name" in e
        ? `${e.what} ${e.namespace}/${e.name}`
        : `${e.what} ${JSON.stringify(e.payload, (k, v) => (k === "error" && v instanceof Error ? v.message : v))}`,
    );
  }

  names(types: ObjectEventType[] = ["LISTED", "ADDED", "MODIFIED", "DELETED"]): string[] {
    return this.entries.flatMap((e) =>
      "name" in e && types.includes(e.what) ? [`${e.what} ${e.name}`] : [],
    );
  }

  count(what: Entry["what"]): number {
    return this.entries.filter((e) => e.what === what).length;
  }

  #push(entry: Entry): void {
    this.entries.push(entry);
    for (const wake of this.#waiters.splice(0)) wake();
  }
}

interface PausableProxy {
  url: string;
  /** TCP connections accepted while running. */
  accepted(): number;
  /** Cuts every open connection and refuses new ones until resume(). */
  pause(): void;
  resume(): void;
  close(): Promise<void>;
}

/** A loopback TCP proxy to the API server (TLS passes through) that the test can cut off and restore. */
async function pausableProxy(target: string): Promise<PausableProxy> {
  const { hostname, port } = new URL(target);
  const open = new Set<Socket>();
  let paused = false;
  let accepted = 0;
  const server = createServer((client) => {
    if (paused) {
      client.destroy();
      return;
    }
    accepted += 1;
    const upstream = createConnection({ host: hostname, port: Number(port) });
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on("close", () => open.delete(socket));
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  const cutAll = (): void => {
    for (const socket of open) socket.destroy();
  };
  return {
    url: `https://127.0.0.1:${address.port}`,
    accepted: () => accepted,
    pause: () => {
      paused = true;
      cutAll();
    },
    resume: () => {
      paused = false;
    },
    close: () => {
      cutAll();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function kubeConfigVia(url: string): k8s.KubeConfig {
  const kc = new k8s.KubeConfig();
  kc.loadFromOptions({
    clusters: admin.clusters.map((cluster) => ({ ...cluster, server: url })),
    users: admin.users,
    contexts: admin.contexts,
    currentContext: admin.currentContext,
  });
  return kc;
}

describe("ResourceWatcher against the API server", () => {
  let ns: string;
  before(async () => {
    ns = await throwawayNamespace();
  });

  test("lists labelled Jobs, then sees them added, modified and deleted; unlabelled ones never", async (t) => {
    const listedJob = await createJob(ns, { [FLOW_RUN_ID]: crypto.randomUUID() });
    await createJob(ns, { other: "label" }, uniqueName("unlabelled"));
    const jobs = new Recorded({ kubeConfig: admin, kind: "jobs", namespace: ns, labelSelector: FLOW_RUN_ID });
    t.after(() => jobs.watcher.stop());

    await jobs.watcher.start();
    assert.deepEqual(jobs.names(), [`LISTED ${listedJob.metadata!.name}`]);
    const listed = jobs.entries.find((e) => e.what === "LISTED");
    assert.equal(listed && "object" in listed && listed.object.kind, "Job");
    // The server's JSON as it is, like a watch event's object: timestamps stay strings.
    assert.equal(
      typeof (listed && "object" in listed && listed.object.metadata?.creationTimestamp),
      "string",
    );

    // Created before the labelled one, so a watcher that ignored the selector would deliver it first.
    await createJob(ns, {}, uniqueName("unlabelled"));
    const later = await createJob(ns, { [FLOW_RUN_ID]: crypto.randomUUID() });
    const name = later.metadata!.name!;
    await jobs.waitFor("ADDED", jobs.delivered(name, "ADDED"));
    await batch.patchNamespacedJob(
      { name, namespace: ns, body: { metadata: { annotations: { touched: "yes" } } } },
      k8s.setHeaderOptions("Content-Type", k8s.PatchStrategy.MergePatch),
    );
    await jobs.waitFor(
      "MODIFIED",
      (e) =>
        "object" in e &&
        e.name === name &&
        e.what === "MODIFIED" &&
        e.object.metadata?.annotations !== undefined,
    );
    await deleteJob(ns, name);
    await jobs.waitFor("DELETED", jobs.delivered(name, "DELETED"));

    const seen = new Set(jobs.names().map((line) => line.split(" ")[1]));
    assert.deepEqual([...seen].sort(), [listedJob.metadata!.name, name].sort());
    assert.equal(jobs.count("handler-error") + jobs.count("bad-event") + jobs.count("reconnect"), 0);
  });

  test("lists labelled Pods and sees new ones added and deleted", async (t) => {
    const first = await createPod(ns, { [FLOW_RUN_ID]: crypto.randomUUID() });
    await createPod(ns, {}, uniqueName("unlabelled"));
    const pods = new Recorded({ kubeConfig: admin, kind: "pods", namespace: ns, labelSelector: FLOW_RUN_ID });
    t.after(() => pods.watcher.stop());

    await pods.watcher.start();
    assert.deepEqual(pods.names(), [`LISTED ${first.metadata!.name}`]);

    await createPod(ns, {}, uniqueName("unlabelled"));
    const second = await createPod(ns, { [FLOW_RUN_ID]: crypto.randomUUID() });
    const name = second.metadata!.name!;
    await pods.waitFor("ADDED", pods.delivered(name, "ADDED"));
    await core.deleteNamespacedPod({ name, namespace: ns });
    await pods.waitFor("DELETED", pods.delivered(name, "DELETED"));
    assert.deepEqual(
      pods.names().filter((line) => !line.startsWith("MODIFIED")),
      [`LISTED ${first.metadata!.name}`, `ADDED ${name}`, `DELETED ${name}`],
    );
    const added = pods.entries.find((e) => e.what === "ADDED");
    assert.equal(added && "object" in added && added.object.kind, "Pod");
  });

  test("a namespaced watcher sees its namespace only; a cluster-wide one sees every namespace", async (t) => {
    const other = await throwawayNamespace();
    // A selector no other test's objects match, so the cluster-wide watcher sees only these.
    const selector = `${FLOW_RUN_ID},watcher-test=${uniqueName("scope")}`;
    const labels = { [FLOW_RUN_ID]: crypto.randomUUID(), "watcher-test": selector.split("=")[1]! };
    const here = await createJob(ns, labels);
    const there = await createJob(other, labels);
    const namespaced = new Recorded({
      kubeConfig: admin,
      kind: "jobs",
      namespace: ns,
      labelSelector: selector,
    });
    const clusterWide = new Recorded({ kubeConfig: admin, kind: "jobs", labelSelector: selector });
    t.after(() => Promise.all([namespaced.watcher.stop(), clusterWide.watcher.stop()]));

    await Promise.all([namespaced.watcher.start(), clusterWide.watcher.start()]);
    assert.deepEqual(namespaced.names(), [`LISTED ${here.metadata!.name}`]);
    assert.deepEqual(
      clusterWide.names().sort(),
      [`LISTED ${here.metadata!.name}`, `LISTED ${there.metadata!.name}`].sort(),
    );

    const thereLater = await createJob(other, labels);
    const hereLater = await createJob(ns, labels);
    await clusterWide.waitFor("ADDED there", clusterWide.delivered(thereLater.metadata!.name!, "ADDED"));
    await clusterWide.waitFor("ADDED here", clusterWide.delivered(hereLater.metadata!.name!, "ADDED"));
    // Events arrive in resourceVersion order: had the namespaced watcher seen the other namespace's Job,
    // it would have come before this one.
    await namespaced.waitFor("ADDED here", namespaced.delivered(hereLater.metadata!.name!, "ADDED"));
    assert.deepEqual(namespaced.names(["LISTED", "ADDED"]), [
      `LISTED ${here.metadata!.name}`,
      `ADDED ${hereLater.metadata!.name}`,
    ]);
    assert.ok(
      clusterWide.entries.some((e) => "namespace" in e && e.what === "ADDED" && e.namespace === other),
    );
  });

  test("a handler that throws or rejects is reported, and delivery carries on", async (t) => {
    const labels = { [FLOW_RUN_ID]: crypto.randomUUID() };
    const selector = `${FLOW_RUN_ID}=${labels[FLOW_RUN_ID]}`;
    const jobs = new Recorded(
      { kubeConfig: admin, kind: "jobs", namespace: ns, labelSelector: selector },
      (type) => {
        if (type === "ADDED") throw new Error("handler failed");
        if (type === "MODIFIED") return Promise.reject(new Error("handler rejected"));
      },
    );
    t.after(() => jobs.watcher.stop());
    await jobs.watcher.start();

    const first = await createJob(ns, labels);
    await jobs.waitFor("handler-error", (e) => e.what === "handler-error");
    await batch.patchNamespacedJob(
      { name: first.metadata!.name!, namespace: ns, body: { metadata: { annotations: { touched: "yes" } } } },
      k8s.setHeaderOptions("Content-Type", k8s.PatchStrategy.MergePatch),
    );
    const second = await createJob(ns, labels);
    await jobs.waitFor("second ADDED", jobs.delivered(second.metadata!.name!, "ADDED"));

    const errors = jobs.entries.flatMap((e) =>
      e.what === "handler-error"
        ? [`${e.payload.type} ${e.payload.name}: ${(e.payload.error as Error).message}`]
        : [],
    );
    assert.ok(errors.includes(`ADDED ${first.metadata!.name}: handler failed`), errors.join("\n"));
    assert.ok(errors.includes(`MODIFIED ${first.metadata!.name}: handler rejected`), errors.join("\n"));
    assert.equal(jobs.count("listed"), 1, "a handler error does not make the watcher relist");
  });

  test("a watch the server rotates (timeoutSeconds) resumes from the last resourceVersion without a relist", async (t) => {
    const jobs = new Recorded({
      kubeConfig: admin,
      kind: "jobs",
      namespace: ns,
      labelSelector: `${FLOW_RUN_ID}=${crypto.randomUUID()}`,
      serverTimeoutSeconds: 2,
    });
    t.after(() => jobs.watcher.stop());
    await jobs.watcher.start();
    const second = await jobs.waitFor(
      "second connect",
      (e) => e.what === "connect",
      (await jobs.waitFor("connect", (e) => e.what === "connect")) + 1,
    );
    assert.deepEqual(
      jobs.entries.slice(0, second + 1).map((e) => e.what),
      ["listed", "connect", "connect"],
    );
    const [listed, first, again] = jobs.entries;
    assert.ok(listed?.what === "listed" && first?.what === "connect" && again?.what === "connect");
    assert.equal(first.payload.resourceVersion, listed.payload.resourceVersion);
    // From where the first watch left off: the list's resourceVersion, or a later bookmark's.
    assert.ok(Number(again.payload.resourceVersion) >= Number(first.payload.resourceVersion));
  });

  test("a silent stream trips the watchdog and the watcher relists", async (t) => {
    // No object matches, and bookmarks come about once a minute: the stream stays silent.
    const jobs = new Recorded({
      kubeConfig: admin,
      kind: "jobs",
      namespace: ns,
      labelSelector: `${FLOW_RUN_ID}=${crypto.randomUUID()}`,
      staleAfterMs: 1_500,
      serverTimeoutSeconds: 3_600,
    });
    t.after(() => jobs.watcher.stop());
    await jobs.watcher.start();
    const stale = await jobs.waitFor("stale", (e) => e.what === "stale");
    const relist = await jobs.waitFor(
      "relist",
      (e) => e.what === "listed" && e.payload.reason === "stale",
      stale,
    );
    const entry = jobs.entries[stale]!;
    assert.ok(entry.what === "stale" && entry.payload.silentMs >= 1_500);
    await jobs.waitFor("connect after relist", (e) => e.what === "connect", relist);
  });

  test("a Job deleted while the watcher is cut off is DELETED by the relist, with its last known state", async (t) => {
    const proxy = await pausableProxy(admin.getCurrentCluster()!.server);
    const labels = { [FLOW_RUN_ID]: crypto.randomUUID() };
    const doomed = await createJob(ns, labels);
    const kept = await createJob(ns, labels);
    const jobs = new Recorded({
      kubeConfig: kubeConfigVia(proxy.url),
      kind: "jobs",
      namespace: ns,
      labelSelector: `${FLOW_RUN_ID}=${labels[FLOW_RUN_ID]}`,
      backoff: { initialMs: 100, maxMs: 500 },
    });
    t.after(async () => {
      await jobs.watcher.stop();
      await proxy.close();
    });
    await jobs.watcher.start();
    const connected = await jobs.waitFor("connect", (e) => e.what === "connect");

    proxy.pause();
    const cutOff = await jobs.waitFor("reconnect", (e) => e.what === "reconnect", connected);
    await deleteJob(ns, doomed.metadata!.name!);
    proxy.resume();

    const relisted = await jobs.waitFor(
      "relist",
      (e) => e.what === "listed" && e.payload.reason === "error",
      cutOff,
    );
    const deleted = jobs.entries.findIndex((e) => e.what === "DELETED");
    assert.ok(
      deleted > cutOff && deleted < relisted,
      `DELETED should come from the relist:\n${jobs.names().join("\n")}`,
    );
    assert.ok(!jobs.entries.slice(cutOff, deleted).some((e) => e.what === "connect"));
    const entry = jobs.entries[deleted]!;
    assert.ok("object" in entry && entry.name === doomed.metadata!.name);
    assert.equal(entry.object.metadata?.uid, doomed.metadata!.uid);
    assert.equal(
      entry.object.metadata?.deletionTimestamp,
      undefined,
      "the last state seen, not a deletion's",
    );
    assert.deepEqual(jobs.names(["LISTED"]).slice(-1), [`LISTED ${kept.metadata!.name}`]);
  });

  // A ten-minute backoff: if stop() did not cut the wait short, the test would time out.
  test(
    "stop() is final: it ends a backoff wait at once and no request follows",
    { timeout: 60_000 },
    async (t) => {
      const proxy = await pausableProxy(admin.getCurrentCluster()!.server);
      const labels = { [FLOW_RUN_ID]: crypto.randomUUID() };
      const selector = `${FLOW_RUN_ID}=${labels[FLOW_RUN_ID]}`;
      const stopped = new Recorded({
        kubeConfig: kubeConfigVia(proxy.url),
        kind: "jobs",
        namespace: ns,
        labelSelector: selector,
        backoff: { initialMs: 600_000, maxMs: 600_000 },
      });
      const control = new Recorded({
        kubeConfig: admin,
        kind: "jobs",
        namespace: ns,
        labelSelector: selector,
      });
      t.after(async () => {
        await Promise.all([stopped.watcher.stop(), control.watcher.stop()]);
        await proxy.close();
      });
      await Promise.all([stopped.watcher.start(), control.watcher.start()]);
      await stopped.waitFor("connect", (e) => e.what === "connect");

      proxy.pause();
      await stopped.waitFor("reconnect", (e) => e.what === "reconnect");
      await stopped.watcher.stop();
      proxy.resume();
      const accepted = proxy.accepted();
      const entries = stopped.entries.length;

      // Something the watcher would see if it were still watching; the control watcher proves it happened.
      const job = await createJob(ns, labels);
      await control.waitFor("ADDED", control.delivered(job.metadata!.name!, "ADDED"));
      await jobsSettle();
      assert.equal(proxy.accepted(), accepted, "no connection after stop()");
      assert.equal(stopped.entries.length, entries);
      assert.equal(stopped.entries.at(-1)?.what, "stopped");
      assert.equal(stopped.count("connect"), 1);
    },
  );
});

/** One more round trip to the API server, so anything a stopped watcher might still do has had its chance. */
async function jobsSettle(): Promise<void> {
  await batch.listJobForAllNamespaces({ limit: 1 });
}
