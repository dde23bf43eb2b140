// The two workers under comparison, started with identical settings. Output goes straight to a log file
// (not through a pipe into this process), so a chatty worker cannot slow the benchmark's own event loop
// and skew the timings of the other numbers.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { repoRoot } from "../../test/harness/paths.ts";
import type { StackEnv } from "../../test/harness/stack/state.ts";

export type WorkerKind = "ts" | "python";
/** Workers and the floor scripts beside them (scripts/bench/floor-*.ts). */
export type ProcessKind = WorkerKind | "floor-idle" | "floor-submit";

export interface LoopSettings {
  querySeconds: number;
  heartbeatSeconds: number;
  prefetchSeconds: number;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  at: number;
}

export interface RunningWorker {
  kind: ProcessKind;
  pid: number;
  /** Date.now() just before spawn(). */
  spawnedAt: number;
  logFile: string;
  child: ChildProcess;
  exit: Promise<Exit>;
  hasExited: () => boolean;
}

const live = new Set<RunningWorker>();

export const OURS_ENTRY = join(repoRoot, "dist/cli/main.js");

/**
 * How the image starts ours: `prefect-worker` is a symlink to dist/cli/main.js, run through its own
 * `#!/usr/bin/env -S [VAR=value…] node [flags…]` line. The same here, with this node first on PATH so the
 * line finds the same binary. The line's variables and node flags are returned too, for the floors.
 */
export function oursRuntime(): { direct: boolean; env: Record<string, string>; nodeArgs: string[] } {
  const first = readFileSync(OURS_ENTRY, "utf8").split("\n", 1)[0] ?? "";
  const shebang = /^#!\S*env -S (.*)$/.exec(first) ?? /^#!\S*env (node.*)$/.exec(first);
  if (!shebang) return { direct: false, env: {}, nodeArgs: [] };
  const words = shebang[1]!.trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (words[0]?.includes("=")) {
    const [name, ...value] = words.shift()!.split("=");
    env[name!] = value.join("=");
  }
  if (words.shift() !== "node") return { direct: false, env: {}, nodeArgs: [] };
  return { direct: true, env, nodeArgs: words };
}

/** PATH with this process's node first. */
export function pathWithThisNode(): string {
  return [dirname(process.execPath), process.env.PATH ?? "/usr/bin:/bin"].join(delimiter);
}

export function startWorker(options: {
  kind: WorkerKind;
  stack: StackEnv;
  pool: string;
  name: string;
  dir: string;
  loops: LoopSettings;
  /** Added to the minimal environment, the same for both kinds (e.g. the observer's namespaces). */
  env?: Record<string, string>;
  /** Start with --with-healthcheck, its server on 127.0.0.1:<healthPort> (as the chart's probes do). */
  healthPort?: number;
  /** Log file name in `dir` (default `<kind>-worker.log`). */
  logName?: string;
}): RunningWorker {
  const { kind, stack, pool, name, dir, loops, healthPort } = options;
  const prefectHome = join(dir, "prefect-home");
  mkdirSync(prefectHome, { recursive: true });
  // A minimal environment, the same for both: nothing from the caller's shell (a PREFECT_PROFILE, a
  // stray PREFECT_API_KEY) can make one of them behave differently.
  const env: Record<string, string> = {
    PATH: pathWithThisNode(),
    HOME: process.env.HOME ?? "/tmp",
    LANG: "C.UTF-8",
    PREFECT_HOME: prefectHome,
    PREFECT_API_URL: stack.prefectApiUrl,
    PREFECT_API_KEY: "",
    KUBECONFIG: stack.kubeconfig,
    PREFECT_WORKER_QUERY_SECONDS: String(loops.querySeconds),
    PREFECT_WORKER_HEARTBEAT_SECONDS: String(loops.heartbeatSeconds),
    PREFECT_WORKER_PREFETCH_SECONDS: String(loops.prefetchSeconds),
    ...(healthPort === undefined
      ? {}
      : { PREFECT_WORKER_WEBSERVER_HOST: "127.0.0.1", PREFECT_WORKER_WEBSERVER_PORT: String(healthPort) }),
    ...options.env,
  };
  const health = healthPort === undefined ? [] : ["--with-healthcheck"];
  const ours = ["start", "--pool", pool, "--name", name, ...health];
  const [command, args] =
    kind === "ts"
      ? oursRuntime().direct
        ? [OURS_ENTRY, ours]
        : [process.execPath, [OURS_ENTRY, ...ours]]
      : [
          join(stack.prefectVenv, "bin/prefect"),
          ["worker", "start", "--type", "kubernetes", "--pool", pool, "--name", name, ...health],
        ];
  return spawnLogged(kind, command, args, { dir, env, logName: options.logName ?? `${kind}-worker.log` });
}

