// Log streaming end to end: with PREFECT_INTEGRATIONS_KUBERNETES_WORKER_STREAM_JOB_LOGS=true, the lines a
// run's `prefect-job` container writes become INFO logs of the flow run — once each, in order — for runs
// whose `stream_output` job variable is true. Off by default: a worker without the setting forwards
// nothing, although the default base job template makes `stream_output` true.
import * as k8s from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  cleanupFlows,
  createFlowDeployment,
  FLOW_ENTRYPOINTS,
  isFinal,
  readFlowRun,
  runDeployment,
  writeFlowsDir,
} from "../harness/flows.ts";
import { adminKubeConfig, createNamespace, deleteNamespace, eventually, uniqueName } from "../harness/k8s.ts";
import { prefectApi } from "../harness/prefect.ts";
import { createPool } from "../harness/prefect-fixtures.ts";
import { spawnWorker, type WorkerProcess } from "../harness/worker-process.ts";

const LINES = 8;
/** Never reaches Prefect: the run stays PENDING, and its only output is these lines, 0.3 s apart. */
const COMMAND = `sh -c 'for i in ${Array.from({ length: LINES }, (_, i) => i + 1).join(" ")}; do echo stream-line-$i; sleep 0.3; done'`;
const EXPECTED = Array.from({ length: LINES }, (_, i) => `stream-line-${i + 1}`);

const kc = adminKubeConfig();
const batch = kc.makeApiClient(k8s.BatchV1Api);
const core = kc.makeApiClient(k8s.CoreV1Api);
const streamingPool = uniqueName("e2e-stream");
const quietPool = uniqueName("e2e-stream-off");
const deploymentIds: string[] = [];
const runIds: string[] = [];
let namespace: string;
let flowsDir: string;
let streaming: WorkerProcess;
let quiet: WorkerProcess;

before(async () => {
  namespace = await createNamespace(kc, "e2e-stream");
  flowsDir = writeFlowsDir();
  // Writes one at a time: the server's SQLite answers 503 to writers it cannot lock in time.
  await createPool(streamingPool);
  await createPool(quietPool);
  streaming = spawnWorker({
    args: ["--pool", streamingPool, "--type", "kubernetes", "--name", uniqueName("e2e-streaming")],
    env: { PREFECT_INTEGRATIONS_KUBERNETES_WORKER_STREAM_JOB_LOGS: "true" },
    namespace,
  });
  quiet = spawnWorker({
    args: ["--pool", quietPool, "--type", "kubernetes", "--name", uniqueName("e2e-stream-off")],
    namespace,
  });
});

after(async () => {
  await Promise.all([streaming?.stop(), quiet?.stop()]);
  // The runs never reach Prefect and would stay PENDING.
  for (const id of runIds) {
    const run = await readFlowRun(id).catch(() => undefined);
    if (run && !isFinal(run)) {
      await prefectApi("POST", `/flow_runs/${id}/set_state`, {
        state: { type: "CANCELLED", name: "Cancelled", message: "test cleanup" },
        force: true,
      }).catch(() => undefined);
    }
  }
  await cleanupFlows({ dir: flowsDir, deploymentIds });
  await deleteNamespace(kc, namespace);
});

async function startRun(pool: string, jobVariables: Record<string, unknown>): Promise<string> {
  const deployment = await createFlowDeployment({
    pool,
    name: uniqueName("dep"),
    entrypoint: FLOW_ENTRYPOINTS.hello,
    jobVariables: { namespace, command: COMMAND, ...jobVariables },
    dir: flowsDir,
  });
  deploymentIds.push(deployment.id);
  const { id } = await runDeployment(deployment.id);
  runIds.push(id);
  return id;
}

interface RunLog {
  name: string;
  level: number;
  message: string;
  timestamp: string;
}

async function runLogs(runId: string): Promise<RunLog[]> {
  return prefectApi<RunLog[]>("POST", "/logs/filter", {
    logs: { flow_run_id: { any_: [runId] } },
    sort: "TIMESTAMP_ASC",
    limit: 200,
  });
}

