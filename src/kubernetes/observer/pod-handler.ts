// Pod events, as the reference's `_replicate_pod_event`: a Prefect event per pod edge with a
// deterministic id (so the server de-duplicates re-emissions), InfrastructurePending for waiting pods,
// and a diagnosis (image pull, crash loop, OOM, eviction, scheduling) logged on the run once per change.
import type { V1Pod } from "../client-node.ts";
import { isNotFound } from "../../prefect/errors.ts";
import { proposeState } from "../../prefect/propose-state.ts";
import { infrastructurePendingState } from "../../prefect/states.ts";
import type { Logger } from "../../observability/logger.ts";
import { errorField } from "../../observability/logger.ts";
import { FLOW_RUN_ID_LABEL } from "../jobs.ts";
import { diagnosePod, diagnosisLogLevel, diagnosisLogMessage, type PodDiagnosis } from "../pod-diagnosis.ts";
import {
  DiagnosisMemory,
  PodEventChain,
  PodEventError,
  podEvent,
  podPhaseEventName,
  podResourceId,
} from "../pod-events.ts";
import type { ObjectEventType } from "../watcher.ts";
import {
  FINAL_STATE_TYPES,
  type ObserverEventSink,
  type ObserverPrefectApi,
  type ObserverRunLogs,
} from "./ports.ts";
import { Semaphore } from "./semaphore.ts";

/** The label as Python's `uuid.UUID` reads it (braces, `urn:uuid:`, hyphens optional), canonical form. */
export function flowRunIdFromLabel(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const hex = label
    .replace(/^urn:uuid:/i, "")
    .replace(/^\{|\}$/g, "")
    .replaceAll("-", "")
    .toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex)) return undefined;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
const PENDING_PROPOSAL_TIMEOUT_MS = 5_000;

export interface PodHandlerOptions {
  api: ObserverPrefectApi;
  events: ObserverEventSink;
  runLogs: ObserverRunLogs;
  logger: Logger;
  prefectVersion: string;
  /** PREFECT_INTEGRATIONS_KUBERNETES_OBSERVER_STARTUP_EVENT_CONCURRENCY. */
  startupConcurrency: number;
  sleep: (ms: number) => Promise<void>;
  now?: () => Date;
}

export type PodOutcome =
  | { emitted: false; reason: "no-phase" | "already-recorded" | "invalid" }
  | { emitted: true; diagnosis?: PodDiagnosis };

function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value !== "string") return undefined;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

export class PodHandler {
  readonly #options: PodHandlerOptions;
  readonly #startup: Semaphore;
  readonly #chain = new PodEventChain();
  readonly #diagnoses = new DiagnosisMemory();
  readonly #now: () => Date;

  constructor(options: PodHandlerOptions) {
    this.#options = options;
    this.#startup = new Semaphore(options.startupConcurrency);
    this.#now = options.now ?? (() => new Date());
  }

  async handle(type: ObjectEventType, pod: V1Pod): Promise<PodOutcome> {
    const uid = pod.metadata?.uid ?? "";
    const phase = pod.status?.phase;
    if (!uid || !phase) return { emitted: false, reason: "no-phase" };
    const diagnosis = diagnosePod(pod.status);

    // Objects found by a (re)list may have been reported already, by us before a restart or by another
    // replica: the server is asked first, as the reference does at start-up.
    if (type === "LISTED" && (await this.#alreadyRecorded(pod, phase, uid))) {
      return { emitted: false, reason: "already-recorded" };
    }

    const flowRunId = flowRunIdFromLabel(pod.metadata?.labels?.[FLOW_RUN_ID_LABEL]);
    if (phase === "Pending" && flowRunId) await this.#proposeInfrastructurePending(flowRunId);
    if (flowRunId && diagnosis) {
      if (this.#diagnoses.changed(uid, diagnosis)) {
        this.#options.runLogs.log({
          flowRunId,
          level: diagnosisLogLevel(diagnosis),
          message: diagnosisLogMessage(diagnosis),
        });
      }
    } else if (!diagnosis) {
      this.#diagnoses.changed(uid, undefined);
    }
    let event;
    try {
      event = podEvent({
        eventType: type,
        pod,
        ...(diagnosis ? { diagnosis } : {}),
        prefectVersion: this.#options.prefectVersion,
        now: this.#now(),
      });
    } catch (error) {
      // As the reference, whose event model refuses e.g. an id label without its name label.
      if (!(error instanceof PodEventError)) throw error;
      this.#options.logger.warn({ pod: pod.metadata?.name, err: errorField(error) }, "pod event not emitted");
      return { emitted: false, reason: "invalid" };
    }
    this.#options.events.emit(this.#chain.link(uid, event));
    return { emitted: true, ...(diagnosis ? { diagnosis } : {}) };
  }

  async #alreadyRecorded(pod: V1Pod, phase: string, uid: string): Promise<boolean> {
    const since = toDate(pod.metadata?.creationTimestamp) ?? new Date(this.#now().getTime() - 3600_000);
    return this.#startup.run(async () => {
      try {
        const page = await this.#options.api.filterEvents({
          filter: {
            event: { name: [podPhaseEventName(phase)] },
            resource: { id: [podResourceId(uid)] },
            occurred: { since: since.toISOString() },
          } as never,
        });
        return page.events.length > 0;
      } catch (error) {
        // Unknown is treated as "not yet": a duplicate is de-duplicated by its id on the server.
        this.#options.logger.debug(
          { err: errorField(error), pod: pod.metadata?.name },
          "event lookup failed",
        );
        return false;
      }
    });
  }

  async #proposeInfrastructurePending(flowRunId: string): Promise<void> {
    const { api, logger } = this.#options;
    try {
      const flowRun = await api.readFlowRun(flowRunId);
      const state = flowRun.state;
      if (
        state &&
        (state.type === "RUNNING" ||
          FINAL_STATE_TYPES.has(state.type) ||
          state.type === "PAUSED" ||
          state.type === "CANCELLING" ||
          state.name === "InfrastructurePending")
      ) {
        return;
      }
      // Bounded, so a WAIT answer cannot hold up this pod's later events.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        proposeState(api, flowRunId, infrastructurePendingState(), this.#options.sleep),
        new Promise((resolve) => (timer = setTimeout(resolve, PENDING_PROPOSAL_TIMEOUT_MS))),
      ]).finally(() => clearTimeout(timer));
    } catch (error) {
      if (isNotFound(error)) return;
      logger.debug(
        { flowRunId, err: errorField(error) },
        `Failed to propose InfrastructurePending for flow run ${flowRunId}`,
      );
    }
  }
}
