// The chart's helm-unittest suites (charts/prefect-worker/tests) run through helm's unittest plugin and pass,
// every `it:` case in them actually runs (a suite that silently stops running cases fails here), each
// template has its suite, and checksum/config — which helm-unittest cannot compare across renders — follows
// the inline base job template.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { chartPath, helm } from "../harness/helm.ts";
import { repoRoot } from "../harness/paths.ts";

const chartDir = join(repoRoot, chartPath);
const testsDir = join(chartDir, "tests");

function suiteFiles(): string[] {
  return readdirSync(testsDir)
    .filter((f) => f.endsWith("_test.yaml"))
    .sort();
}

/** `- it:` entries, the way helm-unittest lists test cases (comment lines do not match). */
function caseCount(file: string): number {
  return readFileSync(join(testsDir, file), "utf8")
    .split("\n")
    .filter((line) => /^\s*- it:/.test(line)).length;
}

/** The numbers on one of helm-unittest's summary lines, e.g. "Tests:  1 failed, 294 passed, 295 total". */
function summary(output: string, label: string): Record<string, number> {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\x1b\[[0-9;]*m/g, "");
  const line = plain.split("\n").find((l) => l.trimStart().startsWith(`${label}:`));
  assert.ok(line, `helm unittest printed no "${label}:" line:\n${output}`);
  const counts: Record<string, number> = {};
  for (const [, n, what] of line.matchAll(/(\d+) (\w+)/g)) counts[what!] = Number(n);
  return counts;
}

describe("helm unittest charts/prefect-worker", () => {
  test("passes, running at least every it: case of every suite", async () => {
    const files = suiteFiles();
    const declared = files.reduce((sum, f) => sum + caseCount(f), 0);
    assert.ok(declared > 0, "no test cases found");

    const { code, output } = await helm(["unittest", chartPath]);
    assert.equal(code, 0, output);

    const tests = summary(output, "Tests");
    assert.ok(
      (tests.total ?? 0) >= declared,
      `helm unittest ran ${tests.total} tests, the suites declare ${declared}:\n${output}`,
    );
    assert.equal(tests.passed, tests.total, output);
    const suites = summary(output, "Test Suites");
    assert.equal(suites.passed, files.length, `expected ${files.length} suites to pass:\n${output}`);
  });

  test("has one suite per template and no snapshot asserts", () => {
    const templates = readdirSync(join(chartDir, "templates")).filter((f) => !f.startsWith("_"));
    const files = suiteFiles();
    for (const template of templates) {
      const suite = `${template.replace(/\.(yaml|txt)$/, "").toLowerCase()}_test.yaml`;
      assert.ok(files.includes(suite), `templates/${template} has no tests/${suite}`);
    }
    for (const file of files) {
      assert.doesNotMatch(readFileSync(join(testsDir, file), "utf8"), /matchSnapshot/, file);
    }
  });
});

describe("checksum/config", () => {
  const scratch = mkdtempSync(join(tmpdir(), "chart-checksum-"));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  /** A base job template file for --set-file (what users do), its command the only difference. */
  const templateFile = (command: string): string => {
    const file = join(scratch, `${command}.json`);
    writeFileSync(
      file,
      JSON.stringify({ job_configuration: { command }, variables: { properties: {} } }, null, 2) + "\n",
    );
    return file;
  };
  const templateA = templateFile("a");
  const templateB = templateFile("b");

  const template =
    (configurationFile: string | undefined, extra: string[] = []) =>
    async () => {
      const args = [
        "template",
        "test",
        chartPath,
        "--namespace",
        "prefect",
        "--show-only",
        "templates/deployment.yaml",
        "--set",
        "worker.config.workPool=my-work-pool",
        "--set",
        "worker.cloudApiConfig.accountId=my-account-id",
        "--set",
        "worker.cloudApiConfig.workspaceId=my-workspace-id",
        ...extra,
      ];
      if (configurationFile !== undefined) {
        args.push("--set-file", `worker.config.baseJobTemplate.configuration=${configurationFile}`);
      }
      const { code, output, stdout } = await helm(args);
      assert.equal(code, 0, output);
      const match = /checksum\/config: "?([0-9a-f]{64})"?/.exec(stdout);
      assert.ok(match, `no checksum/config annotation in:\n${stdout}`);
      return match[1]!;
    };

  test("changes when the inline base job template changes", async () => {
    const [a, b] = await Promise.all([template(templateA)(), template(templateB)()]);
    assert.notEqual(a, b);
  });

  test("is the same for the same template", async () => {
    const [a, again] = await Promise.all([template(templateA)(), template(templateA)()]);
    assert.equal(a, again);
  });

  test("differs between no template and an inline one", async () => {
    const [none, a] = await Promise.all([template(undefined)(), template(templateA)()]);
    assert.notEqual(none, a);
  });

  test("does not see an existing ConfigMap (nothing of it is rendered)", async () => {
    const [none, existing] = await Promise.all([
      template(undefined)(),
      template(undefined, ["--set", "worker.config.baseJobTemplate.existingConfigMapName=my-template"])(),
    ]);
    assert.equal(none, existing);
  });
});
