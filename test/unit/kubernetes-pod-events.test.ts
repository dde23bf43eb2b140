// Pod events as prefect_kubernetes/observer.py builds them — the themes of its TestReplicatePodEvent and
// TestPodLifecycleDiagnosis. The expected ids were computed with the reference venv's Python
// (uuid5(NAMESPACE_URL, json.dumps(..., sort_keys=True))).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { V1Pod } from "@kubernetes/client-node";
import {
  diagnosePod,
  diagnosisLogLevel,
  diagnosisLogMessage,
  type PodStatusLike,
} from "../../src/kubernetes/pod-diagnosis.ts";
import {
  DiagnosisMemory,
  podEvent,
  podEventId,
  PodEventChain,
  PodEventError,
  podPhaseOccurred,
  podRestartCount,
  TtlLruCache,
  type PodLike,
  type PodWatchEventType,
} from "../../src/kubernetes/pod-events.ts";
import type { PrefectEvent } from "../../src/prefect/events.ts";

const VERSION = "3.8.8";
const NOW = new Date("2030-01-01T00:00:00.000Z");
const RUN = "11111111-1111-4111-8111-111111111111";
const CREATED = "2024-05-01T10:00:00Z";

function pod(status: PodStatusLike, overrides: Partial<NonNullable<PodLike["metadata"]>> = {}): PodLike {
  return {
    metadata: {
      uid: "pod-uid",
      name: "flow-pod",
      namespace: "prefect",
      creationTimestamp: CREATED,
      labels: { "prefect.io/flow-run-id": RUN, "prefect.io/flow-run-name": "happy-otter" },
      ...overrides,
    },
    status,
  };
}

function event(eventType: PodWatchEventType, p: PodLike): PrefectEvent {
  return podEvent({ eventType, pod: p, prefectVersion: VERSION, now: NOW });
}

const oomFailed: PodStatusLike = {
  phase: "Failed",
  containerStatuses: [
    {
      name: "main",
      state: { terminated: { reason: "OOMKilled", finishedAt: "2024-05-01T10:05:00Z" } },
    },
  ],
};

