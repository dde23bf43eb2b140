// Real flows in real pods: our worker submits runs of deployments whose flows run in Jobs started by the
// local kubelet (`prefect flow-run execute` from the pinned venv), and the runs end as Prefect ends them —
// COMPLETED for a flow that returns, FAILED for one that raises — while a pod that fails before Prefect
// starts is retried by Kubernetes as the job variables say.
import * as k8s from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  cleanupFlows,
  flowDeployer,
  describeState,
  FLOW_ENTRYPOINTS,
  isFinal,
  runDeployment,
  stateHistory,
  waitForFinalState,
  waitForState,
  writeFlowsDir,
  type FlowRun,
} from "../harness/flows.ts";
import { adminKubeConfig, createNamespace, deleteNamespace, eventually, uniqueName } from "../harness/k8s.ts";
import { createPool, flowRunLogMessages } from "../harness/prefect-fixtures.ts";
import { spawnWorker, type WorkerProcess } from "../harness/worker-process.ts";

const kc = adminKubeConfig();
const batch = kc.makeApiClient(k8s.BatchV1Api);
const core = kc.makeApiClient(k8s.CoreV1Api);
const pool = uniqueName("e2e-flows");
const workerName = uniqueName("e2e-flows-worker");
const deploymentIds: string[] = [];
let namespace: string;
let flowsDir: string;
let worker: WorkerProcess;

before(async () => {
  namespace = await createNamespace(kc, "e2e-flows");
  flowsDir = writeFlowsDir();
  await createPool(pool);
  worker = spawnWorker({ args: ["--pool", pool, "--type", "kubernetes", "--name", workerName], namespace });
});

after(async () => {
  await worker?.stop();
  await cleanupFlows({ dir: flowsDir, deploymentIds });
  await deleteNamespace(kc, namespace);
});

const deployer = flowDeployer(() => ({ namespace, dir: flowsDir }), deploymentIds);
const deploy = (
  entrypoint: string,
  jobVariables?: Record<string, unknown>,
  parameters?: Record<string, unknown>,
) => deployer(pool, entrypoint, jobVariables, parameters);

async function jobOf(flowRunId: string): Promise<k8s.V1Job> {
  return eventually(`the Job of flow run ${flowRunId}`, async () => {
    const list = await batch.listNamespacedJob({
      namespace,
      labelSelector: `prefect.io/flow-run-id=${flowRunId}`,
    });
    assert.ok(list.items.length <= 1, `one Job per run, found ${list.items.length}`);
    return list.items[0];
  });
}

async function podsOf(job: k8s.V1Job): Promise<k8s.V1Pod[]> {
  const list = await core.listNamespacedPod({ namespace, labelSelector: `job-name=${job.metadata!.name}` });
  return list.items;
}

/** The run's state history as one line, for assertion messages. */
async function historyLine(runId: string): Promise<string> {
  return (await stateHistory(runId)).map(describeState).join(" → ");
}

/**
 * The observer's part of a pod-level failure: once the Job has exhausted its retries and no other Job of
 * the run is active, the run — still PENDING, as no pod ever reached Prefect — is marked CRASHED. The
 * reference observer waits up to 30 s for a replacement Job before it proposes the crash.
 */
async function expectObserverCrash(runId: string): Promise<FlowRun> {
  const run = await waitForState(runId, isFinal, 50_000);
  assert.equal(run.state?.type, "CRASHED", `history: ${await historyLine(runId)}`);
  assert.equal(run.state?.message, "No active or succeeded pods found for any job");
  return run;
}

