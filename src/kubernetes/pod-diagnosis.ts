// Failing-pod diagnosis, as prefect_kubernetes/diagnostics.py (0.7.12) words it: the category becomes the
// `kubernetes.diagnosis` label of pod events (a stable contract automations match on) and the texts become
// the flow-run log the observer writes. Only the pod's `status` is read, so no extra API calls are needed.
//
// The reference reads the raw API JSON, where absent fields are absent; client-node objects carry them as
// undefined, so null and undefined both count as absent here.

export type DiagnosisLevel = "error" | "warning" | "info";

export type DiagnosisCategory =
  | "ImagePullError"
  | "CrashLoopBackOff"
  | "OOMKilled"
  | "Evicted"
  | "Unschedulable"
  | "Unschedulable.InsufficientResources"
  | "Unschedulable.NodeAffinity"
  | "Unschedulable.Taint";

export interface PodDiagnosis {
  level: DiagnosisLevel;
  category: DiagnosisCategory;
  summary: string;
  detail: string;
  resolution: string;
}

/** A pod timestamp: client-node's typed objects hold Dates, raw watch JSON holds RFC 3339 strings. */
export type PodTimestamp = Date | string;

export interface ContainerStatusLike {
  name?: string | null;
  restartCount?: number | null;
  state?: {
    waiting?: { reason?: string | null; message?: string | null } | null;
    running?: { startedAt?: PodTimestamp | null } | null;
    terminated?: { reason?: string | null; finishedAt?: PodTimestamp | null } | null;
  } | null;
}

export interface PodConditionLike {
  type?: string | null;
  reason?: string | null;
  message?: string | null;
}

/** The parts of a V1PodStatus the diagnosis and pod events read. */
export interface PodStatusLike {
  phase?: string | null;
  reason?: string | null;
  message?: string | null;
  startTime?: PodTimestamp | null;
  conditions?: PodConditionLike[] | null;
  initContainerStatuses?: ContainerStatusLike[] | null;
  containerStatuses?: ContainerStatusLike[] | null;
}

const EVICTION_RESOLUTION =
  "Check node conditions for resource pressure. " +
  "Consider increasing resource requests so the pod " +
  "is scheduled on a node with sufficient capacity, " +
  "or add tolerations for eviction taints.";

// str.isspace() characters, which Python's str.strip() removes; String.prototype.trim's set differs
// (it keeps \x1c-\x1f and \x85, and removes \ufeff).
const PY_SPACE = String.raw`\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`;
const PY_WHITESPACE = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, "g");

function pyStrip(text: string): string {
  return text.replace(PY_WHITESPACE, "");
}

function text(value: string | null | undefined, fallback = ""): string {
  return value ?? fallback;
}

/** Init containers first, then the regular ones — the order the reference checks them in. */
function allContainerStatuses(status: PodStatusLike): ContainerStatusLike[] {
  return [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])];
}

function containerWaiting(status: PodStatusLike): PodDiagnosis | undefined {
  for (const cs of allContainerStatuses(status)) {
    const waiting = cs.state?.waiting ?? {};
    const reason = text(waiting.reason);
    const message = text(waiting.message);
    const container = text(cs.name, "<unknown>");
    if (reason === "ImagePullBackOff" || reason === "ErrImagePull") {
      return {
        level: "error",
        category: "ImagePullError",
        summary: `Image pull failed for container '${container}'`,
        detail: pyStrip(`Kubernetes cannot pull the container image. Reason: ${reason}. ${message}`),
        resolution:
          "Verify the image name and tag are correct. " +
          "Ensure the image exists in the registry and that " +
          "image pull secrets are configured if the registry " +
          "is private.",
      };
    }
    if (reason === "CrashLoopBackOff") {
      return {
        level: "error",
        category: "CrashLoopBackOff",
        summary: `Container '${container}' is crash-looping`,
        detail: pyStrip(`The container repeatedly crashes after starting. ${message}`),
        resolution:
          "Check the container logs for the root cause " +
          "(e.g. unhandled exceptions, missing config). " +
          "Verify the entrypoint command, environment " +
          "variables, and any mounted volumes.",
      };
    }
  }
  return undefined;
}

