// Starting the floor scripts (floor-idle.ts, floor-submit.ts): their types stripped here
// (module.stripTypeScriptTypes) into plain .mjs files run by this same node binary — the one the worker runs
// on — with ours' runtime flags, so, like the built worker, they pay nothing for TypeScript. The kube-apiserver's TLS material comes
// from the stack's admin kubeconfig, written out as PEM files when it is inline.
import type * as k8s from "@kubernetes/client-node";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { stripTypeScriptTypes } from "node:module";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { StackEnv } from "../../test/harness/stack/state.ts";
import { oursRuntime, pathWithThisNode, spawnLogged, type RunningWorker } from "./workers.ts";

const here = import.meta.dirname;

function scriptFor(name: "floor-idle" | "floor-submit", dir: string): string {
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `${name}.mjs`);
  const source = readFileSync(join(here, `${name}.ts`), "utf8");
  writeFileSync(out, stripTypeScriptTypes(source, { mode: "strip" }));
  return out;
}

/** FLOOR_API_SERVER, FLOOR_CA, FLOOR_CERT, FLOOR_KEY from the admin kubeconfig. */
export function kubeTlsEnv(kc: k8s.KubeConfig, dir: string): Record<string, string> {
  const cluster = kc.getCurrentCluster();
  const user = kc.getCurrentUser();
  if (!cluster || !user) throw new Error("the admin kubeconfig has no current cluster or user");
  mkdirSync(dir, { recursive: true });
  const file = (path: string | undefined, data: string | undefined, name: string): string => {
    if (path && existsSync(path)) return path;
    if (!data) throw new Error(`the admin kubeconfig has no ${name}`);
    const out = join(dir, `${name}.pem`);
    writeFileSync(out, Buffer.from(data, "base64"), { mode: 0o600 });
    return out;
  };
  return {
    FLOOR_API_SERVER: cluster.server,
    FLOOR_CA: file(cluster.caFile, cluster.caData, "ca"),
    FLOOR_CERT: file(user.certFile, user.certData, "client-cert"),
    FLOOR_KEY: file(user.keyFile, user.keyData, "client-key"),
  };
}

/**
 * The floors run with ours' runtime settings (the variables and node flags on dist/cli/main.js's `#!` line,
 * e.g. MALLOC_ARENA_MAX, --max-semi-space-size): ours/floor then compares code, not runtime flags.
 */
export function floorRuntime(): { env: Record<string, string>; nodeArgs: string[] } {
  const { env, nodeArgs } = oursRuntime();
  return { env, nodeArgs };
}

function baseEnv(): Record<string, string> {
  return {
    PATH: pathWithThisNode(),
    HOME: process.env.HOME ?? "/tmp",
    LANG: "C.UTF-8",
    ...floorRuntime().env,
  };
}

/** The memory floor; resolves once its watch is open. */
export async function startIdleFloor(options: {
  kc: k8s.KubeConfig;
  dir: string;
  watchPath: string;
}): Promise<RunningWorker> {
  const floor = spawnLogged(
    "floor-idle",
    process.execPath,
    [...floorRuntime().nodeArgs, scriptFor("floor-idle", options.dir)],
    {
      dir: options.dir,
      logName: "floor-idle.log",
      env: { ...baseEnv(), ...kubeTlsEnv(options.kc, options.dir), FLOOR_WATCH_PATH: options.watchPath },
    },
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (floor.hasExited()) throw new Error(`the memory floor exited; see ${floor.logFile}`);
    if (readFileSync(floor.logFile, "utf8").includes("ready")) return floor;
    if (Date.now() > deadline)
      throw new Error(`the memory floor was not ready in 30 s; see ${floor.logFile}`);
    await sleep(50);
  }
}

/** The throughput floor, polling `pool` and creating its Jobs in `namespace`. */
export function startSubmitFloor(options: {
  kc: k8s.KubeConfig;
  stack: StackEnv;
  dir: string;
  pool: string;
  namespace: string;
  querySeconds: number;
  prefetchSeconds: number;
  /** Submissions at once: ours' gate (…_WORKER_SUBMISSION_CONCURRENCY). */
  concurrency: number;
  /** "worker": the calls both workers make per run; "minimal": the three any worker must (floor-submit.ts). */
  calls: "worker" | "minimal";
  logName: string;
}): RunningWorker {
  const args = [...floorRuntime().nodeArgs, scriptFor("floor-submit", options.dir)];
  return spawnLogged("floor-submit", process.execPath, args, {
    dir: options.dir,
    logName: options.logName,
    env: {
      ...baseEnv(),
      ...kubeTlsEnv(options.kc, options.dir),
      PREFECT_API_URL: options.stack.prefectApiUrl,
      FLOOR_POOL: options.pool,
      FLOOR_NAMESPACE: options.namespace,
      FLOOR_QUERY_SECONDS: String(options.querySeconds),
      FLOOR_PREFETCH_SECONDS: String(options.prefetchSeconds),
      FLOOR_CONCURRENCY: String(options.concurrency),
      FLOOR_CALLS: options.calls,
    },
  });
}