describe("podEvent", () => {
  test("takes client-node's V1Pod as it is (a compile-time check)", () => {
    const fromClient: V1Pod = {
      metadata: { uid: "u", name: "n", namespace: "ns" },
      status: { phase: "Running" },
    };
    const accepted: PodLike = fromClient;
    assert.equal(event("ADDED", accepted).event, "prefect.kubernetes.pod.running");
  });

  test("minimal: the pod resource and the flow-run related resource", () => {
    const e = event("ADDED", pod({ phase: "Running" }));
    assert.equal(e.event, "prefect.kubernetes.pod.running");
    assert.deepEqual(e.resource, {
      "prefect.resource.id": "prefect.kubernetes.pod.pod-uid",
      "prefect.resource.name": "flow-pod",
      "kubernetes.namespace": "prefect",
    });
    assert.deepEqual(e.related, [
      {
        "prefect.resource.id": `prefect.flow-run.${RUN}`,
        "prefect.resource.role": "flow-run",
        "prefect.resource.name": "happy-otter",
      },
    ]);
    assert.deepEqual(e.payload, {});
    assert.equal(e.follows, null);
  });

  for (const phase of ["Pending", "Running", "Succeeded", "Failed", "Unknown"]) {
    test(`phase ${phase} → prefect.kubernetes.pod.${phase.toLowerCase()}`, () => {
      assert.equal(event("ADDED", pod({ phase })).event, `prefect.kubernetes.pod.${phase.toLowerCase()}`);
    });
  }

  test("all related resources, the worker's id slugified", () => {
    const e = event(
      "ADDED",
      pod(
        { phase: "Running" },
        {
          labels: {
            "prefect.io/flow-run-id": RUN,
            "prefect.io/flow-run-name": "test-run",
            "prefect.io/deployment-id": "dep-id",
            "prefect.io/deployment-name": "test-deployment",
            "prefect.io/flow-id": "flow-id",
            "prefect.io/flow-name": "test-flow",
            "prefect.io/work-pool-id": "pool-id",
            "prefect.io/work-pool-name": "test-pool",
            "prefect.io/worker-name": "Test Wörker_1",
          },
        },
      ),
    );
    assert.deepEqual(e.related, [
      {
        "prefect.resource.id": `prefect.flow-run.${RUN}`,
        "prefect.resource.role": "flow-run",
        "prefect.resource.name": "test-run",
      },
      {
        "prefect.resource.id": "prefect.deployment.dep-id",
        "prefect.resource.role": "deployment",
        "prefect.resource.name": "test-deployment",
      },
      {
        "prefect.resource.id": "prefect.flow.flow-id",
        "prefect.resource.role": "flow",
        "prefect.resource.name": "test-flow",
      },
      {
        "prefect.resource.id": "prefect.work-pool.pool-id",
        "prefect.resource.role": "work-pool",
        "prefect.resource.name": "test-pool",
      },
      {
        "prefect.resource.id": "prefect.worker.kubernetes.test-worker-1",
        "prefect.resource.role": "worker",
        "prefect.resource.name": "Test Wörker_1",
        "prefect.worker-type": "kubernetes",
        "prefect.version": VERSION,
      },
    ]);
  });

  test("empty id labels are skipped; an id label without its name label is the reference's failure", () => {
    const noRun = event("ADDED", pod({ phase: "Running" }, { labels: { "prefect.io/flow-run-id": "" } }));
    assert.deepEqual(noRun.related, []);
    assert.throws(
      () => event("ADDED", pod({ phase: "Running" }, { labels: { "prefect.io/flow-run-id": RUN } })),
      PodEventError,
    );
    assert.throws(
      () =>
        event(
          "ADDED",
          pod(
            { phase: "Running" },
            {
              labels: {
                "prefect.io/flow-run-id": RUN,
                "prefect.io/flow-run-name": "r",
                "prefect.io/flow-id": "f",
              },
            },
          ),
        ),
      /prefect.io\/flow-name/,
    );
  });

  test("a pod without a phase gets no event", () => {
    assert.throws(() => event("ADDED", pod({})), PodEventError);
  });

  test("MODIFIED + Failed + a terminated container reason → evicted, with kubernetes.reason", () => {
    const e = event("MODIFIED", pod(oomFailed));
    assert.equal(e.event, "prefect.kubernetes.pod.evicted");
    assert.deepEqual(e.resource, {
      "prefect.resource.id": "prefect.kubernetes.pod.pod-uid",
      "prefect.resource.name": "flow-pod",
      "kubernetes.namespace": "prefect",
      "kubernetes.diagnosis": "OOMKilled",
      "kubernetes.reason": "OOMKilled",
    });
    // the id keeps the reported phase
    assert.equal(
      e.id,
      podEventId({ uid: "pod-uid", phase: "Failed", restartCount: 0, diagnosis: "OOMKilled" }),
    );
    // evicted reads the terminated times like Failed
    assert.equal(e.occurred, "2024-05-01T10:05:00.000Z");
  });

  test("any terminated reason counts for the rewrite, but only on MODIFIED and only regular containers", () => {
    const error: PodStatusLike = {
      phase: "Failed",
      containerStatuses: [{ name: "main", state: { terminated: { reason: "Error" } } }],
    };
    const modified = event("MODIFIED", pod(error));
    assert.equal(modified.event, "prefect.kubernetes.pod.evicted");
    assert.equal(modified.resource["kubernetes.reason"], "Error");
    assert.equal(event("ADDED", pod(error)).event, "prefect.kubernetes.pod.failed");
    assert.equal(event("LISTED", pod(error)).event, "prefect.kubernetes.pod.failed");
    const initOnly: PodStatusLike = {
      phase: "Failed",
      initContainerStatuses: [{ name: "init", state: { terminated: { reason: "Error" } } }],
    };
    const e = event("MODIFIED", pod(initOnly));
    assert.equal(e.event, "prefect.kubernetes.pod.failed");
    assert.equal(e.resource["kubernetes.reason"], undefined);
  });

  test("the diagnosis category is a resource label; a healthy pod has none", () => {
    const pending = event(
      "ADDED",
      pod({
        phase: "Pending",
        conditions: [
          { type: "PodScheduled", reason: "Unschedulable", message: "0/1 nodes: 1 Insufficient cpu." },
        ],
      }),
    );
    assert.equal(pending.resource["kubernetes.diagnosis"], "Unschedulable.InsufficientResources");
    assert.ok(!("kubernetes.diagnosis" in event("ADDED", pod({ phase: "Pending" })).resource));
  });
});

