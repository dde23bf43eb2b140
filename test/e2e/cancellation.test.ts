// Cancellation end to end: a running flow cancelled from the API (the Prefect engine in the pod ends it),
// our opt-in reaper for runs stuck in Cancelling (a Job that never runs Prefect and ignores SIGTERM), and
// the reference's worker-side cancellation of a run cancelled while it is still being submitted.
//
// Two workers: `plain` serves a pool without the reaper (and with PREFECT_WORKER_ENABLE_CANCELLATION and
// slow Job-creation retries, for the submission window); `reaper` serves a pool with
// …_DELETE_CANCELLING_JOBS_AFTER_SECONDS=5.
import * as k8s from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { after, before, describe, test } from "node:test";
import {
  cleanupFlows,
  flowDeployer,
  describeState,
  FLOW_ENTRYPOINTS,
  isFinal,
  readFlowRun,
  runDeployment,
  stateHistory,
  waitForState,
  writeFlowsDir,
} from "../harness/flows.ts";
import { adminKubeConfig, createNamespace, deleteNamespace, eventually, uniqueName } from "../harness/k8s.ts";
import { prefectApi } from "../harness/prefect.ts";
import { createPool, defaultBaseJobTemplate, flowRunLogMessages } from "../harness/prefect-fixtures.ts";
import { spawnWorker, type WorkerProcess } from "../harness/worker-process.ts";

const REAPER_GRACE_SECONDS = 5;
/** The reaper pool's pods: SIGKILL this long after SIGTERM (Kubernetes' default is 30 s). */
const POD_GRACE_SECONDS = 5;
/** A Job that never reaches Prefect and survives SIGTERM: only SIGKILL after the grace period ends it. */
const IGNORES_SIGTERM = `sh -c 'trap "" TERM; echo started; sleep 600'`;

const kc = adminKubeConfig();
const batch = kc.makeApiClient(k8s.BatchV1Api);
const core = kc.makeApiClient(k8s.CoreV1Api);
const plainPool = uniqueName("e2e-cancel");
const reaperPool = uniqueName("e2e-cancel-reaper");
const deploymentIds: string[] = [];
const runIds: string[] = [];
let namespace: string;
let flowsDir: string;
let plain: WorkerProcess;
let reaper: WorkerProcess;

before(async () => {
  namespace = await createNamespace(kc, "e2e-cancel");
  flowsDir = writeFlowsDir();
  // Writes one at a time: the server's SQLite answers 503 to writers it cannot lock in time.
  await createPool(plainPool);
  await createPool(reaperPool, shortPodGraceTemplate());
  plain = spawnWorker({
    args: [
      "--pool",
      plainPool,
      "--type",
      "kubernetes",
      "--name",
      uniqueName("e2e-cancel-plain"),
      "--with-healthcheck",
    ],
    env: {
      PREFECT_WORKER_WEBSERVER_HOST: "127.0.0.1",
      PREFECT_WORKER_WEBSERVER_PORT: "0",
      PREFECT_WORKER_ENABLE_CANCELLATION: "true",
      PREFECT_WORKER_CANCELLATION_POLL_SECONDS: "1",
      // Job creation in a namespace that does not exist fails and is retried: ~8 s in flight.
      PREFECT_INTEGRATIONS_KUBERNETES_WORKER_CREATE_JOB_RETRY_MAX_RETRIES: "9",
      PREFECT_INTEGRATIONS_KUBERNETES_WORKER_CREATE_JOB_RETRY_DELAY_SECONDS: "1",
      PREFECT_INTEGRATIONS_KUBERNETES_WORKER_CREATE_JOB_RETRY_JITTER_MIN_SECONDS: "0",
      PREFECT_INTEGRATIONS_KUBERNETES_WORKER_CREATE_JOB_RETRY_JITTER_MAX_SECONDS: "0",
    },
    namespace,
  });
  reaper = spawnWorker({
    args: ["--pool", reaperPool, "--type", "kubernetes", "--name", uniqueName("e2e-cancel-reaper")],
    env: {
      PREFECT_INTEGRATIONS_KUBERNETES_WORKER_DELETE_CANCELLING_JOBS_AFTER_SECONDS:
        String(REAPER_GRACE_SECONDS),
    },
    namespace,
  });
});

