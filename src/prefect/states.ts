// The state bodies the worker and observer propose, shaped as the reference sends them: its client
// serialises `to_state_create(state).model_dump(mode="json")`, so every StateDetails field appears with
// its default (nulls, `untrackable_result: false`, `pause_reschedule: false`) in declaration order.
import type { State, StateCreate, StateDetails, StateType } from "./types.ts";

type FullStateDetails = Required<StateDetails>;

export function defaultStateDetails(): FullStateDetails {
  return {
    flow_run_id: null,
    task_run_id: null,
    child_flow_run_id: null,
    scheduled_time: null,
    cache_key: null,
    cache_expiration: null,
    deferred: null,
    untrackable_result: false,
    pause_timeout: null,
    pause_reschedule: false,
    pause_key: null,
    run_input_keyset: null,
    refresh_cache: null,
    retriable: null,
    transition_id: null,
    task_parameters_id: null,
    traceparent: null,
    deployment_concurrency_lease_id: null,
  };
}

function stateCreate(type: StateType, name: string, message: string | null = null): StateCreate {
  return { type, name, message, state_details: defaultStateDetails(), data: null };
}

/** The claim. */
export function pendingState(): StateCreate {
  return stateCreate("PENDING", "Pending");
}

export function submittingState(): StateCreate {
  return stateCreate("PENDING", "Submitting");
}

/** Proposed by the observer while the pod waits (image pull, scheduling). */
export function infrastructurePendingState(message = "Kubernetes pod is pending."): StateCreate {
  return stateCreate("PENDING", "InfrastructurePending", message);
}

export function crashedState(message: string): StateCreate {
  return stateCreate("CRASHED", "Crashed", message);
}

export function deploymentGoneMessage(deploymentId: string): string {
  return `Deployment ${deploymentId} no longer exists, cancelled run.`;
}

/**
 * A copy of the run's current state turned CANCELLED (to be set with force), as the reference's
 * `_mark_flow_run_as_cancelled` builds it; a run without a state gets a plain Cancelled state.
 * The copy keeps the current state's details (known fields only, as the client model does) and drops
 * its data, which is never a result the worker holds.
 */
export function cancelledFromState(current: State | null | undefined, message: string): StateCreate {
  if (!current) return stateCreate("CANCELLED", "Cancelled", message);
  const details = defaultStateDetails();
  const source = (current.state_details ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(details) as (keyof FullStateDetails)[]) {
    if (source[key] !== undefined) (details as Record<string, unknown>)[key] = source[key];
  }
  return { type: "CANCELLED", name: "Cancelled", message, state_details: details, data: null };
}

/** A run handed back to the queue, due now: any worker of the pool may pick it up at its next poll. */
export function rescheduledState(message: string, now: Date = new Date()): StateCreate {
  const state = stateCreate("SCHEDULED", "Scheduled", message);
  state.state_details = { ...defaultStateDetails(), scheduled_time: now.toISOString() };
  return state;
}
