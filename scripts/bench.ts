// `npm run bench`: our worker against the Python reference (`prefect worker start --type kubernetes`,
// prefect-kubernetes from the stack's venv) and against FLOORS — minimal Node scripts that do only what
// any worker must — on the local stack. Prints one table and one JSON line on stdout; progress on stderr.
// `npm run bench -- --help` lists the flags; `--quick` is a smoke test with small numbers.
//
// Phases (scripts/bench/*.ts):
//   memory floor    floor-idle.ts: one HTTPS call to the kube-apiserver and one open watch, alive for the
//                   whole run and sampled at the same moments as the workers
//   per worker      (one after the other, identical settings, --with-healthcheck on a free port, observer on
//                   and scoped to the worker's namespace): start-up (spawn → first poll, spawn → /readyz or
//                   /health 200), idle RSS 60 s after the first poll, a gated burst of N runs due now (time
//                   until every run has its Job; peak RSS), then a 30-run burst timed run by run
//   throughput floor floor-submit.ts: the same two bursts with only the calls a worker must make
//   live Jobs       both workers at once, L runs each whose pods stay Pending; RSS, then a soak with its slope
//   crash latency   per worker, a fresh worker: Job failed → run Crashed (crash-latency.ts)
// RSS is VmRSS, RssAnon and RssFile from /proc/<pid>/status, summed over the process tree. Numbers are
// printed, never asserted: a benchmark on a shared 2-core machine informs, it does not gate.
import * as k8s from "@kubernetes/client-node";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { SETTINGS } from "../src/config/definitions.ts";
import { adminKubeConfig, createNamespace, uniqueName } from "../test/harness/k8s.ts";
import { repoRoot } from "../test/harness/paths.ts";
import { freePort } from "../test/harness/ports.ts";
import { createDeployment, createPool, suspendedJobTemplate } from "../test/harness/prefect-fixtures.ts";
import { readStackEnv } from "../test/harness/stack/state.ts";
import { measureBurst, type BurstResult } from "./bench/burst.ts";
import {
  removeDeployment,
  removeEverything,
  removePool,
  startNamespaceDeletion,
  namespaceGone,
  trackNamespace,
  trackPool,
} from "./bench/cleanup.ts";
import { measureCrashLatency } from "./bench/crash-latency.ts";
import { startIdleFloor, startSubmitFloor } from "./bench/floors.ts";
import { measureLiveJobs } from "./bench/live-jobs.ts";
import { parseOptions, type Options } from "./bench/options.ts";
import { sampleTree } from "./bench/procfs.ts";
import {
  fixed,
  table,
  type CrashPhaseResult,
  type FloorSubmitResult,
  type Results,
  type WorkerResult,
} from "./bench/report.ts";
import { databaseBackend, stackCli, stackState, waitForPrefect } from "./bench/stack.ts";
import { measureStartup } from "./bench/startup.ts";
import { analyseTail, apiAttemptsFromMetrics } from "./bench/tail.ts";
import { idleUntil, retrying } from "./bench/waiting.ts";
import {
  killAllWorkers,
  notableLines,
  oursRuntime,
  startWorker,
  stopWorker,
  type RunningWorker,
  type WorkerKind,
} from "./bench/workers.ts";

