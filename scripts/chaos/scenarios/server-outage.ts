// 1. The Prefect server process stopped mid-burst and restarted (same database, same port): the worker
// rides it out, and every run ends with exactly one Job or a final state. Runs claimed or given their Job
// just as the server went away (the answer lost) are what the pending reconciliation is for, so the
// worker runs it with a short threshold here.
import { setTimeout as sleep } from "node:timers/promises";
import { startPrefectServer, stopPrefectServer } from "../../../test/harness/stack/prefect-outage.ts";
import { stopWorker } from "../../bench/workers.ts";
import { hasJobOrEnded, logLines, startBurst, waitForRuns } from "../burst.ts";
import { setUp, startChaosWorker, waitUntilReady } from "../fixtures.ts";
import { describeOutcome, noLossChecks, readRuns, waitForOutcome } from "../outcome.ts";
import { check, type Scenario } from "../types.ts";

export const serverOutage: Scenario = {
  id: 1,
  name: "Prefect server stopped mid-burst",
  async run(ctx) {
    const runs = ctx.options.quick ? 40 : 300;
    const outageSeconds = ctx.options.quick ? 15 : 60;
    const setup = await setUp(ctx, "server");
    const worker = await startChaosWorker(ctx, setup, {
      env: { PREFECT_INTEGRATIONS_KUBERNETES_WORKER_RECONCILE_PENDING_AFTER_SECONDS: "15" },
    });
    try {
      await waitUntilReady(worker);
      const { ids } = await startBurst(setup, runs);
      await waitForRuns(ids, Math.ceil(runs * 0.2), hasJobOrEnded, "with a Job");
      const before = await readRuns(ids);
      const withoutJob = before.filter((run) => !hasJobOrEnded(run)).length;
      ctx.progress(
        `stopping the Prefect server for ${outageSeconds}s (${withoutJob} runs still without a Job)`,
      );
      await stopPrefectServer();
      try {
        await sleep(outageSeconds * 1000);
      } finally {
        await startPrefectServer();
      }
      const back = Date.now();
      const survived = !worker.hasExited();
      const { outcome, settledAt } = await waitForOutcome({
        kc: ctx.kc,
        namespaces: [setup.namespace],
        flowRunIds: ids,
        timeoutMs: ctx.options.quick ? 120_000 : 300_000,
      });
      ctx.progress(describeOutcome(outcome));
      const reconciled = logLines(worker.logFile, /^(Adopted Kubernetes job|Rescheduled by worker)/).length;
      return {
        runs,
        lost: outcome.lost,
        duplicates: outcome.duplicates,
        stranded: outcome.stranded,
        recoverSeconds: settledAt === undefined ? null : (settledAt - back) / 1000,
        extra: { outageSeconds, withoutJobAtStop: withoutJob, reconciled, byState: outcome.byState },
        note: `${outageSeconds} s outage with ${withoutJob} of ${runs} runs still to submit; ${reconciled} settled by reconciliation`,
        checks: [
          check(
            "the outage hit the burst",
            withoutJob > 0,
            `${withoutJob} runs without a Job when it stopped`,
          ),
          check("the worker kept running", survived && !worker.hasExited(), survived ? "alive" : "exited"),
          ...noLossChecks(outcome),
          check("every run accounted for", settledAt !== undefined, describeOutcome(outcome)),
        ],
      };
    } finally {
      await stopWorker(worker, 30_000);
    }
  },
};
