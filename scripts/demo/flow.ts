// Step 4: a sample flow and a deployment on the demo's pool, one run of it, and its states as they change.
// The stack's pods are processes on this machine, so the deployment's pull step changes into the flows
// directory the demo writes, and `prefect flow-run execute` in the Job's pod imports flows.py from there.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { FINAL_STATE_TYPES, stateHistory, type RunState } from "../../test/harness/flows.ts";
import { prefectApi } from "../../test/harness/prefect.ts";
import { say } from "./output.ts";

export const FLOW_NAME = "demo-hello";
export const FLOW_ENTRYPOINT = "flows.py:hello";

/** Lines the flow prints (with `log_prints`, they reach the pod's log and the run's logs in Prefect). */
export const FLOW_PRINTS = {
  greeting: "Hello from a Kubernetes Job",
  sum: "The sum of the squares of 1..10 is 385",
} as const;

export const FLOWS_PY = `# The demo's flow, run by \`prefect flow-run execute\` in the Job's pod.
import os
import platform

from prefect import flow


@flow(name="${FLOW_NAME}", log_prints=True)
def hello(name: str = "prefect-worker") -> int:
    print(f"${FLOW_PRINTS.greeting}, {name}!")
    print(f"Running in pod {os.environ.get('HOSTNAME', '?')} on Python {platform.python_version()}")
    total = sum(n * n for n in range(1, 11))
    print(f"The sum of the squares of 1..10 is {total}")
    return total
`;

export function writeFlows(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "flows.py");
  writeFileSync(path, FLOWS_PY);
  return path;
}

interface Ids {
  id: string;
  name: string;
}

/**
 * Registers the flow and a deployment of it on the pool (both upserted: a second demo run reuses them).
 * The deployment is named after the pool, so demos on different pools never repoint each other's.
 */
export async function registerDeployment(pool: string, flowsDir: string): Promise<Ids> {
  const flow = await prefectApi<Ids>("POST", "/flows/", { name: FLOW_NAME });
  return prefectApi<Ids>("POST", "/deployments/", {
    name: pool,
    flow_id: flow.id,
    work_pool_name: pool,
    entrypoint: FLOW_ENTRYPOINT,
    parameters: { name: "prefect-worker" },
    enforce_parameter_schema: false,
    pull_steps: [{ "prefect.deployments.steps.set_working_directory": { directory: flowsDir } }],
    description: "The flow `npm run demo` runs through the chart's worker.",
  });
}

export async function deleteDeployment(id: string): Promise<void> {
  await prefectApi("DELETE", `/deployments/${id}`).catch(() => undefined);
}

export type { RunState };

export function describeState(state: RunState): string {
  return `${state.type}${state.name.toUpperCase() === state.type ? "" : ` (${state.name})`}${
    state.message ? `: ${state.message}` : ""
  }`;
}

/**
 * Prints each state the run enters, from the run's state history (so a state that lasted less than a poll
 * interval is still shown), until a final one or the deadline. Returns the last state seen.
 */
export async function followRun(
  runId: string,
  options: { timeoutMs: number; onSlow: (state: RunState | undefined, seconds: number) => void },
): Promise<RunState | undefined> {
  const started = Date.now();
  const seen = new Set<string>();
  let last: RunState | undefined;
  let nextHint = 60_000;
  for (;;) {
    const history = await stateHistory(runId).catch(() => [] as RunState[]);
    for (const state of history) {
      if (seen.has(state.id)) continue;
      seen.add(state.id);
      last = state;
      const at = new Date(state.timestamp).toISOString().slice(11, 23);
      say(`  ${at}  ${describeState(state)}`);
    }
    if (last && FINAL_STATE_TYPES.has(last.type)) return last;
    const waited = Date.now() - started;
    if (waited > options.timeoutMs) return last;
    if (waited > nextHint) {
      options.onSlow(last, Math.round(waited / 1000));
      nextHint += 60_000;
    }
    await sleep(500);
  }
}