const started = Date.now();
function progress(message: string): void {
  process.stderr.write(`[bench +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
}

/** Ours runs as the image runs it: whatever `npm run build` produces, as dist/cli/main.js. */
function buildWorker(): void {
  progress("building the worker (npm run build)");
  const result = spawnSync("npm", ["run", "-s", "build"], {
    cwd: repoRoot,
    stdio: ["ignore", 2, "inherit"],
  });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
}

let kc: k8s.KubeConfig | undefined;

/** A deployment of the pool into `namespace`, tracked for cleanup (its flow goes with it, and its runs). */
async function newDeployment(
  pool: string,
  name: string,
  namespace: string,
): Promise<{ id: string; flowId: string }> {
  const deployment = await createDeployment({ pool, name: uniqueName(name), jobVariables: { namespace } });
  const ids = { id: deployment.id, flowId: deployment.flow_id };
  trackPool(pool).deployments.push(ids);
  return ids;
}

/** Between two bursts: the first one's runs and Jobs go, so the second starts on an empty namespace. */
async function clearBurst(namespace: string, deployment: { id: string; flowId: string }): Promise<void> {
  await removeDeployment(deployment);
  const batch = kc!.makeApiClient(k8s.BatchV1Api);
  await retrying("delete Jobs", () =>
    batch.deleteCollectionNamespacedJob({ namespace, propagationPolicy: "Background" }),
  );
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const left = await retrying("list Jobs", () => batch.listNamespacedJob({ namespace, limit: 1 }));
    if (left.items.length === 0) return;
    await sleep(500);
  }
  progress(`Jobs of ${namespace} still there after 120s; going on`);
}

async function benchWorker(
  kind: WorkerKind,
  options: Options,
  outDir: string,
  floor: RunningWorker | undefined,
): Promise<WorkerResult> {
  await waitForPrefect(progress);
  const result: WorkerResult = { kind, loadAverage: loadavg()[0] };
  const pool = uniqueName(`bench-${kind}`);
  let namespace: string | undefined;
  let worker: RunningWorker | undefined;
  let tailWorker: RunningWorker | undefined;
  try {
    namespace = await retrying("create namespace", () => createNamespace(kc!, `bench-${kind}`));
    trackNamespace(namespace);
    trackPool(pool);
    await createPool(pool, suspendedJobTemplate());
    const first = await newDeployment(pool, `bench-${kind}`, namespace);
    const healthPort = await freePort();
    worker = startWorker({
      kind,
      stack: readStackEnv(),
      pool,
      name: `bench-${kind}`,
      dir: outDir,
      loops: options.loops,
      healthPort,
      // TZ: the reference logs local times of day, read back for the tail analysis.
      env: { PREFECT_INTEGRATIONS_KUBERNETES_OBSERVER_NAMESPACES: namespace, TZ: "UTC" },
    });
    result.pid = worker.pid;
    result.logFile = worker.logFile;
    progress(`${kind}: worker started (pid ${worker.pid}), pool ${pool}, namespace ${namespace}`);
    result.startup = await measureStartup(worker, pool, healthPort);
    progress(
      `${kind}: first poll ${result.startup.firstPollMs} ms after spawn, ${result.startup.healthPath} 200 ` +
        `after ${result.startup.healthOkMs ?? "-"} ms; idle until ${options.idleSeconds}s after the first poll`,
    );
    await idleUntil(result.startup.firstPollAt + options.idleSeconds * 1000, worker);
    result.idle = sampleTree(worker.pid);
    if (floor) result.floorIdle = sampleTree(floor.pid);
    result.startupCpuSeconds = result.idle?.cpuSeconds;
    progress(`${kind}: idle VmRSS ${fixed((result.idle?.rssKiB ?? NaN) / 1024, 1)} MiB`);

    const common = burstOptions(options, worker, pool, namespace, options.settleSeconds, floor);
    result.burst = await measureBurst({
      ...common,
      label: `${kind}: burst`,
      deploymentId: first.id,
      runs: options.runs,
      perRun: false,
    });
    progress(`${kind}: burst of ${options.runs} done in ${result.burst.allJobsSeconds.toFixed(1)}s`);
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
    if (options.tailRuns > 0) {
      // The short burst gets a worker of its own at DEBUG, whose log shows every HTTP retry it makes.
      await clearBurst(namespace, first);
      const second = await newDeployment(pool, `bench-${kind}-tail`, namespace);
      const tailPort = await freePort();
      tailWorker = startWorker({
        kind,
        stack: readStackEnv(),
        pool,
        name: `bench-${kind}-tail`,
        dir: outDir,
        loops: options.loops,
        healthPort: tailPort,
        logName: `${kind}-tail-worker.log`,
        env: {
          PREFECT_INTEGRATIONS_KUBERNETES_OBSERVER_NAMESPACES: namespace,
          TZ: "UTC",
          PREFECT_LOGGING_LEVEL: "DEBUG",
        },
      });
      result.tailLogFile = tailWorker.logFile;
      await measureStartup(tailWorker, pool, undefined);
      result.tail = await measureBurst({
        ...common,
        worker: tailWorker,
        label: `${kind}: tail burst`,
        deploymentId: second.id,
        runs: options.tailRuns,
        perRun: true,
      });
      const apiAttempts =
        kind === "ts"
          ? await fetch(`http://127.0.0.1:${tailPort}/metrics`)
              .then((res) => res.text())
              .then(apiAttemptsFromMetrics)
              .catch(() => undefined)
          : undefined;
      result.tailAnalysis = analyseTail(result.tail, tailWorker.logFile, apiAttempts);
      progress(`${kind}: burst of ${options.tailRuns} done in ${result.tail.allJobsSeconds.toFixed(1)}s`);
      for (const note of result.tailAnalysis.notes) progress(`${kind}:   ${note}`);
    }
  } catch (err) {
    result.error = (err as Error).message;
    progress(`${kind}: FAILED: ${result.error}`);
  } finally {
    if (worker && !worker.hasExited()) await stopWorker(worker, 60_000);
    if (tailWorker) await stopWorker(tailWorker, 60_000);
    progress(`${kind}: cleaning up (runs, deployments, pool; the namespace is deleted in the background)`);
    await removePool(pool).catch((err: Error) =>
      progress(`${kind}: could not remove ${pool}: ${err.message}`),
    );
    if (namespace) await startNamespaceDeletion(kc!, namespace).catch(() => undefined);
  }
  return result;
}