describe("flow runs in pods", () => {
  test("a flow that returns: the run is COMPLETED, and its Job and pod carry the worker's labels", async () => {
    const deployment = await deploy(FLOW_ENTRYPOINTS.hello, {}, { name: "deployment" });
    const run = await runDeployment(deployment.id, { parameters: { name: "e2e" } });

    const finished = await waitForFinalState(run.id, 90_000);
    assert.equal(finished.state?.type, "COMPLETED", `history: ${await historyLine(run.id)}`);
    const types = (await stateHistory(run.id)).map((s) => s.type);
    assert.deepEqual(
      types.filter((t, i) => t !== types[i - 1]),
      ["SCHEDULED", "PENDING", "RUNNING", "COMPLETED"],
    );
    // log_prints: the flow's print reached the API from inside the pod.
    const messages = await eventually("the flow's printed line in the run's logs", async () => {
      const found = await flowRunLogMessages(run.id);
      return found.includes("hello, e2e!") ? found : undefined;
    });
    assert.ok(messages.length > 0);

    const job = await jobOf(run.id);
    // The run is COMPLETED before the flow's process exits, so the pod may still be Running here.
    const pods = await eventually("the pod to succeed", async () => {
      const found = await podsOf(job);
      return found.every((pod) => pod.status?.phase === "Succeeded") ? found : undefined;
    });
    assert.equal(pods.length, 1, "one pod");
    const expected: Record<string, string> = {
      "prefect.io/flow-run-id": run.id,
      "prefect.io/flow-run-name": run.name,
      "prefect.io/deployment-id": deployment.id,
      "prefect.io/deployment-name": deployment.name,
      "prefect.io/flow-id": deployment.flow_id,
      "prefect.io/flow-name": "hello",
      "prefect.io/work-pool-name": pool,
      "prefect.io/worker-name": workerName,
      "app.kubernetes.io/managed-by": "prefect",
    };
    for (const [what, labels] of [
      ["Job", job.metadata!.labels ?? {}],
      ["pod", pods[0]!.metadata!.labels ?? {}],
    ] as const) {
      for (const [key, value] of Object.entries(expected)) {
        assert.equal(labels[key], value, `${what} label ${key}`);
      }
      for (const key of ["prefect.io/work-pool-id", "prefect.io/deployment-updated", "prefect.io/version"]) {
        assert.ok(labels[key], `${what} has label ${key}`);
      }
    }
  });

  test("a flow that raises: the run is FAILED, not CRASHED", async () => {
    const deployment = await deploy(FLOW_ENTRYPOINTS.boom);
    const run = await runDeployment(deployment.id);

    const finished = await waitForFinalState(run.id, 90_000);
    assert.equal(finished.state?.type, "FAILED", `history: ${await historyLine(run.id)}`);
    assert.match(finished.state?.message ?? "", /boom: this flow fails on purpose/);
    const types = (await stateHistory(run.id)).map((s) => s.type);
    assert.ok(types.includes("RUNNING"), `the flow ran: ${types.join(" → ")}`);
    assert.ok(!types.includes("CRASHED"), `never CRASHED: ${types.join(" → ")}`);
    // The flow's failure is Prefect's; the pod's process exits non-zero all the same.
    const pods = await podsOf(await jobOf(run.id));
    assert.equal(pods.length, 1, "backoff_limit 0: no retry");
  });

  test("a pod that fails before Prefect starts: Kubernetes retries it backoff_limit times", async (t) => {
    const deployment = await deploy(FLOW_ENTRYPOINTS.hello, {
      backoff_limit: 2,
      // Unknown images' commands run on the host: this pod exits 1 without ever reaching Prefect.
      command: "sh -c 'echo dying; exit 1'",
    });
    const run = await runDeployment(deployment.id);
    const job = await jobOf(run.id);

    const failed = await eventually(
      "the Job to fail after its retries",
      async () => {
        const current = await batch.readNamespacedJob({ name: job.metadata!.name!, namespace });
        const condition = current.status?.conditions?.find((c) => c.type === "Failed" && c.status === "True");
        return condition ? current : undefined;
      },
      120_000,
    );
    assert.equal(failed.status?.failed, 3, "the first pod and two retries failed");
    assert.equal(failed.status?.conditions?.find((c) => c.type === "Failed")?.reason, "BackoffLimitExceeded");
    const pods = await podsOf(job);
    assert.equal(pods.length, 3, "three pods for the Job");
    for (const pod of pods) {
      assert.equal(pod.status?.phase, "Failed", `pod ${pod.metadata!.name}`);
      const env = pod.spec!.containers[0]!.env ?? [];
      assert.deepEqual(
        env.filter((e) => e.name === "PREFECT_FLOW_RUN_EXECUTE_SIGTERM_BEHAVIOR").map((e) => e.value),
        ["relinquish"],
        "backoff_limit > 0: Kubernetes owns retries, so a SIGTERMed run relinquishes",
      );
      assert.deepEqual(pod.spec!.containers[0]!.args, ["sh", "-c", "echo dying; exit 1"]);
    }
    // No pod reached Prefect: the run never ran (the observer may already have crashed it).
    const types = (await stateHistory(run.id)).map((s) => s.type);
    assert.ok(!types.includes("RUNNING"), `never RUNNING: ${types.join(" → ")}`);
    assert.ok(types.includes("PENDING"), `submitted: ${types.join(" → ")}`);

    await t.test("the observer marks the run CRASHED once Kubernetes' retries are spent", () =>
      expectObserverCrash(run.id).then(() => undefined),
    );
  });
});
