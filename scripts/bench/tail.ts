// The short burst, run by run: where does a long tail come from? For each run, the server's PENDING
// timestamp (when the worker's poll picked it up and claimed it) and the moment this script saw its pid;
// from the worker's own log (it runs at DEBUG for this burst) its "submitting flow run" lines and every
// HTTP retry it made (status, delay); from the Prefect server's log the "database is locked" errors it
// answered 503 for (SQLite), all within the burst's window.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { stackDir } from "../../test/harness/paths.ts";
import type { BurstResult } from "./burst.ts";

export interface TailAnalysis {
  pendingSeconds: number[];
  pidSeconds: number[];
  /** The worker's HTTP retries in the window (its DEBUG log; ours logs none, see apiAttempts). */
  retries: {
    count: number;
    totalDelaySeconds: number;
    maxDelaySeconds: number;
    statuses: Record<string, number>;
  };
  /** "database is locked" errors in the Prefect server's log in the window (SQLite answers 503 for them). */
  serverLockErrors: number | undefined;
  /**
   * Ours only: Prefect API attempts by route and status, from its /metrics (prefect_worker_api_requests_total,
   * counted per attempt) — its HTTP client's retry lines do not reach its log (see the notes).
   */
  apiAttempts?: Record<string, Record<string, number>>;
  notes: string[];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

function read(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** Epoch ms of a log line: pino's `time` (ours) or a leading UTC HH:MM:SS.mmm (the reference, the server). */
function lineTime(line: string, day: Date): number | undefined {
  if (line.startsWith("{")) {
    try {
      const time = (JSON.parse(line) as { time?: number | string }).time;
      const at = typeof time === "number" ? time : Date.parse(String(time));
      return Number.isFinite(at) ? at : undefined;
    } catch {
      return undefined;
    }
  }
  const clock = /^(\d\d):(\d\d):(\d\d)\.(\d{3})/.exec(line);
  if (!clock) return undefined;
  return Date.UTC(
    day.getUTCFullYear(),
    day.getUTCMonth(),
    day.getUTCDate(),
    Number(clock[1]),
    Number(clock[2]),
    Number(clock[3]),
    Number(clock[4]),
  );
}

/** Groups of values (seconds) separated by gaps above `gap`: one group per poll or retry round. */
export function waves(values: number[], gap: number): string {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const value of sorted) {
    const last = groups.at(-1);
    if (last && value - last.at(-1)! <= gap) last.push(value);
    else groups.push([value]);
  }
  return (
    groups.map((g) => `${g.length} at ${g[0]!.toFixed(1)}-${g.at(-1)!.toFixed(1)}s`).join(", ") || "none"
  );
}

/** prefect_worker_api_requests_total from a Prometheus text page: route → status → attempts. */
export function apiAttemptsFromMetrics(text: string): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const line of text.split("\n")) {
    if (!line.startsWith("prefect_worker_api_requests_total{")) continue;
    const labels = Object.fromEntries(
      [...line.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!] as const),
    );
    const value = Number(line.slice(line.lastIndexOf(" ") + 1));
    const route = `${labels.method ?? "?"} ${labels.route ?? "?"}`;
    (out[route] ??= {})[labels.code ?? "?"] = value;
  }
  return out;
}

