// The tail of a crashed run's container logs, fetched and worded as prefect-kubernetes' observer does
// (`_fetch_crashed_pod_logs`, `_fetch_pod_container_logs_ordered`, `_read_container_log`,
// `_send_crashed_pod_logs`), so a run that died before reaching Prefect still shows why.
//
// One deliberate divergence: kubernetes_asyncio json.loads a log body before handing it back as a str, so
// a tail that is one JSON document reaches the reference as Python's repr of it (`{'a': 1}`, `True`, or
// nothing for `null`). Here the log text is forwarded as the container wrote it.
import { MAX_LOG_SIZE } from "../prefect/flow-run-logs.ts";
import type { V1Pod } from "./client-node.ts";
import type { CoreApi } from "./rest.ts";
import { pyStrRepr } from "../templating/python-str.ts";
import { formatKubernetesError } from "./errors.ts";
import type { PodLogsLogger } from "./log-stream.ts";

export { followContainerLog, followJobLogs } from "./log-stream.ts";
export type {
  FollowJobLogsOptions,
  FollowJobLogsResult,
  LogStreamOptions,
  LogStreamResult,
  PodLogsLogger,
} from "./log-stream.ts";

/** PREFECT_LOGGING_TO_API_MAX_LOG_SIZE's default, the reference's limit for one forwarded line. */
export const DEFAULT_MAX_LOG_SIZE = MAX_LOG_SIZE;

/** PREFECT_INTEGRATIONS_KUBERNETES_OBSERVER_FORWARD_CRASHED_RUN_LOGS_TAIL_LINES' default. */
export const DEFAULT_CRASHED_RUN_LOGS_TAIL_LINES = 500;

/** The reference sends these lines through `flow_run_logger(...).getChild("observer")` at ERROR. */
export const CRASHED_POD_LOGS_LOGGER_NAME = "prefect.flow_runs.observer";

/** The primary container's name in the default base job template. */
export const PRIMARY_CONTAINER_NAME = "prefect-job";

const TRUNCATION_MARKER = "... [truncated]";

export interface ContainerLogEntry {
  podName: string;
  containerName: string;
  containerType: "container" | "init container";
  /** Non-blank lines, oldest first. */
  lines: string[];
}

export interface FetchCrashedPodLogsOptions {
  core: CoreApi;
  namespace: string;
  jobName: string;
  /** Lines per container instance (the reference's `tail_lines`, default 500). */
  tailLines: number;
  /** Only for the debug message when listing the pods fails. */
  flowRunId?: string;
  logger?: PodLogsLogger;
}

