// 5. The Kubernetes control plane fails mid-burst: the kube-apiserver is stopped and started again, then
// etcd is frozen (SIGSTOP) and thawed. Every run's Job fails (its pod exits 1), so every run must end
// Crashed — by the observer, whose watches must resume after both faults, and never because the Job
// could not be created (the worker retries creation across the outage; its retry budget is raised here
// to span it, as an operator would for a flaky control plane).
import { setTimeout as sleep } from "node:timers/promises";
import { defaultBaseJobTemplate } from "../../../test/harness/prefect-fixtures.ts";
import { stackDir } from "../../../test/harness/paths.ts";
import { startApiServer, stopApiServer } from "../../../test/harness/stack/apiserver-outage.ts";
import { ProcessTable } from "../../../test/harness/stack/processes.ts";
import { stopWorker } from "../../bench/workers.ts";
import { hasJobOrEnded, startBurst, waitForRuns } from "../burst.ts";
import { setUp, startChaosWorker, waitUntilReady } from "../fixtures.ts";
import { describeOutcome, noLossChecks, waitForOutcome } from "../outcome.ts";
import { check, type Scenario } from "../types.ts";

async function freezeEtcd(seconds: number): Promise<void> {
  const pid = new ProcessTable(stackDir).runningPid("etcd");
  if (pid === undefined) throw new Error("the stack's etcd is not running");
  process.kill(pid, "SIGSTOP");
  try {
    await sleep(seconds * 1000);
  } finally {
    process.kill(pid, "SIGCONT");
  }
}

function metric(text: string, name: string): number {
  return text
    .split("\n")
    .filter((line) => line.startsWith(name))
    .reduce((sum, line) => sum + Number(line.split(" ").at(-1)), 0);
}

export const kubeOutage: Scenario = {
  id: 5,
  name: "kube-apiserver restarted, etcd paused",
  async run(ctx) {
    const runs = ctx.options.quick ? 20 : 50;
    const apiDownSeconds = ctx.options.quick ? 5 : 10;
    const etcdPausedSeconds = ctx.options.quick ? 10 : 20;
    const setup = await setUp(ctx, "kube", defaultBaseJobTemplate(), {
      backoff_limit: 0,
      command: "sh -c 'sleep 3; exit 1'",
    });
    const worker = await startChaosWorker(ctx, setup, {
      env: {
        PREFECT_INTEGRATIONS_KUBERNETES_WORKER_CREATE_JOB_RETRY_MAX_RETRIES: "60",
        PREFECT_INTEGRATIONS_KUBERNETES_WORKER_CREATE_JOB_RETRY_DELAY_SECONDS: "1",
        PREFECT_INTEGRATIONS_KUBERNETES_WORKER_RECONCILE_PENDING_AFTER_SECONDS: "30",
      },
    });
    try {
      await waitUntilReady(worker);
      const { ids } = await startBurst(setup, runs);
      await waitForRuns(ids, Math.ceil(runs * 0.2), hasJobOrEnded, "with a Job");
      ctx.progress(`stopping the kube-apiserver for ${apiDownSeconds}s`);
      await stopApiServer();
      try {
        await sleep(apiDownSeconds * 1000);
      } finally {
        await startApiServer({ settle: false });
      }
      ctx.progress(`freezing etcd for ${etcdPausedSeconds}s`);
      await freezeEtcd(etcdPausedSeconds);
      const thawed = Date.now();
      const { outcome, settledAt } = await waitForOutcome({
        kc: ctx.kc,
        namespaces: [setup.namespace],
        flowRunIds: ids,
        timeoutMs: ctx.options.quick ? 240_000 : 420_000,
      });
      ctx.progress(describeOutcome(outcome));
      const crashed = outcome.byState.CRASHED ?? 0;
      const atSubmission = Object.entries(outcome.crashReasons)
        .filter(([reason]) => /^Failed to submit/.test(reason))
        .reduce((sum, [, count]) => sum + count, 0);
      const metrics = await worker.metrics().catch(() => "");
      const reconnects = metric(metrics, "prefect_worker_watch_reconnects_total");
      return {
        runs,
        lost: outcome.lost,
        duplicates: outcome.duplicates,
        stranded: outcome.stranded,
        recoverSeconds: settledAt === undefined ? null : (settledAt - thawed) / 1000,
        extra: {
          apiDownSeconds,
          etcdPausedSeconds,
          crashed,
          crashedAtSubmission: atSubmission,
          watchReconnects: reconnects,
        },
        note:
          `apiserver down ${apiDownSeconds} s, etcd frozen ${etcdPausedSeconds} s: ${crashed} of ${runs} failing ` +
          `Jobs' runs Crashed, ${atSubmission} at submission; ${reconnects} watch reconnects`,
        checks: [
          check("every failing Job's run Crashed", crashed === runs, `${crashed} of ${runs} Crashed`),
          check("no Job creation given up", atSubmission === 0, `${atSubmission} crashed at submission`),
          check("the watches reconnected", reconnects > 0, `${reconnects} reconnects`),
          check("the worker kept running", !worker.hasExited(), worker.hasExited() ? "exited" : "alive"),
          ...noLossChecks(outcome),
        ],
      };
    } finally {
      await startApiServer({ settle: false }).catch(() => undefined);
      await stopWorker(worker, 30_000);
    }
  },
};
