// `prefect-worker render` resolves `{{ prefect.variables.* }}` through the API named by PREFECT_API_URL,
// and needs no API at all when the template has no references.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { uniqueName } from "../harness/k8s.ts";
import { repoRoot } from "../harness/paths.ts";
import { prefectApi } from "../harness/prefect.ts";
import { defaultBaseJobTemplate } from "../harness/prefect-fixtures.ts";
import { readStackEnv } from "../harness/stack/state.ts";

function render(document: unknown, env: Record<string, string>) {
  return spawnSync(process.execPath, [join(repoRoot, "src/cli/main.ts"), "render"], {
    input: JSON.stringify(document),
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...env },
  });
}

const flowRun = {
  id: "0b4d7a42-5a36-4bd8-9a77-0c6c8a2d1d11",
  name: "calm-heron",
  flow_id: crypto.randomUUID(),
};

test("render resolves a Prefect variable in a job variable through the API", async () => {
  const name = uniqueName("img").replaceAll("-", "_");
  await prefectApi("POST", "/variables/", { name, value: "registry.example/flows:7" });
  const document = {
    base_job_template: defaultBaseJobTemplate(),
    flow_run: { ...flowRun, job_variables: { image: `{{ prefect.variables.${name} }}` } },
    env: {},
  };
  const result = render(document, { PREFECT_API_URL: readStackEnv().prefectApiUrl });
  assert.equal(result.status, 0, result.stderr);
  const manifest = JSON.parse(result.stdout) as {
    spec: { template: { spec: { containers: { image: string }[] } } };
  };
  assert.equal(manifest.spec.template.spec.containers[0]!.image, "registry.example/flows:7");

  const withoutApi = render(document, {});
  assert.equal(withoutApi.status, 2);
  assert.match(withoutApi.stderr, /PREFECT_API_URL must be set/);
});

test("render without references needs no API", () => {
  const result = render({ base_job_template: defaultBaseJobTemplate(), flow_run: flowRun, env: {} }, {});
  assert.equal(result.status, 0, result.stderr);
});