// Python's str.splitlines() boundaries and str.isspace() characters, which differ from JS's \n and trim();
// the file and group separators are control characters on purpose.
/* eslint-disable no-control-regex */
const PY_LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
const PY_WHITESPACE = /^[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;
/* eslint-enable no-control-regex */

/** Python's `str.splitlines()`: no empty last element for a trailing line break. */
export function pySplitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split(PY_LINE_BREAK);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** `not s.strip()` in Python. */
export function pyIsBlank(text: string): boolean {
  return PY_WHITESPACE.test(text);
}

/** The log text's non-blank lines as the reference keeps them; undefined when there are none. */
export function crashLogLines(text: string | undefined): string[] | undefined {
  if (!text || pyIsBlank(text)) return undefined;
  const lines = pySplitLines(text).filter((line) => !pyIsBlank(line));
  return lines.length > 0 ? lines : undefined;
}

interface ContainerRef {
  name: string;
  type: ContainerLogEntry["containerType"];
}

/**
 * Which containers of a pod to read, in order. The primary container is the only container, else
 * `prefect-job`; a pod with several containers and none of that name is a custom manifest whose flow
 * container cannot be told from its sidecars, so every container is a fallback.
 */
export function containerReadOrder(pod: V1Pod): { primary: ContainerRef[]; fallback: ContainerRef[] } {
  const containers = pod.spec?.containers ?? [];
  const primary: ContainerRef[] = [];
  let others: ContainerRef[] = [];
  if (containers.length === 1) {
    primary.push({ name: containers[0]!.name, type: "container" });
  } else {
    for (const c of containers) {
      (c.name === PRIMARY_CONTAINER_NAME ? primary : others).push({ name: c.name, type: "container" });
    }
    if (primary.length === 0) others = containers.map((c) => ({ name: c.name, type: "container" }));
  }
  const inits = (pod.spec?.initContainers ?? []).map((c): ContainerRef => ({
    name: c.name,
    type: "init container",
  }));
  return { primary, fallback: [...inits, ...others] };
}

/**
 * Pods to read, newest first so the last retry's logs come first. Succeeded pods are left out; Running
 * and Pending ones stay, since under restartPolicy OnFailure the pod keeps running while its container
 * crashes. Equal creation times keep the API's order, as Python's stable reverse sort does.
 */
export function crashedPodsNewestFirst(pods: V1Pod[]): V1Pod[] {
  const time = (pod: V1Pod) => {
    const ts = pod.metadata?.creationTimestamp;
    return ts ? new Date(ts).getTime() : Number.NEGATIVE_INFINITY;
  };
  return pods.filter((pod) => pod.status?.phase !== "Succeeded").sort((a, b) => time(b) - time(a));
}

/** One container's tail: the previous (crashed) instance's if it has non-blank output, else the current one's. */
async function readContainerLog(
  options: FetchCrashedPodLogsOptions,
  podName: string,
  container: ContainerRef,
): Promise<ContainerLogEntry | undefined> {
  const { core, namespace, tailLines, logger } = options;
  const request = { name: podName, namespace, container: container.name, tailLines };
  let text: string | undefined;
  try {
    const previous = await core.readNamespacedPodLog({ ...request, previous: true });
    if (!pyIsBlank(previous ?? "")) text = previous;
  } catch {
    // No previous instance: the container never restarted.
  }
  if (!text) {
    try {
      const current = await core.readNamespacedPodLog(request);
      if (!pyIsBlank(current ?? "")) text = current;
    } catch (err) {
      logger?.debug(
        { namespace, pod: podName, container: container.name, error: formatKubernetesError(err) },
        `Could not fetch logs for ${container.type} ${pyStrRepr(container.name)} in pod ${pyStrRepr(podName)}`,
      );
    }
  }
  const lines = crashLogLines(text);
  return lines ? { podName, containerName: container.name, containerType: container.type, lines } : undefined;
}

async function podEntries(options: FetchCrashedPodLogsOptions, pod: V1Pod): Promise<ContainerLogEntry[]> {
  const podName = pod.metadata?.name ?? "";
  const { primary, fallback } = containerReadOrder(pod);
  for (const container of primary) {
    const entry = await readContainerLog(options, podName, container);
    // The flow container explains the crash; sidecars would only add noise.
    if (entry) return [entry];
  }
  const entries: ContainerLogEntry[] = [];
  for (const container of fallback) {
    const entry = await readContainerLog(options, podName, container);
    if (entry) entries.push(entry);
  }
  return entries;
}

/**
 * The crash logs of the Job's pods (label `job-name=<job>`, so another Job of the same run adds nothing).
 * Undefined when there is nothing to show; failures are logged at debug and count as no logs.
 */
export async function fetchCrashedPodLogs(
  options: FetchCrashedPodLogsOptions,
): Promise<ContainerLogEntry[] | undefined> {
  const { core, namespace, jobName, logger } = options;
  const entries: ContainerLogEntry[] = [];
  try {
    const pods = await core.listNamespacedPod({ namespace, labelSelector: `job-name=${jobName}` });
    for (const pod of crashedPodsNewestFirst(pods.items)) entries.push(...(await podEntries(options, pod)));
  } catch (err) {
    const subject = options.flowRunId ? `flow run ${options.flowRunId}` : `job ${jobName}`;
    logger?.debug(
      { namespace, job: jobName, error: formatKubernetesError(err) },
      `Failed to fetch crashed pod logs for ${subject}`,
    );
  }
  return entries.length > 0 ? entries : undefined;
}

/** Python's `s[:end]` on code points, negative `end` included. */
function pyPrefix(codePoints: string[], end: number): string {
  const stop = end < 0 ? Math.max(codePoints.length + end, 0) : Math.min(end, codePoints.length);
  return codePoints.slice(0, stop).join("");
}

/** A line longer than `maxLogSize` code points, cut so that it ends with "... [truncated]". */
export function truncateLogLine(line: string, maxLogSize: number): string {
  // Python's len() counts code points; JS's length counts UTF-16 units.
  if (line.length <= maxLogSize) return line;
  const codePoints = [...line];
  if (codePoints.length <= maxLogSize) return line;
  return pyPrefix(codePoints, maxLogSize - TRUNCATION_MARKER.length) + TRUNCATION_MARKER;
}

/**
 * The flow-run log messages (each sent at ERROR by `CRASHED_POD_LOGS_LOGGER_NAME`): per entry the header
 * "Container logs from <type> '<container>' in pod '<pod>':", then one message per line.
 */
export function crashedPodLogMessages(entries: ContainerLogEntry[], maxLogSize: number): string[] {
  const messages: string[] = [];
  for (const entry of entries) {
    messages.push(
      `Container logs from ${entry.containerType} ${pyStrRepr(entry.containerName)} ` +
        `in pod ${pyStrRepr(entry.podName)}:`,
    );
    for (const line of entry.lines) messages.push(truncateLogLine(line, maxLogSize));
  }
  return messages;
}