function streamed(logs: RunLog[]): RunLog[] {
  return logs.filter((log) => log.message.startsWith("stream-line-"));
}

/** The run's pod has run its command to the end. */
async function podSucceeded(runId: string): Promise<k8s.V1Pod> {
  const job = await eventually(`the Job of flow run ${runId}`, async () => {
    const list = await batch.listNamespacedJob({
      namespace,
      labelSelector: `prefect.io/flow-run-id=${runId}`,
    });
    return list.items[0];
  });
  return eventually(
    `the pod of flow run ${runId} to succeed`,
    async () => {
      const pods = await core.listNamespacedPod({
        namespace,
        labelSelector: `job-name=${job.metadata!.name}`,
      });
      return pods.items.length === 1 && pods.items[0]!.status?.phase === "Succeeded"
        ? pods.items[0]
        : undefined;
    },
    90_000,
  );
}

/** Each line of the pod's `prefect-job` log and the kubelet's timestamp for it, in epoch ms. */
async function containerLineTimes(pod: k8s.V1Pod): Promise<Map<string, number>> {
  const text = await core.readNamespacedPodLog({
    name: pod.metadata!.name!,
    namespace,
    container: "prefect-job",
    timestamps: true,
  });
  const times = new Map<string, number>();
  for (const raw of text.split("\n").filter(Boolean)) {
    const space = raw.indexOf(" ");
    // RFC3339Nano; Prefect keeps microseconds, a JavaScript Date milliseconds.
    const stamp = raw.slice(0, space).replace(/\.(\d{1,3})\d*Z$/, ".$1Z");
    times.set(raw.slice(space + 1), Date.parse(stamp));
  }
  return times;
}

describe("log streaming", () => {
  test("the prefect-job container's lines become the run's INFO logs, only when the worker and the run ask for it", async (t) => {
    const on = await startRun(streamingPool, { stream_output: true });
    const offForRun = await startRun(streamingPool, { stream_output: false });
    // No stream_output: the default base job template's default (true) applies.
    const offByDefault = await startRun(quietPool, {});

    const logs = await eventually(
      "every streamed line in the run's logs",
      async () => {
        const found = await runLogs(on);
        return streamed(found).length >= LINES ? found : undefined;
      },
      90_000,
    );
    assert.deepEqual(
      streamed(logs).map((log) => log.message),
      EXPECTED,
      "each line once, in order",
    );
    for (const log of streamed(logs)) {
      assert.equal(log.level, 20, "INFO");
      assert.equal(log.name, "prefect.flow_runs.worker");
    }

    // The other two pods have finished; stopping the workers flushes whatever they were going to send.
    const [onPod] = await Promise.all([
      podSucceeded(on),
      podSucceeded(offForRun),
      podSucceeded(offByDefault),
    ]);
    assert.deepEqual(await Promise.all([streaming.stop(), quiet.stop()]), [0, 0]);

    assert.deepEqual(
      streamed(await runLogs(on)).map((log) => log.message),
      EXPECTED,
      "nothing repeated by the end of the stream",
    );
    for (const [runId, why] of [
      [offForRun, "stream_output: false"],
      [offByDefault, "a worker without the setting"],
    ] as const) {
      const messages = (await runLogs(runId)).map((log) => log.message);
      // The worker's own lines about the run did reach the API, so the run's logs are not empty for
      // some other reason.
      assert.ok(
        messages.some((m) => m.endsWith("submitted to infrastructure")),
        `${why}: the worker's own logs: ${messages.join(" | ")}`,
      );
      assert.deepEqual(
        messages.filter((m) => m.startsWith("stream-line-")),
        [],
        `${why}: nothing streamed`,
      );
    }

    await t.test("each streamed log carries the time the container wrote the line", async () => {
      const written = await containerLineTimes(onPod);
      assert.deepEqual([...written.keys()], EXPECTED);
      for (const log of streamed(await runLogs(on))) {
        assert.equal(Date.parse(log.timestamp), written.get(log.message), log.message);
      }
    });
  });
});
