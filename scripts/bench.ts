// `npm run bench`: our worker against the Python reference (`prefect worker start --type kubernetes`,
// prefect-kubernetes from the stack's venv), one after the other, on the local stack, with identical
// settings and an identical pool shape. Prints one table and one JSON line on stdout; progress on stderr.
//
//   npm run bench                       both workers, 200 runs each
//   npm run bench -- --runs 50          a smaller burst
//   npm run bench -- --only ts          one worker (ts | python)
//   npm run bench -- --gated            pause the pool's queue while the runs are created and start the
//                                       burst clock when it resumes: the worker's own throughput, without
//                                       the run creation competing for the server
//   npm run bench -- --crash-runs 20    crash-detection latency over 20 runs per worker (default 50; 0 skips it)
//   npm run bench -- --only-crash       only the crash-detection latency
//
// Per worker: time from spawn to the first poll (read from the server: the pool's default queue
// `last_polled`), RSS of the process tree once idle, a burst of runs due now (time until every run has an
// infrastructure_pid, peak and settled RSS), and time to exit on SIGTERM. Then, with a fresh worker, pool
// and namespace, the crash-detection latency: how long after a run's Job has failed its observer has the
// run Crashed (scripts/bench/crash-latency.ts). Each worker's observer watches only its own namespace, so
// other suites' Jobs on the shared stack are no load of its. Numbers are printed, never asserted: a
// benchmark on a shared 2-core machine informs, it does not gate.
import * as k8s from "@kubernetes/client-node";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { adminKubeConfig, createNamespace, deleteNamespace, uniqueName } from "../test/harness/k8s.ts";
import { repoRoot } from "../test/harness/paths.ts";
import { createDeployment, createPool, suspendedJobTemplate } from "../test/harness/prefect-fixtures.ts";
import { readStackEnv } from "../test/harness/stack/state.ts";
import { measureCrashLatency, type CrashLatencyResult, type LatencyStats } from "./bench/crash-latency.ts";
import { api, mapLimit, runsOf } from "./bench/prefect.ts";
import { PeakSampler, sampleTree, type TreeSample } from "./bench/procfs.ts";
import {
  killAllWorkers,
  notableLines,
  startWorker,
  stopWorker,
  type LoopSettings,
  type RunningWorker,
  type WorkerKind,
} from "./bench/workers.ts";

interface Options {
  runs: number;
  kinds: WorkerKind[];
  idleSeconds: number;
  settleSeconds: number;
  createConcurrency: number;
  gated: boolean;
  burstTimeoutSeconds: number;
  loops: LoopSettings;
  /** 0: no crash-latency phase. */
  crashRuns: number;
  onlyCrash: boolean;
  crashConcurrency: number;
  crashTimeoutSeconds: number;
}

interface BurstResult {
  runs: number;
  /** The default queue was paused while the runs were created, and the clock started when it resumed. */
  gated: boolean;
  /** From the first create request to the last create response. */
  createSeconds: number;
  /** "All runs exist" → "all runs have an infrastructure_pid", as seen by polling every 500 ms. */
  allJobsSeconds: number;
  /** The same end point from the server's clock: the latest `updated` among the runs. */
  allJobsServerSeconds: number | undefined;
  /** First create request → all runs have a pid. */
  firstCreateToAllJobsSeconds: number;
  runsWithPid: number;
  /** Runs the worker gave up on (Crashed/Failed/Cancelled without a pid). */
  runsCrashed: number;
  jobsInNamespace: number;
  distinctRunsWithJobs: number;
  peak: TreeSample | undefined;
  rssSamples: number;
  maxProcesses: number;
  atEnd: TreeSample | undefined;
  settled: TreeSample | undefined;
  cpuSeconds: number | undefined;
}

interface WorkerResult {
  kind: WorkerKind;
  error?: string;
  /** 1-minute load average when this worker's phase began: other suites sharing the machine show here. */
  loadAverage?: number;
  pid?: number;
  /** Server-side `last_polled` minus the spawn time. */
  firstPollMs?: number;
  /** When this script saw `last_polled` (polling every 100 ms), since spawn. */
  firstPollSeenMs?: number;
  /** CPU from spawn until the idle sample. */
  startupCpuSeconds?: number;
  idle?: TreeSample;
  burst?: BurstResult;
  stop?: { code: number | null; signal: string | null; ms: number; killed: boolean };
  notable?: { count: number; examples: string[] };
  logFile?: string;
  crash?: CrashPhaseResult;
}

interface CrashPhaseResult extends Partial<CrashLatencyResult> {
  error?: string;
  loadAverage?: number;
  logFile?: string;
  /** Warning/error log lines other than the crash announcements, with distinct examples. */
  otherNotable?: { count: number; examples: string[] };
}