describe("event ids", () => {
  test("match Python's uuid5 of the sorted-key json.dumps (ASCII-escaped)", () => {
    assert.equal(
      podEventId({ uid: "u1", phase: "Running", restartCount: 0, diagnosis: null }),
      "a10b3359-a537-523f-9e8e-878a517026a0",
    );
    assert.equal(
      podEventId({
        uid: 'pöd-😀"\\\x7f',
        phase: "Fäiled",
        restartCount: 12,
        diagnosis: "Unschedulable.Taint",
      }),
      "c3490b1b-99dd-51ef-b3a1-541963570334",
    );
  });

  test("deterministic: the same pod edge twice has the same id, other labels do not matter", () => {
    const a = event("ADDED", pod({ phase: "Running" }));
    const b = event("MODIFIED", pod({ phase: "Running" }, { name: "other", labels: {} }));
    assert.equal(a.id, b.id);
  });

  test("phase, restart count and diagnosis each change the id", () => {
    const base = event("ADDED", pod({ phase: "Pending" })).id;
    assert.notEqual(event("ADDED", pod({ phase: "Running" })).id, base);
    const unschedulable = event(
      "ADDED",
      pod({ phase: "Pending", conditions: [{ type: "PodScheduled", reason: "Unschedulable" }] }),
    ).id;
    assert.notEqual(unschedulable, base);
    const restarted = event(
      "ADDED",
      pod({ phase: "Pending", containerStatuses: [{ name: "c", restartCount: 1 }] }),
    );
    assert.notEqual(restarted.id, base);
  });

  test("restart count sums regular containers only", () => {
    assert.equal(
      podRestartCount({
        initContainerStatuses: [{ name: "i", restartCount: 7 }],
        containerStatuses: [{ name: "a", restartCount: 2 }, { name: "b", restartCount: 3 }, { name: "c" }],
      }),
      5,
    );
  });
});

describe("occurred", () => {
  test("Pending: the pod's creation time", () => {
    assert.equal(event("ADDED", pod({ phase: "Pending" })).occurred, "2024-05-01T10:00:00.000Z");
    assert.equal(
      event("ADDED", pod({ phase: "Pending" }, { creationTimestamp: undefined })).occurred,
      NOW.toISOString(),
    );
  });

  test("Running: the latest container start, else the pod's startTime, else now", () => {
    const running: PodStatusLike = {
      phase: "Running",
      startTime: "2024-05-01T10:00:01Z",
      initContainerStatuses: [{ name: "i", state: { running: { startedAt: "2024-05-01T11:00:00Z" } } }],
      containerStatuses: [
        { name: "a", state: { running: { startedAt: "2024-05-01T10:00:03Z" } } },
        { name: "b", state: { running: { startedAt: "2024-05-01T10:00:02.5+00:00" } } },
      ],
    };
    assert.equal(event("ADDED", pod(running)).occurred, "2024-05-01T10:00:03.000Z");
    assert.equal(
      event("ADDED", pod({ phase: "Running", startTime: "2024-05-01T10:00:01Z" })).occurred,
      "2024-05-01T10:00:01.000Z",
    );
    assert.equal(event("ADDED", pod({ phase: "Running" })).occurred, NOW.toISOString());
  });

  test("Succeeded/Failed: the latest finish of any container, init ones included", () => {
    const done: PodStatusLike = {
      phase: "Succeeded",
      initContainerStatuses: [{ name: "i", state: { terminated: { finishedAt: "2024-05-01T10:09:00Z" } } }],
      containerStatuses: [{ name: "a", state: { terminated: { finishedAt: "2024-05-01T10:08:00Z" } } }],
    };
    assert.equal(event("ADDED", pod(done)).occurred, "2024-05-01T10:09:00.000Z");
    assert.equal(event("ADDED", pod({ phase: "Failed" })).occurred, NOW.toISOString());
  });

  test("Unknown and unparseable timestamps fall back to now", () => {
    assert.equal(
      event("ADDED", pod({ phase: "Unknown", startTime: "2024-05-01T10:00:01Z" })).occurred,
      NOW.toISOString(),
    );
    assert.equal(podPhaseOccurred("Running", { startTime: "yesterday" }, undefined), undefined);
  });

  test("client-node Date objects work like the raw strings", () => {
    const typed = pod(
      {
        phase: "Running",
        containerStatuses: [
          { name: "a", state: { running: { startedAt: new Date("2024-05-01T10:00:03Z") } } },
        ],
      },
      { creationTimestamp: new Date(CREATED) },
    );
    assert.equal(event("ADDED", typed).occurred, "2024-05-01T10:00:03.000Z");
    assert.equal(
      podPhaseOccurred("Pending", {}, new Date(CREATED))?.toISOString(),
      "2024-05-01T10:00:00.000Z",
    );
  });
});

function fakeClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("PodEventChain", () => {
  const at = (iso: string, id: string): PrefectEvent => ({
    id,
    occurred: iso,
    event: "e",
    resource: {},
    related: [],
    payload: {},
    follows: null,
  });

  test("follows the pod's previous event when strictly within ±5 minutes", () => {
    const chain = new PodEventChain();
    assert.equal(chain.link("p", at("2024-01-01T00:00:00Z", "a")).follows, null);
    assert.equal(chain.link("p", at("2024-01-01T00:04:59.999Z", "b")).follows, "a");
    assert.equal(chain.link("p", at("2024-01-01T00:00:00Z", "c")).follows, "b");
    assert.equal(chain.link("p", at("2024-01-01T00:05:00Z", "d")).follows, null);
    assert.equal(chain.link("other", at("2024-01-01T00:05:00Z", "x")).follows, null);
    assert.equal(chain.link("p", at("2024-01-01T00:05:00Z", "e")).follows, "d");
  });

  test("forgets a pod 5 minutes after its last event", () => {
    const clock = fakeClock();
    const chain = new PodEventChain({ clock: clock.now });
    chain.link("p", at("2024-01-01T00:00:00Z", "a"));
    clock.advance(299_999);
    assert.equal(chain.link("p", at("2024-01-01T00:00:01Z", "b")).follows, "a");
    clock.advance(300_000);
    assert.equal(chain.link("p", at("2024-01-01T00:00:02Z", "c")).follows, null);
  });
});

describe("TtlLruCache", () => {
  test("a full cache drops the least recently used", () => {
    const cache = new TtlLruCache<number>({ maxSize: 2 });
    cache.set("a", 1);
    cache.set("b", 2);
    assert.equal(cache.get("a"), 1);
    cache.set("c", 3);
    assert.equal(cache.get("b"), undefined);
    assert.equal(cache.get("a"), 1);
    assert.equal(cache.get("c"), 3);
    assert.equal(cache.size, 2);
  });

  test("expired entries go first, so a live one survives", () => {
    const clock = fakeClock();
    const cache = new TtlLruCache<number>({ maxSize: 2, ttlMs: 10, clock: clock.now });
    cache.set("old", 1);
    clock.advance(5);
    cache.set("live", 2);
    clock.advance(1);
    cache.get("old"); // the most recently used, but about to expire
    clock.advance(4);
    cache.set("new", 3);
    assert.equal(cache.get("old"), undefined);
    assert.equal(cache.get("live"), 2);
    assert.equal(cache.get("new"), 3);
  });
});

describe("DiagnosisMemory", () => {
  const crash = (message: string) =>
    diagnosePod({
      containerStatuses: [{ name: "main", state: { waiting: { reason: "CrashLoopBackOff", message } } }],
    });

  test("logs a diagnosis once, again when any field changes, and again after the pod recovered", () => {
    const memory = new DiagnosisMemory();
    assert.equal(memory.changed("p", crash("back-off 10s")), true);
    assert.equal(memory.changed("p", crash("back-off 10s")), false);
    assert.equal(memory.changed("p", crash("back-off 20s")), true);
    assert.equal(memory.changed("q", crash("back-off 20s")), true);
    assert.equal(memory.changed("p", undefined), false);
    assert.equal(memory.changed("p", crash("back-off 20s")), true);
  });

  test("an unchanged diagnosis is logged again once 5 minutes have passed since it was", () => {
    const clock = fakeClock();
    const memory = new DiagnosisMemory({ clock: clock.now });
    assert.equal(memory.changed("p", crash("x")), true);
    clock.advance(200_000);
    assert.equal(memory.changed("p", crash("x")), false);
    clock.advance(100_000);
    assert.equal(memory.changed("p", crash("x")), true);
  });
});

