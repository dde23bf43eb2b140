// Step 5: what the run left behind, read through the APIs: its Job (a `kubectl get job -o wide` style
// summary and its prefect.io labels), the Job pod's log, the run's logs in Prefect and the worker's log
// lines about the run.
import * as k8s from "@kubernetes/client-node";
import { setTimeout as sleep } from "node:timers/promises";
import { containerLog } from "../../test/harness/helm.ts";
import { prefectApi } from "../../test/harness/prefect.ts";
import { block, say } from "./output.ts";

/** The run's Job: the worker labels it with the flow run id. */
export async function findJob(
  kc: k8s.KubeConfig,
  namespace: string,
  runId: string,
  timeoutMs = 60_000,
): Promise<k8s.V1Job | undefined> {
  const batch = kc.makeApiClient(k8s.BatchV1Api);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const jobs = await batch
      .listNamespacedJob({ namespace, labelSelector: `prefect.io/flow-run-id=${runId}` })
      .catch(() => undefined);
    if (jobs?.items[0]) return jobs.items[0];
    if (Date.now() > deadline) return undefined;
    await sleep(1000);
  }
}

function jobStatus(job: k8s.V1Job): string {
  const condition = (type: string) =>
    job.status?.conditions?.some((c) => c.type === type && c.status === "True");
  if (condition("Complete")) return "Complete";
  if (condition("Failed")) return "Failed";
  if (job.spec?.suspend) return "Suspended";
  return "Running";
}

/** Waits until the Job controller has marked the Job Complete or Failed; returns the Job as last read. */
export async function waitForJobToFinish(
  kc: k8s.KubeConfig,
  job: k8s.V1Job,
  timeoutMs = 120_000,
): Promise<k8s.V1Job> {
  const batch = kc.makeApiClient(k8s.BatchV1Api);
  const deadline = Date.now() + timeoutMs;
  let current = job;
  while (jobStatus(current) === "Running" && Date.now() < deadline) {
    await sleep(1000);
    current = await batch
      .readNamespacedJob({ name: job.metadata!.name!, namespace: job.metadata!.namespace! })
      .catch(() => current);
  }
  return current;
}

/** kubectl's duration format: 45s, 3m12s, 2h5m. */
export function kubectlDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${s % 60 ? `${s % 60}s` : ""}`;
  return `${Math.floor(m / 60)}h${m % 60 ? `${m % 60}m` : ""}`;
}

/** Rows as left-aligned columns separated by three spaces, as kubectl prints them. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!)))
        .join("   ")
        .trimEnd(),
    )
    .join("\n");
}

export function jobSummary(job: k8s.V1Job, now = Date.now()): string {
  const start = job.status?.startTime?.getTime();
  const end = job.status?.completionTime?.getTime() ?? now;
  const created = job.metadata?.creationTimestamp?.getTime() ?? now;
  const containers = job.spec?.template.spec?.containers ?? [];
  const rows = [
    ["NAMESPACE", "NAME", "STATUS", "COMPLETIONS", "DURATION", "AGE", "CONTAINERS", "IMAGES"],
    [
      job.metadata?.namespace ?? "",
      job.metadata?.name ?? "",
      jobStatus(job),
      `${job.status?.succeeded ?? 0}/${job.spec?.completions ?? 1}`,
      start === undefined ? "" : kubectlDuration(end - start),
      kubectlDuration(now - created),
      containers.map((c) => c.name).join(","),
      containers.map((c) => c.image ?? "").join(","),
    ],
  ];
  const labels = Object.entries(job.metadata?.labels ?? {})
    .filter(([key]) => key.startsWith("prefect.io/"))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `  ${key}=${value}`);
  return `${table(rows)}\n\nlabels (prefect.io/*):\n${labels.join("\n") || "  (none)"}`;
}

/** The Job's pods, oldest first (one, unless the Job retried). */
export async function jobPods(kc: k8s.KubeConfig, job: k8s.V1Job): Promise<k8s.V1Pod[]> {
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const pods = await core.listNamespacedPod({
    namespace: job.metadata!.namespace!,
    labelSelector: `job-name=${job.metadata!.name}`,
  });
  return pods.items.sort(
    (a, b) =>
      (a.metadata?.creationTimestamp?.getTime() ?? 0) - (b.metadata?.creationTimestamp?.getTime() ?? 0),
  );
}

export async function podLog(kc: k8s.KubeConfig, pod: k8s.V1Pod): Promise<string> {
  const container = pod.spec?.containers[0]?.name ?? "prefect-job";
  return containerLog(kc, pod.metadata!.namespace!, pod.metadata!.name!, container);
}

interface LogRecord {
  name: string;
  level: number;
  message: string;
  timestamp: string;
}

const LEVELS: Record<number, string> = {
  10: "DEBUG",
  20: "INFO",
  30: "WARNING",
  40: "ERROR",
  50: "CRITICAL",
};

function clock(iso: string): string {
  return new Date(iso).toISOString().slice(11, 23);
}

/**
 * The run's logs as the Prefect API stores them. They are written in batches, the last ones as the pod's
 * process exits, so this reads until two reads agree (or `timeoutMs`).
 */
export async function flowRunLogs(runId: string, timeoutMs = 30_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let previous = -1;
  for (;;) {
    const logs = await prefectApi<LogRecord[]>("POST", "/logs/filter", {
      logs: { flow_run_id: { any_: [runId] } },
      sort: "TIMESTAMP_ASC",
      limit: 200,
    });
    if ((logs.length > 0 && logs.length === previous) || Date.now() > deadline) {
      return logs.map(
        (l) =>
          `${clock(l.timestamp)}  ${(LEVELS[l.level] ?? String(l.level)).padEnd(8)} ${l.name} | ${l.message}`,
      );
    }
    previous = logs.length;
    await sleep(2000);
  }
}

/** The worker's JSON log lines that mention the run (its id or its name), as "time LEVEL message key=value". */
export function workerLinesAbout(log: string, runId: string, runName: string): string[] {
  return log
    .split("\n")
    .filter((line) => line.includes(runId) || line.includes(`'${runName}'`))
    .map((line) => {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        return line;
      }
      const { time, level, msg, worker: _worker, flowRunId: _id, ...fields } = entry;
      const extras = Object.entries(fields)
        .map(([key, value]) => ` ${key}=${typeof value === "string" ? value : JSON.stringify(value)}`)
        .join("");
      const clockTime = typeof time === "string" ? clock(time) : "";
      return `${clockTime}  ${String(level ?? "")
        .toUpperCase()
        .padEnd(7)} ${String(msg ?? "")}${extras}`;
    });
}

export function printLines(lines: string[], empty: string): void {
  if (lines.length === 0) say(empty);
  else block(lines.join("\n"));
}