const started = Date.now();
function progress(message: string): void {
  process.stderr.write(`[bench +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
}

/** Ours runs as the image runs it: the built JavaScript (running .ts through Node's type stripping costs ~30 MiB). */
function buildWorker(): void {
  progress("building the worker (npm run build)");
  const result = spawnSync("npm", ["run", "-s", "build"], {
    cwd: repoRoot,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: "string", default: "200" },
      only: { type: "string" },
      "idle-seconds": { type: "string", default: "15" },
      "settle-seconds": { type: "string", default: "10" },
      concurrency: { type: "string", default: "10" },
      "burst-timeout-seconds": { type: "string", default: "300" },
      "query-seconds": { type: "string", default: "2" },
      "heartbeat-seconds": { type: "string", default: "2" },
      "prefetch-seconds": { type: "string", default: "10" },
      gated: { type: "boolean", default: false },
      "crash-runs": { type: "string", default: "50" },
      "only-crash": { type: "boolean", default: false },
      "crash-concurrency": { type: "string", default: "5" },
      "crash-timeout-seconds": { type: "string", default: "60" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(
      "usage: npm run bench -- [--runs N] [--only ts|python] [--idle-seconds S] [--settle-seconds S]\n" +
        "         [--concurrency N] [--burst-timeout-seconds S] [--query-seconds S] [--heartbeat-seconds S]\n" +
        "         [--prefetch-seconds S] [--gated] [--crash-runs N] [--only-crash] [--crash-concurrency N]\n" +
        "         [--crash-timeout-seconds S]\n",
    );
    process.exit(0);
  }
  const positive = (name: string, raw: string, integer = false): number => {
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
      throw new Error(`--${name} must be a positive ${integer ? "integer" : "number"}, got ${raw}`);
    }
    return value;
  };
  const crashRuns = Number(values["crash-runs"]);
  if (!Number.isInteger(crashRuns) || crashRuns < 0) {
    throw new Error(`--crash-runs must be a non-negative integer, got ${values["crash-runs"]}`);
  }
  if (values["only-crash"] && crashRuns === 0) throw new Error("--only-crash needs --crash-runs above 0");
  if (values.only !== undefined && values.only !== "ts" && values.only !== "python") {
    throw new Error(`--only must be ts or python, got ${values.only}`);
  }
  return {
    runs: positive("runs", values.runs, true),
    kinds: values.only ? [values.only as WorkerKind] : ["ts", "python"],
    idleSeconds: positive("idle-seconds", values["idle-seconds"]),
    settleSeconds: positive("settle-seconds", values["settle-seconds"]),
    createConcurrency: positive("concurrency", values.concurrency, true),
    gated: values.gated,
    burstTimeoutSeconds: positive("burst-timeout-seconds", values["burst-timeout-seconds"]),
    loops: {
      querySeconds: positive("query-seconds", values["query-seconds"]),
      heartbeatSeconds: positive("heartbeat-seconds", values["heartbeat-seconds"]),
      prefetchSeconds: positive("prefetch-seconds", values["prefetch-seconds"]),
    },
    crashRuns,
    onlyCrash: values["only-crash"],
    crashConcurrency: positive("crash-concurrency", values["crash-concurrency"], true),
    crashTimeoutSeconds: positive("crash-timeout-seconds", values["crash-timeout-seconds"]),
  };
}

// ---------------------------------------------------------------------------------------------------
// The stack: reuse a running one; otherwise bring it up and take it down again at the end.

function stackCli(command: string, quiet: boolean): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(repoRoot, "test/harness/stack/cli.ts"), command], {
      cwd: repoRoot,
      // stdout is reserved for the results, so the stack's chatter goes to stderr.
      stdio: ["ignore", quiet ? "pipe" : 2, quiet ? "ignore" : 2],
    });
    let stdout = "";
    child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.on("exit", (code) => resolve({ code: code ?? 1, stdout }));
    child.on("error", () => resolve({ code: 1, stdout }));
  });
}

/** Both APIs the benchmark talks to answer (whoever started them). */
async function stackAnswers(): Promise<boolean> {
  try {
    const stack = readStackEnv();
    const health = await fetch(`${stack.prefectApiUrl}/health`, { signal: AbortSignal.timeout(5000) });
    if (!health.ok) return false;
    await adminKubeConfig().makeApiClient(k8s.CoreV1Api).readNamespace({ name: "default" });
    return true;
  } catch {
    return false;
  }
}

/**
 * "usable" when the APIs answer, "down" when no component runs, "partial" otherwise. Other suites share
 * this stack and restart single components (the Prefect outage tests), so a stack that is partly up
 * belongs to someone else: it may be completed, never taken down.
 */
async function stackState(): Promise<"usable" | "down" | "partial"> {
  if (await stackAnswers()) return "usable";
  const { stdout } = await stackCli("status", true);
  const lines = stdout.split("\n").filter((line) => line.trim());
  return lines.length > 0 && lines.every((line) => /\bstopped$/.test(line)) ? "down" : "partial";
}

/** Another suite sharing the stack may restart the Prefect server (outage tests); wait it out. */
async function waitForPrefect(timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let said = false;
  for (;;) {
    try {
      const res = await fetch(`${readStackEnv().prefectApiUrl}/health`, {
        signal: AbortSignal.timeout(5000),
      });
      if (res.ok) return;
    } catch {
      // not up (yet)
    }
    if (Date.now() > deadline) {
      throw new Error(
        `the Prefect server at ${readStackEnv().prefectApiUrl} did not answer for ${timeoutMs / 1000}s`,
      );
    }
    if (!said) progress("the Prefect server is not answering; waiting for it");
    said = true;
    await sleep(1000);
  }
}

// ---------------------------------------------------------------------------------------------------
// Cleanup that must also happen on Ctrl-C.

const namespacesToDelete = new Set<string>();
/** Pool name → its deployment's id, removed from the server on Ctrl-C too. */
const poolsToDelete = new Map<string, string | undefined>();
let kc: k8s.KubeConfig | undefined;

async function deleteNamespaceAndWait(name: string, timeoutMs: number): Promise<boolean> {
  if (!kc) return false;
  await deleteNamespace(kc, name);
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await core.readNamespace({ name });
    } catch (err) {
      if (err instanceof k8s.ApiException && err.code === 404) {
        namespacesToDelete.delete(name);
        return true;
      }
    }
    await sleep(500);
  }
  return false;
}

async function deleteLeftovers(): Promise<void> {
  for (const [pool, deploymentId] of poolsToDelete) {
    await removeRunsAndPool(deploymentId, pool).catch((err: Error) =>
      progress(`could not remove pool ${pool}: ${err.message}`),
    );
  }
  if (!kc) return;
  for (const name of namespacesToDelete) {
    try {
      await deleteNamespace(kc, name);
    } catch (err) {
      progress(`could not delete namespace ${name}: ${(err as Error).message}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// One worker's run.

/** Polls `probe` until it returns a value; fails fast when the worker dies, clearly on timeout. */
async function until<T>(
  what: string,
  worker: RunningWorker,
  timeoutMs: number,
  intervalMs: number,
  probe: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  for (;;) {
    if (worker.hasExited()) {
      const exit = await worker.exit;
      throw new Error(
        `the ${worker.kind} worker exited (code ${exit.code}, signal ${exit.signal}) while waiting for ` +
          `${what}; see ${worker.logFile}`,
      );
    }
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = (err as Error).message;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs / 1000}s waiting for ${what}` +
          `${lastError ? ` (last error: ${lastError})` : ""}; worker log: ${worker.logFile}`,
      );
    }
    await sleep(intervalMs);
  }
}

async function idleFor(worker: RunningWorker, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (worker.hasExited())
      throw new Error(`the ${worker.kind} worker exited while idle; see ${worker.logFile}`);
    await sleep(Math.min(500, end - Date.now()));
  }
}

function createRun(deploymentId: string): Promise<{ id: string }> {
  return api<{ id: string }>("POST", `/deployments/${deploymentId}/create_flow_run`, {
    state: {
      type: "SCHEDULED",
      name: "Scheduled",
      state_details: { scheduled_time: new Date().toISOString() },
    },
  });
}

// A run the worker gave up on (Crashed when it could not submit) is finished with as surely as one with
// a Job; waiting for its pid would only end in the timeout.
const FINISHED_WITHOUT_JOB = new Set(["CRASHED", "FAILED", "CANCELLED", "CANCELLING"]);

async function setQueuePaused(pool: string, paused: boolean): Promise<void> {
  await api("PATCH", `/work_pools/${encodeURIComponent(pool)}/queues/default`, { is_paused: paused });
}

async function burst(
  worker: RunningWorker,
  pool: string,
  deploymentId: string,
  namespace: string,
  options: Options,
): Promise<BurstResult> {
  const n = options.runs;
  const sampler = new PeakSampler(worker.pid, 250);
  const cpuBefore = sampleTree(worker.pid)?.cpuSeconds;
  try {
    if (options.gated) await setQueuePaused(pool, true);
    const firstCreateAt = Date.now();
    progress(
      `${worker.kind}: creating ${n} runs due now (${options.createConcurrency} at a time)` +
        (options.gated ? " in the paused default queue" : ""),
    );
    const created = await mapLimit(
      Array.from({ length: n }, (_, i) => i),
      options.createConcurrency,
      () => createRun(deploymentId),
    );
    const lastCreatedAt = Date.now();
    if (options.gated) await setQueuePaused(pool, false);
    // With --gated the runs become visible to the worker only now; without, the worker has been picking
    // them up while they were being created.
    const releasedAt = Date.now();
    const ids = new Set(created.map((run) => run.id));
    progress(
      `${worker.kind}: ${n} runs exist after ${((lastCreatedAt - firstCreateAt) / 1000).toFixed(1)}s` +
        `${options.gated ? "; queue resumed" : ""}; waiting until every one has an infrastructure_pid`,
    );
    let lastReport = Date.now();
    let lastCounts = "";
    const done = await until(
      `all ${n} runs to have an infrastructure_pid or be crashed`,
      worker,
      options.burstTimeoutSeconds * 1000,
      500,
      async () => {
        const rows = (await runsOf(deploymentId)).filter((row) => ids.has(row.id));
        const withPid = rows.filter((row) => row.infrastructure_pid !== null);
        const given = rows.filter(
          (row) => row.infrastructure_pid === null && FINISHED_WITHOUT_JOB.has(row.state_type ?? ""),
        );
        const byState = new Map<string, number>();
        for (const row of rows) {
          if (row.infrastructure_pid !== null) continue;
          const state = row.state_type ?? "none";
          byState.set(state, (byState.get(state) ?? 0) + 1);
        }
        lastCounts =
          `${withPid.length} with a pid; without: ` +
          ([...byState].map(([state, count]) => `${count} ${state}`).join(", ") || "none");
        if (withPid.length + given.length >= n) return { at: Date.now(), rows, withPid, given };
        if (Date.now() - lastReport > 5000) {
          lastReport = Date.now();
          progress(`${worker.kind}: ${lastCounts}`);
        }
        return undefined;
      },
    ).catch((err: Error) => {
      throw new Error(`${err.message}; runs: ${lastCounts}`);
    });
    const peak = sampler.stop();
    const atEnd = sampleTree(worker.pid);
    const cpuAfter = atEnd?.cpuSeconds;
    const lastUpdated = Math.max(...done.rows.map((row) => (row.updated ? Date.parse(row.updated) : 0)));
    progress(`${worker.kind}: every run has a pid or was crashed (${lastCounts}); cross-checking the Jobs`);

    const batch = kc!.makeApiClient(k8s.BatchV1Api);
    const jobs = await batch.listNamespacedJob({ namespace, labelSelector: "prefect.io/flow-run-id" });
    const runsWithJobs = new Set(
      jobs.items
        .map((job) => job.metadata?.labels?.["prefect.io/flow-run-id"])
        .filter((id): id is string => id !== undefined && ids.has(id)),
    );
    await idleFor(worker, options.settleSeconds * 1000);
    return {
      runs: n,
      gated: options.gated,
      createSeconds: (lastCreatedAt - firstCreateAt) / 1000,
      allJobsSeconds: (done.at - releasedAt) / 1000,
      allJobsServerSeconds: lastUpdated > 0 ? Math.max(0, lastUpdated - releasedAt) / 1000 : undefined,
      firstCreateToAllJobsSeconds: (done.at - firstCreateAt) / 1000,
      runsWithPid: done.withPid.length,
      runsCrashed: done.given.length,
      jobsInNamespace: jobs.items.length,
      distinctRunsWithJobs: runsWithJobs.size,
      peak,
      rssSamples: sampler.samples,
      maxProcesses: sampler.maxProcesses,
      atEnd,
      settled: sampleTree(worker.pid),
      cpuSeconds: cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined,
    };
  } finally {
    sampler.stop();
  }
}

async function removeRunsAndPool(deploymentId: string | undefined, pool: string): Promise<void> {
  if (deploymentId) {
    // Deleting a deployment removes only its scheduled runs; the Pending ones would stay and make the
    // next worker's server a little slower than this one's.
    const rows = await runsOf(deploymentId);
    await mapLimit(rows, 10, (row) => api("DELETE", `/flow_runs/${row.id}`).catch(() => undefined));
    await api("DELETE", `/deployments/${deploymentId}`).catch(() => undefined);
  }
  await api("DELETE", `/work_pools/${encodeURIComponent(pool)}`).catch(() => undefined);
}

async function benchWorker(kind: WorkerKind, options: Options, outDir: string): Promise<WorkerResult> {
  await waitForPrefect();
  const result: WorkerResult = { kind, loadAverage: loadavg()[0] };
  const stack = readStackEnv();
  const pool = uniqueName(`bench-${kind}`);
  let deploymentId: string | undefined;
  let namespace: string | undefined;
  let worker: RunningWorker | undefined;
  try {
    namespace = await createNamespace(kc!, `bench-${kind}`);
    namespacesToDelete.add(namespace);
    poolsToDelete.set(pool, undefined);
    await createPool(pool, suspendedJobTemplate());
    deploymentId = (await createDeployment({ pool, name: `bench-${kind}`, jobVariables: { namespace } })).id;
    poolsToDelete.set(pool, deploymentId);

    worker = startWorker({
      kind,
      stack,
      pool,
      name: `bench-${kind}`,
      dir: outDir,
      loops: options.loops,
      env: { PREFECT_INTEGRATIONS_KUBERNETES_OBSERVER_NAMESPACES: namespace },
    });
    result.pid = worker.pid;
    result.logFile = worker.logFile;
    progress(`${kind}: worker started (pid ${worker.pid}), pool ${pool}, namespace ${namespace}`);

    const queuePath = `/work_pools/${encodeURIComponent(pool)}/queues/default`;
    const polledAt = await until(`the first poll of pool ${pool}`, worker, 180_000, 100, async () => {
      const queue = await api<{ last_polled: string | null }>("GET", queuePath);
      return queue.last_polled ? Date.parse(queue.last_polled) : undefined;
    });
    result.firstPollMs = polledAt - worker.spawnedAt;
    result.firstPollSeenMs = Date.now() - worker.spawnedAt;
    progress(`${kind}: first poll ${result.firstPollMs} ms after spawn; idle for ${options.idleSeconds}s`);

    await idleFor(worker, options.idleSeconds * 1000);
    result.idle = sampleTree(worker.pid);
    result.startupCpuSeconds = result.idle?.cpuSeconds;
    progress(
      `${kind}: idle RSS ${mib(result.idle?.rssKiB)} MiB ` +
        `(${result.idle?.processes} process(es), ${result.idle?.threads} threads)`,
    );

    result.burst = await burst(worker, pool, deploymentId, namespace, options);
    progress(
      `${kind}: burst done, ${result.burst.allJobsSeconds.toFixed(1)}s after the last run was created; ` +
        `peak RSS ${mib(result.burst.peak?.rssKiB)} MiB`,
    );
  } catch (err) {
    result.error = (err as Error).message;
    progress(`${kind}: FAILED: ${result.error}`);
  } finally {
    if (worker) {
      const stopped = await stopWorker(worker, 60_000);
      result.stop = {
        code: stopped.exit.code,
        signal: stopped.exit.signal,
        ms: stopped.exit.at - stopped.sentAt,
        killed: stopped.killed,
      };
      progress(
        `${kind}: stopped in ${result.stop.ms} ms (code ${result.stop.code}, signal ${result.stop.signal})`,
      );
      result.notable = notableLines(worker.logFile);
    }
    progress(`${kind}: cleaning up (runs, deployment, pool, namespace)`);
    try {
      await removeRunsAndPool(deploymentId, pool);
      poolsToDelete.delete(pool);
    } catch (err) {
      progress(`${kind}: could not remove the pool's runs: ${(err as Error).message}`);
    }
    // Wait for the namespace to go, so the next worker's observer does not start amid 200 Jobs being
    // garbage-collected.
    if (namespace && !(await deleteNamespaceAndWait(namespace, 180_000))) {
      progress(`${kind}: namespace ${namespace} still terminating after 180s; going on`);
    }
  }
  return result;
}

