// `npm run chaos`: each scenario stages one fault against the real local stack (kube-apiserver, etcd,
// controllers, the local kubelet, the Prefect server) with our worker built and run as the image runs it,
// then counts what became of its flow runs: lost (no Job and no final state), duplicate Jobs, stranded
// (PENDING or CANCELLING at the end) and the time to recover. Prints one table and one JSON line on
// stdout, progress on stderr; exits 1 when any check fails. `--quick` uses bounded counts and times (the
// test suite runs it); `npm run chaos -- --help` lists the flags.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { adminKubeConfig } from "../test/harness/k8s.ts";
import { repoRoot } from "../test/harness/paths.ts";
import { removeEverything } from "./bench/cleanup.ts";
import { databaseBackend, stackCli, stackState, waitForPrefect } from "./bench/stack.ts";
import { killAllWorkers } from "./bench/workers.ts";
import { parseChaosOptions } from "./chaos/options.ts";
import { chaosJson, chaosTable } from "./chaos/report.ts";
import { SCENARIOS } from "./chaos/scenarios/index.ts";
import type { ChaosContext, ScenarioResult } from "./chaos/types.ts";

const started = Date.now();
function progress(message: string): void {
  process.stderr.write(`[chaos +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
}

function buildWorker(): void {
  progress("building the worker (npm run build)");
  const result = spawnSync("npm", ["run", "-s", "build"], { cwd: repoRoot, stdio: ["ignore", 2, "inherit"] });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
}

async function main(): Promise<number> {
  const options = parseChaosOptions(process.argv.slice(2));
  const state = await stackState();
  let broughtUp = false;
  if (state !== "usable") {
    progress(`the stack is ${state}; bringing it up (npm run stack -- up)`);
    const up = await stackCli("up", false);
    if (up.code !== 0) throw new Error("npm run stack -- up failed");
    broughtUp = state === "down";
  }
  await waitForPrefect(progress);
  buildWorker();
  const ctx: ChaosContext = {
    options,
    kc: adminKubeConfig(),
    outDir: mkdtempSync(join(tmpdir(), "prefect-worker-chaos-")),
    progress,
  };
  progress(`logs and artefacts in ${ctx.outDir}`);
  const chosen = SCENARIOS.filter((s) => !options.only || options.only.includes(s.id));
  const results: ScenarioResult[] = [];
  const stopAll = () => {
    killAllWorkers();
    process.exit(130);
  };
  process.once("SIGINT", stopAll);
  try {
    for (const scenario of chosen) {
      const begun = Date.now();
      progress(`scenario ${scenario.id}: ${scenario.name}`);
      try {
        await waitForPrefect(progress);
        const report = await scenario.run(ctx);
        const passed = report.checks.length > 0 && report.checks.every((c) => c.ok);
        results.push({
          ...report,
          id: scenario.id,
          name: scenario.name,
          seconds: (Date.now() - begun) / 1000,
          passed,
        });
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        progress(`scenario ${scenario.id} could not be carried out: ${message}`);
        results.push({
          id: scenario.id,
          name: scenario.name,
          seconds: (Date.now() - begun) / 1000,
          passed: false,
          error: error instanceof Error ? error.message : String(error),
          runs: 0,
          lost: null,
          duplicates: null,
          stranded: null,
          recoverSeconds: null,
          extra: {},
          checks: [],
        });
      } finally {
        killAllWorkers();
      }
      const last = results.at(-1)!;
      progress(`scenario ${scenario.id}: ${last.error ? "ERROR" : last.passed ? "pass" : "FAIL"}`);
    }
  } finally {
    progress("cleaning up (runs, deployments, pools, namespaces)");
    await removeEverything(ctx.kc, progress, 0).catch((error: Error) =>
      progress(`cleanup: ${error.message}`),
    );
    if (broughtUp) await stackCli("down", false);
  }
  process.stdout.write(`${chaosTable(results)}\n`);
  process.stdout.write(
    `${chaosJson(results, {
      at: new Date().toISOString(),
      quick: options.quick,
      soakMinutes: options.soakMinutes,
      database: databaseBackend(),
      cpus: cpus().length,
      seconds: Math.round((Date.now() - started) / 1000),
    })}\n`,
  );
  return results.every((r) => r.passed) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    killAllWorkers();
    process.stderr.write(`chaos: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
