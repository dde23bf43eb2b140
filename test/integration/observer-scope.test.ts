// The observer's scope, in-process against the real API server and Prefect server: watching one namespace
// ignores Jobs in another, and additional label filters are honoured — a failed Job outside the scope
// leaves its run as it is, while one inside crashes its run.
import * as k8s from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { after, before, test } from "node:test";
import { Observer } from "../../src/kubernetes/observer/observer.ts";
import { createLogger } from "../../src/observability/logger.ts";
import { PrefectClient } from "../../src/prefect/client.ts";
import type { PrefectEvent } from "../../src/prefect/events.ts";
import { adminKubeConfig, createNamespace, deleteNamespace, eventually, uniqueName } from "../harness/k8s.ts";
import { prefectApi } from "../harness/prefect.ts";
import { readRun } from "../harness/prefect-fixtures.ts";
import { readStackEnv } from "../harness/stack/state.ts";

const kc = adminKubeConfig();
const batch = kc.makeApiClient(k8s.BatchV1Api);
let watched: string;
let other: string;
let observer: Observer;
const emitted: PrefectEvent[] = [];
// The runs this observer itself looked at: other workers on a shared stack may watch the whole cluster
// (and crash a run first), so the run's state alone does not say which observer acted.
const handledByUs = new Set<string>();

async function runningRun(): Promise<string> {
  const flow = await prefectApi<{ id: string }>("POST", "/flows/", { name: uniqueName("observer-scope") });
  const run = await prefectApi<{ id: string }>("POST", "/flow_runs/", { flow_id: flow.id });
  await prefectApi("POST", `/flow_runs/${run.id}/set_state`, {
    state: { type: "RUNNING", name: "Running" },
    force: true,
  });
  return run.id;
}

async function failingJob(namespace: string, flowRunId: string, labels: Record<string, string> = {}) {
  const name = uniqueName("scope");
  await batch.createNamespacedJob({
    namespace,
    body: {
      metadata: { name, labels: { "prefect.io/flow-run-id": flowRunId, ...labels } },
      spec: {
        backoffLimit: 0,
        template: {
          metadata: {
            labels: {
              "prefect.io/flow-run-id": flowRunId,
              "prefect.io/flow-run-name": "scope-run",
              ...labels,
            },
          },
          spec: {
            restartPolicy: "Never",
            containers: [{ name: "prefect-job", image: "busybox", command: ["sh", "-c", "exit 1"] }],
          },
        },
      },
    },
  });
  return name;
}

async function jobFailed(namespace: string, name: string): Promise<void> {
  await eventually(
    `Job ${namespace}/${name} to fail`,
    async () => ((await batch.readNamespacedJob({ name, namespace })).status?.failed ?? 0) >= 1 || undefined,
    60_000,
  );
}

before(async () => {
  watched = await createNamespace(kc, "observer-watched");
  other = await createNamespace(kc, "observer-other");
  observer = new Observer({
    kubeConfig: kc,
    namespaces: [watched],
    additionalLabelFilters: { team: "a" },
    replicatePodEvents: true,
    forwardCrashedRunLogs: false,
    crashedRunLogTailLines: 500,
    startupEventConcurrency: 5,
    maxLogSize: 1_000_000,
    prefectVersion: "3.8.8",
    api: new PrefectClient({ apiUrl: readStackEnv().prefectApiUrl }),
    events: { emit: (event) => emitted.push(event) },
    runLogs: { log: () => {} },
    logger: createLogger({ level: "ERROR", destination: new Writable({ write: (_c, _e, done) => done() }) }),
  });
  observer.events.on("job-handled", (e) => handledByUs.add(e.flowRunId));
  await observer.start();
});

after(async () => {
  await observer?.stop();
  await deleteNamespace(kc, watched);
  await deleteNamespace(kc, other);
});

test("only Jobs in the watched namespace with the extra labels crash their runs", async () => {
  const [inScope, unlabelled, elsewhere] = await Promise.all([runningRun(), runningRun(), runningRun()]);
  const crashedJob = await failingJob(watched, inScope, { team: "a" });
  const unlabelledJob = await failingJob(watched, unlabelled, { team: "b" });
  const elsewhereJob = await failingJob(other, elsewhere, { team: "a" });

  const crashed = await eventually(
    "the in-scope run to be Crashed",
    async () => {
      const run = await readRun(inScope);
      return run.state?.type === "CRASHED" ? run : undefined;
    },
    60_000,
  );
  assert.equal(crashed.state?.message, "No active or succeeded pods found for any job");

  await Promise.all([
    jobFailed(watched, unlabelledJob),
    jobFailed(other, elsewhereJob),
    jobFailed(watched, crashedJob),
  ]);
  await sleep(3_000); // what a watching observer would have done by now
  assert.deepEqual(
    [...handledByUs],
    [inScope],
    "a Job without team=a, or in another namespace, is not watched",
  );

  const podRuns = new Set(
    emitted
      .flatMap((e) => e.related.filter((r) => r["prefect.resource.role"] === "flow-run"))
      .map((r) => r["prefect.resource.id"]),
  );
  assert.ok(podRuns.has(`prefect.flow-run.${inScope}`), "pod events for the in-scope run");
  assert.ok(!podRuns.has(`prefect.flow-run.${unlabelled}`), "no pod events for the unlabelled run");
  assert.ok(!podRuns.has(`prefect.flow-run.${elsewhere}`), "no pod events for the other namespace");
});
