// chart-testing lints the chart as the official chart's CI does (ct lint: Chart.yaml against ct's chart
// schema, yamllint on Chart.yaml and values.yaml, helm lint with every ci/*-values.yaml), offline with the
// project's ci/ct.yaml; and it does catch problems: broken copies of the chart fail.
import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { chartPath, runTool } from "../harness/helm.ts";
import { repoRoot } from "../harness/paths.ts";

const ctLint = (chart: string) => runTool("ct", ["lint", "--config", "ci/ct.yaml", "--charts", chart]);

describe("ct lint", () => {
  test("passes the chart, linting it with every ci/*-values.yaml", async () => {
    const ciValues = readdirSync(join(repoRoot, chartPath, "ci")).filter((f) => f.endsWith("-values.yaml"));
    assert.ok(ciValues.length > 0, "charts/prefect-worker/ci has no *-values.yaml files");
    const { code, output } = await ctLint(chartPath);
    assert.equal(code, 0, output);
    assert.match(output, /All charts linted successfully/);
    for (const file of ciValues)
      assert.ok(output.includes(`ci/${file}`), `${file} was not linted:\n${output}`);
  });

  describe("fails a broken copy of the chart", () => {
    let scratch = "";
    before(() => {
      scratch = mkdtempSync(join(tmpdir(), "ct-lint-"));
    });
    after(() => rmSync(scratch, { recursive: true, force: true }));

    function copyOfChart(name: string): string {
      const copy = join(scratch, name, "prefect-worker");
      cpSync(join(repoRoot, chartPath), copy, { recursive: true });
      return copy;
    }

    test("values.yaml that yamllint rejects", async () => {
      const copy = copyOfChart("yamllint");
      appendFileSync(join(copy, "values.yaml"), "# a comment with trailing spaces   \n");
      const { code, output } = await ctLint(copy);
      assert.notEqual(code, 0, output);
      assert.match(output, /trailing spaces/);
    });

    test("a ci values file the schema rejects", async () => {
      const copy = copyOfChart("schema");
      writeFileSync(
        join(copy, "ci/typo-values.yaml"),
        "worker:\n  replicaCont: 2\n  config:\n    workPool: ci-pool\n" +
          "  cloudApiConfig:\n    accountId: ci-account\n    workspaceId: ci-workspace\n",
      );
      const { code, output } = await ctLint(copy);
      assert.notEqual(code, 0, output);
      assert.match(output, /replicaCont/);
    });

    test("Chart.yaml that ct's chart schema rejects", async () => {
      const copy = copyOfChart("chart-schema");
      appendFileSync(join(copy, "Chart.yaml"), "icon: 42\n");
      const { code, output } = await ctLint(copy);
      assert.notEqual(code, 0, output);
      assert.match(output, /icon/);
    });
  });
});
