// Background processes of the stack: started detached (own process group, so `down` can stop everything a
// component spawned), tracked by pid files, stopped by pid. A pid file also records the process's start
// time, so a recycled pid is never mistaken for ours.
import { spawn } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export interface ProcessSpec {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  cwd?: string;
  /** Run as this uid/gid (with no supplementary groups); the cwd is entered before the switch. */
  uid?: number;
  gid?: number;
}

interface PidFile {
  pid: number;
  startTime: string;
  command: string;
}

/** Field 22 of /proc/<pid>/stat: start time in clock ticks since boot; undefined when the pid is gone. */
function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may contain spaces and parentheses; fields after it start past the last ')'.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const state = fields[0];
    if (state === "Z" || state === "X") return undefined;
    return fields[19];
  } catch {
    return undefined;
  }
}

export class ProcessTable {
  readonly runDir: string;
  readonly logDir: string;

  constructor(stackDir: string) {
    this.runDir = join(stackDir, "run");
    this.logDir = join(stackDir, "logs");
  }

  logFile(name: string): string {
    return join(this.logDir, `${name}.log`);
  }

  private pidPath(name: string): string {
    return join(this.runDir, `${name}.pid`);
  }

  private readPidFile(name: string): PidFile | undefined {
    try {
      return JSON.parse(readFileSync(this.pidPath(name), "utf8")) as PidFile;
    } catch {
      return undefined;
    }
  }

  /** The pid of the named component when it is running (and is the process we started). */
  runningPid(name: string): number | undefined {
    const entry = this.readPidFile(name);
    if (!entry) return undefined;
    return processStartTime(entry.pid) === entry.startTime ? entry.pid : undefined;
  }

  start(spec: ProcessSpec): number {
    mkdirSync(this.runDir, { recursive: true });
    mkdirSync(this.logDir, { recursive: true });
    const log = openSync(this.logFile(spec.name), "a");
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: { ...process.env, ...spec.env },
      uid: spec.uid,
      gid: spec.gid,
      detached: true,
      stdio: ["ignore", log, log],
    });
    closeSync(log);
    if (child.pid === undefined) throw new Error(`could not start ${spec.name} (${spec.command})`);
    child.unref();
    const startTime = processStartTime(child.pid);
    if (startTime === undefined) {
      throw new Error(`${spec.name} exited at once; see ${this.logFile(spec.name)}`);
    }
    const entry: PidFile = { pid: child.pid, startTime, command: [spec.command, ...spec.args].join(" ") };
    writeFileSync(this.pidPath(spec.name), JSON.stringify(entry) + "\n");
    return child.pid;
  }

  /**
   * SIGTERM to the component's process group, SIGKILL after the grace period; resolves once the leader
   * and every process left in its group are gone.
   */
  async stop(name: string, graceMs = 10_000): Promise<"stopped" | "not running"> {
    const pid = this.runningPid(name);
    rmSync(this.pidPath(name), { force: true });
    if (pid === undefined) return "not running";
    signalGroup(pid, "SIGTERM");
    const deadline = Date.now() + graceMs;
    while (groupAlive(pid) && Date.now() < deadline) await sleep(100);
    if (groupAlive(pid)) {
      signalGroup(pid, "SIGKILL");
      while (groupAlive(pid)) await sleep(50);
    }
    return "stopped";
  }

  /** Last lines of a component's log, for error messages. */
  tail(name: string, lines = 20): string {
    const file = this.logFile(name);
    if (!existsSync(file)) return "(no log)";
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  }
}

/**
 * Processes still alive that belong to the stack in `dir`: a command line naming a path in it (components
 * all do), or a working directory under `podRoot` (pod processes). Someone reading the logs is not counted.
 */
export function stackProcesses(dir: string, podRoot: string): { pid: number; command: string }[] {
  const found: { pid: number; command: string }[] = [];
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
      let cwd = "";
      try {
        cwd = readlinkSync(`/proc/${pid}/cwd`);
      } catch {
        // Not ours to inspect.
      }
      const namesStackPath = command.includes(`${dir}/`) && !command.includes(`${dir}/logs`);
      if (processStartTime(pid) !== undefined && (namesStackPath || cwd.startsWith(podRoot))) {
        found.push({ pid, command });
      }
    } catch {
      // Exited while we looked.
    }
  }
  return found;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}
