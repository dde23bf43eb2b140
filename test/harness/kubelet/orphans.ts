// Pod processes run in their own process groups, so if the kubelet dies without cleaning up (SIGKILL,
// crash) they live on. Each running container leaves a pid file; the next kubelet start kills what those
// files name, checking the process start time so that a recycled pid is never hit.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { signalGroup } from "./container-process.ts";
import type { Logger } from "./log.ts";

interface PidFile {
  pid: number;
  startTime: string;
}

/** Field 22 of /proc/<pid>/stat (start time since boot); undefined when the pid is gone or a zombie. */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields[0] === "Z" || fields[0] === "X") return undefined;
    return fields[19];
  } catch {
    return undefined;
  }
}

/** Best effort: without the file only the crash cleanup is lost, so a write error is not fatal. */
export function writePidFile(file: string, pid: number): void {
  const startTime = processStartTime(pid);
  if (startTime === undefined) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ pid, startTime } satisfies PidFile) + "\n");
  } catch {
    // Nothing to do: see above.
  }
}

export function removePidFile(file: string): void {
  rmSync(file, { force: true });
}

/** Kills the process groups recorded under <root>/pods/<uid>/run/*.pid and removes the files. */
export function killRecordedProcesses(rootDir: string, log: Logger): void {
  const podsDir = join(rootDir, "pods");
  let uids: string[];
  try {
    uids = readdirSync(podsDir);
  } catch {
    return;
  }
  for (const uid of uids) {
    const runDir = join(podsDir, uid, "run");
    let files: string[];
    try {
      files = readdirSync(runDir).filter((f) => f.endsWith(".pid"));
    } catch {
      continue;
    }
    for (const f of files) {
      const file = join(runDir, f);
      try {
        const entry = JSON.parse(readFileSync(file, "utf8")) as PidFile;
        if (processStartTime(entry.pid) === entry.startTime) {
          log.warn("killing a pod process left behind by an earlier kubelet", { uid, pid: entry.pid });
          signalGroup(entry.pid, "SIGKILL");
        }
      } catch {
        // An unreadable pid file names nothing we could safely kill.
      }
      removePidFile(file);
    }
  }
}
