// The observer under load: per worker, L real flow runs of its pool, each submitted by the worker itself
// from the pool's base job template — the default one with a pod nodeSelector no node has, so every Job
// gets a real Pod that stays Pending (unschedulable: the local kubelet never runs it). Both workers run at
// once, each with its observer scoped to its own namespace, so one sample moment covers ours, the reference
// and the memory floor alike: RSS once all Jobs and pods exist (after a settle), then a soak sampled every
// few seconds, with the slope of RSS over time by least squares.
import * as k8s from "@kubernetes/client-node";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createNamespace, uniqueName } from "../../test/harness/k8s.ts";
import { createDeployment, createPool, defaultBaseJobTemplate } from "../../test/harness/prefect-fixtures.ts";
import { readStackEnv } from "../../test/harness/stack/state.ts";
import { createRun, setQueuePaused, tally } from "./burst.ts";
import { namespaceGone, removePool, startNamespaceDeletion, trackNamespace, trackPool } from "./cleanup.ts";
import { mapLimit, runsOf } from "./prefect.ts";
import { sampleTree, slope, type TreeSample } from "./procfs.ts";
import { measureStartup } from "./startup.ts";
import { idleUntil, retrying } from "./waiting.ts";
import { freePort } from "../../test/harness/ports.ts";
import {
  notableLines,
  startWorker,
  stopWorker,
  type LoopSettings,
  type RunningWorker,
  type WorkerKind,
} from "./workers.ts";

export const UNSCHEDULABLE_NODE_SELECTOR = { "bench.prefect-worker.io/no-such-node": "true" };

/** The default base job template whose pods no node can take. */
export function unschedulableJobTemplate(): Record<string, unknown> {
  const template = defaultBaseJobTemplate() as {
    job_configuration: { job_manifest: { spec: { template: { spec: Record<string, unknown> } } } };
  };
  template.job_configuration.job_manifest.spec.template.spec.nodeSelector = UNSCHEDULABLE_NODE_SELECTOR;
  return template as unknown as Record<string, unknown>;
}

export interface SoakSample {
  /** Seconds since the soak began. */
  t: number;
  rssKiB: number;
  rssAnonKiB: number;
  rssFileKiB: number;
}

export interface SoakResult {
  minutes: number;
  intervalSeconds: number;
  samples: SoakSample[];
  /** Least-squares slope of VmRSS over the soak, MiB per minute. */
  slopeMiBPerMin: number | undefined;
  anonSlopeMiBPerMin: number | undefined;
  firstKiB: number | undefined;
  lastKiB: number | undefined;
  maxKiB: number | undefined;
}

export interface LiveWorkerResult {
  kind: WorkerKind;
  error?: string;
  namespace?: string;
  logFile?: string;
  /** Queue resumed → every run has a pid or was given up. */
  allJobsSeconds?: number;
  runsWithPid?: number;
  runsCrashed?: number;
  jobs?: number;
  pods?: number;
  podsPending?: number;
  /** At the common sample moment, once all Jobs and pods existed and settled. */
  sample?: TreeSample;
  soak?: SoakResult;
  notable?: { count: number; examples: string[] };
}

export interface LivePhaseResult {
  liveJobs: number;
  createSeconds?: number;
  /** When the common sample was taken (ISO). */
  sampledAt?: string;
  workers: LiveWorkerResult[];
  floor?: { sample?: TreeSample; soak?: SoakResult };
  error?: string;
}

interface Side {
  kind: WorkerKind;
  result: LiveWorkerResult;
  pool: string;
  deploymentId?: string;
  namespace?: string;
  worker?: RunningWorker;
  ids: Set<string>;
  done: boolean;
}

function soakOf(samples: SoakSample[], minutes: number, intervalSeconds: number): SoakResult {
  const t = samples.map((s) => s.t / 60);
  const mib = (values: number[]) => values.map((v) => v / 1024);
  return {
    minutes,
    intervalSeconds,
    samples,
    slopeMiBPerMin: slope(t, mib(samples.map((s) => s.rssKiB))),
    anonSlopeMiBPerMin: slope(t, mib(samples.map((s) => s.rssAnonKiB))),
    firstKiB: samples[0]?.rssKiB,
    lastKiB: samples.at(-1)?.rssKiB,
    maxKiB: samples.length ? Math.max(...samples.map((s) => s.rssKiB)) : undefined,
  };
}

