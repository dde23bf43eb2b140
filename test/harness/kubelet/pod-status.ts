// What the kubelet knows about a pod's containers, and how that becomes the API's PodStatus: phase (the
// kubelet's getPhase rules), conditions, and per-container statuses.
import { createHash } from "node:crypto";
import type {
  V1ContainerState,
  V1ContainerStatus,
  V1Pod,
  V1PodCondition,
  V1PodStatus,
} from "@kubernetes/client-node";

export type RestartPolicy = "Always" | "OnFailure" | "Never";
export type PodPhase = "Pending" | "Running" | "Succeeded" | "Failed";

export interface Terminated {
  kind: "terminated";
  exitCode: number;
  reason: string;
  message?: string;
  startedAt: Date;
  finishedAt: Date;
  containerID?: string;
}

export type ContainerState =
  { kind: "waiting"; reason: string; message?: string } | { kind: "running"; startedAt: Date } | Terminated;

export interface ContainerRuntime {
  name: string;
  image: string;
  restartCount: number;
  state: ContainerState;
  lastTerminated?: Terminated;
  /** `local://<pid>` of the current (or last) process. */
  containerID?: string;
}

export interface PodRuntime {
  restartPolicy: RestartPolicy;
  startTime: Date;
  /** Volumes are in place: the pod has an IP and may start containers. */
  sandboxReady: boolean;
  initContainers: ContainerRuntime[];
  containers: ContainerRuntime[];
  /** Set when the kubelet itself ends the pod (deadline, deletion); overrides the computed phase. */
  forced?: { phase: "Succeeded" | "Failed"; reason?: string; message?: string };
}

export function isTerminal(phase: string | undefined): phase is "Succeeded" | "Failed" {
  return phase === "Succeeded" || phase === "Failed";
}

export function initContainersDone(runtime: PodRuntime): boolean {
  return runtime.initContainers.every((c) => c.state.kind === "terminated" && c.state.exitCode === 0);
}

/** The kubelet's getPhase, for pods without sidecar init containers. */
export function computePhase(runtime: PodRuntime): PodPhase {
  if (runtime.forced) return runtime.forced.phase;
  let pendingInit = 0;
  let failedInit = 0;
  for (const c of runtime.initContainers) {
    const s = c.state;
    if (s.kind === "running") pendingInit++;
    else if (s.kind === "terminated") {
      if (s.exitCode !== 0) failedInit++;
    } else if (c.lastTerminated && c.lastTerminated.exitCode !== 0) failedInit++;
    else pendingInit++;
  }
  if (failedInit > 0 && runtime.restartPolicy === "Never") return "Failed";

  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const c of runtime.containers) {
    const s = c.state;
    if (s.kind === "running") running++;
    else if (s.kind === "terminated") {
      stopped++;
      if (s.exitCode === 0) succeeded++;
    } else if (c.lastTerminated) stopped++;
    else waiting++;
  }
  if (pendingInit > 0 || failedInit > 0 || waiting > 0) return "Pending";
  if (running > 0) return "Running";
  if (stopped > 0) {
    if (runtime.restartPolicy === "Always") return "Running";
    if (stopped === succeeded) return "Succeeded";
    if (runtime.restartPolicy === "Never") return "Failed";
    return "Running";
  }
  return "Pending";
}

/** A stable stand-in for a pulled image's digest. */
export function imageID(image: string): string {
  const digest = createHash("sha256").update(image).digest("hex");
  return `${image.split("@")[0]}@sha256:${digest}`;
}

function renderState(state: ContainerState): V1ContainerState {
  switch (state.kind) {
    case "waiting":
      return { waiting: { reason: state.reason, message: state.message } };
    case "running":
      return { running: { startedAt: state.startedAt } };
    case "terminated":
      return { terminated: renderTerminated(state) };
  }
}

function renderTerminated(t: Terminated): NonNullable<V1ContainerState["terminated"]> {
  return {
    exitCode: t.exitCode,
    reason: t.reason,
    message: t.message,
    startedAt: t.startedAt,
    finishedAt: t.finishedAt,
    containerID: t.containerID,
  };
}

function renderContainer(c: ContainerRuntime, podTerminal: boolean): V1ContainerStatus {
  const running = c.state.kind === "running";
  const everStarted = c.containerID !== undefined;
  return {
    name: c.name,
    image: c.image,
    imageID: everStarted ? imageID(c.image) : "",
    containerID: c.containerID,
    restartCount: c.restartCount,
    ready: running && !podTerminal,
    started: running,
    state: renderState(c.state),
    lastState: c.lastTerminated ? { terminated: renderTerminated(c.lastTerminated) } : {},
  };
}

interface ConditionSpec {
  type: string;
  ok: boolean;
  reason?: string;
  message?: string;
}

function names(list: ContainerRuntime[]): string {
  return `[${list.map((c) => c.name).join(" ")}]`;
}

