// The Prefect server goes away for 30 s while the worker polls: the worker keeps running, and every run —
// one that fell due during the outage and one created after it — gets its Job.
import * as k8s from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { after, before, test } from "node:test";
import { adminKubeConfig, createNamespace, deleteNamespace, eventually, uniqueName } from "../harness/k8s.ts";
import {
  createDeployment,
  createPool,
  createScheduledRun,
  readRun,
  suspendedJobTemplate,
} from "../harness/prefect-fixtures.ts";
import { startPrefectServer, stopPrefectServer } from "../harness/stack/prefect-outage.ts";
import { spawnWorker, type WorkerProcess } from "../harness/worker-process.ts";

const kc = adminKubeConfig();
let namespace: string;
let worker: WorkerProcess | undefined;

before(async () => {
  namespace = await createNamespace(kc, "e2e-outage");
});

after(async () => {
  await worker?.stop();
  // Leave the stack as it was even when the test failed mid-outage.
  await startPrefectServer().catch(() => {});
  await deleteNamespace(kc, namespace);
});

test("the Prefect server stopped for 30 s mid-poll: the worker recovers and no run is lost", async () => {
  const pool = uniqueName("e2e-outage");
  await createPool(pool, suspendedJobTemplate());
  const deployment = await createDeployment({ pool, name: uniqueName("dep"), jobVariables: { namespace } });
  const before = await createScheduledRun(deployment.id);
  // Falls due while the server is down (prefetch is 10 s, so it is not fetched before).
  const during = await createScheduledRun(deployment.id, { scheduledAt: new Date(Date.now() + 20_000) });
  worker = spawnWorker({
    args: ["--pool", pool, "--with-healthcheck"],
    env: { PREFECT_WORKER_WEBSERVER_PORT: "0" },
    namespace,
  });
  await eventually("the first run's Job", async () =>
    (await readRun(before.id)).infrastructure_pid ? true : undefined,
  );

  await stopPrefectServer();
  await sleep(30_000);
  assert.equal(worker.child.exitCode, null, "the worker survives the outage");
  await startPrefectServer();

  const after = await createScheduledRun(deployment.id);
  for (const run of [during, after]) {
    const view = await eventually(
      `run ${run.name}'s Job`,
      async () => {
        const current = await readRun(run.id);
        return current.infrastructure_pid ? current : undefined;
      },
      90_000,
    );
    assert.equal(view.state?.type, "PENDING");
  }
  const batch = kc.makeApiClient(k8s.BatchV1Api);
  const jobs = await batch.listNamespacedJob({ namespace });
  assert.equal(jobs.items.length, 3, "one Job per run, none twice");
  assert.equal(await worker.stop(), 0);
});
