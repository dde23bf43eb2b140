// Where the test harness keeps things outside the repository: built tools and venvs (keyed by version,
// shared by every clone on the machine) and the running stack's state (pid files, logs, PKI, data).
import { homedir } from "node:os";
import { join, resolve } from "node:path";

export const repoRoot = resolve(import.meta.dirname, "../..");

export const cacheDir =
  process.env.PREFECT_WORKER_CACHE ??
  join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "prefect-worker");

export const toolsDir = join(cacheDir, "tools");

/** The running stack's state; wiped by `stack down`. */
export const stackDir = process.env.PREFECT_WORKER_STACK_DIR ?? join(cacheDir, "stack");
