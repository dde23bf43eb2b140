// The chaos table (one row a scenario, the checks below it) and the JSON line.
import type { ScenarioResult } from "./types.ts";

const figure = (value: number | null): string => (value === null ? "-" : String(value));

export function chaosTable(results: ScenarioResult[]): string {
  const header = ["scenario", "runs", "lost", "duplicate Jobs", "stranded", "time to recover", "result"];
  const rows = results.map((r) => [
    `${r.id}. ${r.name}`,
    String(r.runs),
    figure(r.lost),
    figure(r.duplicates),
    figure(r.stranded),
    r.recoverSeconds === null ? "-" : `${r.recoverSeconds.toFixed(1)} s`,
    r.error ? "ERROR" : r.passed ? "pass" : "FAIL",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  const out = [line(header), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...rows.map(line)];
  out.push("");
  for (const r of results) {
    out.push(`${r.id}. ${r.name} (${r.seconds.toFixed(0)} s)${r.note ? `: ${r.note}` : ""}`);
    if (r.error) out.push(`   ERROR ${r.error}`);
    for (const c of r.checks) out.push(`   ${c.ok ? "ok  " : "FAIL"} ${c.name}: ${c.detail}`);
  }
  return out.join("\n");
}

export function chaosJson(results: ScenarioResult[], meta: Record<string, unknown>): string {
  return JSON.stringify({ chaos: { ...meta, scenarios: results } });
}