after(async () => {
  await Promise.all([plain?.stop(), reaper?.stop()]);
  // Runs this file left Cancelling or Pending end here, so no other worker's reaper finds them.
  for (const id of runIds) {
    const run = await readFlowRun(id).catch(() => undefined);
    if (run && !isFinal(run)) {
      await setState(id, { type: "CANCELLED", name: "Cancelled", message: "test cleanup" }, true).catch(
        () => undefined,
      );
    }
  }
  await cleanupFlows({ dir: flowsDir, deploymentIds });
  await deleteNamespace(kc, namespace);
});

function shortPodGraceTemplate(): Record<string, unknown> {
  const template = defaultBaseJobTemplate() as {
    job_configuration: { job_manifest: { spec: { template: { spec: Record<string, unknown> } } } };
  };
  template.job_configuration.job_manifest.spec.template.spec.terminationGracePeriodSeconds =
    POD_GRACE_SECONDS;
  return template as unknown as Record<string, unknown>;
}

const deploy = flowDeployer(() => ({ namespace, dir: flowsDir }), deploymentIds);

async function run(deploymentId: string, parameters?: Record<string, unknown>) {
  const created = await runDeployment(deploymentId, parameters ? { parameters } : {});
  runIds.push(created.id);
  return created;
}

interface SetStateResult {
  status: string;
  state: { type: string; name: string } | null;
  details: { reason?: string | null };
}

/** What the UI's Cancel button does: propose the state through the orchestration rules. */
function setState(
  runId: string,
  state: { type: string; name: string; message?: string },
  force = false,
): Promise<SetStateResult> {
  return prefectApi<SetStateResult>("POST", `/flow_runs/${runId}/set_state`, { state, force });
}

async function cancelFromApi(runId: string): Promise<void> {
  const result = await setState(runId, { type: "CANCELLING", name: "Cancelling" });
  assert.equal(result.status, "ACCEPT", `the server accepts Cancelling: ${JSON.stringify(result.details)}`);
}

async function jobOf(runId: string): Promise<k8s.V1Job> {
  return eventually(`the Job of flow run ${runId}`, async () => {
    const list = await batch.listNamespacedJob({
      namespace,
      labelSelector: `prefect.io/flow-run-id=${runId}`,
    });
    assert.ok(list.items.length <= 1, `one Job per run, found ${list.items.length}`);
    return list.items[0];
  });
}

async function podsOf(job: k8s.V1Job): Promise<k8s.V1Pod[]> {
  const list = await core.listNamespacedPod({ namespace, labelSelector: `job-name=${job.metadata!.name}` });
  return list.items;
}

async function readJob(job: k8s.V1Job): Promise<k8s.V1Job | "gone"> {
  try {
    return await batch.readNamespacedJob({ name: job.metadata!.name!, namespace });
  } catch (err) {
    if (err instanceof k8s.ApiException && err.code === 404) return "gone";
    throw err;
  }
}

/** The worker's /metrics (it runs with --with-healthcheck on a free loopback port). */
async function metrics(worker: WorkerProcess): Promise<string> {
  const listening = await worker.waitForLog(
    (l) => l.msg.startsWith("Health server listening on"),
    "its health server",
  );
  const port = /:(\d+)$/.exec(listening.msg)![1];
  const response = await fetch(`http://127.0.0.1:${port}/metrics`);
  assert.equal(response.status, 200);
  return response.text();
}

async function historyLine(runId: string): Promise<string> {
  return (await stateHistory(runId)).map(describeState).join(" → ");
}

/**
 * The events of the Job's pod from now until its DELETED event, whose object is the pod's last state
 * (the kubelet writes the terminal status before it removes the pod).
 */
async function podEventsUntilDeletion(job: k8s.V1Job): Promise<{ type: string; pod: k8s.V1Pod }[]> {
  const events: { type: string; pod: k8s.V1Pod }[] = [];
  let settle!: (error?: unknown) => void;
  const done = new Promise<void>((resolve, reject) => (settle = (e) => (e ? reject(e) : resolve())));
  const request = await new k8s.Watch(kc).watch(
    `/api/v1/namespaces/${namespace}/pods`,
    { labelSelector: `job-name=${job.metadata!.name}` },
    (type: string, pod: k8s.V1Pod) => {
      events.push({ type, pod });
      if (type === "DELETED") settle();
    },
    (error: unknown) => settle(error ?? new Error("the pod watch ended before the pod was deleted")),
  );
  try {
    await done;
  } finally {
    request.abort();
  }
  return events;
}

