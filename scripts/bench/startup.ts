// Start-up: process spawn → first poll (the server's `last_polled` of the pool's default queue, and when
// this script saw it), and spawn → the health server's 200: /readyz for ours (ready once the API answered
// and the pool is known), /health for the reference (it has no /readyz; its /health answers 200 as soon
// as its server is up and the worker has polled recently).
import { api } from "./prefect.ts";
import { until } from "./waiting.ts";
import type { RunningWorker } from "./workers.ts";

export interface StartupResult {
  /** Server-side `last_polled` minus the spawn time. */
  firstPollMs: number;
  /** When this script saw `last_polled` (polling every 100 ms), since spawn. */
  firstPollSeenMs: number;
  /** Epoch ms of the first poll (server clock). */
  firstPollAt: number;
  healthPath: string;
  /** Spawn → the first 200 from healthPath (polling every 20 ms). */
  healthOkMs: number | undefined;
}

async function firstHealthOk(
  worker: RunningWorker,
  url: string,
  timeoutMs: number,
): Promise<number | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !worker.hasExited()) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (res.status === 200) return Date.now() - worker.spawnedAt;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return undefined;
}

export async function measureStartup(
  worker: RunningWorker,
  pool: string,
  healthPort: number | undefined,
): Promise<StartupResult> {
  const healthPath = worker.kind === "ts" ? "/readyz" : "/health";
  const health =
    healthPort === undefined
      ? Promise.resolve(undefined)
      : firstHealthOk(worker, `http://127.0.0.1:${healthPort}${healthPath}`, 180_000);
  const queuePath = `/work_pools/${encodeURIComponent(pool)}/queues/default`;
  const polledAt = await until(`the first poll of pool ${pool}`, worker, 180_000, 100, async () => {
    const queue = await api<{ last_polled: string | null }>("GET", queuePath);
    // A later worker on the same pool: only its own poll counts.
    const at = queue.last_polled ? Date.parse(queue.last_polled) : undefined;
    return at !== undefined && at >= worker.spawnedAt ? at : undefined;
  });
  const firstPollSeenMs = Date.now() - worker.spawnedAt;
  return {
    firstPollMs: polledAt - worker.spawnedAt,
    firstPollSeenMs,
    firstPollAt: polledAt,
    healthPath,
    healthOkMs: await health,
  };
}
