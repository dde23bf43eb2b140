// Following a container's log as the legacy worker's `stream_output` did, made robust the way Airflow's
// `fetch_container_logs` is: timestamps on every line, resume from the last one after a dropped stream,
// and a bounded wait for the last lines once the container has exited.
//
// Across restarts (restartPolicy OnFailure/Always) the stream follows each new instance of the container
// and ends only when no restart is coming; the instance before a restart is drained through `previous`.
import { ApiException, Log } from "./client-node.ts";
import type { KubeConfig, V1ContainerStatus, V1Job, V1Pod } from "./client-node.ts";
import { batchApi, type BatchApi, type CoreApi } from "./rest.ts";
import { StringDecoder } from "node:string_decoder";
import { Writable } from "node:stream";
import { formatKubernetesError } from "./errors.ts";

export interface PodLogsLogger {
  debug(fields: object, message: string): void;
}

export interface LogStreamOptions {
  core: CoreApi;
  kubeConfig: KubeConfig;
  namespace: string;
  podName: string;
  container: string;
  /** A line without its timestamp or line break, and the kubelet's RFC3339Nano timestamp for it. */
  onLine: (line: string, timestamp: string) => void;
  signal?: AbortSignal;
  /** How long an exited instance's stream may take to deliver its last lines (default 120 s, as Airflow). */
  postTerminationTimeoutMs?: number;
  /** Pod status polling while the container waits to (re)start, and pause after an empty stream (1 s). */
  pollIntervalMs?: number;
  /** How often the pod is checked while a stream is open, to notice an exit the stream misses (10 s). */
  statusCheckIntervalMs?: number;
  /** Cap of the back-off between failed requests (10 s). */
  maxBackoffMs?: number;
  logger?: PodLogsLogger;
}

export interface LogStreamResult {
  lines: number;
  /** `no-container`: the pod has no container of that name. */
  reason: "terminated" | "pod-gone" | "aborted" | "no-container";
}

// ---------------------------------------------------------------------------------------------------------
// Timestamped lines and the resume point (pure).

/** Nanoseconds since the epoch of an RFC3339 timestamp with up to nine fractional digits. */
export function parseTimestampNs(text: string): bigint | undefined {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/i.exec(text);
  if (!m) return undefined;
  const ms = Date.parse(`${m[1]}${m[3]!.toUpperCase()}`);
  if (Number.isNaN(ms)) return undefined;
  return BigInt(ms) * 1_000_000n + BigInt((m[2] ?? "").padEnd(9, "0"));
}

/** `<timestamp> <line>` as the API serves logs with `timestamps=true`. */
export function splitTimestamp(raw: string): { timestamp: string; ns: bigint | undefined; line: string } {
  const space = raw.indexOf(" ");
  const timestamp = space === -1 ? raw : raw.slice(0, space);
  const ns = parseTimestampNs(timestamp);
  if (ns === undefined) return { timestamp: "", ns, line: raw };
  return { timestamp, ns, line: space === -1 ? "" : raw.slice(space + 1) };
}

/**
 * Which lines were delivered already. A reconnect asks for `sinceTime` = the newest timestamp delivered
 * (the API server passes it on in whole seconds), so the reply starts by repeating lines. Until the reply
 * passes that timestamp, older lines are skipped, and of the lines stamped exactly with it as many as
 * were delivered. After that everything is new: stdout and stderr lines may be stamped slightly out of
 * order, so timestamps are not compared any further.
 */
export class ResumePoint {
  #newestNs: bigint | undefined;
  #deliveredAtNewest = 0;
  #replay: { ns: bigint; delivered: number; seen: number } | undefined;

