// The observer inside our worker, end to end: real flows in real pods (local kubelet), the real Prefect
// server and API server. Pod lifecycle events, crash detection with the pod's last words, image-pull
// diagnosis and a deleted Job, a worker restart mid-run, and an API-server restart while a Job fails.
import * as k8s from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { after, before, describe, test } from "node:test";
import {
  cleanupFlows,
  flowDeployer,
  describeState,
  FLOW_ENTRYPOINTS,
  readFlowRun,
  runDeployment,
  stateHistory,
  waitForState,
  writeFlowsDir,
} from "../harness/flows.ts";
import { adminKubeConfig, createNamespace, deleteNamespace, eventually, uniqueName } from "../harness/k8s.ts";
import { createPool, eventsAbout, flowRunLogMessages } from "../harness/prefect-fixtures.ts";
import { startApiServer, stopApiServer } from "../harness/stack/apiserver-outage.ts";
import { spawnWorker, type WorkerProcess } from "../harness/worker-process.ts";

const kc = adminKubeConfig();
const batch = kc.makeApiClient(k8s.BatchV1Api);
const core = kc.makeApiClient(k8s.CoreV1Api);
const pool = uniqueName("e2e-observer");
const workerName = uniqueName("e2e-observer-worker");
const deploymentIds: string[] = [];
let namespace: string;
let flowsDir: string;
let worker: WorkerProcess;

function startWorker(): WorkerProcess {
  return spawnWorker({
    args: ["--pool", pool, "--type", "kubernetes", "--name", workerName],
    namespace,
  });
}

before(async () => {
  namespace = await createNamespace(kc, "e2e-observer");
  flowsDir = writeFlowsDir();
  await createPool(pool);
  worker = startWorker();
  await worker.waitForLog((l) => l.msg === "Observer started", "the observer to start");
});

after(async () => {
  await startApiServer(); // no-op unless a test failed mid-outage
  await worker?.stop();
  await cleanupFlows({ dir: flowsDir, deploymentIds });
  await deleteNamespace(kc, namespace);
});

const deployer = flowDeployer(() => ({ namespace, dir: flowsDir }), deploymentIds);
const deploy = (entrypoint: string, jobVariables?: Record<string, unknown>) =>
  deployer(pool, entrypoint, jobVariables);

async function podsOf(flowRunId: string): Promise<k8s.V1Pod[]> {
  const list = await core.listNamespacedPod({
    namespace,
    labelSelector: `prefect.io/flow-run-id=${flowRunId}`,
  });
  return list.items;
}

const POD_EVENTS = ["pending", "running", "succeeded", "failed", "unknown", "evicted"].map(
  (phase) => `prefect.kubernetes.pod.${phase}`,
);