// The observer's per-edge sequence, pure parts only (InfrastructurePending and emission are the observer's).
function observe(
  state: { memory: DiagnosisMemory; chain: PodEventChain },
  eventType: PodWatchEventType,
  p: PodLike,
): { event: PrefectEvent; logs: string[] } {
  const diagnosis = diagnosePod(p.status);
  const logs: string[] = [];
  if (diagnosis) {
    if (state.memory.changed(p.metadata!.uid!, diagnosis)) {
      logs.push(`${diagnosisLogLevel(diagnosis)} ${diagnosisLogMessage(diagnosis)}`);
    }
  } else state.memory.changed(p.metadata!.uid!, undefined);
  const e = podEvent({ eventType, pod: p, diagnosis, prefectVersion: VERSION, now: NOW });
  return { event: state.chain.link(p.metadata!.uid!, e), logs };
}

describe("pod lifecycles", () => {
  const fresh = () => ({ memory: new DiagnosisMemory(), chain: new PodEventChain() });

  test("pending → image pull failure: a distinct, labelled event and one ERROR log per diagnosis", () => {
    const s = fresh();
    const pending = observe(s, "ADDED", pod({ phase: "Pending" }));
    assert.deepEqual(pending.logs, []);
    const pull = (reason: string) =>
      pod({ phase: "Pending", containerStatuses: [{ name: "main", state: { waiting: { reason } } }] });
    const first = observe(s, "MODIFIED", pull("ErrImagePull"));
    assert.notEqual(first.event.id, pending.event.id);
    assert.equal(first.event.resource["kubernetes.diagnosis"], "ImagePullError");
    assert.equal(first.event.follows, pending.event.id);
    assert.equal(first.logs.length, 1);
    assert.match(
      first.logs[0]!,
      /^ERROR Image pull failed for container 'main': .*Reason: ErrImagePull\. Resolution: /,
    );
    // same category, same id — but the detail changed, so it is logged again
    const backoff = observe(s, "MODIFIED", pull("ImagePullBackOff"));
    assert.equal(backoff.event.id, first.event.id);
    assert.equal(backoff.logs.length, 1);
    assert.deepEqual(observe(s, "MODIFIED", pull("ImagePullBackOff")).logs, []);
  });

  test("unschedulable → running: WARNING once, then the label goes and the id changes", () => {
    const s = fresh();
    const stuck = pod({
      phase: "Pending",
      conditions: [{ type: "PodScheduled", reason: "Unschedulable", message: "0/1 nodes are available." }],
    });
    const a = observe(s, "ADDED", stuck);
    assert.equal(a.logs.length, 1);
    assert.match(a.logs[0]!, /^WARNING Pod is unschedulable: /);
    assert.deepEqual(observe(s, "MODIFIED", stuck).logs, []);
    const running = observe(
      s,
      "MODIFIED",
      pod({
        phase: "Running",
        containerStatuses: [{ name: "main", state: { running: { startedAt: "2024-05-01T10:01:00Z" } } }],
      }),
    );
    assert.equal(running.event.event, "prefect.kubernetes.pod.running");
    assert.ok(!("kubernetes.diagnosis" in running.event.resource));
    assert.deepEqual(running.logs, []);
    // after recovery the same failure is news again
    assert.equal(observe(s, "MODIFIED", stuck).logs.length, 1);
  });

  test("crash loop then OOM: each logged, the evicted event carries both labels", () => {
    const s = fresh();
    const loop = observe(
      s,
      "MODIFIED",
      pod({
        phase: "Running",
        containerStatuses: [
          { name: "main", restartCount: 3, state: { waiting: { reason: "CrashLoopBackOff" } } },
        ],
      }),
    );
    assert.match(loop.logs[0]!, /^ERROR Container 'main' is crash-looping/);
    const oom = observe(s, "MODIFIED", pod(oomFailed));
    assert.match(oom.logs[0]!, /^ERROR Container 'main' was killed due to out-of-memory/);
    assert.equal(oom.event.event, "prefect.kubernetes.pod.evicted");
    assert.equal(oom.event.resource["kubernetes.reason"], "OOMKilled");
    assert.equal(oom.event.resource["kubernetes.diagnosis"], "OOMKilled");
  });

  test("pod-level eviction: a WARNING and a failed (not evicted) event when no container terminated", () => {
    const s = fresh();
    const evicted = observe(
      s,
      "MODIFIED",
      pod({ phase: "Failed", reason: "Evicted", message: "The node was low on resource: memory." }),
    );
    assert.match(
      evicted.logs[0]!,
      /^WARNING Pod was evicted: The pod was evicted from its node\. The node was low/,
    );
    assert.equal(evicted.event.event, "prefect.kubernetes.pod.failed");
    assert.equal(evicted.event.resource["kubernetes.diagnosis"], "Evicted");
  });
});
