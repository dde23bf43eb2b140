// 2. The worker SIGKILLed mid-burst and started again. The kill leaves runs claimed (PENDING) with no
// infrastructure_pid — some with a Job created, some without. The restarted worker's pending
// reconciliation settles them by the Job's flow-run label: adopted, or back to SCHEDULED and submitted
// again. Outside --quick the same is done to the Python reference, which has no such reconciliation.
import { setTimeout as sleep } from "node:timers/promises";
import { readStackEnv } from "../../../test/harness/stack/state.ts";
import { startWorker, stopWorker, type RunningWorker } from "../../bench/workers.ts";
import { hasJobOrEnded, logLines, midSubmission, startBurst, waitForRuns } from "../burst.ts";
import { setUp, startChaosWorker, waitUntilReady, type Setup } from "../fixtures.ts";
import { collectOutcome, describeOutcome, noLossChecks, readRuns, waitForOutcome } from "../outcome.ts";
import { check, type ChaosContext, type Scenario } from "../types.ts";

const RECONCILE_AFTER_SECONDS = 10;

async function killMidBurst(
  ctx: ChaosContext,
  worker: RunningWorker,
  ids: string[],
): Promise<{ midSubmission: number }> {
  // Killed once a fifth of the runs have their Job: the submissions in flight are cut at every step.
  await waitForRuns(ids, Math.ceil(ids.length * 0.2), hasJobOrEnded, "with a Job");
  worker.child.kill("SIGKILL");
  await worker.exit;
  const records = await readRuns(ids);
  const stuck = records.filter(midSubmission).length;
  ctx.progress(`SIGKILL: ${stuck} runs left PENDING without a pid`);
  return { midSubmission: stuck };
}

/** The reference in the same case: killed, started again, then given time to settle what it left. */
async function reference(ctx: ChaosContext, runs: number) {
  const setup: Setup = await setUp(ctx, "kill-ref");
  const common = {
    kind: "python" as const,
    stack: readStackEnv(),
    pool: setup.pool,
    name: `${setup.pool}-worker`,
    dir: ctx.outDir,
    loops: { querySeconds: 1, heartbeatSeconds: 5, prefetchSeconds: 10 },
    env: { PREFECT_INTEGRATIONS_KUBERNETES_OBSERVER_NAMESPACES: setup.namespace },
  };
  const first = startWorker({ ...common, logName: "reference-kill-1.log" });
  const { ids } = await startBurst(setup, runs);
  const killed = await killMidBurst(ctx, first, ids);
  const second = startWorker({ ...common, logName: "reference-kill-2.log" });
  try {
    // Long enough for our worker to have settled everything several times over.
    await sleep(Math.max(60, 4 * RECONCILE_AFTER_SECONDS) * 1000);
    const outcome = await collectOutcome({ kc: ctx.kc, namespaces: [setup.namespace], flowRunIds: ids });
    ctx.progress(`reference: ${describeOutcome(outcome)}`);
    return { leftBehind: killed.midSubmission, strandedAfterRestart: outcome.stranded, lost: outcome.lost };
  } finally {
    await stopWorker(second, 30_000);
  }
}

export const workerKill: Scenario = {
  id: 2,
  name: "worker SIGKILLed mid-burst, restarted",
  async run(ctx) {
    const runs = ctx.options.quick ? 60 : 300;
    const setup = await setUp(ctx, "kill");
    const env = {
      PREFECT_INTEGRATIONS_KUBERNETES_WORKER_RECONCILE_PENDING_AFTER_SECONDS: String(RECONCILE_AFTER_SECONDS),
    };
    const first = await startChaosWorker(ctx, setup, { env, logName: "kill-1.log" });
    await waitUntilReady(first);
    const { ids } = await startBurst(setup, runs);
    const killed = await killMidBurst(ctx, first, ids);
    const restartedAt = Date.now();
    const second = await startChaosWorker(ctx, setup, { env, logName: "kill-2.log" });
    try {
      const { outcome, settledAt } = await waitForOutcome({
        kc: ctx.kc,
        namespaces: [setup.namespace],
        flowRunIds: ids,
        timeoutMs: ctx.options.quick ? 120_000 : 300_000,
      });
      ctx.progress(describeOutcome(outcome));
      const adopted = logLines(second.logFile, /^Adopted Kubernetes job/).length;
      const rescheduled = logLines(second.logFile, /^Rescheduled by worker/).length;
      const ref = ctx.options.quick ? undefined : await reference(ctx, runs);
      return {
        runs,
        lost: outcome.lost,
        duplicates: outcome.duplicates,
        stranded: outcome.stranded,
        recoverSeconds: settledAt === undefined ? null : (settledAt - restartedAt) / 1000,
        extra: {
          leftPendingByKill: killed.midSubmission,
          adopted,
          rescheduled,
          reconcileAfterSeconds: RECONCILE_AFTER_SECONDS,
          reference: ref ?? "not run with --quick",
        },
        note:
          `the kill left ${killed.midSubmission} runs PENDING without a pid; the restarted worker adopted ` +
          `${adopted} Jobs and rescheduled ${rescheduled} runs` +
          (ref
            ? `; the reference, killed the same way, left ${ref.leftBehind} and still had ${ref.strandedAfterRestart} stranded after its restart`
            : ""),
        checks: [
          check(
            "the kill cut submissions short",
            killed.midSubmission > 0,
            `${killed.midSubmission} runs mid-submission`,
          ),
          ...noLossChecks(outcome),
          check("every run accounted for", settledAt !== undefined, describeOutcome(outcome)),
        ],
      };
    } finally {
      await stopWorker(second, 30_000);
    }
  },
};
