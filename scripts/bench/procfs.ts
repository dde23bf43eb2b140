// Memory and CPU of a process and everything it spawned, read from /proc. Both workers are measured the
// same way: if one of them hides work in child processes, summing the tree keeps the comparison honest.
import { readdirSync, readFileSync } from "node:fs";

export interface TreeSample {
  /** Sum of VmRSS over the tree, in KiB. */
  rssKiB: number;
  /** Sum of RssAnon (heap, stacks, anonymous mappings: what the process itself allocated), in KiB. */
  rssAnonKiB: number;
  /** Sum of RssFile (mapped files: the executable, shared libraries, code caches), in KiB. */
  rssFileKiB: number;
  /** Sum of RssShmem, in KiB (VmRSS = RssAnon + RssFile + RssShmem). */
  rssShmemKiB: number;
  processes: number;
  threads: number;
  /** utime + stime over the tree (live processes only), in seconds. */
  cpuSeconds: number;
}

// USER_HZ is 100 on every Linux ABI Node runs on; /proc/<pid>/stat counts in it.
const CLOCK_TICKS_PER_SECOND = 100;

function read(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

function statusField(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status);
  return match ? Number(match[1]) : 0;
}

function cpuSeconds(pid: number): number {
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return 0;
  // The command name (field 2) may contain spaces and parentheses; fields after the last ")" are fixed.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // utime and stime are fields 14 and 15 of the full line, i.e. 11 and 12 after the name.
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

function childrenOf(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  // A child is listed under the thread that forked it, so every thread's list is needed.
  const children = new Set<number>();
  for (const tid of tasks) {
    for (const child of (read(`/proc/${pid}/task/${tid}/children`) ?? "").split(" ")) {
      if (child.trim()) children.add(Number(child));
    }
  }
  return [...children];
}

/** The tree rooted at `pid`; undefined once the root has exited. */
export function sampleTree(pid: number): TreeSample | undefined {
  const rootStatus = read(`/proc/${pid}/status`);
  if (!rootStatus) return undefined;
  const sample: TreeSample = {
    rssKiB: 0,
    rssAnonKiB: 0,
    rssFileKiB: 0,
    rssShmemKiB: 0,
    processes: 0,
    threads: 0,
    cpuSeconds: 0,
  };
  const pending = [pid];
  const seen = new Set<number>();
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (seen.has(current)) continue;
    seen.add(current);
    const status = current === pid ? rootStatus : read(`/proc/${current}/status`);
    if (!status) continue;
    sample.rssKiB += statusField(status, "VmRSS");
    sample.rssAnonKiB += statusField(status, "RssAnon");
    sample.rssFileKiB += statusField(status, "RssFile");
    sample.rssShmemKiB += statusField(status, "RssShmem");
    sample.threads += statusField(status, "Threads");
    sample.processes += 1;
    sample.cpuSeconds += cpuSeconds(current);
    pending.push(...childrenOf(current));
  }
  return sample;
}

/** Samples the tree every `intervalMs` and keeps the highest RSS seen. */
export class PeakSampler {
  peak: TreeSample | undefined;
  samples = 0;
  /** Short-lived children (a worker shelling out) show here even when they miss the peak sample. */
  maxProcesses = 0;
  private readonly timer: NodeJS.Timeout;
  private readonly pid: number;

  constructor(pid: number, intervalMs: number) {
    this.pid = pid;
    this.take();
    this.timer = setInterval(() => this.take(), intervalMs);
  }

  private take(): void {
    const sample = sampleTree(this.pid);
    if (!sample) return;
    this.samples += 1;
    this.maxProcesses = Math.max(this.maxProcesses, sample.processes);
    if (!this.peak || sample.rssKiB > this.peak.rssKiB) this.peak = sample;
  }

  stop(): TreeSample | undefined {
    clearInterval(this.timer);
    this.take();
    return this.peak;
  }
}

/** Least-squares slope of `ys` over `xs` (units of y per unit of x); undefined for fewer than 2 points. */
export function slope(xs: number[], ys: number[]): number | undefined {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return undefined;
  const mx = xs.slice(0, n).reduce((a, b) => a + b, 0) / n;
  const my = ys.slice(0, n).reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? undefined : num / den;
}