/** What every burst of one phase shares: the process under test, its pool and namespace, the benchmark's knobs. */
function burstOptions(
  options: Options,
  worker: RunningWorker,
  pool: string,
  namespace: string,
  settleSeconds: number,
  floor?: RunningWorker,
) {
  return {
    worker,
    ...(floor ? { floor } : {}),
    kc: kc!,
    pool,
    namespace,
    concurrency: options.createConcurrency,
    gated: options.gated,
    timeoutSeconds: options.burstTimeoutSeconds,
    settleSeconds,
    progress,
  };
}

/** The submissions ours runs at once: its setting's default (the benchmark sets no value of its own). */
function oursSubmissionConcurrency(): number {
  const setting = (SETTINGS as Record<string, { default?: unknown }>).submissionConcurrency;
  return typeof setting?.default === "number" ? setting.default : 16;
}

async function benchFloorSubmit(options: Options, outDir: string): Promise<FloorSubmitResult> {
  await waitForPrefect(progress);
  const result: FloorSubmitResult = {};
  const pool = uniqueName("bench-floor");
  let namespace: string | undefined;
  let floor: RunningWorker | undefined;
  try {
    namespace = await retrying("create namespace", () => createNamespace(kc!, "bench-floor"));
    trackNamespace(namespace);
    trackPool(pool);
    await createPool(pool, suspendedJobTemplate());
    const first = await newDeployment(pool, "bench-floor", namespace);
    floor = startSubmitFloor({
      kc: kc!,
      stack: readStackEnv(),
      dir: outDir,
      pool,
      namespace,
      querySeconds: options.loops.querySeconds,
      prefetchSeconds: options.loops.prefetchSeconds,
      concurrency: oursSubmissionConcurrency(),
      calls: "worker",
      logName: "floor-submit.log",
    });
    result.logFile = floor.logFile;
    result.startup = await measureStartup(floor, pool, undefined);
    progress(`floor: throughput floor polling (first poll ${result.startup.firstPollMs} ms after spawn)`);
    const common = burstOptions(options, floor, pool, namespace, 0);
    result.burst = await measureBurst({
      ...common,
      label: "floor: burst",
      deploymentId: first.id,
      runs: options.runs,
      perRun: false,
    });
    progress(`floor: burst of ${options.runs} done in ${result.burst.allJobsSeconds.toFixed(1)}s`);
    let last = first;
    if (options.tailRuns > 0) {
      await clearBurst(namespace, first);
      const second = await newDeployment(pool, "bench-floor-tail", namespace);
      last = second;
      result.tail = await measureBurst({
        ...common,
        label: "floor: tail burst",
        deploymentId: second.id,
        runs: options.tailRuns,
        perRun: true,
      });
      result.tailAnalysis = analyseTail(result.tail, undefined);
      progress(`floor: burst of ${options.tailRuns} done in ${result.tail.allJobsSeconds.toFixed(1)}s`);
    }
    // The same burst once more through a floor of the three calls any worker must make.
    await stopWorker(floor, 30_000);
    await clearBurst(namespace, last);
    const third = await newDeployment(pool, "bench-floor-minimal", namespace);
    floor = startSubmitFloor({
      kc: kc!,
      stack: readStackEnv(),
      dir: outDir,
      pool,
      namespace,
      querySeconds: options.loops.querySeconds,
      prefetchSeconds: options.loops.prefetchSeconds,
      concurrency: oursSubmissionConcurrency(),
      calls: "minimal",
      logName: "floor-submit-minimal.log",
    });
    await measureStartup(floor, pool, undefined);
    result.minimalBurst = await measureBurst({
      ...burstOptions(options, floor, pool, namespace, 0),
      label: "floor (3 calls): burst",
      deploymentId: third.id,
      runs: options.runs,
      perRun: false,
    });
    progress(
      `floor (3 calls): burst of ${options.runs} done in ${result.minimalBurst.allJobsSeconds.toFixed(1)}s`,
    );
  } catch (err) {
    result.error = (err as Error).message;
    progress(`floor: FAILED: ${result.error}`);
  } finally {
    if (floor) await stopWorker(floor, 30_000);
    await removePool(pool).catch(() => undefined);
    if (namespace) await startNamespaceDeletion(kc!, namespace).catch(() => undefined);
  }
  return result;
}

