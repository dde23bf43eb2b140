// The chart tooling is real and configured: helm assumes Kubernetes 1.36 (version ldflags), helm-unittest
// runs as a helm plugin offline and reports failures, chart-testing lints with yamllint and yamale, and
// helm installs into the local cluster.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { runTool } from "../harness/helm.ts";
import { uniqueName } from "../harness/k8s.ts";

const chart = "test/fixtures/charts/tooling-probe";

// Every tool runs from the repository root with the stack's tool environment (test/harness/helm.ts).
const tool = runTool;

describe("chart tooling", () => {
  const releases: string[] = [];
  after(async () => {
    for (const release of releases) await tool("helm", ["uninstall", release, "--namespace", "default"]);
  });

  test("helm template assumes Kubernetes v1.36 without a cluster", async () => {
    const { code, output } = await tool("helm", ["template", "probe", chart]);
    assert.equal(code, 0, output);
    assert.match(output, /kubeVersion: "v1\.36\.0"/);
  });

  test("helm lint passes the probe chart", async () => {
    const { code, output } = await tool("helm", ["lint", chart, "--strict"]);
    assert.equal(code, 0, output);
  });

  test("helm unittest runs offline as a plugin and passes the probe's tests", async () => {
    const { code, output } = await tool("helm", ["unittest", chart]);
    assert.equal(code, 0, output);
    assert.match(output, /Tests:\s+1 passed, 1 total/);
  });

  test("helm unittest exits non-zero on a failing assertion", async () => {
    const { code, output } = await tool("untt", ["-f", "tests/deliberately_failing.yaml", chart]);
    assert.notEqual(code, 0, output);
    assert.match(output, /1 failed/);
  });

  test("ct lint passes offline with the project config, yamllint and yamale", async () => {
    const { code, output } = await tool("ct", ["lint", "--config", "ci/ct.yaml", "--charts", chart]);
    assert.equal(code, 0, output);
    assert.match(output, /All charts linted successfully/);
  });

  test("ct lint fails when yamllint rejects values.yaml", async () => {
    const broken = mkdtempSync(join(tmpdir(), "ct-broken-"));
    try {
      cpSync(chart, join(broken, "tooling-probe"), { recursive: true });
      writeFileSync(join(broken, "tooling-probe/values.yaml"), "---\ngreeting: hello   \ngreeting: twice\n");
      const { code, output } = await tool("ct", [
        "lint",
        "--config",
        "ci/ct.yaml",
        "--charts",
        join(broken, "tooling-probe"),
      ]);
      assert.notEqual(code, 0, output);
      assert.match(output, /trailing spaces|duplication of key/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  test("helm installs into the local cluster, which reports v1.36.x", async () => {
    const release = uniqueName("probe");
    releases.push(release);
    const { code, output } = await tool("helm", [
      "install",
      release,
      chart,
      "--namespace",
      "default",
      "--wait",
    ]);
    assert.equal(code, 0, output);
    const manifest = await tool("helm", ["get", "manifest", release, "--namespace", "default"]);
    assert.match(manifest.output, /kubeVersion: "v1\.36\.\d+"/);
  });
});