/** The run's pod is running its command (the kubelet has started the process). */
async function podRunning(job: k8s.V1Job): Promise<k8s.V1Pod> {
  return eventually(
    `a running pod of Job ${job.metadata!.name}`,
    async () => (await podsOf(job)).find((pod) => pod.status?.phase === "Running"),
    60_000,
  );
}

describe("cancellation", () => {
  test("a running flow cancelled from the API ends CANCELLED and its pod stops", async () => {
    const deployment = await deploy(plainPool, FLOW_ENTRYPOINTS.sleepy);
    const { id } = await run(deployment.id, { seconds: 600 });
    await waitForState(id, (r) => r.state?.type === "RUNNING", 90_000);
    // The flow is really running: its ticks reach the API.
    await eventually("a tick of the sleepy flow", async () =>
      (await flowRunLogMessages(id)).some((m) => m.startsWith("sleepy: tick")) ? true : undefined,
    );
    const job = await jobOf(id);
    const [pod] = await podsOf(job);
    assert.ok(pod, "the run has a pod");

    const started = Date.now();
    await cancelFromApi(id);
    const finished = await waitForState(id, isFinal, 60_000);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    // The runner in the pod (`prefect flow-run execute`) hears of Cancelling, kills the engine's process
    // and proposes Cancelled itself; no worker is involved.
    assert.equal(finished.state?.type, "CANCELLED", `history: ${await historyLine(id)}`);
    assert.equal(finished.state?.message, "Flow run was cancelled successfully.", `after ${seconds}s`);
    const types = (await stateHistory(id)).map((s) => s.type);
    assert.deepEqual(types.slice(-3), ["RUNNING", "CANCELLING", "CANCELLED"]);

    // The runner then exits 0: the pod succeeds, the Job completes — nothing is left running.
    const [ended] = await eventually(
      "the pod to end",
      async () => {
        const pods = await podsOf(job);
        return pods.every((p) => ["Succeeded", "Failed"].includes(p.status?.phase ?? "")) ? pods : undefined;
      },
      60_000,
    );
    assert.equal(ended?.metadata?.uid, pod.metadata?.uid, "the same pod, not a retry");
    assert.equal(ended?.status?.phase, "Succeeded");
    assert.equal(ended?.status?.containerStatuses?.[0]?.state?.terminated?.exitCode, 0);
    await eventually("the Job to complete", async () => {
      const current = await readJob(job);
      assert.notEqual(current, "gone", "the Job is not deleted");
      return (current as k8s.V1Job).status?.conditions?.some(
        (c) => c.type === "Complete" && c.status === "True",
      )
        ? true
        : undefined;
    });
    const logs = await flowRunLogMessages(id);
    assert.ok(logs.includes("Flow run was cancelled."), `the runner's log line: ${logs.join(" | ")}`);
  });

  test(
    `a run stuck in Cancelling: the reaper deletes its Job after ${REAPER_GRACE_SECONDS}s and marks it ` +
      "CANCELLED; without the setting it stays Cancelling",
    async () => {
      const reaped = await deploy(reaperPool, FLOW_ENTRYPOINTS.hello, { command: IGNORES_SIGTERM });
      const left = await deploy(plainPool, FLOW_ENTRYPOINTS.hello, { command: IGNORES_SIGTERM });
      const reapedRun = await run(reaped.id);
      const leftRun = await run(left.id);
      const [reapedJob, leftJob] = await Promise.all([jobOf(reapedRun.id), jobOf(leftRun.id)]);
      await Promise.all([podRunning(reapedJob), podRunning(leftJob)]);
      // The pid is what the reaper needs; it is set right after the Job is created.
      for (const { id } of [reapedRun, leftRun]) {
        const current = await waitForState(id, (r) => r.infrastructure_pid !== null, 30_000);
        assert.equal(current.state?.type, "PENDING", "the pod never reaches Prefect: the run stays PENDING");
      }

      const podEventsUntilDeleted = podEventsUntilDeletion(reapedJob);
      podEventsUntilDeleted.catch(() => undefined); // awaited below
      const cancelledAt = Date.now();
      await cancelFromApi(reapedRun.id);
      await cancelFromApi(leftRun.id);

      const finished = await waitForState(reapedRun.id, isFinal, 40_000);
      assert.equal(finished.state?.type, "CANCELLED", `history: ${await historyLine(reapedRun.id)}`);
      assert.equal(
        finished.state?.message,
        `Flow run cancelled by worker: its job was deleted after ${REAPER_GRACE_SECONDS}s in Cancelling.`,
      );
      const states = await stateHistory(reapedRun.id);
      const cancelling = states.find((s) => s.type === "CANCELLING")!;
      const inCancelling = (Date.parse(finished.state!.timestamp) - Date.parse(cancelling.timestamp)) / 1000;
      assert.ok(inCancelling >= REAPER_GRACE_SECONDS, `not before the grace period (${inCancelling}s)`);
      const deleted = await readJob(reapedJob);
      assert.ok(deleted === "gone" || deleted.metadata?.deletionTimestamp, "the Job is being deleted");
      const warning =
        `Flow run stayed Cancelling for more than ${REAPER_GRACE_SECONDS}s; deleting its Kubernetes job ` +
        `'${namespace}:${reapedJob.metadata!.name}' so its pods stop.`;
      await eventually("the reaper's warning in the run's logs", async () =>
        (await flowRunLogMessages(reapedRun.id)).includes(warning) ? true : undefined,
      );

      // Foreground deletion: the pod is deleted with its grace period; it ignores SIGTERM and runs on,
      // is killed (137 = SIGKILL; SIGTERM would be 143) when the period is over, and only then does the
      // Job disappear.
      const podEvents = await podEventsUntilDeleted;
      const terminating = podEvents.find((e) => e.pod.metadata?.deletionTimestamp);
      assert.equal(terminating?.pod.status?.phase, "Running", "still running once deletion has begun");
      assert.equal(terminating?.pod.metadata?.deletionGracePeriodSeconds, POD_GRACE_SECONDS);
      const last = podEvents.at(-1)!;
      assert.equal(last.type, "DELETED");
      assert.equal(last.pod.status?.containerStatuses?.[0]?.state?.terminated?.exitCode, 137);
      await eventually("the reaped Job to disappear", async () =>
        (await readJob(reapedJob)) === "gone" ? true : undefined,
      );
      // The observer saw the Job deleted and left the run alone: CANCELLED, not CRASHED.
      assert.equal((await readFlowRun(reapedRun.id)).state?.type, "CANCELLED");

      // The other run, served by a worker without the setting, is still Cancelling 15 s on, its pod running.
      const waitUntil = cancelledAt + 15_000;
      if (Date.now() < waitUntil) await sleep(waitUntil - Date.now());
      const still = await readFlowRun(leftRun.id);
      assert.equal(still.state?.type, "CANCELLING", `history: ${await historyLine(leftRun.id)}`);
      const leftPods = await podsOf(leftJob);
      assert.equal(leftPods.length, 1);
      assert.equal(leftPods[0]?.status?.phase, "Running");
      assert.equal(leftPods[0]?.metadata?.deletionTimestamp, undefined);
      assert.notEqual(await readJob(leftJob), "gone");
    },
  );

  test("a run cancelled while it is being submitted: the worker marks it CANCELLED (ENABLE_CANCELLATION)", async () => {
    // The namespace does not exist: every attempt at creating the Job fails, so the run stays in flight
    // for the retries (~8 s), PENDING and without an infrastructure pid.
    const deployment = await deploy(plainPool, FLOW_ENTRYPOINTS.hello, {
      namespace: uniqueName("e2e-no-ns"),
    });
    const { id } = await run(deployment.id);
    await waitForState(id, (r) => r.state?.name === "Submitting", 30_000);
    await cancelFromApi(id);

    const finished = await waitForState(id, isFinal, 30_000);
    assert.equal(finished.state?.type, "CANCELLED", `history: ${await historyLine(id)}`);
    assert.equal(finished.state?.message, "Flow run cancelled by worker (no infrastructure found).");
    assert.equal(finished.infrastructure_pid, null);

    // The submission goes on to fail; its crash proposal comes after the run is final and is refused.
    await plain.waitForLog(
      (l) => l.flowRunId === id && l.msg.startsWith("Failed to submit flow run"),
      "the submission's failure",
      30_000,
    );
    await eventually("the submission to be counted as crashed", async () =>
      /^prefect_worker_flow_runs_submitted_total\{result="crashed"\} 1$/m.test(await metrics(plain))
        ? true
        : undefined,
    );
    const after = await readFlowRun(id);
    assert.equal(after.state?.type, "CANCELLED", `history: ${await historyLine(id)}`);
    const types = (await stateHistory(id)).map((s) => s.type);
    assert.deepEqual(types, ["SCHEDULED", "PENDING", "PENDING", "CANCELLING", "CANCELLED"]);
  });
});