/** The crash-detection latency phase: its own pool, namespace and worker, so nothing of the bursts lingers. */
async function crashWorker(kind: WorkerKind, options: Options, outDir: string): Promise<CrashPhaseResult> {
  await waitForPrefect(progress);
  const result: CrashPhaseResult = { loadAverage: loadavg()[0] };
  const pool = uniqueName(`bench-crash-${kind}`);
  let namespace: string | undefined;
  let worker: RunningWorker | undefined;
  try {
    namespace = await retrying("create namespace", () => createNamespace(kc!, `bench-crash-${kind}`));
    trackNamespace(namespace);
    trackPool(pool);
    // The worker never submits these runs; the template only has to be valid.
    await createPool(pool, suspendedJobTemplate());
    const deployment = await newDeployment(pool, `bench-crash-${kind}`, namespace);
    worker = startWorker({
      kind,
      stack: readStackEnv(),
      pool,
      name: `bench-crash-${kind}`,
      dir: join(outDir, "crash"),
      loops: options.loops,
      healthPort: await freePort(),
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
        deploymentId: deployment.id,
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
    await removePool(pool).catch(() => undefined);
    if (namespace) {
      await startNamespaceDeletion(kc!, namespace).catch(() => undefined);
      if (!options.quick && !(await namespaceGone(kc!, namespace, 180_000))) {
        progress(`${kind}: namespace ${namespace} still terminating after 180s; going on`);
      }
    }
  }
  return result;
}

function notes(results: Results, options: Options): string[] {
  const out: string[] = [
    "* or given up on by the worker (Crashed without a Job). Gated: the queue is paused while the runs are " +
      "created and the clock starts when it resumes; completion is observed by polling the runs every 500 ms " +
      "(250 ms for the short burst). Floors: floor-idle.ts (one HTTPS call to the kube-apiserver, one open " +
      "watch, idle; sampled at the same moment as ours) and floor-submit.ts (the Prefect and Kubernetes calls " +
      "both workers make per run, in their order, with no worker logic: deployment, PENDING, flow, labels, " +
      "Submitting, the Job, infrastructure_pid, two events and four log lines; its 3-call row makes only " +
      "PENDING, the Job and infrastructure_pid; as many at once as ours' submission gate lets through). " +
      "RSS from /proc/<pid>/status, " +
      "summed over the process tree; ratios are ours/ref, ours/floor, ref/ours as labelled.",
  ];
  const runtime = oursRuntime();
  out.push(
    runtime.direct
      ? `Ours runs as the image runs it: dist/cli/main.js through its #! line (${[
          ...Object.entries(runtime.env).map(([k, v]) => `${k}=${v}`),
          "node",
          ...runtime.nodeArgs,
        ].join(" ")}); the floors run with the same variables and node flags.`
      : "Ours runs as `node dist/cli/main.js` (the build gave it no #! line with runtime flags).",
  );
  if (results.live) {
    out.push(
      `Live Jobs: ${options.liveJobs} runs per worker submitted by the worker itself from a pool template whose ` +
        "pods have a nodeSelector no node matches (Pending, never run); both workers at once, sampled at one moment.",
    );
  }
  if (options.crashRuns > 0) {
    out.push(
      "Crash latency: runs forced to RUNNING before their Job (backoffLimit 0, exit 1 after 2 s) fails; latency = " +
        "the Crashed state's timestamp minus the Job's Failed condition (whole seconds: adds 0-1 s to every " +
        `sample); nearest-rank percentiles; ${options.crashConcurrency} Jobs alive at a time` +
        (options.quick ? "; --quick: both workers' phases side by side." : "; one worker after the other."),
    );
  }
  const reasons = (label: string, burst: BurstResult | undefined) => {
    const entries = Object.entries(burst?.crashReasons ?? {});
    if (!entries.length) return;
    out.push(`\n${label}: runs given up on, by state message:`);
    for (const [message, n] of entries) out.push(`  ${n}x ${message}`);
  };
  for (const r of results.workers) {
    reasons(`${r.kind}: burst of ${options.runs}`, r.burst);
    reasons(`${r.kind}: burst of ${options.tailRuns}`, r.tail);
  }
  reasons(`floor: burst of ${options.runs}`, results.floorSubmit?.burst);
  for (const r of results.workers) {
    if (r.error) out.push(`\n${r.kind}: FAILED: ${r.error}`);
    if (r.tailAnalysis) {
      out.push(`\n${r.kind}: burst of ${options.tailRuns}, run by run:`);
      for (const note of r.tailAnalysis.notes) out.push(`  ${note}`);
    }
    if (r.crash?.error) out.push(`\n${r.kind}: crash phase FAILED: ${r.crash.error}`);
    if (r.crash?.misses?.length) {
      out.push(`\n${r.kind}: ${r.crash.misses.length} run(s) not Crashed in time:`);
      for (const miss of r.crash.misses) out.push(`  ${miss.id} (${miss.state})`);
    }
    if (r.notable && r.notable.count > 0) {
      out.push(`\n${r.kind}: ${r.notable.count} warning/error log lines; distinct examples:`);
      for (const example of r.notable.examples) out.push(`  ${example}`);
    }
  }
  if (results.floorSubmit?.error) out.push(`\nfloor: FAILED: ${results.floorSubmit.error}`);
  if (results.floorSubmit?.tailAnalysis) {
    out.push(`\nfloor: burst of ${options.tailRuns}, run by run:`);
    for (const note of results.floorSubmit.tailAnalysis.notes) out.push(`  ${note}`);
  }
  if (results.live?.error) out.push(`\nlive Jobs phase FAILED: ${results.live.error}`);
  for (const w of results.live?.workers ?? []) {
    if (w.notable?.count) {
      out.push(`\nlive: ${w.kind}: ${w.notable.count} warning/error log lines; distinct examples:`);
      for (const example of w.notable.examples) out.push(`  ${example}`);
    }
  }
  return out;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options.kinds.includes("ts")) buildWorker();
  let state = await stackState();
  for (let waited = 0; state === "partial" && waited < 120; waited += 2) {
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
      await removeEverything(kc, progress, 0);
      if (stackStarted) await stackCli("down", false);
      process.exit(130);
    })();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  const outDir = mkdtempSync(join(tmpdir(), "prefect-worker-bench-"));
  const results: Results = { workers: [] };
  let backend: string | undefined;
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
    backend = databaseBackend();
    progress(
      `settings: query ${options.loops.querySeconds}s, heartbeat ${options.loops.heartbeatSeconds}s, ` +
        `prefetch ${options.loops.prefetchSeconds}s; Prefect database ${backend}; logs in ${outDir}`,
    );
    let floor: RunningWorker | undefined;
    try {
      floor = await startIdleFloor({ kc, dir: outDir, watchPath: "/apis/batch/v1/namespaces/default/jobs" });
      results.floorIdle = { pid: floor.pid };
    } catch (err) {
      results.floorIdle = { pid: 0, error: (err as Error).message };
      progress(`memory floor FAILED: ${(err as Error).message}`);
    }
    if (!options.onlyCrash) {
      for (const kind of options.kinds) results.workers.push(await benchWorker(kind, options, outDir, floor));
      if (options.floor) results.floorSubmit = await benchFloorSubmit(options, outDir);
      if (options.liveJobs > 0) {
        await waitForPrefect(progress);
        results.live = await measureLiveJobs({
          kinds: options.kinds,
          kc,
          floor,
          liveJobs: options.liveJobs,
          concurrency: options.liveConcurrency,
          timeoutSeconds: options.liveTimeoutSeconds,
          settleSeconds: options.settleSeconds,
          soakMinutes: options.soakMinutes,
          soakIntervalSeconds: options.soakIntervalSeconds,
          loops: options.loops,
          outDir,
          // The crash phase that follows should not share the machine with 2 x L pods being deleted.
          waitForCleanup: !options.quick,
          progress,
        });
      }
    } else {
      for (const kind of options.kinds) results.workers.push({ kind });
    }
    if (options.crashRuns > 0 && options.quick) {
      // A smoke test: both crash phases side by side (their numbers then share the machine).
      const crashes = await Promise.all(results.workers.map((r) => crashWorker(r.kind, options, outDir)));
      results.workers.forEach((r, i) => (r.crash = crashes[i]));
    } else if (options.crashRuns > 0) {
      for (const result of results.workers) result.crash = await crashWorker(result.kind, options, outDir);
    }
    if (floor) await stopWorker(floor, 5000);
  } finally {
    killAllWorkers();
    progress("cleaning up what is left (pools, runs, namespaces)");
    await removeEverything(kc, progress, options.quick ? 60_000 : 180_000);
    for (const dir of ["prefect-home", "crash/prefect-home", "live/prefect-home"]) {
      rmSync(join(outDir, dir), { recursive: true, force: true });
    }
    if (readdirSync(outDir).length === 0) rmSync(outDir, { recursive: true });
    if (stackStarted) {
      progress("taking the stack down again");
      await stackCli("down", false);
    }
  }

  // The stack's server may be brought up again on another backend while the benchmark runs (shared stack).
  let backendAtEnd: string | undefined;
  try {
    backendAtEnd = databaseBackend();
  } catch {
    backendAtEnd = undefined;
  }
  if (backend !== undefined && backendAtEnd !== undefined && backendAtEnd !== backend) {
    backend = `${backend} -> ${backendAtEnd} (the stack was brought up again during the run)`;
  }
  const out: string[] = [
    "",
    `worker benchmark: ${options.onlyCrash ? "crash latency only" : `bursts of ${options.runs} and ${options.tailRuns} runs`}` +
      `${options.liveJobs > 0 && !options.onlyCrash ? `, ${options.liveJobs} live Jobs, soak ${options.soakMinutes} min` : ""}` +
      `${options.crashRuns > 0 ? `, ${options.crashRuns} crash runs` : ""}${options.quick ? " (--quick)" : ""}; ` +
      `query ${options.loops.querySeconds}s, heartbeat ${options.loops.heartbeatSeconds}s, prefetch ` +
      `${options.loops.prefetchSeconds}s; Prefect database: ${backend ?? "-"}; ${cpus().length} CPUs; node ${process.version}`,
    "",
    table(results, options),
    "",
    ...notes(results, options),
    `\nlogs: ${outDir}`,
    "",
    JSON.stringify({
      benchmark: "worker",
      date: new Date().toISOString(),
      cpus: cpus().length,
      node: process.version,
      database: backend ?? null,
      options,
      results,
    }),
  ];
  process.stdout.write(out.join("\n") + "\n");
  const failed =
    results.workers.some((r) => r.error || r.crash?.error) ||
    Boolean(results.floorSubmit?.error || results.live?.error || results.floorIdle?.error);
  return failed ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (err) {
  killAllWorkers();
  progress(`failed: ${(err as Error).message}`);
  process.exitCode = 1;
}
