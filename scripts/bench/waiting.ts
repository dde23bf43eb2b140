// Waiting on a worker: polls fail fast when it dies, clearly on timeout.
import { setTimeout as sleep } from "node:timers/promises";
import type { RunningWorker } from "./workers.ts";

/** Polls `probe` until it returns a value. */
export async function until<T>(
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
        `the ${worker.kind} process exited (code ${exit.code}, signal ${exit.signal}) while waiting for ` +
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
          `${lastError ? ` (last error: ${lastError})` : ""}; log: ${worker.logFile}`,
      );
    }
    await sleep(intervalMs);
  }
}

/** Sleeps until `end` (epoch ms), failing if any of `workers` exits meanwhile. */
export async function idleUntil(end: number, ...workers: RunningWorker[]): Promise<void> {
  while (Date.now() < end) {
    const dead = workers.find((worker) => worker.hasExited());
    if (dead) throw new Error(`the ${dead.kind} process exited while idle; see ${dead.logFile}`);
    await sleep(Math.max(0, Math.min(500, end - Date.now())));
  }
}

/**
 * `call`, retried for up to `timeoutMs` on anything but a 4xx answer: other suites on the shared stack
 * restart the kube-apiserver or the Prefect server (outage tests), and a benchmark phase should wait that
 * out rather than fail.
 */
export async function retrying<T>(what: string, call: () => Promise<T>, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      const clientError = typeof code === "number" && code >= 400 && code < 500 && code !== 429;
      if (clientError || Date.now() > deadline) throw err;
      if (attempt === 1)
        process.stderr.write(`[bench] ${what} failed (${(err as Error).message}); retrying\n`);
      await sleep(Math.min(500 * attempt, 3000));
    }
  }
}