/** Spawns `command` with its output appended to `<dir>/<logName>`, tracked for killAllWorkers(). */
export function spawnLogged(
  kind: ProcessKind,
  command: string,
  args: string[],
  options: { dir: string; env: Record<string, string>; logName: string },
): RunningWorker {
  const { dir, env } = options;
  mkdirSync(dir, { recursive: true });
  const logFile = join(dir, options.logName);
  const fd = openSync(logFile, "a");
  const spawnedAt = Date.now();
  const child = spawn(command, args, { cwd: dir, env, stdio: ["ignore", fd, fd] });
  closeSync(fd);
  if (child.pid === undefined) throw new Error(`could not start the ${kind} process (${command})`);
  let exited = false;
  const exit = new Promise<Exit>((resolve) => {
    child.once("exit", (code, signal) => {
      exited = true;
      resolve({ code, signal, at: Date.now() });
    });
    child.once("error", () => {
      exited = true;
      resolve({ code: null, signal: null, at: Date.now() });
    });
  });
  const worker: RunningWorker = {
    kind,
    pid: child.pid,
    spawnedAt,
    logFile,
    child,
    exit,
    hasExited: () => exited,
  };
  live.add(worker);
  void exit.then(() => live.delete(worker));
  return worker;
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit and whether SIGKILL was needed. */
export async function stopWorker(
  worker: RunningWorker,
  graceMs: number,
): Promise<{ exit: Exit; sentAt: number; killed: boolean }> {
  const sentAt = Date.now();
  if (worker.hasExited()) return { exit: await worker.exit, sentAt, killed: false };
  worker.child.kill("SIGTERM");
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    worker.child.kill("SIGKILL");
  }, graceMs);
  const exit = await worker.exit;
  clearTimeout(timer);
  return { exit, sentAt, killed };
}

/** For Ctrl-C and fatal errors: every worker this process started and that still runs, by its pid. */
export function killAllWorkers(): void {
  for (const worker of live) {
    try {
      worker.child.kill("SIGKILL");
    } catch {
      // already gone
    }
  }
}

/** Lines of the worker's log that look like warnings or errors, for the "anything odd" report. */
export function notableLines(logFile: string): { count: number; examples: string[] } {
  let text: string;
  try {
    text = readFileSync(logFile, "utf8");
  } catch {
    return { count: 0, examples: [] };
  }
  const notable = text.split("\n").filter((line) => {
    if (!line.trim()) return false;
    if (line.startsWith("{")) {
      try {
        // pino: 40 warn, 50 error, 60 fatal; ours writes the label instead of the number.
        const level = (JSON.parse(line) as { level?: unknown }).level;
        return Number(level) >= 40 || ["warn", "error", "fatal"].includes(String(level));
      } catch {
        return true;
      }
    }
    // Python's logging levels, tracebacks, and what its subprocesses (git) print.
    return /\b(WARNING|ERROR|CRITICAL|Traceback|Exception)\b|^fatal:/.test(line);
  });
  // The same complaint for 200 runs is one finding; show distinct shapes (ids and numbers masked).
  const shapes = new Map<string, string>();
  for (const line of notable) {
    const shape = line
      .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "<id>")
      .replace(/\d+/g, "N")
      .slice(0, 200);
    if (!shapes.has(shape)) shapes.set(shape, line);
  }
  return { count: notable.length, examples: [...shapes.values()].slice(0, 5).map((l) => l.slice(0, 400)) };
}