  /** For the next request; undefined before the first timestamped line. */
  get sinceTime(): string | undefined {
    if (this.#newestNs === undefined) return undefined;
    const seconds = this.#newestNs / 1_000_000_000n;
    return new Date(Number(seconds) * 1000).toISOString().replace(".000Z", "Z");
  }

  /** Call before reading each new stream. */
  startStream(): void {
    this.#replay =
      this.#newestNs === undefined
        ? undefined
        : { ns: this.#newestNs, delivered: this.#deliveredAtNewest, seen: 0 };
  }

  /** The line to deliver, or undefined when it was delivered before. */
  accept(raw: string): { line: string; timestamp: string } | undefined {
    const { timestamp, ns, line } = splitTimestamp(raw);
    // Without a timestamp nothing can be compared; such a line is delivered as it is.
    if (ns === undefined) return { line, timestamp };
    const replay = this.#replay;
    if (replay) {
      if (ns < replay.ns) return undefined;
      if (ns === replay.ns && ++replay.seen <= replay.delivered) return undefined;
      if (ns > replay.ns) this.#replay = undefined;
    }
    if (this.#newestNs === undefined || ns > this.#newestNs) {
      this.#newestNs = ns;
      this.#deliveredAtNewest = 1;
    } else if (ns === this.#newestNs) {
      this.#deliveredAtNewest++;
    }
    return { line, timestamp };
  }
}

/** Complete lines of a byte stream, with UTF-8 characters split across chunks kept whole. */
export class LineSplitter {
  readonly #decoder = new StringDecoder("utf8");
  #carry = "";

  push(chunk: Buffer): string[] {
    const text = this.#carry + this.#decoder.write(chunk);
    const lines = text.split("\n");
    this.#carry = lines.pop()!;
    return lines;
  }

  /** The unterminated rest at the end of a stream. */
  end(): string | undefined {
    const rest = this.#carry + this.#decoder.end();
    this.#carry = "";
    return rest === "" ? undefined : rest;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Container state.

function containerStatus(pod: V1Pod, container: string): V1ContainerStatus | undefined {
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  return statuses.find((s) => s.name === container);
}

function hasContainer(pod: V1Pod, container: string): boolean {
  const specs = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  return specs.some((c) => c.name === container);
}

function podFinished(pod: V1Pod): boolean {
  return pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed";
}

export interface ContainerInstance {
  /** restartCount: which instance the current log belongs to. */
  instance: number;
  /** running: the log is growing; exited: the instance's log is complete; waiting: no log to read now. */
  state: "running" | "exited" | "waiting";
  /** No further instance will start. */
  final: boolean;
}

/**
 * What the pod status says about the container. During CrashLoopBackOff the current log is still the
 * exited instance's (restartCount only moves when the next one starts).
 */
export function containerInstance(pod: V1Pod, container: string): ContainerInstance {
  const status = containerStatus(pod, container);
  const instance = status?.restartCount ?? 0;
  const terminated = status?.state?.terminated;
  const exitedBefore = Boolean(status?.state?.waiting && status.lastState?.terminated);
  const policy = pod.spec?.restartPolicy ?? "Always";
  if (status?.state?.running) return { instance, state: "running", final: false };
  if (terminated) {
    const restarts = policy === "Always" || (policy === "OnFailure" && terminated.exitCode !== 0);
    const final = !restarts || podFinished(pod) || Boolean(pod.metadata?.deletionTimestamp);
    return { instance, state: "exited", final };
  }
  if (exitedBefore) return { instance, state: "exited", final: podFinished(pod) };
  // Never ran; on a finished pod it never will.
  return { instance, state: "waiting", final: podFinished(pod) };
}

// ---------------------------------------------------------------------------------------------------------
// One request.

type StreamOutcome =
  { kind: "ended" } | { kind: "error"; error: unknown } | { kind: "aborted" } | { kind: "timed-out" };

interface StreamRequest {
  kubeConfig: KubeConfig;
  namespace: string;
  podName: string;
  container: string;
  follow: boolean;
  previous: boolean;
  sinceTime: string | undefined;
  signal?: AbortSignal;
  onRawLine: (raw: string) => void;
}

interface OpenStream {
  done: Promise<StreamOutcome>;
  /** Ends the stream as `timed-out` after `ms` unless it ends first. */
  armDeadline(ms: number): void;
}

/**
 * One log request through client-node's `Log`. `Log` pipes the response into our Writable and gives the
 * source stream no error listener, so a dropped connection or an abort would be an uncaught exception;
 * the Writable's `pipe` event hands us that source to listen on. An unterminated last line is delivered
 * only when the stream ended cleanly: after an error the resumed stream repeats it whole.
 */
function openStream(request: StreamRequest): OpenStream {
  const splitter = new LineSplitter();
  let controller: AbortController | undefined;
  let settled = false;
  let deadline: NodeJS.Timeout | undefined;
  let resolveDone!: (outcome: StreamOutcome) => void;
  const done = new Promise<StreamOutcome>((resolve) => (resolveDone = resolve));

  const onAbort = () => finish({ kind: "aborted" });
  function finish(outcome: StreamOutcome): void {
    if (settled) return;
    settled = true;
    clearTimeout(deadline);
    request.signal?.removeEventListener("abort", onAbort);
    controller?.abort();
    resolveDone(outcome);
  }

  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (!settled) for (const raw of splitter.push(chunk)) request.onRawLine(raw);
      callback();
    },
  });
  sink.on("pipe", (source: NodeJS.ReadableStream) => {
    // Stays attached: an abort after we settled errors the source too.
    source.on("error", (error: unknown) => finish({ kind: "error", error }));
  });
  sink.on("error", (error) => finish({ kind: "error", error }));
  sink.on("finish", () => {
    if (settled) return;
    const rest = splitter.end();
    if (rest !== undefined) request.onRawLine(rest);
    finish({ kind: "ended" });
  });

  if (request.signal?.aborted) finish({ kind: "aborted" });
  else request.signal?.addEventListener("abort", onAbort, { once: true });

  if (!settled) {
    new Log(request.kubeConfig)
      .log(request.namespace, request.podName, request.container, sink, {
        follow: request.follow,
        previous: request.previous,
        timestamps: true,
        ...(request.sinceTime ? { sinceTime: request.sinceTime } : {}),
      })
      .then(
        (c) => {
          controller = c;
          if (settled) c.abort();
        },
        (error: unknown) => finish({ kind: "error", error }),
      );
  }

  return {
    done,
    armDeadline(ms) {
      if (settled || deadline) return;
      deadline = setTimeout(() => finish({ kind: "timed-out" }), ms);
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Following.

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T | typeof ABORTED> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.resolve(ABORTED);
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(ABORTED);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(err);
      },
    );
  });
}

