import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  executedFlowRunEvent,
  submittedFlowRunEvent,
  workerResource,
  workerStartedEvent,
  workerStoppedEvent,
} from "../../src/prefect/index.ts";
import { uuid7 } from "../../src/prefect/uuid7.ts";

const pool = { id: "pool-id", name: "k8s-pool" };
const run = {
  deployment: { id: "dep-id", name: "dep", tags: ["b", "a"], branch: "main" },
  flow: { id: "flow-id", name: "my-flow", tags: [] },
  flowRun: { id: "run-id", name: "happy-otter", tags: ["a", "Z"] },
};

describe("worker events", () => {
  test("the worker resource uses the slugified name", () => {
    assert.deepEqual(workerResource("My Worker 1"), {
      "prefect.resource.id": "prefect.worker.kubernetes.my-worker-1",
      "prefect.resource.name": "My Worker 1",
      "prefect.version": "3.8.8",
      "prefect.worker-type": "kubernetes",
    });
  });

  test("started and stopped relate the work pool; stopped follows started", () => {
    const at = new Date("2026-01-01T00:00:00Z");
    const started = workerStartedEvent({ workerName: "w", workPool: pool, occurred: at });
    assert.equal(started.event, "prefect.worker.started");
    assert.equal(started.occurred, "2026-01-01T00:00:00.000Z");
    assert.deepEqual(started.related, [
      {
        "prefect.resource.id": "prefect.work-pool.pool-id",
        "prefect.resource.role": "work-pool",
        "prefect.resource.name": "k8s-pool",
      },
    ]);
    assert.deepEqual(started.payload, {});
    assert.equal(started.follows, null);
    const stopped = workerStoppedEvent(
      { workerName: "w", workPool: pool, occurred: new Date(at.getTime() + 60_000) },
      started,
    );
    assert.equal(stopped.event, "prefect.worker.stopped");
    assert.equal(stopped.follows, started.id);
    const muchLater = workerStoppedEvent(
      { workerName: "w", occurred: new Date(at.getTime() + 300_000) },
      started,
    );
    assert.equal(muchLater.follows, null, "follows is dropped 5 minutes apart, as emit_event does");
    assert.deepEqual(muchLater.related, []);
  });

  test("submitted: deployment, flow, flow run, sorted tags, then the pool", () => {
    const submitted = submittedFlowRunEvent({ workerName: "w", workPool: pool }, run);
    assert.equal(submitted.event, "prefect.worker.submitted-flow-run");
    assert.deepEqual(submitted.related, [
      {
        "prefect.resource.id": "prefect.deployment.dep-id",
        "prefect.resource.role": "deployment",
        "prefect.resource.name": "dep",
        "prefect.deployment.branch": "main",
      },
      {
        "prefect.resource.id": "prefect.flow.flow-id",
        "prefect.resource.role": "flow",
        "prefect.resource.name": "my-flow",
      },
      {
        "prefect.resource.id": "prefect.flow-run.run-id",
        "prefect.resource.role": "flow-run",
        "prefect.resource.name": "happy-otter",
      },
      { "prefect.resource.id": "prefect.tag.Z", "prefect.resource.role": "tag" },
      { "prefect.resource.id": "prefect.tag.a", "prefect.resource.role": "tag" },
      { "prefect.resource.id": "prefect.tag.b", "prefect.resource.role": "tag" },
      {
        "prefect.resource.id": "prefect.work-pool.pool-id",
        "prefect.resource.role": "work-pool",
        "prefect.resource.name": "k8s-pool",
      },
    ]);
  });

  test("executed: the flow run gains the infrastructure pid and status code, and follows submitted", () => {
    const submitted = submittedFlowRunEvent({ workerName: "w", workPool: pool }, run);
    const executed = executedFlowRunEvent(
      { workerName: "w", workPool: pool },
      { ...run, deployment: null },
      { identifier: "ns:job-1", statusCode: 0 },
      submitted,
    );
    assert.equal(executed.event, "prefect.worker.executed-flow-run");
    assert.equal(executed.follows, submitted.id);
    const flowRun = executed.related.find((r) => r["prefect.resource.role"] === "flow-run");
    assert.deepEqual(flowRun, {
      "prefect.resource.id": "prefect.flow-run.run-id",
      "prefect.resource.role": "flow-run",
      "prefect.resource.name": "happy-otter",
      "prefect.infrastructure.identifier": "ns:job-1",
      "prefect.infrastructure.status-code": "0",
    });
    assert.ok(!executed.related.some((r) => r["prefect.resource.role"] === "deployment"));
  });

  test("event ids are time-ordered uuid7s", () => {
    const a = uuid7(1_700_000_000_000);
    const b = uuid7(1_700_000_000_001);
    assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.ok(a < b);
    assert.equal(parseInt(a.replaceAll("-", "").slice(0, 12), 16), 1_700_000_000_000);
  });
});
