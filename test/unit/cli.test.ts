import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { runCli } from "../../src/cli/main.ts";

const packageVersion = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;
const defaultTemplate = JSON.parse(
  readFileSync(new URL("../fixtures/kubernetes-default-base-job-template.json", import.meta.url), "utf8"),
) as unknown;
const flowRun = { id: "9c1f2d4e-1111-4222-8333-444455556666", name: "happy-otter", flow_id: null };

async function cli(argv: string[], stdin = ""): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdin: async () => stdin,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: {},
  });
  return { code, stdout, stderr };
}

test("--version prints package.json's version", async () => {
  const { code, stdout } = await cli(["--version"]);
  assert.equal(code, 0);
  assert.equal(stdout.trim(), packageVersion);
});

test("--help lists the render command", async () => {
  const { code, stdout } = await cli(["--help"]);
  assert.equal(code, 0);
  assert.match(stdout, /prefect-worker render/);
});

test("an unknown command is an error that names it", async () => {
  const { code, stderr } = await cli(["frobnicate"]);
  assert.equal(code, 2);
  assert.match(stderr, /Unknown argument: frobnicate/);
});

test("render prints the Job manifest for a run on the default template", async () => {
  const doc = {
    base_job_template: defaultTemplate,
    flow_run: flowRun,
    env: { PREFECT_API_URL: "http://h/api" },
  };
  const { code, stdout, stderr } = await cli(["render"], JSON.stringify(doc));
  assert.equal(code, 0, stderr);
  const manifest = JSON.parse(stdout) as {
    metadata: { generateName: string; labels: Record<string, string> };
    spec: {
      template: { spec: { containers: { env: { name: string; value?: string }[]; args: string[] }[] } };
    };
  };
  assert.equal(manifest.metadata.generateName, "happy-otter-");
  assert.equal(manifest.metadata.labels["prefect.io/flow-run-id"], flowRun.id);
  const container = manifest.spec.template.spec.containers[0]!;
  assert.deepEqual(container.args, ["prefect", "flow-run", "execute"]);
  const env = Object.fromEntries(container.env.map((e) => [e.name, e.value]));
  assert.equal(env.PREFECT_API_URL, "http://h/api");
  assert.equal(env.PREFECT__FLOW_RUN_ID, flowRun.id);
  assert.equal(env.PREFECT_FLOW_RUN_EXECUTE_SIGTERM_BEHAVIOR, "reschedule");
});

test("render reports the crash message the worker would set for an invalid manifest", async () => {
  const template = structuredClone(defaultTemplate) as {
    job_configuration: { job_manifest: { kind?: string } };
  };
  delete template.job_configuration.job_manifest.kind;
  const { code, stdout, stderr } = await cli(
    ["render"],
    JSON.stringify({ base_job_template: template, flow_run: flowRun }),
  );
  assert.equal(code, 1);
  assert.equal(stdout, "");
  assert.match(
    stderr,
    /^Failed to submit flow run to infrastructure: ValidationError: 1 validation error for KubernetesWorkerJobConfiguration\n.*Job is missing required attributes at the following paths: \/kind /s,
  );
});

test("render names a missing field and rejects non-JSON input", async () => {
  const missing = await cli(["render"], JSON.stringify({ base_job_template: defaultTemplate }));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /missing required field 'flow_run'/);
  const notJson = await cli(["render"], "{nope");
  assert.equal(notJson.code, 2);
  assert.match(notJson.stderr, /stdin is not JSON/);
  const wrongType = await cli(["render"], JSON.stringify({ base_job_template: [], flow_run: flowRun }));
  assert.equal(wrongType.code, 2);
  assert.match(wrongType.stderr, /field 'base_job_template' must be an object/);
});

test("the CLI reads the render document from stdin when run as a process", () => {
  const doc = JSON.stringify({ base_job_template: defaultTemplate, flow_run: flowRun, env: {} });
  const out = execFileSync(
    process.execPath,
    [new URL("../../src/cli/main.ts", import.meta.url).pathname, "render"],
    {
      input: doc,
      encoding: "utf8",
    },
  );
  assert.equal((JSON.parse(out) as { kind: string }).kind, "Job");
});