const ABORTED = Symbol("aborted");

const MAX_DRAIN_FAILURES = 5;

/** Resolves after `ms`, or at once on abort. */
function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}

function isNotFound(err: unknown): boolean {
  return err instanceof ApiException && err.code === 404;
}

/**
 * Follows the container's log until the last instance has exited and its output is drained, the pod is
 * gone, or `signal` aborts. Waits while the container has yet to start. Resumes after a dropped stream from
 * the last timestamp seen, skipping what was delivered, so no line is lost and none repeats (short of two
 * streams' worth of lines sharing one nanosecond). Resolves; never rejects: failures are logged at debug
 * and retried with a capped back-off while the pod exists.
 */
export async function followContainerLog(options: LogStreamOptions): Promise<LogStreamResult> {
  const { core, namespace, podName, container, signal, logger } = options;
  const postTerminationTimeoutMs = options.postTerminationTimeoutMs ?? 120_000;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const statusCheckIntervalMs = options.statusCheckIntervalMs ?? 10_000;
  const maxBackoffMs = options.maxBackoffMs ?? 10_000;
  const where = { namespace, pod: podName, container };
  const resume = new ResumePoint();
  let lines = 0;
  let uid: string | undefined;
  let backoffMs = 0;
  /** The instance whose output is fully delivered. */
  let drained: number | undefined;
  /** The instance the last follow stream was opened on while it ran. */
  let followed: number | undefined;
  /** Failed reads of an exited instance's log in a row (its log may be gone with the container). */
  let drainFailures = 0;

  const deliver = (raw: string) => {
    const accepted = resume.accept(raw);
    if (!accepted) return;
    lines++;
    try {
      options.onLine(accepted.line, accepted.timestamp);
    } catch (err) {
      logger?.debug({ ...where, error: String(err) }, "log line handler failed");
    }
  };

  const failed = async (err: unknown, what: string) => {
    backoffMs = Math.min(maxBackoffMs, backoffMs === 0 ? 500 : backoffMs * 2);
    logger?.debug({ ...where, error: formatKubernetesError(err), retryInMs: backoffMs }, what);
    await pause(backoffMs, signal);
  };

  /** The pod, `gone`, or undefined after a failure (already waited for). */
  const observe = async (): Promise<V1Pod | "gone" | undefined> => {
    try {
      const pod = await abortable(core.readNamespacedPod({ name: podName, namespace }), signal);
      if (pod === ABORTED) return undefined;
      // Same name, another pod: the one we followed is gone.
      if (uid !== undefined && pod.metadata?.uid !== uid) return "gone";
      uid = pod.metadata?.uid;
      return pod;
    } catch (err) {
      if (isNotFound(err)) return "gone";
      await failed(err, "could not read the pod whose log is followed");
      return undefined;
    }
  };

  /**
   * A follow the kubelet never closes would hang: while one is open the pod is checked now and then, and
   * once the container has left `running` (or the pod is gone) the stream gets the post-termination wait.
   */
  const watchExit = async (open: OpenStream) => {
    const stop = new AbortController();
    void open.done.then(() => stop.abort());
    const watchSignal = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
    while (!watchSignal.aborted) {
      await pause(statusCheckIntervalMs, watchSignal);
      if (watchSignal.aborted) return;
      try {
        const pod = await abortable(core.readNamespacedPod({ name: podName, namespace }), watchSignal);
        if (pod === ABORTED) return;
        if (pod.metadata?.uid !== uid || containerInstance(pod, container).state !== "running") {
          open.armDeadline(postTerminationTimeoutMs);
        }
      } catch (err) {
        if (isNotFound(err)) open.armDeadline(postTerminationTimeoutMs);
        // Other failures: the next check, or the stream's own end, settles it.
      }
    }
  };

  const stream = async (follow: boolean, previous: boolean, deadlineMs?: number) => {
    resume.startStream();
    const before = lines;
    const open = openStream({
      kubeConfig: options.kubeConfig,
      namespace,
      podName,
      container,
      follow,
      previous,
      sinceTime: resume.sinceTime,
      signal,
      onRawLine: deliver,
    });
    if (deadlineMs !== undefined) open.armDeadline(deadlineMs);
    else if (follow) void watchExit(open);
    const outcome = await open.done;
    return { outcome, delivered: lines - before };
  };

  for (;;) {
    if (signal?.aborted) return { lines, reason: "aborted" };
    const pod = await observe();
    if (signal?.aborted) return { lines, reason: "aborted" };
    if (pod === "gone") return { lines, reason: "pod-gone" };
    if (!pod) continue;
    if (!hasContainer(pod, container)) return { lines, reason: "no-container" };
    const current = containerInstance(pod, container);

    // The instance followed last was replaced before its stream saw the end: read the rest of it.
    if (followed !== undefined && current.instance > followed && drained !== followed) {
      if (current.instance === followed + 1) {
        logger?.debug({ ...where, instance: followed }, "reading the rest of a restarted instance's log");
        const { outcome } = await stream(false, true, postTerminationTimeoutMs);
        if (outcome.kind === "aborted") return { lines, reason: "aborted" };
        if (outcome.kind === "error") logger?.debug(where, "the previous instance's log could not be read");
      } else {
        logger?.debug({ ...where, instance: followed }, "instances restarted unseen; their lines are lost");
      }
      drained = followed;
    }

    const exited = current.state === "exited";
    if (exited && drained === current.instance) {
      if (current.final) return { lines, reason: "terminated" };
      await pause(pollIntervalMs, signal);
      continue;
    }
    if (current.state === "waiting") {
      if (current.final) return { lines, reason: "terminated" };
      await pause(pollIntervalMs, signal);
      continue;
    }

    if (!exited) followed = current.instance;
    // An exited instance's log is complete: read to its end without following.
    const { outcome, delivered } = exited
      ? await stream(false, false, postTerminationTimeoutMs)
      : await stream(true, false);
    if (outcome.kind === "aborted") return { lines, reason: "aborted" };
    if (outcome.kind === "error") {
      // A 400 (not started yet) or 404 (pod gone) says nothing `observe` will not; the cause is in the
      // status, which `Log` does not keep.
      await failed(outcome.error, "log stream failed");
      if (exited && ++drainFailures >= MAX_DRAIN_FAILURES) {
        logger?.debug(where, "gave up reading an exited container's log");
        drained = current.instance;
      }
      continue;
    }
    backoffMs = 0;
    drainFailures = 0;
    if (exited) {
      if (outcome.kind === "timed-out") logger?.debug(where, "gave up waiting for an exited container's log");
      drained = current.instance;
      continue;
    }
    // Ended while running, or a status check saw the exit: look again before reconnecting.
    if (delivered === 0) await pause(pollIntervalMs, signal);
  }
}