function soakSample(pid: number, t: number): SoakSample | undefined {
  const s = sampleTree(pid);
  return s && { t, rssKiB: s.rssKiB, rssAnonKiB: s.rssAnonKiB, rssFileKiB: s.rssFileKiB };
}

export async function measureLiveJobs(input: {
  kinds: WorkerKind[];
  kc: k8s.KubeConfig;
  floor: RunningWorker | undefined;
  liveJobs: number;
  concurrency: number;
  timeoutSeconds: number;
  settleSeconds: number;
  soakMinutes: number;
  soakIntervalSeconds: number;
  loops: LoopSettings;
  outDir: string;
  /** Wait (up to 300 s) until the namespaces, their Jobs and pods are gone. */
  waitForCleanup: boolean;
  progress: (message: string) => void;
}): Promise<LivePhaseResult> {
  const { kc, progress, liveJobs: n } = input;
  const result: LivePhaseResult = { liveJobs: n, workers: [] };
  const sides: Side[] = input.kinds.map((kind) => ({
    kind,
    result: { kind },
    pool: uniqueName(`bench-live-${kind}`),
    ids: new Set<string>(),
    done: false,
  }));
  result.workers = sides.map((side) => side.result);
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const batch = kc.makeApiClient(k8s.BatchV1Api);
  try {
    for (const side of sides) {
      side.namespace = await retrying("create namespace", () =>
        createNamespace(kc, `bench-live-${side.kind}`),
      );
      trackNamespace(side.namespace);
      side.result.namespace = side.namespace;
      const created = trackPool(side.pool);
      await createPool(side.pool, unschedulableJobTemplate());
      const deployment = await createDeployment({
        pool: side.pool,
        name: `bench-live-${side.kind}`,
        jobVariables: { namespace: side.namespace },
      });
      created.deployments.push({ id: deployment.id, flowId: deployment.flow_id });
      side.deploymentId = deployment.id;
      side.worker = startWorker({
        kind: side.kind,
        stack: readStackEnv(),
        pool: side.pool,
        name: `bench-live-${side.kind}`,
        dir: join(input.outDir, "live"),
        loops: input.loops,
        healthPort: await freePort(),
        env: { PREFECT_INTEGRATIONS_KUBERNETES_OBSERVER_NAMESPACES: side.namespace },
      });
      side.result.logFile = side.worker.logFile;
      progress(`live: ${side.kind} worker started (pid ${side.worker.pid}), namespace ${side.namespace}`);
    }
    await Promise.all(sides.map((side) => measureStartup(side.worker!, side.pool, undefined)));
    for (const side of sides) await setQueuePaused(side.pool, true);

    // Both pools' runs, interleaved, a moderate number of requests at a time (2 cores).
    const createStart = Date.now();
    progress(`live: creating ${n} runs per worker (${input.concurrency} at a time) in paused queues`);
    const jobsToCreate = sides.flatMap((side) => Array.from({ length: n }, () => side));
    let made = 0;
    await mapLimit(jobsToCreate, input.concurrency, async (side) => {
      const run = await createRun(side.deploymentId!);
      side.ids.add(run.id);
      if (++made % 200 === 0) progress(`live: ${made}/${jobsToCreate.length} runs created`);
    });
    result.createSeconds = (Date.now() - createStart) / 1000;
    for (const side of sides) await setQueuePaused(side.pool, false);
    const releasedAt = Date.now();
    progress(
      `live: ${jobsToCreate.length} runs created in ${result.createSeconds.toFixed(1)}s; queues resumed`,
    );

    const deadline = Date.now() + input.timeoutSeconds * 1000;
    let lastReport = 0;
    while (sides.some((side) => !side.done)) {
      for (const side of sides) {
        if (side.done) continue;
        if (side.worker!.hasExited())
          throw new Error(`the ${side.kind} worker exited; see ${side.worker!.logFile}`);
        const counts = tally(await runsOf(side.deploymentId!), side.ids);
        const pods = await retrying("list pods", () =>
          core.listNamespacedPod({ namespace: side.namespace! }),
        );
        const pending = pods.items.filter((pod) => pod.status?.phase === "Pending").length;
        side.result.runsWithPid = counts.withPid.length;
        side.result.runsCrashed = counts.given.length;
        side.result.pods = pods.items.length;
        side.result.podsPending = pending;
        if (counts.withPid.length + counts.given.length >= n && pods.items.length >= counts.withPid.length) {
          side.done = true;
          side.result.allJobsSeconds = (Date.now() - releasedAt) / 1000;
          progress(`live: ${side.kind}: ${counts.text}; ${pods.items.length} pods (${pending} Pending)`);
        } else if (Date.now() - lastReport > 10_000) {
          progress(`live: ${side.kind}: ${counts.text}; ${pods.items.length} pods`);
        }
      }
      if (Date.now() - lastReport > 10_000) lastReport = Date.now();
      if (Date.now() > deadline)
        throw new Error(`timed out after ${input.timeoutSeconds}s waiting for the live Jobs`);
      if (sides.some((side) => !side.done)) await sleep(2000);
    }
    for (const side of sides) {
      const jobs = await retrying("list Jobs", () => batch.listNamespacedJob({ namespace: side.namespace! }));
      side.result.jobs = jobs.items.length;
    }

    const workers = sides.map((side) => side.worker!);
    progress(`live: all Jobs and pods exist; settling ${input.settleSeconds}s, then sampling`);
    await idleUntil(Date.now() + input.settleSeconds * 1000, ...workers);
    result.sampledAt = new Date().toISOString();
    for (const side of sides) side.result.sample = sampleTree(side.worker!.pid);
    result.floor = { ...(input.floor ? { sample: sampleTree(input.floor.pid) } : {}) };

    if (input.soakMinutes > 0) {
      progress(`live: soak for ${input.soakMinutes} min, a sample every ${input.soakIntervalSeconds}s`);
      const soakStart = Date.now();
      const series = new Map<string, SoakSample[]>();
      const tracked = [
        ...sides.map((side) => [side.kind, side.worker!] as const),
        ...(input.floor ? [["floor", input.floor] as const] : []),
      ];
      for (let i = 0; ; i++) {
        const at = soakStart + i * input.soakIntervalSeconds * 1000;
        if (at > soakStart + input.soakMinutes * 60_000 + 1) break;
        await idleUntil(at, ...workers);
        for (const [key, proc] of tracked) {
          const s = soakSample(proc.pid, (Date.now() - soakStart) / 1000);
          if (s) series.set(key, [...(series.get(key) ?? []), s]);
        }
      }
      for (const side of sides) {
        side.result.soak = soakOf(series.get(side.kind) ?? [], input.soakMinutes, input.soakIntervalSeconds);
      }
      if (input.floor) {
        result.floor.soak = soakOf(series.get("floor") ?? [], input.soakMinutes, input.soakIntervalSeconds);
      }
      progress(
        "live: soak slopes (MiB/min): " +
          [...sides.map((s) => [s.kind, s.result.soak] as const), ["floor", result.floor.soak] as const]
            .map(([k, soak]) => `${k} ${soak?.slopeMiBPerMin?.toFixed(3) ?? "-"}`)
            .join(", "),
      );
    }
  } catch (err) {
    result.error = (err as Error).message;
    progress(`live: FAILED: ${result.error}`);
  } finally {
    for (const side of sides) {
      if (!side.worker) continue;
      await stopWorker(side.worker, 60_000);
      side.result.notable = notableLines(side.worker.logFile);
    }
    progress("live: cleaning up (runs, pools, namespaces with their Jobs and pods)");
    for (const side of sides) {
      await removePool(side.pool).catch((err: Error) =>
        progress(`live: could not remove ${side.pool}: ${err.message}`),
      );
      if (side.namespace) await startNamespaceDeletion(kc, side.namespace).catch(() => undefined);
    }
    if (input.waitForCleanup) {
      const gone = await Promise.all(
        sides.map((side) => (side.namespace ? namespaceGone(kc, side.namespace, 300_000) : true)),
      );
      if (gone.includes(false)) progress("live: a namespace is still terminating after 300s; going on");
    }
  }
  return result;
}
