// Pieces of the client compared with the installed reference (prefect 3.8.8 in the stack's venv): state
// bodies as its client serialises them, worker slugs as python-slugify makes them, and retry jitter as
// prefect.utilities.math computes it for the same random draws.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import {
  cancelledFromState,
  crashedState,
  pendingState,
  submittingState,
  workerResource,
  type State,
} from "../../src/prefect/index.ts";
import { boundedPoissonInterval, clampedPoissonInterval } from "../../src/prefect/retry.ts";
import { referencePython } from "../harness/reference-venv.ts";

const home = mkdtempSync(join(tmpdir(), "prefect-parity-"));
after(() => rmSync(home, { recursive: true, force: true }));

function python(code: string, input: unknown): unknown {
  const out = execFileSync(referencePython(), ["-c", code], {
    input: JSON.stringify(input),
    encoding: "utf8",
    env: { ...process.env, PREFECT_HOME: home, PREFECT_API_URL: "" },
  });
  return JSON.parse(out);
}

describe("parity with the reference", () => {
  test("state bodies equal to_state_create(...).model_dump(mode='json')", () => {
    const current = {
      id: "3b0a4c1e-6f5d-4c2b-9a8e-7d6c5b4a3f21",
      type: "SCHEDULED",
      name: "Late",
      timestamp: "2026-01-01T00:00:00Z",
      message: null,
      data: null,
      state_details: {
        scheduled_time: "2026-01-01T00:00:00Z",
        pause_reschedule: false,
        untrackable_result: false,
      },
    };
    const reference = python(
      `
import json, sys
from prefect.states import Pending, Submitting, Crashed, to_state_create
from prefect.client.schemas.objects import State, StateType
current = State.model_validate(json.load(sys.stdin))
msg = "Deployment d no longer exists, cancelled run."
cancelled = current.model_copy(update={"name": "Cancelled", "type": StateType.CANCELLED, "message": msg})
states = [Pending(), Submitting(), Crashed(message="boom"), cancelled]
print(json.dumps([to_state_create(s).model_dump(mode="json", serialize_as_any=True) for s in states]))
`,
      current,
    ) as Record<string, unknown>[];
    const ours = [
      pendingState(),
      submittingState(),
      crashedState("boom"),
      cancelledFromState(current as unknown as State, "Deployment d no longer exists, cancelled run."),
    ];
    // Timestamps are compared as instants: Python writes "...Z" with microseconds, we pass the server's text.
    const normalise = (body: unknown) =>
      JSON.parse(JSON.stringify(body), (_k, v: unknown) =>
        typeof v === "string" && /^\d{4}-\d\d-\d\dT/.test(v) ? new Date(v).toISOString() : v,
      ) as unknown;
    assert.deepEqual(ours.map(normalise), reference.map(normalise));
    assert.deepEqual(
      Object.keys(ours[0]!.state_details!),
      Object.keys(reference[0]!["state_details"] as object),
    );
  });

  test("worker resource ids slugify names as python-slugify does", () => {
    const names = [
      "My Worker 1",
      "worker_ü-Ω",
      "  --Spaced  Out--  ",
      "k8s.worker/prod",
      "Ärger's Büro",
      "a'b",
    ];
    const reference = python(
      "import json, sys\nfrom slugify import slugify\nprint(json.dumps([slugify(n) for n in json.load(sys.stdin)]))",
      names,
    ) as string[];
    assert.deepEqual(
      names.map((n) => workerResource(n)["prefect.resource.id"]),
      reference.map((slug) => `prefect.worker.kubernetes.${slug}`),
    );
  });

  test("retry jitter matches prefect.utilities.math for the same draws", () => {
    const draws = [0, 0.1, 0.37, 0.5, 0.81, 0.999];
    const reference = python(
      `
import json, sys, random
from prefect.utilities import math as pm
out = []
for r in json.load(sys.stdin):
    random.uniform = lambda lo, hi, r=r: lo + (hi - lo) * r
    out.append([pm.clamped_poisson_interval(4, 0.2), pm.bounded_poisson_interval(7, 8.4)])
print(json.dumps(out))
`,
      draws,
    ) as [number, number][];
    const ours = draws.map((r) => [
      clampedPoissonInterval(4, 0.2, () => r),
      boundedPoissonInterval(7, 8.4, () => r),
    ]);
    for (const [i, [clamped, bounded]] of reference.entries()) {
      assert.ok(Math.abs(ours[i]![0]! - clamped) < 1e-9, `clamped ${draws[i]}: ${ours[i]![0]} vs ${clamped}`);
      assert.ok(Math.abs(ours[i]![1]! - bounded) < 1e-9, `bounded ${draws[i]}: ${ours[i]![1]} vs ${bounded}`);
    }
  });
});