// ---------------------------------------------------------------------------------------------------------
// A Job's pods, one after the other.

export interface FollowJobLogsOptions extends Omit<LogStreamOptions, "podName" | "onLine" | "container"> {
  jobName: string;
  /** Default `prefect-job`. */
  container?: string;
  batch?: BatchApi;
  onLine: (line: string, timestamp: string, podName: string) => void;
}

export interface FollowJobLogsResult {
  lines: number;
  /** Pods followed, in order. */
  pods: string[];
  reason: "finished" | "job-gone" | "aborted";
}

function jobFinished(job: V1Job): boolean {
  return (job.status?.conditions ?? []).some(
    (c) => (c.type === "Complete" || c.type === "Failed") && c.status === "True",
  );
}

function byCreation(a: V1Pod, b: V1Pod): number {
  const ta = a.metadata?.creationTimestamp ? new Date(a.metadata.creationTimestamp).getTime() : 0;
  const tb = b.metadata?.creationTimestamp ? new Date(b.metadata.creationTimestamp).getTime() : 0;
  return ta - tb || (a.metadata?.name ?? "").localeCompare(b.metadata?.name ?? "");
}

/**
 * Follows the container in each pod of the Job (label `job-name`), oldest first, each new pod after the
 * one before it ended (a retry creates a new pod), until the Job has finished and every pod it made has
 * been followed, or the Job is gone. Pods running side by side are followed one after the other.
 */