function desiredConditions(runtime: PodRuntime, phase: PodPhase): ConditionSpec[] {
  const terminal = isTerminal(phase);
  const unready = runtime.containers.filter((c) => c.state.kind !== "running" || terminal);
  const incompleteInit = runtime.initContainers.filter(
    (c) => !(c.state.kind === "terminated" && c.state.exitCode === 0),
  );
  const notReadyReason = terminal ? "PodCompleted" : "ContainersNotReady";
  const notReadyMessage = terminal ? undefined : `containers with unready status: ${names(unready)}`;
  return [
    { type: "PodReadyToStartContainers", ok: runtime.sandboxReady },
    incompleteInit.length === 0
      ? { type: "Initialized", ok: true }
      : {
          type: "Initialized",
          ok: false,
          reason: "ContainersNotInitialized",
          message: `containers with incomplete status: ${names(incompleteInit)}`,
        },
    unready.length === 0
      ? { type: "Ready", ok: true }
      : { type: "Ready", ok: false, reason: notReadyReason, message: notReadyMessage },
    unready.length === 0
      ? { type: "ContainersReady", ok: true }
      : { type: "ContainersReady", ok: false, reason: notReadyReason, message: notReadyMessage },
  ];
}

function mergeConditions(
  current: V1PodCondition[] | undefined,
  desired: ConditionSpec[],
  now: Date,
  generation: number | undefined,
): V1PodCondition[] {
  const existing = new Map((current ?? []).map((c) => [c.type, c]));
  const ours = desired.map((d): V1PodCondition => {
    const status = d.ok ? "True" : "False";
    const before = existing.get(d.type);
    return {
      type: d.type,
      status,
      reason: d.reason,
      message: d.message,
      lastProbeTime: undefined,
      lastTransitionTime:
        before?.status === status && before.lastTransitionTime ? before.lastTransitionTime : now,
      observedGeneration: generation,
    };
  });
  const ownTypes = new Set(desired.map((d) => d.type));
  // Conditions others own (PodScheduled from the scheduler, DisruptionTarget, readiness gates) stay.
  const others = (current ?? []).filter((c) => !ownTypes.has(c.type));
  if (!others.some((c) => c.type === "PodScheduled")) {
    others.push({ type: "PodScheduled", status: "True", lastTransitionTime: now });
  }
  return [...ours, ...others];
}

export interface StatusContext {
  nodeAddress: string;
  generation: number | undefined;
  now: Date;
}

/** The status to write, given what the API server has now; a terminal phase is never left again. */
export function renderPodStatus(
  current: V1PodStatus | undefined,
  runtime: PodRuntime,
  ctx: StatusContext,
): V1PodStatus {
  const computed = computePhase(runtime);
  const phase: PodPhase = isTerminal(current?.phase) ? current.phase : computed;
  const terminal = isTerminal(phase);
  const status: V1PodStatus = {
    ...current,
    phase,
    conditions: mergeConditions(
      current?.conditions,
      desiredConditions(runtime, phase),
      ctx.now,
      ctx.generation,
    ),
    hostIP: ctx.nodeAddress,
    hostIPs: [{ ip: ctx.nodeAddress }],
    startTime: current?.startTime ?? runtime.startTime,
    initContainerStatuses: runtime.initContainers.map((c) => renderContainer(c, terminal)),
    containerStatuses: runtime.containers.map((c) => renderContainer(c, terminal)),
    observedGeneration: ctx.generation,
  };
  if (runtime.sandboxReady) {
    status.podIP = ctx.nodeAddress;
    status.podIPs = [{ ip: ctx.nodeAddress }];
  }
  if (runtime.forced?.reason) status.reason = runtime.forced.reason;
  if (runtime.forced?.message) status.message = runtime.forced.message;
  return status;
}

/** Whether an earlier kubelet process ran containers of this pod (their processes are gone now). */
export function startedByEarlierKubelet(pod: V1Pod): boolean {
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  return statuses.some(
    (s) => s.state?.running || s.state?.terminated || s.lastState?.terminated || (s.restartCount ?? 0) > 0,
  );
}

export const orphanMessage = "The local kubelet restarted; the processes of this pod did not survive it";

/** The status of a pod whose processes died with an earlier kubelet: Failed, running containers killed. */
export function orphanedStatus(current: V1PodStatus | undefined, now: Date): V1PodStatus {
  const kill = (s: V1ContainerStatus): V1ContainerStatus => {
    if (!s.state?.running) return { ...s, ready: false, started: false };
    return {
      ...s,
      ready: false,
      started: false,
      state: {
        terminated: {
          exitCode: 137,
          reason: "Error",
          message: orphanMessage,
          startedAt: s.state.running.startedAt,
          finishedAt: now,
          containerID: s.containerID,
        },
      },
    };
  };
  const conditions = (current?.conditions ?? []).map((c) =>
    (c.type === "Ready" || c.type === "ContainersReady") && c.status !== "False"
      ? { ...c, status: "False", reason: "PodCompleted", message: undefined, lastTransitionTime: now }
      : c,
  );
  return {
    ...current,
    phase: "Failed",
    reason: "KubeletRestarted",
    message: orphanMessage,
    conditions,
    initContainerStatuses: current?.initContainerStatuses?.map(kill),
    containerStatuses: current?.containerStatuses?.map(kill),
  };
}