/** The crash-detection latency phase: its own pool, namespace and worker, so nothing of the burst lingers. */
async function crashWorker(kind: WorkerKind, options: Options, outDir: string): Promise<CrashPhaseResult> {
  await waitForPrefect();
  const result: CrashPhaseResult = { loadAverage: loadavg()[0] };
  const pool = uniqueName(`bench-crash-${kind}`);
  let deploymentId: string | undefined;
  let namespace: string | undefined;
  let worker: RunningWorker | undefined;
  try {
    namespace = await createNamespace(kc!, `bench-crash-${kind}`);
    namespacesToDelete.add(namespace);
    poolsToDelete.set(pool, undefined);
    // The worker never submits these runs; the template only has to be valid.
    await createPool(pool, suspendedJobTemplate());
    deploymentId = (
      await createDeployment({ pool, name: `bench-crash-${kind}`, jobVariables: { namespace } })
    ).id;
    poolsToDelete.set(pool, deploymentId);
    worker = startWorker({
      kind,
      stack: readStackEnv(),
      pool,
      name: `bench-crash-${kind}`,
      dir: join(outDir, "crash"),
      loops: options.loops,
      // TZ: the reference logs local times of day, read back to tell its crashes from other observers'.
      env: { PREFECT_INTEGRATIONS_KUBERNETES_OBSERVER_NAMESPACES: namespace, TZ: "UTC" },
    });
    result.logFile = worker.logFile;
    progress(
      `${kind}: crash phase: worker started (pid ${worker.pid}), pool ${pool}, namespace ${namespace}`,
    );
    Object.assign(
      result,
      await measureCrashLatency({
        kc: kc!,
        namespace,
        deploymentId,
        worker,
        settings: {
          runs: options.crashRuns,
          concurrency: options.crashConcurrency,
          timeoutSeconds: options.crashTimeoutSeconds,
        },
        progress,
        detailFile: join(outDir, `crash-${kind}.json`),
      }),
    );
    progress(
      `${kind}: crash phase done: ${result.crashed}/${result.runs} crashed, p50 ` +
        `${fixed(result.fromFailedCondition?.p50, 2)}s, p95 ${fixed(result.fromFailedCondition?.p95, 2)}s`,
    );
  } catch (err) {
    result.error = (err as Error).message;
    progress(`${kind}: crash phase FAILED: ${result.error}`);
  } finally {
    if (worker) {
      const stopped = await stopWorker(worker, 60_000);
      progress(`${kind}: crash-phase worker stopped in ${stopped.exit.at - stopped.sentAt} ms`);
      // Each crash is announced at WARNING; anything else is worth a look.
      const notable = notableLines(worker.logFile);
      result.otherNotable = {
        count: notable.count - (result.crashLogLines ?? 0),
        examples: notable.examples.filter((line) => !line.includes("marking as crashed")),
      };
    }
    try {
      await removeRunsAndPool(deploymentId, pool);
      poolsToDelete.delete(pool);
    } catch (err) {
      progress(`${kind}: could not remove the crash phase's runs: ${(err as Error).message}`);
    }
    if (namespace && !(await deleteNamespaceAndWait(namespace, 180_000))) {
      progress(`${kind}: namespace ${namespace} still terminating after 180s; going on`);
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Output.

function mib(kib: number | undefined): string {
  return kib === undefined ? "-" : (kib / 1024).toFixed(1);
}

function fixed(value: number | undefined, digits: number): string {
  return value === undefined ? "-" : value.toFixed(digits);
}

type Row = [string, (r: WorkerResult) => string];

function latency(stats: LatencyStats | undefined): string {
  return stats ? `${stats.p50.toFixed(2)} / ${stats.p95.toFixed(2)} / ${stats.max.toFixed(2)}` : "-";
}

function crashRows(options: Options): Row[] {
  return [
    [
      `crash: ${options.crashRuns} RUNNING runs: Crashed / percentile samples`,
      (r) =>
        r.crash?.error
          ? "FAILED"
          : r.crash?.crashed !== undefined
            ? `${r.crash.crashed} / ${r.crash.fromFailedCondition?.n ?? 0}`
            : "-",
    ],
    ["  Job Failed condition (1 s) -> Crashed p50, s", (r) => fixed(r.crash?.fromFailedCondition?.p50, 2)],
    ["  p95, s", (r) => fixed(r.crash?.fromFailedCondition?.p95, 2)],
    ["  max, s", (r) => fixed(r.crash?.fromFailedCondition?.max, 2)],
    ["  misses (not Crashed in time)", (r) => (r.crash?.misses ? String(r.crash.misses.length) : "-")],
    ["  p50 / p95 / max from the Job seen failed (ms), s", (r) => latency(r.crash?.fromFailedSeen)],
    ["  p50 / p95 / max from pod finishedAt (1 s), s", (r) => latency(r.crash?.fromPodFinished)],
    [
      "  first Crashed by another observer** / Jobs not failed",
      (r) =>
        r.crash?.crashedElsewhere
          ? `${r.crash.crashedElsewhere.length} / ${r.crash.jobsNotFailed ?? "-"}`
          : "-",
    ],
    [
      "  other warning/error log lines",
      (r) => (r.crash?.otherNotable ? String(r.crash.otherNotable.count) : "-"),
    ],
    ["  load average (1 min) when the phase began", (r) => fixed(r.crash?.loadAverage, 2)],
  ];
}

function table(results: WorkerResult[], options: Options): string {
  const workerRows: Row[] = [
    ["first poll, ms after spawn (server last_polled)", (r) => fixed(r.firstPollMs, 0)],
    ["  first poll seen by the bench, ms after spawn", (r) => fixed(r.firstPollSeenMs, 0)],
    [`RSS idle (${options.idleSeconds}s after first poll), MiB`, (r) => mib(r.idle?.rssKiB)],
    ["  processes / threads when idle", (r) => (r.idle ? `${r.idle.processes} / ${r.idle.threads}` : "-")],
    ["  CPU from spawn to idle sample, s", (r) => fixed(r.startupCpuSeconds, 2)],
    [`burst: ${options.runs} runs created, s`, (r) => fixed(r.burst?.createSeconds, 1)],
    [
      options.gated
        ? "burst: queue resumed -> all runs have a Job*, s"
        : "burst: all runs exist -> all have a Job*, s",
      (r) => fixed(r.burst?.allJobsSeconds, 1),
    ],
    ["  same, server clock (latest run `updated`), s", (r) => fixed(r.burst?.allJobsServerSeconds, 1)],
    ["  first run created -> all have a Job, s", (r) => fixed(r.burst?.firstCreateToAllJobsSeconds, 1)],
    [
      "  runs with a pid / crashed by the worker",
      (r) => (r.burst ? `${r.burst.runsWithPid} / ${r.burst.runsCrashed}` : "-"),
    ],
    [
      "  Jobs in namespace / runs with a Job",
      (r) => (r.burst ? `${r.burst.jobsInNamespace} / ${r.burst.distinctRunsWithJobs}` : "-"),
    ],
    ["burst: peak RSS (every 250 ms), MiB", (r) => mib(r.burst?.peak?.rssKiB)],
    ["  most processes in one sample (tree)", (r) => (r.burst ? String(r.burst.maxProcesses) : "-")],
    ["burst: RSS when all have Jobs, MiB", (r) => mib(r.burst?.atEnd?.rssKiB)],
    [`burst: RSS ${options.settleSeconds}s later, MiB`, (r) => mib(r.burst?.settled?.rssKiB)],
    ["  CPU during the burst, s", (r) => fixed(r.burst?.cpuSeconds, 2)],
    [
      "SIGTERM: exit code",
      (r) =>
        r.stop
          ? r.stop.signal
            ? `signal ${r.stop.signal}${r.stop.killed ? " (SIGKILL after 60s)" : ""}`
            : String(r.stop.code)
          : "-",
    ],
    ["SIGTERM: time to exit, ms", (r) => fixed(r.stop?.ms, 0)],
    ["load average (1 min) when the phase began", (r) => fixed(r.loadAverage, 2)],
    ["warning/error log lines", (r) => (r.notable ? String(r.notable.count) : "-")],
  ];
  const rows = [
    ...(options.onlyCrash ? [] : workerRows),
    ...(options.crashRuns > 0 ? crashRows(options) : []),
  ];
  const header = ["", ...results.map((r) => (r.kind === "ts" ? "ts (this repo)" : "python (reference)"))];
  const body = rows.map(([label, cell]) => [label, ...results.map((r) => cell(r))]);
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

// ---------------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options.kinds.includes("ts")) buildWorker();
  let state = await stackState();
  for (let waited = 0; state === "partial" && waited < 60; waited += 2) {
    if (waited === 0) progress("the stack is partly up (another suite restarting a component?); waiting");
    await sleep(2000);
    state = await stackState();
  }
  let stackStarted = false;
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) process.exit(130);
    interrupted = true;
    progress(`${signal}: killing the workers and cleaning up (again to exit at once)`);
    killAllWorkers();
    void (async () => {
      await deleteLeftovers();
      if (stackStarted) await stackCli("down", false);
      process.exit(130);
    })();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  const outDir = mkdtempSync(join(tmpdir(), "prefect-worker-bench-"));
  const results: WorkerResult[] = [];
  try {
    if (state !== "usable") {
      const owned = state === "down";
      progress(
        owned
          ? "the local stack is not up; bringing it up (it is taken down again at the end)"
          : "the local stack is partly up; starting what is missing (it stays up at the end)",
      );
      stackStarted = owned;
      if ((await stackCli("up", false)).code !== 0) throw new Error("npm run stack -- up failed");
    }
    kc = adminKubeConfig();
    progress(
      `settings: query ${options.loops.querySeconds}s, heartbeat ${options.loops.heartbeatSeconds}s, ` +
        `prefetch ${options.loops.prefetchSeconds}s; logs in ${outDir}`,
    );
    for (const kind of options.kinds) {
      const result = options.onlyCrash ? { kind } : await benchWorker(kind, options, outDir);
      if (options.crashRuns > 0) result.crash = await crashWorker(kind, options, outDir);
      results.push(result);
    }
  } finally {
    killAllWorkers();
    await deleteLeftovers();
    rmSync(join(outDir, "prefect-home"), { recursive: true, force: true });
    rmSync(join(outDir, "crash", "prefect-home"), { recursive: true, force: true });
    if (readdirSync(outDir).length === 0) rmSync(outDir, { recursive: true });
    if (stackStarted) {
      progress("taking the stack down again");
      await stackCli("down", false);
    }
  }

  const out: string[] = [];
  out.push("");
  out.push(
    `worker benchmark: ${options.onlyCrash ? "crash latency only" : `${options.runs} runs per burst`}; ` +
      `${options.crashRuns > 0 ? `${options.crashRuns} crash runs; ` : ""}query ${options.loops.querySeconds}s, heartbeat ` +
      `${options.loops.heartbeatSeconds}s, prefetch ${options.loops.prefetchSeconds}s; ${cpus().length} CPUs; ` +
      `node ${process.version}`,
  );
  out.push("");
  out.push(table(results, options));
  out.push("");
  out.push(
    "* or crashed by the worker (it gave up on the run). Times are wall clock on one machine. last_polled is written by the server's background task just " +
      "after the poll (microsecond resolution; the task adds its own few-ms delay, the same for both). " +
      "Burst completion is observed by polling every 500 ms. RSS is VmRSS summed over the process tree.",
  );
  if (options.crashRuns > 0) {
    out.push(
      "Crash latency: runs forced to RUNNING before their Job (backoffLimit 0, exit 1 after 2 s) fails, so " +
        "the observer's immediate crash path is measured (a PENDING run waits up to 30 s for a replacement " +
        "Job in both, by design). Latency = the Crashed state's timestamp (Prefect server clock) minus the " +
        "Job's Failed condition lastTransitionTime (whole seconds: adds 0-1 s to every sample, the same " +
        "for both); the benchmark's own Job watch gives the millisecond view. Nearest-rank percentiles; " +
        `${options.crashConcurrency} Jobs alive at a time; each worker's observer scoped to its namespace.`,
    );
    if (results.some((r) => r.crash?.crashedElsewhere?.length)) {
      out.push(
        "** Another observer watching the whole cluster (a worker another suite started without " +
          "PREFECT_INTEGRATIONS_KUBERNETES_OBSERVER_NAMESPACES) crashed these runs before this worker did: " +
          "the Crashed state predates this worker's own 'marking as crashed' log line. They count with " +
          "that log line's time (this worker would have crashed them no sooner), a lower bound; runs it " +
          "never announced are in no percentile. For clean numbers, run on a stack nobody else uses.",
      );
    }
  }
  for (const r of results) {
    if (r.error) out.push(`\n${r.kind}: FAILED: ${r.error}`);
    if (r.crash?.error) out.push(`\n${r.kind}: crash phase FAILED: ${r.crash.error}`);
    if (r.crash?.misses?.length) {
      out.push(`\n${r.kind}: ${r.crash.misses.length} run(s) not Crashed in time:`);
      for (const miss of r.crash.misses) out.push(`  ${miss.id} (${miss.state})`);
    }
    if (r.crash?.otherNotable?.count) {
      out.push(
        `\n${r.kind}: crash phase: ${r.crash.otherNotable.count} other warning/error log lines; examples:`,
      );
      for (const example of r.crash.otherNotable.examples) out.push(`  ${example}`);
    }
    if (r.crash?.crashedElsewhere?.length) {
      out.push(
        `\n${r.kind}: first Crashed by another observer (${r.crash.crashedElsewhereUncounted ?? 0} never ` +
          "announced by this worker):",
      );
      for (const id of r.crash.crashedElsewhere) out.push(`  ${id}`);
    }
    if (r.notable && r.notable.count > 0) {
      out.push(`\n${r.kind}: ${r.notable.count} warning/error log lines; distinct examples:`);
      for (const example of r.notable.examples) out.push(`  ${example}`);
    }
  }
  out.push(`\nworker logs: ${outDir}`);
  out.push("");
  out.push(
    JSON.stringify({
      benchmark: "worker",
      date: new Date().toISOString(),
      cpus: cpus().length,
      runs: options.onlyCrash ? 0 : options.runs,
      crashRuns: options.crashRuns,
      settings: options.loops,
      results,
    }),
  );
  process.stdout.write(out.join("\n") + "\n");
  return results.some((r) => r.error || r.crash?.error) ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (err) {
  killAllWorkers();
  progress(`failed: ${(err as Error).message}`);
  process.exitCode = 1;
}
