// `npm run bench -- --quick` end to end: the benchmark's smoke test on the running stack. It checks that
// every figure was measured — for ours, the reference and the floors — as a finite number in the table and
// in the JSON line. It asserts no timing or ratio: a benchmark on a shared machine informs, it does not gate.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, test } from "node:test";
import type { Results } from "../../scripts/bench/report.ts";
import type { TreeSample } from "../../scripts/bench/procfs.ts";
import { repoRoot } from "../harness/paths.ts";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runQuickBench(): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, "scripts/bench.ts"), "--quick"], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Table rows by label (trimmed), cells split on runs of two or more spaces. */
function tableRows(stdout: string): Map<string, string[]>[] {
  const lines = stdout.split("\n");
  const header = lines.findIndex((line) => /^figure\s+ours\s+reference\s+floor\s+ratio\(s\)/.test(line));
  assert.ok(header >= 0, `no table header in:\n${stdout}`);
  // Labels repeat ("  RssAnon, MiB" under each memory figure): keep the rows in order, grouped by figure.
  const groups: Map<string, string[]>[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.trim()) break;
    const cells = line.trim().split(/\s{2,}/);
    if (!line.startsWith(" ")) groups.push(new Map());
    groups.at(-1)!.set(cells[0]!, cells.slice(1));
  }
  return groups;
}

function finite(value: unknown, what: string): void {
  assert.equal(typeof value, "number", `${what} is not a number: ${JSON.stringify(value)}`);
  assert.ok(Number.isFinite(value), `${what} is not finite: ${String(value)}`);
}

function finiteCell(cell: string | undefined, what: string): void {
  assert.ok(cell !== undefined, `${what}: no cell`);
  finite(Number.parseFloat(cell), `${what} (${cell})`);
}

describe("npm run bench -- --quick", { timeout: 15 * 60_000 }, () => {
  test("every figure has a finite number for ours, the reference and the floor", async () => {
    const run = await runQuickBench();
    assert.equal(run.code, 0, `the benchmark failed:\n${run.stdout}\n${run.stderr.slice(-4000)}`);

    // The table: the figures that have all three columns, and the start-up row that has two.
    const groups = tableRows(run.stdout);
    const group = (prefix: RegExp) => {
      const found = groups.find((g) => [...g.keys()].some((label) => prefix.test(label)));
      assert.ok(found, `no table row matching ${prefix}:\n${run.stdout}`);
      return found;
    };
    const threeColumns = (prefix: RegExp, sublabels: string[] = []) => {
      const g = group(prefix);
      const main = [...g.entries()].find(([label]) => prefix.test(label))!;
      for (const [label, cells] of [main, ...sublabels.map((s) => [s, g.get(s)] as const)]) {
        assert.ok(cells, `no row ${label} under ${prefix}`);
        finiteCell(cells[0], `${label}: ours`);
        finiteCell(cells[1], `${label}: reference`);
        finiteCell(cells[2], `${label}: floor`);
      }
    };
    threeColumns(/^start-up: process start -> first poll/);
    const readyz = [...group(/^start-up: process start -> ours \/readyz/).entries()].find(([label]) =>
      label.includes("/readyz"),
    )!;
    finiteCell(readyz[1][0], "readyz: ours");
    finiteCell(readyz[1][1], "health: reference");
    const memory = ["RssAnon, MiB", "RssFile, MiB"];
    threeColumns(/^idle .* after the first poll: VmRSS, MiB$/, memory);
    threeColumns(/^burst of \d+: peak: VmRSS, MiB$/, memory);
    threeColumns(/^\d+ live Jobs \+ Pending pods: VmRSS, MiB$/, memory);
    threeColumns(/^soak .*: VmRSS slope, MiB\/min$/, ["RssAnon slope, MiB/min"]);
    const bursts = groups.filter((g) =>
      [...g.keys()].some((l) => /^burst of \d+: due runs -> every run/.test(l)),
    );
    assert.equal(bursts.length, 2, "the long and the short burst");
    for (const g of bursts) {
      const [label, cells] = [...g.entries()][0]!;
      finiteCell(cells[0], `${label}: ours`);
      finiteCell(cells[1], `${label}: reference`);
      finiteCell(cells[2], `${label}: floor`);
    }
    const crash = group(/^crash: /);
    const p50 = [...crash.entries()].find(([label]) => label.includes("Crashed p50"))!;
    finiteCell(p50[1][0], "crash p50: ours");
    finiteCell(p50[1][1], "crash p50: reference");

    // The JSON line: the same figures, unrounded.
    const jsonLine = run.stdout
      .split("\n")
      .reverse()
      .find((line) => line.startsWith("{"));
    assert.ok(jsonLine, "no JSON line");
    const report = JSON.parse(jsonLine) as { database: unknown; results: Results };
    assert.equal(typeof report.database, "string");
    const { workers, floorSubmit, live } = report.results;
    assert.ok(floorSubmit && live, "no throughput floor or live-Jobs results");
    assert.deepEqual(workers.map((w) => w.kind).sort(), ["python", "ts"]);
    const memoryFields: (keyof TreeSample)[] = ["rssKiB", "rssAnonKiB", "rssFileKiB"];
    for (const w of workers) {
      const k = w.kind;
      finite(w.startup?.firstPollMs, `${k} first poll`);
      finite(w.startup?.healthOkMs, `${k} health 200`);
      for (const field of memoryFields) {
        finite(w.idle?.[field], `${k} idle ${field}`);
        finite(w.floorIdle?.[field], `floor at ${k}'s idle sample ${field}`);
        finite(w.burst?.peak?.[field], `${k} burst peak ${field}`);
        finite(w.burst?.floorPeak?.[field], `floor during ${k}'s burst ${field}`);
      }
      finite(w.burst?.allJobsSeconds, `${k} burst seconds`);
      finite(w.burst?.runsCrashed, `${k} burst crashed`);
      finite(w.tail?.allJobsSeconds, `${k} short burst seconds`);
      finite(w.tailAnalysis?.retries?.count, `${k} short burst retries`);
      finite(w.crash?.fromFailedCondition?.p50, `${k} crash p50`);
      const side = live.workers.find((l) => l.kind === k);
      for (const field of memoryFields) finite(side?.sample?.[field], `${k} live ${field}`);
      finite(side?.soak?.slopeMiBPerMin, `${k} soak slope`);
    }
    finite(floorSubmit.startup?.firstPollMs, "floor first poll");
    finite(floorSubmit.burst?.allJobsSeconds, "floor burst seconds");
    finite(floorSubmit.burst?.runsCrashed, "floor burst crashed");
    finite(floorSubmit.tail?.allJobsSeconds, "floor short burst seconds");
    for (const field of memoryFields) finite(live.floor?.sample?.[field], `floor live ${field}`);
    finite(live.floor?.soak?.slopeMiBPerMin, "floor soak slope");
  });
});