export function analyseTail(
  burst: BurstResult,
  logFile: string | undefined,
  apiAttempts?: Record<string, Record<string, number>>,
): TailAnalysis {
  const releasedAt = burst.releasedAt;
  const endAt = releasedAt + burst.allJobsSeconds * 1000;
  const day = new Date(releasedAt);
  const inWindow = (at: number | undefined) =>
    at !== undefined && at >= releasedAt - 1000 && at <= endAt + 500;
  const perRun = burst.perRun ?? [];
  const pendingSeconds = perRun.flatMap((r) => (r.pendingMs === undefined ? [] : [r.pendingMs / 1000]));
  const pidSeconds = perRun.flatMap((r) => (r.pidSeenMs === undefined ? [] : [r.pidSeenMs / 1000]));
  const notes = [
    `claimed (PENDING, server clock) after the queue resumed: ${waves(pendingSeconds, 1)}`,
    `pid seen: ${waves(pidSeconds, 1)}`,
  ];
  const submitSeconds = perRun.flatMap((r) =>
    r.pendingMs === undefined || r.pidSeenMs === undefined ? [] : [(r.pidSeenMs - r.pendingMs) / 1000],
  );
  if (submitSeconds.length) {
    const sorted = [...submitSeconds].sort((a, b) => a - b);
    notes.push(
      `PENDING -> pid seen: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)}s, max ${sorted.at(-1)!.toFixed(1)}s`,
    );
  }
  const retries = {
    count: 0,
    totalDelaySeconds: 0,
    maxDelaySeconds: 0,
    statuses: {} as Record<string, number>,
  };
  const log = logFile ? read(logFile) : undefined;
  if (log) {
    const ids = new Set(perRun.map((r) => r.id));
    const submitting: number[] = [];
    const retryTimes: number[] = [];
    for (const line of log.split("\n")) {
      const at = lineTime(line, day);
      if (/submitting flow run/i.test(line)) {
        const id = UUID.exec(line)?.[0];
        if (id && ids.has(id) && at !== undefined) submitting.push((at - releasedAt) / 1000);
        continue;
      }
      // Ours: "<METHOD> <route>: retryable status 503; attempt 1/6, next in 2.10 s";
      // the reference: "Received response with retryable status code 503. Another attempt will be made in 2.1s".
      const ours = /retryable (?:status (\d+)|transport error); attempt \d+\/\d+, next in ([\d.]+) s/.exec(
        line,
      );
      const theirs =
        /(?:retryable status code (\d+)|retryable exception).*?Another attempt will be made in ([\d.]+)s/.exec(
          line,
        );
      const match = ours ?? theirs;
      if (!match || !inWindow(at)) continue;
      const delay = Number(match[2]);
      retries.count++;
      retries.totalDelaySeconds += delay;
      retries.maxDelaySeconds = Math.max(retries.maxDelaySeconds, delay);
      const status = match[1] ?? "transport";
      retries.statuses[status] = (retries.statuses[status] ?? 0) + 1;
      retryTimes.push((at! - releasedAt) / 1000);
    }
    if (submitting.length) notes.push(`"submitting flow run" log lines: ${waves(submitting, 1)}`);
    if (!apiAttempts)
      notes.push(
        `worker HTTP retries in the window (its DEBUG log): ${retries.count}` +
          (retries.count
            ? ` (${Object.entries(retries.statuses)
                .map(([s, n]) => `${n}x ${s}`)
                .join(", ")}; delays sum ${retries.totalDelaySeconds.toFixed(1)}s, longest ` +
              `${retries.maxDelaySeconds.toFixed(1)}s; at ${waves(retryTimes, 1)})`
            : ""),
      );
  }
  let serverLockErrors: number | undefined;
  const serverLog = read(join(stackDir, "logs", "prefect-server.log"));
  if (serverLog) {
    serverLockErrors = 0;
    let current: number | undefined;
    for (const line of serverLog.split("\n")) {
      const at = lineTime(line, day);
      if (at !== undefined) current = at;
      if (line.includes("database is locked") && /^\w*\.?\w*Error/.test(line) && inWindow(current)) {
        serverLockErrors++;
      }
    }
    notes.push(`Prefect server: ${serverLockErrors} "database is locked" errors (503s) logged in the window`);
  }
  if (apiAttempts) {
    const failed = Object.entries(apiAttempts)
      .flatMap(([route, codes]) =>
        Object.entries(codes)
          .filter(([code]) => Number(code) >= 500 || code === "429")
          .map(([code, n]) => `${n}x ${code} on ${route}`),
      )
      .join(", ");
    const total = Object.values(apiAttempts).reduce(
      (sum, codes) => sum + Object.values(codes).reduce((a, b) => a + b, 0),
      0,
    );
    notes.push(
      `worker /metrics: ${total} Prefect API attempts since start; retryable answers: ${failed || "none"}`,
    );
  }
  return {
    pendingSeconds,
    pidSeconds,
    retries,
    serverLockErrors,
    ...(apiAttempts ? { apiAttempts } : {}),
    notes,
  };
}
