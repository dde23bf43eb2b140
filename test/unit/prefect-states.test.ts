import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  cancelledFromState,
  crashedState,
  defaultStateDetails,
  deploymentGoneMessage,
  infrastructurePendingState,
  pendingState,
  submittingState,
  type State,
} from "../../src/prefect/index.ts";

// Key order and defaults of StateDetails as prefect 3.8.8's client dumps them.
const DETAILS =
  '{"flow_run_id":null,"task_run_id":null,"child_flow_run_id":null,"scheduled_time":null,"cache_key":null,' +
  '"cache_expiration":null,"deferred":null,"untrackable_result":false,"pause_timeout":null,' +
  '"pause_reschedule":false,"pause_key":null,"run_input_keyset":null,"refresh_cache":null,"retriable":null,' +
  '"transition_id":null,"task_parameters_id":null,"traceparent":null,"deployment_concurrency_lease_id":null}';

describe("state bodies", () => {
  test("StateDetails defaults serialise like the reference", () => {
    assert.equal(JSON.stringify(defaultStateDetails()), DETAILS);
  });

  test("Pending, Submitting, InfrastructurePending and Crashed", () => {
    assert.equal(
      JSON.stringify(pendingState()),
      `{"type":"PENDING","name":"Pending","message":null,"state_details":${DETAILS},"data":null}`,
    );
    assert.deepEqual([submittingState().type, submittingState().name], ["PENDING", "Submitting"]);
    assert.deepEqual(infrastructurePendingState(), {
      ...pendingState(),
      name: "InfrastructurePending",
      message: "Kubernetes pod is pending.",
    });
    assert.deepEqual(crashedState("boom"), {
      ...pendingState(),
      type: "CRASHED",
      name: "Crashed",
      message: "boom",
    });
  });

  test("bodies are fresh objects, so callers may stamp them", () => {
    const a = pendingState();
    a.state_details!.flow_run_id = "x";
    assert.equal(pendingState().state_details!.flow_run_id, null);
  });

  test("a forced Cancelled is a copy of the current state with the §3.3 message", () => {
    const current = {
      id: "s1",
      type: "SCHEDULED",
      name: "Late",
      timestamp: "2026-01-01T00:00:00Z",
      message: "was late",
      data: { some: "result" },
      state_details: {
        ...defaultStateDetails(),
        flow_run_id: "run-1",
        scheduled_time: "2026-01-01T00:00:00Z",
        server_only_field: "dropped",
      },
    } as unknown as State;
    const message = deploymentGoneMessage("dep-1");
    assert.equal(message, "Deployment dep-1 no longer exists, cancelled run.");
    assert.deepEqual(cancelledFromState(current, message), {
      type: "CANCELLED",
      name: "Cancelled",
      message,
      state_details: {
        ...defaultStateDetails(),
        flow_run_id: "run-1",
        scheduled_time: "2026-01-01T00:00:00Z",
      },
      data: null,
    });
    assert.deepEqual(cancelledFromState(null, message), {
      type: "CANCELLED",
      name: "Cancelled",
      message,
      state_details: defaultStateDetails(),
      data: null,
    });
  });
});
