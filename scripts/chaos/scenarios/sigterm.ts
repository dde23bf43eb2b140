// 3. SIGTERM with submissions in flight. The worker's Kubernetes API goes through a loopback proxy that
// adds latency, so many runs sit between their claim and their Job when the signal comes. The worker
// waits its shutdown grace (a setting, short here), then abandons what is left at its next step and
// settles each run: its Job adopted if the create went through, else back to SCHEDULED. At exit no run
// may be PENDING; then a second worker takes the SCHEDULED ones, and no run gets a second Job.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { load as parseYaml } from "js-yaml";
import { repoRoot } from "../../../test/harness/paths.ts";
import { readStackEnv } from "../../../test/harness/stack/state.ts";
import { stopWorker } from "../../bench/workers.ts";
import { logLines, midSubmission, startBurst, waitForRuns } from "../burst.ts";
import { FaultProxy } from "../fault-proxy.ts";
import { setUp, startChaosWorker, waitUntilReady } from "../fixtures.ts";
import { collectOutcome, describeOutcome, noLossChecks, readRuns, waitForOutcome } from "../outcome.ts";
import { check, type ChaosContext, type Scenario } from "../types.ts";

const GRACE_SECONDS = 2;

/** The stack's kubeconfig with its server moved to the proxy (same certificates: the proxy is TCP). */
async function kubeApiProxy(
  ctx: ChaosContext,
  latencyMs: number,
): Promise<{ proxy: FaultProxy; kubeconfig: string }> {
  const text = readFileSync(readStackEnv().kubeconfig, "utf8");
  const server = /server:\s*(\S+)/.exec(text)?.[1];
  if (!server) throw new Error("the stack's kubeconfig names no server");
  const target = new URL(server);
  const proxy = await FaultProxy.start({
    target: { host: target.hostname, port: Number(target.port) },
    latencyMs,
  });
  const kubeconfig = join(ctx.outDir, "kubeconfig-through-proxy");
  writeFileSync(kubeconfig, text.replace(server, `https://127.0.0.1:${proxy.port}`));
  return { proxy, kubeconfig };
}

function chartTerminationGraceSeconds(): number {
  const values = parseYaml(readFileSync(join(repoRoot, "charts/prefect-worker/values.yaml"), "utf8")) as {
    worker?: { terminationGracePeriodSeconds?: number };
  };
  return values.worker?.terminationGracePeriodSeconds ?? 30;
}

