// What the observer keeps of each Job and Pod must decide exactly as the whole object does. The fixtures are
// a Job and its Pending pod as kube-apiserver v1.36 returned them (managedFields included) from the
// benchmark's live-Jobs phase; the variants below give them the statuses the handlers tell apart.
import type { V1Job, V1Pod } from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Writable } from "node:stream";
import { test } from "node:test";
import { JobHandler, type JobOutcome } from "../../src/kubernetes/observer/job-handler.ts";
import { keptJobFields, keptPodFields } from "../../src/kubernetes/observer/kept-fields.ts";
import { diagnosePod } from "../../src/kubernetes/pod-diagnosis.ts";
import { podEvent } from "../../src/kubernetes/pod-events.ts";
import type { ObjectEventType, WatchedObject } from "../../src/kubernetes/watcher.ts";
import { createLogger } from "../../src/observability/logger.ts";

function fixture(name: string): WatchedObject {
  return JSON.parse(readFileSync(new URL(`../fixtures/kubernetes/${name}`, import.meta.url), "utf8"));
}

const JOB = fixture("pending-job.json");
const POD = fixture("pending-pod.json");
const TYPES: ObjectEventType[] = ["LISTED", "ADDED", "MODIFIED", "DELETED"];
const T = "2026-12-07T12:20:00Z";

function terminated(reason: string, exitCode: number) {
  return { terminated: { reason, exitCode, startedAt: T, finishedAt: "2026-12-07T12:21:00Z" } };
}

function container(state: object, restartCount = 0) {
  return { name: "prefect-job", image: "prefecthq/prefect:3-latest", ready: false, restartCount, state };
}

const POD_STATUSES: Record<string, object> = {
  "pending, unschedulable (as listed)": POD.status,
  "pending, image pull back-off": {
    phase: "Pending",
    containerStatuses: [container({ waiting: { reason: "ImagePullBackOff", message: "Back-off pulling" } })],
  },
  running: { phase: "Running", startTime: T, containerStatuses: [container({ running: { startedAt: T } })] },
  "crash loop": {
    phase: "Running",
    containerStatuses: [container({ waiting: { reason: "CrashLoopBackOff", message: "back-off 40s" } }, 3)],
  },
  "failed, OOMKilled": { phase: "Failed", containerStatuses: [container(terminated("OOMKilled", 137))] },
  evicted: { phase: "Failed", reason: "Evicted", message: "The node was low on resource: memory." },
  succeeded: { phase: "Succeeded", containerStatuses: [container(terminated("Completed", 0))] },
};

test("a kept Pod gives the same Prefect event and diagnosis as the whole Pod, for every status and event type", () => {
  const now = new Date("2026-12-07T13:00:00Z");
  for (const [label, status] of Object.entries(POD_STATUSES)) {
    const whole = { ...structuredClone(POD), status: structuredClone(status) };
    const kept = keptPodFields(structuredClone(whole));
    assert.deepEqual(diagnosePod(kept.status), diagnosePod(whole.status), label);
    for (const eventType of TYPES) {
      const input = { eventType, prefectVersion: "3.8.8", now };
      assert.deepEqual(
        podEvent({ ...input, pod: kept as V1Pod }),
        podEvent({ ...input, pod: whole as V1Pod }),
        `${label}, ${eventType}`,
      );
    }
  }
});

function jobHandler(): JobHandler {
  return new JobHandler({
    api: {
      readFlowRun: async () => ({ id: "r", state: { type: "RUNNING", name: "Running" } }) as never,
      setFlowRunState: async (_id, state) => ({ status: "ACCEPT", state: { type: state.type } }) as never,
    },
    listRunJobs: async () => [],
    crashedPodLogs: async () => undefined,
    runLogs: { log: () => {} },
    logger: createLogger({ level: "ERROR", destination: new Writable({ write: (_c, _e, done) => done() }) }),
    sleep: async () => {},
  });
}

const JOB_VARIANTS: Record<string, { spec?: object; status: object }> = {
  "active (as listed)": { status: JOB.status },
  "failed past the default backoff limit": {
    status: {
      failed: 7,
      conditions: [{ type: "Failed", status: "True", reason: "BackoffLimitExceeded" }],
    },
  },
  "failed within its own backoff limit": { spec: { backoffLimit: 2 }, status: { failed: 2 } },
  "failed past its own backoff limit of 0": {
    spec: { backoffLimit: 0 },
    status: { failed: 1, conditions: [{ type: "Failed", status: "True", reason: "DeadlineExceeded" }] },
  },
  succeeded: { status: { succeeded: 1 } },
};

test("a kept Job gives the Job handler's outcome of the whole Job, for every status and event type", async () => {
  const handler = jobHandler();
  for (const [label, variant] of Object.entries(JOB_VARIANTS)) {
    const whole = structuredClone(JOB);
    whole.spec = { ...whole.spec, ...variant.spec };
    whole.status = structuredClone(variant.status);
    const kept = keptJobFields(structuredClone(whole));
    for (const type of TYPES) {
      const outcomes: JobOutcome[] = [
        await handler.handle(type, kept as V1Job),
        await handler.handle(type, whole as V1Job),
      ];
      assert.deepEqual(outcomes[0], outcomes[1], `${label}, ${type}`);
    }
  }
});

test("kept objects drop managedFields, the pod template and the pod spec: a fraction of the whole", () => {
  for (const [whole, kept] of [
    [JOB, keptJobFields(JOB)],
    [POD, keptPodFields(POD)],
  ] as const) {
    assert.ok(whole.metadata?.managedFields, "the fixture is as the API server sends it");
    assert.equal(kept.metadata?.managedFields, undefined);
    assert.equal((kept.spec as { template?: unknown } | undefined)?.template, undefined);
    assert.equal(kept.metadata?.uid, whole.metadata?.uid);
    assert.equal(kept.metadata?.resourceVersion, whole.metadata?.resourceVersion);
    const ratio = JSON.stringify(kept).length / JSON.stringify(whole).length;
    assert.ok(ratio < 0.3, `${whole.kind}: kept ${Math.round(ratio * 100)} % of the whole`);
  }
  assert.equal(keptPodFields(POD).spec, undefined);
  assert.deepEqual(keptJobFields(JOB).spec, { backoffLimit: JOB.spec.backoffLimit });
});
