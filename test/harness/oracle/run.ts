// Runs test/harness/oracle/render.py: one Python process per distinct worker environment, since Prefect
// reads its settings from the process environment once, at import.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parsePythonJson } from "../../../src/templating/index.ts";
import { referencePython } from "../reference-venv.ts";

export interface OracleCase {
  base_job_template: unknown;
  work_pool?: unknown;
  deployment?: unknown;
  flow?: unknown;
  flow_run: unknown;
  worker_name?: string;
  worker_id?: string;
  /** Resolve block and variable references through the API at the case env's PREFECT_API_URL. */
  resolve_references?: boolean;
  /** The worker's environment (only this, plus PATH, is visible to the reference). */
  env?: Record<string, string>;
}

export type OracleResult =
  | { manifest: Record<string, unknown>; namespace: string; configuration: Record<string, unknown> }
  | { error: { type: string; message: string } };

const script = join(import.meta.dirname, "render.py");

export function runOracle(cases: OracleCase[]): OracleResult[] {
  const python = referencePython();
  // An empty HOME and cwd: no Prefect profile, .env or prefect.toml can leak into the settings.
  const home = mkdtempSync(join(tmpdir(), "prefect-oracle-"));
  const results = new Array<OracleResult>(cases.length);
  const groups = new Map<string, number[]>();
  cases.forEach((c, i) => {
    const key = JSON.stringify(c.env ?? {});
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  for (const [envKey, indices] of groups) {
    const payload = JSON.stringify(indices.map((i) => ({ ...cases[i], env: undefined })));
    const out = spawnSync(python, [script], {
      input: payload,
      cwd: home,
      env: { PATH: "/usr/bin:/bin", HOME: home, ...(JSON.parse(envKey) as Record<string, string>) },
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    if (out.status !== 0) throw new Error(`oracle failed (${out.status}): ${out.stderr}`);
    const parsed = parsePythonJson(out.stdout) as OracleResult[];
    indices.forEach((caseIndex, j) => (results[caseIndex] = parsed[j]!));
  }
  return results;
}
