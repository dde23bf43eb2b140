// Real Prefect flows for end-to-end tests: a flows module written into a fresh directory per test file,
// deployments whose pull step changes into that directory (pods run as local processes on this host, so
// the default `prefect flow-run execute` finds the module there), runs of them, and waits on their states.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { uniqueName } from "./k8s.ts";
import { prefectApi } from "./prefect.ts";
import type { Ids } from "./prefect-fixtures.ts";

/**
 * The flows. Each is named after its function as Prefect would name it (`_` becomes `-`), so the flow a
 * deployment is registered under is the flow the pod loads. Prints go to the API too (`log_prints`).
 */
export const FLOWS_PY = `import os
import signal
import time

from prefect import flow


@flow(name="hello", log_prints=True)
def hello(name: str = "world") -> str:
    print(f"hello, {name}!")
    return f"hello, {name}"


@flow(name="boom", log_prints=True)
def boom() -> None:
    print("about to raise")
    raise ValueError("boom: this flow fails on purpose")


@flow(name="sleepy", log_prints=True)
def sleepy(seconds: float = 600) -> int:
    ticks = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ticks += 1
        print(f"sleepy: tick {ticks}")
        time.sleep(1)
    return ticks


@flow(name="ignore-sigterm", log_prints=True)
def ignore_sigterm(seconds: float = 600) -> None:
    # os.write, not print: a signal handler must not take the logging locks the interrupted code may hold.
    signal.signal(signal.SIGTERM, lambda *_: os.write(1, b"ignore-sigterm: SIGTERM ignored\\n"))
    print("ignore-sigterm: SIGTERM handler installed")
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        time.sleep(1)


@flow(name="chatty", log_prints=True)
def chatty(lines: int = 10, delay: float = 0.5) -> int:
    for i in range(1, lines + 1):
        print(f"chatty line {i} of {lines}")
        time.sleep(delay)
    return lines
`;

export const FLOW_ENTRYPOINTS = {
  hello: "flows.py:hello",
  boom: "flows.py:boom",
  sleepy: "flows.py:sleepy",
  ignoreSigterm: "flows.py:ignore_sigterm",
  chatty: "flows.py:chatty",
} as const;

/** A fresh directory holding flows.py; remove it with removeFlowsDir. */
export function writeFlowsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "e2e-flows-"));
  writeFileSync(join(dir, "flows.py"), FLOWS_PY);
  return dir;
}

export function removeFlowsDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The flow name Prefect gives the function an entrypoint names ("flows.py:ignore_sigterm" → "ignore-sigterm"). */
export function flowNameOf(entrypoint: string): string {
  const fn = entrypoint.slice(entrypoint.lastIndexOf(":") + 1);
  return fn.replaceAll("_", "-");
}

export interface FlowDeployment extends Ids {
  flow_id: string;
}

/** Registers the entrypoint's flow (flows are upserted by name) and a deployment that pulls from `dir`. */
export async function createFlowDeployment(options: {
  pool: string;
  name: string;
  entrypoint: string;
  jobVariables: Record<string, unknown>;
  parameters?: Record<string, unknown>;
  dir: string;
  queue?: string;
}): Promise<FlowDeployment> {
  const flow = await prefectApi<Ids>("POST", "/flows/", { name: flowNameOf(options.entrypoint) });
  return prefectApi<FlowDeployment>("POST", "/deployments/", {
    name: options.name,
    flow_id: flow.id,
    work_pool_name: options.pool,
    ...(options.queue ? { work_queue_name: options.queue } : {}),
    job_variables: options.jobVariables,
    parameters: options.parameters ?? {},
    // The deployment carries no parameter schema; the flow's signature validates what it gets.
    enforce_parameter_schema: false,
    entrypoint: options.entrypoint,
    pull_steps: [{ "prefect.deployments.steps.set_working_directory": { directory: options.dir } }],
  });
}

