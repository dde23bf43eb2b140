// The benchmark's table: figure · ours · reference · floor · ratio(s). Every number is also in the JSON line.
import type { BurstResult } from "./burst.ts";
import type { CrashLatencyResult, LatencyStats } from "./crash-latency.ts";
import type { LivePhaseResult, LiveWorkerResult, SoakResult } from "./live-jobs.ts";
import type { Options } from "./options.ts";
import type { TreeSample } from "./procfs.ts";
import type { StartupResult } from "./startup.ts";
import type { TailAnalysis } from "./tail.ts";
import type { WorkerKind } from "./workers.ts";

export interface CrashPhaseResult extends Partial<CrashLatencyResult> {
  error?: string;
  loadAverage?: number;
  logFile?: string;
  /** Warning/error log lines other than the crash announcements, with distinct examples. */
  otherNotable?: { count: number; examples: string[] };
}

export interface WorkerResult {
  kind: WorkerKind;
  error?: string;
  /** 1-minute load average when this worker's phase began. */
  loadAverage?: number;
  pid?: number;
  logFile?: string;
  startup?: StartupResult;
  /** CPU from spawn until the idle sample. */
  startupCpuSeconds?: number;
  idle?: TreeSample;
  /** The memory floor, sampled at the same moment as `idle`. */
  floorIdle?: TreeSample;
  burst?: BurstResult;
  /** The short burst, by a second worker at DEBUG (its log: tailLogFile). */
  tail?: BurstResult;
  tailAnalysis?: TailAnalysis;
  tailLogFile?: string;
  stop?: { code: number | null; signal: string | null; ms: number; killed: boolean };
  notable?: { count: number; examples: string[] };
  crash?: CrashPhaseResult;
}

export interface FloorSubmitResult {
  error?: string;
  logFile?: string;
  startup?: StartupResult;
  burst?: BurstResult;
  tail?: BurstResult;
  tailAnalysis?: TailAnalysis;
  /** The same burst through a floor making only the three calls any worker must (FLOOR_CALLS=minimal). */
  minimalBurst?: BurstResult;
}

export interface Results {
  workers: WorkerResult[];
  floorSubmit?: FloorSubmitResult;
  live?: LivePhaseResult;
  /** The memory floor (scripts/bench/floor-idle.ts), alive for the whole benchmark. */
  floorIdle?: { pid: number; error?: string };
}

type Cell = string;
interface Row {
  label: string;
  ours: Cell;
  reference: Cell;
  floor: Cell;
  ratios: Cell;
}

const mib = (kib: number | undefined): string => (kib === undefined ? "-" : (kib / 1024).toFixed(1));
export const fixed = (value: number | undefined, digits: number): string =>
  value === undefined || !Number.isFinite(value) ? "-" : value.toFixed(digits);
