// Expected values from BaseJobConfiguration.from_template_and_values / resolve_for_flow_run.
import assert from "node:assert/strict";
import { test } from "node:test";
import { TemplatingError } from "../../src/templating/errors.ts";
import { fromTemplateAndValues } from "../../src/templating/job-configuration.ts";
import { expandDottedKeys, mergeJobVariables, prepareTemplateInput } from "../../src/templating/variables.ts";

test("flow-run env merges into deployment env; other keys override", () => {
  assert.deepEqual(
    mergeJobVariables({ env: { A: "dep", B: "dep" }, image: "d" }, { env: { B: "run" }, image: "r" }),
    {
      env: { A: "dep", B: "run" },
      image: "r",
    },
  );
  assert.deepEqual(mergeJobVariables({ env: ["x"] }, { env: { R: "1" } }), { env: { R: "1" } });
});

test("pool env defaults, dotted keys and nested keys combine", () => {
  const { config, variables } = prepareTemplateInput(
    { env: "{{ env }}", x: "{{ x }}" },
    { env: { default: { POOL: "p", S: "pool" } }, x: { default: null }, y: { default: 3 } },
    { "env.DOT": "d", env: { S: "dep" }, "x.a": 1, x: { b: 2 } },
  );
  assert.deepEqual(variables, { env: { DOT: "d", S: "dep" }, y: 3, x: { a: 1, b: 2 } });
  assert.deepEqual(config.env, { POOL: "p", S: "dep", DOT: "d" });
});

test("the reference's env result", async () => {
  const configuration = await fromTemplateAndValues(
    {
      job_configuration: { env: "{{ env }}", job_manifest: minimalManifest() },
      variables: { properties: { env: { default: { POOL: "p", S: "pool" } } } },
    },
    { "env.DOT": "d", env: { S: "dep" } },
  );
  assert.deepEqual(configuration.env, { POOL: "p", S: "dep", DOT: "d" });
});

test("dotted key through a non-dict value is a TypeError", () => {
  assert.throws(
    () => expandDottedKeys({ "a.b": 1, a: 2, "a.b.c": 3 }),
    (e: unknown) => e instanceof TemplatingError && e.pythonType === "TypeError",
  );
});

function minimalManifest() {
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    spec: {
      template: {
        spec: {
          parallelism: 1,
          completions: 1,
          restartPolicy: "Never",
          containers: [{ name: "prefect-job" }],
        },
      },
    },
  };
}