function containerTerminated(status: PodStatusLike): PodDiagnosis | undefined {
  for (const cs of allContainerStatuses(status)) {
    const reason = text(cs.state?.terminated?.reason);
    const container = text(cs.name, "<unknown>");
    if (reason === "OOMKilled") {
      return {
        level: "error",
        category: "OOMKilled",
        summary: `Container '${container}' was killed due to out-of-memory (OOMKilled)`,
        detail: "The container exceeded its memory limit and was terminated by the kernel OOM killer.",
        resolution:
          "Increase the container's memory limit in the job " +
          "manifest, or reduce the memory footprint of the " +
          "workload. Check for memory leaks if usage grows " +
          "unboundedly.",
      };
    }
    if (reason === "Evicted") {
      return {
        level: "warning",
        category: "Evicted",
        summary: `Container '${container}' was evicted`,
        detail:
          "The pod was evicted, likely due to node resource pressure (disk, memory, or PID exhaustion).",
        resolution: EVICTION_RESOLUTION,
      };
    }
  }
  return undefined;
}

// The scheduler names the cause only in its prose, so this matches words, in the reference's order.
// "didn't match" alone is deliberately not enough: topology spread constraints use it too.
function unschedulableCategory(message: string): DiagnosisCategory {
  const lower = message.toLowerCase();
  if (lower.includes("taint")) return "Unschedulable.Taint";
  if (lower.includes("affinity") || lower.includes("node selector")) return "Unschedulable.NodeAffinity";
  if (lower.includes("insufficient")) return "Unschedulable.InsufficientResources";
  return "Unschedulable";
}

function unschedulable(status: PodStatusLike): PodDiagnosis | undefined {
  for (const condition of status.conditions ?? []) {
    if (condition.type !== "PodScheduled" || condition.reason !== "Unschedulable") continue;
    const message = text(condition.message);
    return {
      level: "warning",
      category: unschedulableCategory(message),
      summary: "Pod is unschedulable",
      detail: pyStrip(`Kubernetes cannot find a suitable node to run this pod. ${message}`),
      resolution:
        "Check that the cluster has nodes with sufficient " +
        "resources, matching node selectors, and " +
        "tolerations. Consider scaling up the cluster or " +
        "adjusting the pod's resource requests.",
    };
  }
  return undefined;
}

function podEvicted(status: PodStatusLike): PodDiagnosis | undefined {
  if (status.reason !== "Evicted") return undefined;
  return {
    level: "warning",
    category: "Evicted",
    summary: "Pod was evicted",
    detail: pyStrip(`The pod was evicted from its node. ${text(status.message)}`),
    resolution: EVICTION_RESOLUTION,
  };
}

/**
 * The first known failure in the pod's status, or undefined for a healthy pod (or one that needs no
 * user action). Precedence: a waiting container (image pull, crash loop), then a terminated one (OOM,
 * eviction), then an Unschedulable condition, then pod-level eviction.
 */
export function diagnosePod(status: PodStatusLike | null | undefined): PodDiagnosis | undefined {
  const s = status ?? {};
  return containerWaiting(s) ?? containerTerminated(s) ?? unschedulable(s) ?? podEvicted(s);
}

/** Field-by-field equality, as the reference's frozen dataclass compares. */
export function sameDiagnosis(a: PodDiagnosis | undefined, b: PodDiagnosis | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.level === b.level &&
    a.category === b.category &&
    a.summary === b.summary &&
    a.detail === b.detail &&
    a.resolution === b.resolution
  );
}

/** The flow-run log line the reference writes for a diagnosis. */
export function diagnosisLogMessage(d: PodDiagnosis): string {
  return `${d.summary}: ${d.detail} Resolution: ${d.resolution}`;
}

/** Errors log at ERROR; everything else (warning, info) at WARNING. */
export function diagnosisLogLevel(d: PodDiagnosis): "ERROR" | "WARNING" {
  return d.level === "error" ? "ERROR" : "WARNING";
}
