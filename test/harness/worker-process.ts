// Runs our worker as a real process against the local stack (`node src/cli/main.ts start …`, or the
// bundle: see workerCommand), with a clean environment, and collects its JSON log lines so tests can wait
// for what it says.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./paths.ts";
import { readStackEnv } from "./stack/state.ts";

export interface LogLine {
  level: string;
  msg: string;
  [key: string]: unknown;
}

export interface WorkerProcess {
  child: ChildProcess;
  logs: LogLine[];
  /** Non-JSON output (there should be none on stdout). */
  rawOutput: string[];
  stderr: () => string;
  exited: Promise<number | null>;
  waitForLog(predicate: (line: LogLine) => boolean, what: string, timeoutMs?: number): Promise<LogLine>;
  /** SIGTERM, then the exit code (SIGKILL after `timeoutMs`). */
  stop(timeoutMs?: number): Promise<number | null>;
}

export interface WorkerProcessOptions {
  args: string[];
  /**
   * The namespace the worker's observer watches (PREFECT_INTEGRATIONS_KUBERNETES_OBSERVER_NAMESPACES):
   * a test's worker has no business with other tests' Jobs on the shared cluster, whose crashes and pod
   * events it would otherwise report. `null` says so explicitly for a worker that watches the whole
   * cluster (or never gets that far).
   */
  namespace: string | null;
  env?: Record<string, string>;
  /** The kubeconfig the worker uses (default: the stack's admin kubeconfig). */
  kubeconfig?: string;
  /** `prefect` runs the compatibility binary (`prefect worker start …`). */
  binary?: "prefect-worker" | "prefect";
}

/** Fast loops for tests: poll every second, heartbeat every 2 s. */
export const fastLoops = {
  PREFECT_WORKER_QUERY_SECONDS: "1",
  PREFECT_WORKER_HEARTBEAT_SECONDS: "2",
  PREFECT_WORKER_PREFETCH_SECONDS: "10",
};

/**
 * With PREFECT_WORKER_UNDER_TEST=dist (the e2e suite under `npm test`), the bundle the image ships, run
 * through its own #! line as the image runs it; otherwise the sources under this Node.
 */
function workerCommand(binary: WorkerProcessOptions["binary"]): [string, string[]] {
  const file = binary === "prefect" ? "prefect" : "main";
  if (process.env.PREFECT_WORKER_UNDER_TEST === "dist") {
    const bundle = join(repoRoot, `dist/cli/${file}.js`);
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build`);
    return [bundle, binary === "prefect" ? ["worker"] : []];
  }
  return [
    process.execPath,
    [join(repoRoot, `src/cli/${file}.ts`), ...(binary === "prefect" ? ["worker"] : [])],
  ];
}

export function spawnWorker(options: WorkerProcessOptions): WorkerProcess {
  const stack = readStackEnv();
  const [command, entryArgs] = workerCommand(options.binary);
  const child = spawn(command, [...entryArgs, "start", ...options.args], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: process.env.HOME ?? "/tmp",
      PREFECT_API_URL: stack.prefectApiUrl,
      KUBECONFIG: options.kubeconfig ?? stack.kubeconfig,
      ...fastLoops,
      ...(options.namespace === null
        ? {}
        : { PREFECT_INTEGRATIONS_KUBERNETES_OBSERVER_NAMESPACES: options.namespace }),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: LogLine[] = [];
  const rawOutput: string[] = [];
  const waiters = new Set<() => void>();
  let stderr = "";
  let buffer = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.trim()) continue;
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        rawOutput.push(line);
      }
    }
    for (const wake of waiters) wake();
  });
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
    for (const wake of waiters) wake();
  });

  return {
    child,
    logs,
    rawOutput,
    stderr: () => stderr,
    exited,
    waitForLog(predicate, what, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = logs.find(predicate);
          if (found) return finish(() => resolve(found));
          if (hasExited) {
            return finish(() =>
              reject(new Error(`worker exited before logging ${what}; stderr: ${stderr.slice(-2000)}`)),
            );
          }
        };
        const timer = setTimeout(
          () => finish(() => reject(new Error(`timed out waiting for the worker to log ${what}`))),
          timeoutMs,
        );
        const finish = (then: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          then();
        };
        waiters.add(check);
        check();
      });
    },
    async stop(timeoutMs = 30_000) {
      if (hasExited) return exited;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
