// Prefect REST calls for the benchmark. Unlike the test helper, these retry longer: while a worker is
// submitting a burst, the SQLite-backed server answers 503 (database locked) far more often than in tests,
// and a benchmark that dies on a transient 503 measures nothing.
import { setTimeout as sleep } from "node:timers/promises";
import { readStackEnv } from "../../test/harness/stack/state.ts";

// Under a burst the server can stay locked for many seconds in a row; give up only after this long.
const RETRY_FOR_MS = 120_000;
const REQUEST_TIMEOUT_MS = 30_000;

export async function api<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const url = `${readStackEnv().prefectApiUrl}${path}`;
  let lastProblem = "";
  const deadline = Date.now() + RETRY_FOR_MS;
  for (let attempt = 1; Date.now() < deadline; attempt++) {
    try {
      const res = await fetch(url, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await res.text();
      if (res.ok) return (text ? JSON.parse(text) : undefined) as T;
      lastProblem = `HTTP ${res.status} ${text.slice(0, 300)}`;
      if (res.status < 500) break;
    } catch (err) {
      lastProblem = err instanceof Error ? err.message : String(err);
    }
    // Jitter keeps the concurrent creators from retrying in lockstep against the same lock.
    await sleep(Math.min(200 * attempt, 2000) * (0.5 + Math.random()));
  }
  throw new Error(`${method} ${path}: ${lastProblem} (retried for ${RETRY_FOR_MS / 1000}s)`);
}

/** Runs `task` over `items` with at most `limit` in flight; rejects on the first failure. */
export async function mapLimit<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

export interface RunRow {
  id: string;
  infrastructure_pid: string | null;
  updated: string | null;
  state_type: string | null;
}

/** Every run of the deployment, paged (the server caps a page at 200). */
export async function runsOf(deploymentId: string): Promise<RunRow[]> {
  const rows: RunRow[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await api<RunRow[]>("POST", "/flow_runs/filter", {
      flow_runs: { deployment_id: { any_: [deploymentId] } },
      sort: "ID_DESC",
      limit: 200,
      offset,
    });
    rows.push(...page);
    if (page.length < 200) return rows;
  }
}
