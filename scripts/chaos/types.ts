// What every chaos scenario takes and gives back. A scenario stages one fault against the real stack,
// then counts what happened to its flow runs (outcome.ts) and states its checks; chaos.ts prints them.
import type * as k8s from "@kubernetes/client-node";

export interface ChaosOptions {
  /** Bounded counts and times for the test suite (each scenario picks its own small numbers). */
  quick: boolean;
  /** Scenario 9's length. */
  soakMinutes: number;
  /** Scenario ids to run (default: all, in order). */
  only: number[] | undefined;
}

export interface ChaosContext {
  options: ChaosOptions;
  kc: k8s.KubeConfig;
  /** This run's directory for worker logs and artefacts. */
  outDir: string;
  progress: (message: string) => void;
}

export interface Check {
  name: string;
  ok: boolean;
  /** The figure or the example behind it, for the report. */
  detail: string;
}

/** The table's columns; `null` where a figure does not apply to the scenario. */
export interface ScenarioFigures {
  runs: number;
  /** Runs with no Job and no final state (nor, where the scenario allows it, back in SCHEDULED). */
  lost: number | null;
  /** Jobs beyond the first for one flow run. */
  duplicates: number | null;
  /** Runs PENDING or CANCELLING at the end. */
  stranded: number | null;
  /** Fault lifted → every run accounted for (or the scenario's own recovery mark). */
  recoverSeconds: number | null;
}

export interface ScenarioReport extends ScenarioFigures {
  /** Figures the table does not show but the JSON line carries (spread, samples, case counts). */
  extra: Record<string, unknown>;
  checks: Check[];
  /** A short line for the table's "notes" column. */
  note?: string;
}

export interface ScenarioResult extends ScenarioReport {
  id: number;
  name: string;
  seconds: number;
  passed: boolean;
  /** Set when the scenario itself could not be carried out (a harness failure, not a finding). */
  error?: string;
}

export interface Scenario {
  id: number;
  name: string;
  run(ctx: ChaosContext): Promise<ScenarioReport>;
}

export function check(name: string, ok: boolean, detail: string): Check {
  return { name, ok, detail };
}