export const sigtermInFlight: Scenario = {
  id: 3,
  name: "SIGTERM with submissions in flight",
  async run(ctx) {
    const inFlight = ctx.options.quick ? 20 : 50;
    const setup = await setUp(ctx, "sigterm");
    // Both links slow: when the signal comes, some runs are still between claim and Job create (they
    // are abandoned at the next step and settled), others are inside the create (left to reconciliation).
    const { proxy, kubeconfig } = await kubeApiProxy(ctx, 2500);
    const prefectUrl = new URL(readStackEnv().prefectApiUrl);
    const prefectProxy = await FaultProxy.start({
      target: { host: prefectUrl.hostname, port: Number(prefectUrl.port) },
      latencyMs: 400,
    });
    const worker = await startChaosWorker(ctx, setup, {
      logName: "sigterm-1.log",
      env: {
        KUBECONFIG: kubeconfig,
        PREFECT_API_URL: `http://127.0.0.1:${prefectProxy.port}${prefectUrl.pathname}`,
        PREFECT_INTEGRATIONS_KUBERNETES_WORKER_SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS),
        PREFECT_INTEGRATIONS_KUBERNETES_WORKER_SUBMISSION_CONCURRENCY: String(inFlight),
        // The observer's watches would share the slow link; this scenario is about submissions.
        PREFECT_INTEGRATIONS_KUBERNETES_OBSERVER_ENABLED: "false",
      },
    });
    let second;
    try {
      await waitUntilReady(worker);
      const { ids } = await startBurst(setup, inFlight);
      await waitForRuns(ids, inFlight / 2, midSubmission, "claimed and waiting for their Job", 60_000);
      const sentAt = Date.now();
      const stopped = await stopWorker(worker, 120_000);
      const exitMs = stopped.exit.at - sentAt;
      ctx.progress(`SIGTERM → exit ${stopped.exit.code} in ${exitMs} ms`);
      await Promise.all([proxy.close(), prefectProxy.close()]);
      const atExit = await collectOutcome({
        kc: ctx.kc,
        namespaces: [setup.namespace],
        flowRunIds: ids,
        scheduledIsFine: true,
      });
      ctx.progress(`at exit: ${describeOutcome(atExit)}`);
      const settledLine = logLines(worker.logFile, /^abandoned submissions settled/)[0];
      const settled = settledLine !== undefined;
      const settledCounts = JSON.stringify(
        settledLine ? ((JSON.parse(settledLine) as { outcomes?: unknown }).outcomes ?? {}) : {},
      );
      // Runs whose Job create was still on the wire at exit: left PENDING on purpose, for the next
      // worker's reconciliation (rescheduling them could give them a second Job).
      const leftInFlight = new Set(
        logLines(worker.logFile, /still inside a call at exit/).flatMap(
          (line) => (JSON.parse(line) as { flowRunIds?: string[] }).flowRunIds ?? [],
        ),
      );
      const strandedAtExit = (await readRuns(ids)).filter(
        (run) => midSubmission(run) && !leftInFlight.has(run.id),
      );

      const restartedAt = Date.now();
      second = await startChaosWorker(ctx, setup, {
        logName: "sigterm-2.log",
        env: { PREFECT_INTEGRATIONS_KUBERNETES_WORKER_RECONCILE_PENDING_AFTER_SECONDS: "10" },
      });
      const { outcome, settledAt } = await waitForOutcome({
        kc: ctx.kc,
        namespaces: [setup.namespace],
        flowRunIds: ids,
        timeoutMs: 120_000,
      });
      ctx.progress(`after a second worker: ${describeOutcome(outcome)}`);
      const terminationGrace = chartTerminationGraceSeconds();
      return {
        runs: inFlight,
        lost: atExit.lost + outcome.lost,
        duplicates: outcome.duplicates,
        stranded: strandedAtExit.length + outcome.stranded,
        recoverSeconds: settledAt === undefined ? null : (settledAt - restartedAt) / 1000,
        extra: {
          graceSeconds: GRACE_SECONDS,
          exitMs,
          exitCode: stopped.exit.code,
          chartTerminationGracePeriodSeconds: terminationGrace,
          atExit: {
            withJob: atExit.withJob,
            leftInFlight: leftInFlight.size,
            scheduled: atExit.scheduledWithoutJob,
            finishedWithoutJob: atExit.finishedWithoutJob,
            crashReasons: atExit.crashReasons,
          },
        },
        note:
          `${inFlight} claimed runs in flight; exit ${stopped.exit.code} after ${(exitMs / 1000).toFixed(1)} s ` +
          `(grace ${GRACE_SECONDS} s, chart allows ${terminationGrace} s): ${atExit.withJob} with their Job, ` +
          `${settledCounts} settled at exit, ${atExit.scheduledWithoutJob} back SCHEDULED, ${atExit.finishedWithoutJob} final without a Job, ` +
          `${leftInFlight.size} left to reconciliation with their create still on the wire`,
        checks: [
          check(
            "no run PENDING at exit but those named in flight",
            strandedAtExit.length === 0,
            `${strandedAtExit.length} PENDING without a pid and not named: ${strandedAtExit
              .slice(0, 3)
              .map((run) => run.id)
              .join(", ")}`,
          ),
          check("0 lost at exit", atExit.lost === 0, `${atExit.lost} lost`),
          check(
            "abandoned submissions settled",
            settled,
            settled ? "logged" : "no 'abandoned submissions settled' line",
          ),
          check(
            "graceful exit within the chart's terminationGracePeriodSeconds",
            stopped.exit.code === 0 && !stopped.killed && exitMs < terminationGrace * 1000,
            `code ${stopped.exit.code}, ${exitMs} ms, limit ${terminationGrace} s`,
          ),
          ...noLossChecks(outcome).map((c) => ({ ...c, name: `after a second worker: ${c.name}` })),
          check(
            "every run accounted for after a second worker",
            settledAt !== undefined,
            describeOutcome(outcome),
          ),
        ],
      };
    } finally {
      await Promise.all([proxy.close(), prefectProxy.close()]);
      if (!worker.hasExited()) await stopWorker(worker, 30_000);
      if (second) await stopWorker(second, 30_000);
    }
  },
};