describe("observer", () => {
  test("a flow that returns: Completed, and its pod's events pending → running → succeeded once each", async () => {
    const deployment = await deploy(FLOW_ENTRYPOINTS.hello);
    const run = await runDeployment(deployment.id);
    const done = await waitForState(run.id, (r) => r.state?.type === "COMPLETED", 90_000);
    assert.equal(done.state?.type, "COMPLETED", describeState(done.state));

    const [pod] = await podsOf(run.id);
    assert.ok(pod?.metadata?.uid, "the run's pod");
    const podId = `prefect.kubernetes.pod.${pod.metadata.uid}`;
    const events = await eventually(
      "the succeeded pod event",
      async () => {
        const found = await eventsAbout(podId, POD_EVENTS);
        return found.some((e) => e.event.endsWith(".succeeded")) ? found : undefined;
      },
      30_000,
    );
    assert.deepEqual(
      events.map((e) => e.event),
      [
        "prefect.kubernetes.pod.pending",
        "prefect.kubernetes.pod.running",
        "prefect.kubernetes.pod.succeeded",
      ],
    );
    assert.equal(events[1]!.follows, events[0]!.id, "running follows pending");
    assert.equal(events[2]!.follows, events[1]!.id, "succeeded follows running");
    const related = events[0]!.related.map((r) => r["prefect.resource.role"]).sort();
    assert.deepEqual(related, ["deployment", "flow", "flow-run", "work-pool", "worker"]);
    assert.equal(events[0]!.resource["kubernetes.namespace"], namespace);
    assert.equal(events[0]!.resource["prefect.resource.name"], pod.metadata.name);
  });

  test("a pod that exits before the engine starts: Crashed, with the pod's last lines on the run", async () => {
    const deployment = await deploy(FLOW_ENTRYPOINTS.hello, {
      backoff_limit: 0,
      command: "sh -c 'echo first-words; echo last-words-of-the-pod; exit 3'",
    });
    const run = await runDeployment(deployment.id);
    // PENDING runs get the reference's 30 s wait for a replacement Job before they are crashed.
    const crashed = await waitForState(run.id, (r) => r.state?.type === "CRASHED", 120_000);
    assert.equal(crashed.state?.message, "No active or succeeded pods found for any job");
    const logs = await eventually(
      "the forwarded pod logs",
      async () => {
        const messages = await flowRunLogMessages(run.id);
        return messages.includes("last-words-of-the-pod") ? messages : undefined;
      },
      20_000,
    );
    const header = logs.findIndex((m) =>
      /^Container logs from container 'prefect-job' in pod '.+':$/.test(m),
    );
    assert.ok(header >= 0, `header line in ${JSON.stringify(logs)}`);
    assert.deepEqual(logs.slice(header + 1, header + 3), ["first-words", "last-words-of-the-pod"]);
    const history = (await stateHistory(run.id)).map((s) => s.name);
    assert.ok(history.includes("InfrastructurePending"), history.join(" → "));
  });

  test("an image that cannot be pulled: InfrastructurePending and an ImagePullError log; deleting the Job crashes the run", async () => {
    const deployment = await deploy(FLOW_ENTRYPOINTS.hello, { image: "unpullable.invalid/prefect:1" });
    const run = await runDeployment(deployment.id);
    const pending = await waitForState(run.id, (r) => r.state?.name === "InfrastructurePending", 60_000);
    assert.equal(pending.state?.message, "Kubernetes pod is pending.");
    await eventually(
      "the image pull diagnosis on the run",
      async () =>
        (await flowRunLogMessages(run.id)).find((m) =>
          m.startsWith(
            "Image pull failed for container 'prefect-job': Kubernetes cannot pull the container image.",
          ),
        ),
      30_000,
    );
    const [pod] = await podsOf(run.id);
    await eventually(
      "a pod event labelled with the diagnosis",
      async () =>
        (await eventsAbout(`prefect.kubernetes.pod.${pod!.metadata!.uid}`, POD_EVENTS)).find(
          (e) => e.resource["kubernetes.diagnosis"] === "ImagePullError",
        ),
      20_000,
    );

    const pid = (await readFlowRun(run.id)).infrastructure_pid!;
    await batch.deleteNamespacedJob({ name: pid.split(":")[1]!, namespace, propagationPolicy: "Background" });
    const crashed = await waitForState(run.id, (r) => r.state?.type === "CRASHED", 90_000);
    assert.equal(crashed.state?.message, "Kubernetes job was deleted");
  });

  test("the worker restarted mid-run: the run finishes and no pod event is emitted twice", async () => {
    const deployment = await deploy(FLOW_ENTRYPOINTS.sleepy);
    const run = await runDeployment(deployment.id, { parameters: { seconds: 8 } });
    await waitForState(run.id, (r) => r.state?.type === "RUNNING", 60_000);
    assert.equal(await worker.stop(), 0);
    worker = startWorker();
    await worker.waitForLog((l) => l.msg === "Observer started", "the restarted observer");
    const done = await waitForState(run.id, (r) => r.state?.type === "COMPLETED", 90_000);
    assert.equal(done.state?.type, "COMPLETED");
    const [pod] = await podsOf(run.id);
    const podId = `prefect.kubernetes.pod.${pod!.metadata!.uid}`;
    const events = await eventually(
      "the succeeded pod event",
      async () => {
        const found = await eventsAbout(podId, POD_EVENTS);
        return found.some((e) => e.event.endsWith(".succeeded")) ? found : undefined;
      },
      30_000,
    );
    await sleep(2_000); // anything late from the restarted worker would land now
    const names = (await eventsAbout(podId, POD_EVENTS)).map((e) => e.event);
    assert.deepEqual(names, [...new Set(names)], `no duplicates in ${names.join(", ")}`);
    assert.deepEqual(
      events.map((e) => e.event),
      [
        "prefect.kubernetes.pod.pending",
        "prefect.kubernetes.pod.running",
        "prefect.kubernetes.pod.succeeded",
      ],
    );
  });

  test("the API server restarted while a Job fails: the watches resume and the run is still Crashed", async () => {
    const deployment = await deploy(FLOW_ENTRYPOINTS.hello, {
      backoff_limit: 0,
      command: "sh -c 'sleep 4; exit 1'",
    });
    const run = await runDeployment(deployment.id);
    await eventually(
      "the run's pod to be running",
      async () => (await podsOf(run.id)).find((p) => p.status?.phase === "Running"),
      60_000,
    );
    const outageStarted = worker.logs.length;
    await stopApiServer();
    await sleep(8_000); // the pod's process exits during the outage
    await startApiServer();
    const crashed = await waitForState(run.id, (r) => r.state?.type === "CRASHED", 150_000);
    assert.equal(crashed.state?.message, "No active or succeeded pods found for any job");
    const afterOutage = worker.logs.slice(outageStarted).map((l) => l.msg);
    assert.ok(
      afterOutage.some((m) => /reconnecting|relisting|listed/.test(m)),
      `the observer reported its reconnection: ${afterOutage.join(" | ")}`,
    );
  });
});