export async function followJobLogs(options: FollowJobLogsOptions): Promise<FollowJobLogsResult> {
  const { core, namespace, jobName, signal, logger } = options;
  const container = options.container ?? "prefect-job";
  const batch = options.batch ?? batchApi(options.kubeConfig);
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const maxBackoffMs = options.maxBackoffMs ?? 10_000;
  const followedUids = new Set<string>();
  const pods: string[] = [];
  let lines = 0;
  let backoffMs = 0;

  for (;;) {
    if (signal?.aborted) return { lines, pods, reason: "aborted" };
    let job: V1Job;
    let candidates: V1Pod[];
    try {
      // The Job before its pods: a Job read as finished has every pod it made in the list that follows.
      const read = await abortable(batch.readNamespacedJob({ name: jobName, namespace }), signal);
      if (read === ABORTED) continue;
      job = read;
      const list = await abortable(
        core.listNamespacedPod({ namespace, labelSelector: `job-name=${jobName}` }),
        signal,
      );
      if (list === ABORTED) continue;
      candidates = list.items.filter((p) => p.metadata?.uid && !followedUids.has(p.metadata.uid));
      backoffMs = 0;
    } catch (err) {
      if (isNotFound(err)) return { lines, pods, reason: "job-gone" };
      backoffMs = Math.min(maxBackoffMs, backoffMs === 0 ? 500 : backoffMs * 2);
      logger?.debug(
        { namespace, job: jobName, error: formatKubernetesError(err), retryInMs: backoffMs },
        "could not read the Job whose logs are followed",
      );
      await pause(backoffMs, signal);
      continue;
    }
    const next = candidates.sort(byCreation)[0];
    if (!next) {
      if (jobFinished(job)) return { lines, pods, reason: "finished" };
      await pause(pollIntervalMs, signal);
      continue;
    }
    const podName = next.metadata!.name!;
    followedUids.add(next.metadata!.uid!);
    pods.push(podName);
    const result = await followContainerLog({
      ...options,
      podName,
      container,
      onLine: (line, timestamp) => options.onLine(line, timestamp, podName),
    });
    lines += result.lines;
    if (result.reason === "aborted") return { lines, pods, reason: "aborted" };
  }
}
