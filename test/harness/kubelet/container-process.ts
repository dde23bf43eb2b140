// One container instance as a host process: its own process group (so signals reach everything it
// spawned, as they would reach a container's cgroup), stdout/stderr into a CRI log file, and an exit
// status in container terms (exit code, or 128 + signal number).
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { CriLogWriter } from "./cri-log.ts";

export interface ProcessSpec {
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  logFile: string;
  /** Also told of every signal (a container engine's process does not pass SIGKILL on). */
  onSignal?: (signal: NodeJS.Signals) => void;
}

export interface ProcessExit {
  exitCode: number;
  /** Signal number when the process was killed by a signal. */
  signal: number | undefined;
  finishedAt: Date;
}

/** The process could not be started at all (missing executable, permissions): the runtime's StartError. */
export class StartError extends Error {}

/** How long to wait for output still buffered in pipes after the process is gone. */
const drainTimeoutMs = 2000;

export function signalNumber(signal: NodeJS.Signals): number {
  return constants.signals[signal] ?? 0;
}

/** Sends a signal to a whole process group; false when the group is already gone. */
export function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

export function groupAlive(pgid: number): boolean {
  return signalGroup(pgid, 0);
}

export class ContainerProcess {
  readonly pid: number;
  readonly startedAt: Date;
  /** Resolves once the process has exited, the group is gone and its output is in the log file. */
  readonly exited: Promise<ProcessExit>;
  private done = false;
  private readonly onSignal: ((signal: NodeJS.Signals) => void) | undefined;

  private constructor(
    pid: number,
    startedAt: Date,
    exited: Promise<ProcessExit>,
    onSignal: ((signal: NodeJS.Signals) => void) | undefined,
  ) {
    this.pid = pid;
    this.onSignal = onSignal;
    this.startedAt = startedAt;
    this.exited = exited.finally(() => {
      this.done = true;
    });
  }

  get finished(): boolean {
    return this.done;
  }

  static async start(spec: ProcessSpec): Promise<ContainerProcess> {
    const [command, ...args] = spec.argv;
    if (command === undefined) throw new StartError("no command specified");
    const log = new CriLogWriter(spec.logFile);
    const child = spawn(command, args, {
      cwd: spec.cwd,
      env: spec.env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (child.pid === undefined) {
      // spawn reports a failed exec asynchronously through 'error'.
      const err = await new Promise<Error>((resolve) => child.once("error", resolve));
      log.close();
      const code = (err as NodeJS.ErrnoException).code;
      const detail =
        code === "ENOENT"
          ? `exec: "${command}": executable file not found in $PATH`
          : `exec: "${command}": ${err.message}`;
      throw new StartError(
        `failed to create containerd task: failed to create shim task: OCI runtime create failed: ${detail}`,
      );
    }
    const pid = child.pid;
    // Later 'error' events (a failed kill, say) must not become uncaught exceptions.
    child.on("error", () => undefined);
    const startedAt = new Date();
    child.stdout.on("data", (chunk: Buffer) => log.write("stdout", chunk));
    child.stderr.on("data", (chunk: Buffer) => log.write("stderr", chunk));
    const streamsClosed = Promise.all([
      new Promise<void>((resolve) => child.stdout.once("close", () => resolve())),
      new Promise<void>((resolve) => child.stderr.once("close", () => resolve())),
    ]);
    const exited = new Promise<ProcessExit>((resolve) => {
      child.once("exit", (code, signal) => {
        const finishedAt = new Date();
        // A container ends when its main process does: whatever it left behind goes with it.
        signalGroup(pid, "SIGKILL");
        const timeout = new Promise<void>((r) => setTimeout(r, drainTimeoutMs).unref());
        void Promise.race([streamsClosed, timeout]).then(() => {
          child.stdout.destroy();
          child.stderr.destroy();
          log.close();
          resolve({
            exitCode: signal ? 128 + signalNumber(signal) : (code ?? 0),
            signal: signal ? signalNumber(signal) : undefined,
            finishedAt,
          });
        });
      });
    });
    return new ContainerProcess(pid, startedAt, exited, spec.onSignal);
  }

  /** Signals the instance's process group (a no-op once it is gone). */
  signal(signal: NodeJS.Signals): void {
    if (this.done) return;
    signalGroup(this.pid, signal);
    this.onSignal?.(signal);
  }
}