/** A run of the deployment, SCHEDULED and due now, as `prefect deployment run` makes it. */
export async function runDeployment(
  deploymentId: string,
  options: {
    parameters?: Record<string, unknown>;
    jobVariables?: Record<string, unknown>;
    name?: string;
  } = {},
): Promise<Ids> {
  return prefectApi<Ids>("POST", `/deployments/${deploymentId}/create_flow_run`, {
    ...(options.name ? { name: options.name } : {}),
    ...(options.parameters ? { parameters: options.parameters } : {}),
    ...(options.jobVariables ? { job_variables: options.jobVariables } : {}),
    state: {
      type: "SCHEDULED",
      name: "Scheduled",
      state_details: { scheduled_time: new Date().toISOString() },
    },
  });
}

export interface RunState {
  id: string;
  type: string;
  name: string;
  message: string | null;
  timestamp: string;
  state_details?: Record<string, unknown>;
}

export interface FlowRun {
  id: string;
  name: string;
  deployment_id: string | null;
  flow_id: string;
  infrastructure_pid: string | null;
  labels: Record<string, unknown>;
  parameters: Record<string, unknown>;
  state: RunState | null;
}

export async function readFlowRun(runId: string): Promise<FlowRun> {
  return prefectApi<FlowRun>("GET", `/flow_runs/${runId}`);
}

/** Final state types: the run will not move again on its own. */
export const FINAL_STATE_TYPES = new Set(["COMPLETED", "FAILED", "CRASHED", "CANCELLED"]);

export function isFinal(run: FlowRun): boolean {
  return run.state !== null && FINAL_STATE_TYPES.has(run.state.type);
}

/**
 * Polls the run until `predicate` holds and returns it. Throws on timeout with the run's state history,
 * which is what one needs to see why it never got there.
 */
export async function waitForState(
  runId: string,
  predicate: (run: FlowRun) => boolean,
  timeoutMs = 60_000,
): Promise<FlowRun> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await readFlowRun(runId);
    if (predicate(run)) return run;
    if (Date.now() > deadline) {
      const history = await stateHistory(runId).catch(() => []);
      throw new Error(
        `flow run ${runId} did not reach the expected state within ${timeoutMs / 1000}s; ` +
          `now ${describeState(run.state)}; history: ${history.map(describeState).join(" → ") || "(none)"}`,
      );
    }
    await sleep(500);
  }
}

/** Waits for the run to reach a final state (any) and returns it. */
export function waitForFinalState(runId: string, timeoutMs = 60_000): Promise<FlowRun> {
  return waitForState(runId, isFinal, timeoutMs);
}

/** Every state the run has been in, oldest first. */
export async function stateHistory(runId: string): Promise<RunState[]> {
  const states = await prefectApi<RunState[]>("GET", `/flow_run_states/?flow_run_id=${runId}`);
  return states.sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
}

/** "TYPE/Name (message)" — for assertion messages. */
export function describeState(state: RunState | null): string {
  if (!state) return "(no state)";
  return `${state.type}/${state.name}${state.message ? ` (${state.message})` : ""}`;
}

/** Deletes the deployments (their scheduled runs go with them) and the flows directory. */
export async function cleanupFlows(options: { dir?: string; deploymentIds?: string[] }): Promise<void> {
  for (const id of options.deploymentIds ?? []) {
    await prefectApi("DELETE", `/deployments/${id}`).catch(() => undefined);
  }
  if (options.dir) removeFlowsDir(options.dir);
}

/**
 * A test file's way to deploy flows: every deployment runs its Jobs in the file's namespace, pulls from its
 * flows directory (both known only once `before` has run, hence the getter) and is recorded for cleanupFlows.
 */
export function flowDeployer(files: () => { namespace: string; dir: string }, deploymentIds: string[]) {
  return async (
    pool: string,
    entrypoint: string,
    jobVariables: Record<string, unknown> = {},
    parameters?: Record<string, unknown>,
  ): Promise<FlowDeployment> => {
    const { namespace, dir } = files();
    const deployment = await createFlowDeployment({
      pool,
      name: uniqueName("dep"),
      entrypoint,
      jobVariables: { namespace, ...jobVariables },
      ...(parameters ? { parameters } : {}),
      dir,
    });
    deploymentIds.push(deployment.id);
    return deployment;
  };
}
