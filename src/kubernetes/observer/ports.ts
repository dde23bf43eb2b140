// What the observer needs from Prefect: the worker's PrefectClient, EventsClient and FlowRunLogSink fit
// these shapes; tests may pass anything that does.
import type { PrefectEvent } from "../../prefect/events.ts";
import type { EventFilter, FlowRun, OrchestrationResult, StateCreate } from "../../prefect/types.ts";

export interface ObserverPrefectApi {
  readFlowRun(id: string): Promise<FlowRun>;
  setFlowRunState(id: string, state: StateCreate, options: { force: boolean }): Promise<OrchestrationResult>;
  filterEvents(body: { filter?: EventFilter; limit?: number }): Promise<{ events: unknown[] }>;
}

export interface ObserverEventSink {
  emit(event: PrefectEvent): void;
}

export interface ObserverRunLogs {
  log(record: { flowRunId: string; level: "DEBUG" | "INFO" | "WARNING" | "ERROR"; message: string }): void;
}

/** The run states the observer leaves alone, as the reference's `is_final`/`is_scheduled`/… checks. */
export const FINAL_STATE_TYPES = new Set(["COMPLETED", "FAILED", "CANCELLED", "CRASHED"]);