const ratio = (name: string, a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || b === 0 ? "" : `${name} ${(a / b).toFixed(2)}`;
const joinRatios = (...parts: string[]) => parts.filter(Boolean).join("; ") || "-";

function memoryRows(
  label: string,
  pick: (kind: WorkerKind) => TreeSample | undefined,
  floor: TreeSample | undefined,
): Row[] {
  const fields: [string, keyof TreeSample][] = [
    [`${label}: VmRSS, MiB`, "rssKiB"],
    ["  RssAnon, MiB", "rssAnonKiB"],
    ["  RssFile, MiB", "rssFileKiB"],
  ];
  return fields.map(([name, field]) => {
    const ours = pick("ts")?.[field];
    const reference = pick("python")?.[field];
    const floorValue = floor?.[field];
    return {
      label: name,
      ours: mib(ours),
      reference: mib(reference),
      floor: mib(floorValue),
      ratios: joinRatios(ratio("ours/ref", ours, reference), ratio("ours/floor", ours, floorValue)),
    };
  });
}

function burstRows(
  label: string,
  pick: (kind: WorkerKind) => BurstResult | undefined,
  floor: BurstResult | undefined,
): Row[] {
  const ours = pick("ts");
  const reference = pick("python");
  const seconds = (b: BurstResult | undefined) => b?.allJobsSeconds;
  const slowest = (b: BurstResult | undefined, key: "pendingMs" | "pidSeenMs") => {
    const values = (b?.perRun ?? []).map((r) => r[key]).filter((v): v is number => v !== undefined);
    return values.length ? fixed(Math.max(...values) / 1000, 1) : "-";
  };
  const rows: Row[] = [
    {
      label: `${label}: due runs -> every run has its Job*, s`,
      ours: fixed(seconds(ours), 1),
      reference: fixed(seconds(reference), 1),
      floor: fixed(seconds(floor), 1),
      ratios: joinRatios(
        ratio("ours/floor", seconds(ours), seconds(floor)),
        ratio("ref/ours", seconds(reference), seconds(ours)),
      ),
    },
    {
      label: "  runs per second",
      ours: fixed(ours && ours.runs / ours.allJobsSeconds, 1),
      reference: fixed(reference && reference.runs / reference.allJobsSeconds, 1),
      floor: fixed(floor && floor.runs / floor.allJobsSeconds, 1),
      ratios: "-",
    },
    {
      label: "  runs with a Job / crashed (given up on; state messages below)",
      ours: ours ? `${ours.runsWithPid} / ${ours.runsCrashed}` : "-",
      reference: reference ? `${reference.runsWithPid} / ${reference.runsCrashed}` : "-",
      floor: floor ? `${floor.runsWithPid} / ${floor.runsCrashed}` : "-",
      ratios: "-",
    },
    {
      label: "  Jobs in the namespace",
      ours: ours ? String(ours.jobsInNamespace) : "-",
      reference: reference ? String(reference.jobsInNamespace) : "-",
      floor: floor ? String(floor.jobsInNamespace) : "-",
      ratios: "-",
    },
    {
      label: "  CPU of the process during the burst, s",
      ours: fixed(ours?.cpuSeconds, 2),
      reference: fixed(reference?.cpuSeconds, 2),
      floor: fixed(floor?.cpuSeconds, 2),
      ratios: ratio("ours/ref", ours?.cpuSeconds, reference?.cpuSeconds) || "-",
    },
  ];
  if (ours?.perRun || reference?.perRun || floor?.perRun) {
    rows.push({
      label: "  slowest run: queue resumed -> PENDING / -> pid seen, s",
      ours: `${slowest(ours, "pendingMs")} / ${slowest(ours, "pidSeenMs")}`,
      reference: `${slowest(reference, "pendingMs")} / ${slowest(reference, "pidSeenMs")}`,
      floor: `${slowest(floor, "pendingMs")} / ${slowest(floor, "pidSeenMs")}`,
      ratios: "-",
    });
  }
  return rows;
}

function latency(stats: LatencyStats | undefined): string {
  return stats ? `${stats.p50.toFixed(2)} / ${stats.p95.toFixed(2)} / ${stats.max.toFixed(2)}` : "-";
}

function liveRows(live: LivePhaseResult): Row[] {
  const side = (kind: WorkerKind): LiveWorkerResult | undefined => live.workers.find((w) => w.kind === kind);
  const rows = memoryRows(
    `${live.liveJobs} live Jobs + Pending pods`,
    (k) => side(k)?.sample,
    live.floor?.sample,
  );
  rows.unshift({
    label: `live: queue resumed -> ${live.liveJobs} Jobs, s (runs with a Job / crashed; pods)`,
    ours: cellOfLive(side("ts")),
    reference: cellOfLive(side("python")),
    floor: "-",
    ratios: "-",
  });
  const soak = (kind: WorkerKind) => side(kind)?.soak;
  const first = live.workers.find((w) => w.soak)?.soak;
  if (first) {
    rows.push(
      {
        label: `soak (${first.minutes} min, every ${first.intervalSeconds}s): VmRSS slope, MiB/min`,
        ours: fixed(soak("ts")?.slopeMiBPerMin, 3),
        reference: fixed(soak("python")?.slopeMiBPerMin, 3),
        floor: fixed(live.floor?.soak?.slopeMiBPerMin, 3),
        ratios: "-",
      },
      {
        label: "  RssAnon slope, MiB/min",
        ours: fixed(soak("ts")?.anonSlopeMiBPerMin, 3),
        reference: fixed(soak("python")?.anonSlopeMiBPerMin, 3),
        floor: fixed(live.floor?.soak?.anonSlopeMiBPerMin, 3),
        ratios: "-",
      },
      {
        label: "  VmRSS first -> last (max), MiB",
        ours: soakSpan(soak("ts")),
        reference: soakSpan(soak("python")),
        floor: soakSpan(live.floor?.soak),
        ratios: "-",
      },
    );
  }
  return rows;
}

function cellOfLive(w: LiveWorkerResult | undefined): string {
  if (!w) return "-";
  if (w.error) return "FAILED";
  return `${fixed(w.allJobsSeconds, 1)} (${w.runsWithPid ?? "-"} / ${w.runsCrashed ?? "-"}; ${w.pods ?? "-"})`;
}

function soakSpan(soak: SoakResult | undefined): string {
  return soak ? `${mib(soak.firstKiB)} -> ${mib(soak.lastKiB)} (${mib(soak.maxKiB)})` : "-";
}

function crashRows(options: Options, pick: (kind: WorkerKind) => CrashPhaseResult | undefined): Row[] {
  const cells = (f: (c: CrashPhaseResult) => string): Pick<Row, "ours" | "reference"> => ({
    ours: pick("ts") ? f(pick("ts")!) : "-",
    reference: pick("python") ? f(pick("python")!) : "-",
  });
  const row = (label: string, f: (c: CrashPhaseResult) => string): Row => ({
    label,
    ...cells(f),
    floor: "-",
    ratios: "-",
  });
  return [
    row(`crash: ${options.crashRuns} RUNNING runs: Crashed / percentile samples`, (c) =>
      c.error ? "FAILED" : c.crashed !== undefined ? `${c.crashed} / ${c.fromFailedCondition?.n ?? 0}` : "-",
    ),
    row("  Job Failed condition (1 s) -> Crashed p50, s", (c) => fixed(c.fromFailedCondition?.p50, 2)),
    row("  p95, s", (c) => fixed(c.fromFailedCondition?.p95, 2)),
    row("  max, s", (c) => fixed(c.fromFailedCondition?.max, 2)),
    row("  misses (not Crashed in time)", (c) => (c.misses ? String(c.misses.length) : "-")),
    row("  p50 / p95 / max from the Job seen failed (ms), s", (c) => latency(c.fromFailedSeen)),
    row("  p50 / p95 / max from pod finishedAt (1 s), s", (c) => latency(c.fromPodFinished)),
    row("  first Crashed by another observer** / Jobs not failed", (c) =>
      c.crashedElsewhere ? `${c.crashedElsewhere.length} / ${c.jobsNotFailed ?? "-"}` : "-",
    ),
    row("  other warning/error log lines", (c) => (c.otherNotable ? String(c.otherNotable.count) : "-")),
  ];
}

export function table(results: Results, options: Options): string {
  const w = (kind: WorkerKind) => results.workers.find((r) => r.kind === kind);
  const ts = w("ts");
  const py = w("python");
  const rows: Row[] = [];
  if (!options.onlyCrash) {
    const poll = (r: { startup?: StartupResult } | undefined) => r?.startup?.firstPollMs;
    const health = (r: { startup?: StartupResult } | undefined) => r?.startup?.healthOkMs;
    rows.push(
      {
        label: "start-up: process start -> first poll (server last_polled), ms",
        ours: fixed(poll(ts), 0),
        reference: fixed(poll(py), 0),
        floor: fixed(poll(results.floorSubmit), 0),
        ratios: joinRatios(ratio("ours/ref", poll(ts), poll(py))),
      },
      {
        label: "start-up: process start -> ours /readyz 200 | ref /health 200 (it has no /readyz), ms",
        ours: fixed(health(ts), 0),
        reference: fixed(health(py), 0),
        floor: "-",
        ratios: joinRatios(ratio("ours/ref", health(ts), health(py))),
      },
      {
        label: "  CPU from spawn to the idle sample, s",
        ours: fixed(ts?.startupCpuSeconds, 2),
        reference: fixed(py?.startupCpuSeconds, 2),
        floor: "-",
        ratios: "-",
      },
      ...memoryRows(
        `idle ${options.idleSeconds}s after the first poll`,
        (k) => w(k)?.idle,
        ts?.floorIdle ?? py?.floorIdle,
      ),
      ...memoryRows(
        `burst of ${options.runs}: peak`,
        (k) => w(k)?.burst?.peak,
        ts?.burst?.floorPeak ?? py?.burst?.floorPeak,
      ),
      ...burstRows(`burst of ${options.runs}`, (k) => w(k)?.burst, results.floorSubmit?.burst),
    );
    const minimal = results.floorSubmit?.minimalBurst;
    if (minimal) {
      const oursSeconds = ts?.burst?.allJobsSeconds;
      rows.push({
        label: `  the same ${options.runs} through a floor of 3 calls a run (PENDING, Job, pid), s`,
        ours: fixed(oursSeconds, 1),
        reference: fixed(py?.burst?.allJobsSeconds, 1),
        floor: fixed(minimal.allJobsSeconds, 1),
        ratios: joinRatios(ratio("ours/floor", oursSeconds, minimal.allJobsSeconds)),
      });
    }
    if (options.tailRuns > 0) {
      rows.push(...burstRows(`burst of ${options.tailRuns}`, (k) => w(k)?.tail, results.floorSubmit?.tail));
    }
    if (results.live) rows.push(...liveRows(results.live));
    rows.push(
      {
        label: "SIGTERM -> exit, ms",
        ours: fixed(ts?.stop?.ms, 0),
        reference: fixed(py?.stop?.ms, 0),
        floor: "-",
        ratios: "-",
      },
      {
        label: "warning/error log lines (throughput worker)",
        ours: ts?.notable ? String(ts.notable.count) : "-",
        reference: py?.notable ? String(py.notable.count) : "-",
        floor: "-",
        ratios: "-",
      },
      {
        label: "load average (1 min) when the worker's phase began",
        ours: fixed(ts?.loadAverage, 2),
        reference: fixed(py?.loadAverage, 2),
        floor: "-",
        ratios: "-",
      },
    );
  }
  if (options.crashRuns > 0) rows.push(...crashRows(options, (k) => w(k)?.crash));
  const header = ["figure", "ours", "reference", "floor", "ratio(s)"];
  const body = rows.map((r) => [r.label, r.ours, r.reference, r.floor, r.ratios]);
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === 0 || i === 4 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...body.map(line)].join("\n");
}
