// Messages checked against KubernetesWorkerJobConfiguration (pydantic 2.14) in the reference venv.
import assert from "node:assert/strict";
import { test } from "node:test";
import { TemplatingError } from "../../src/templating/errors.ts";
import { validateJobConfiguration } from "../../src/templating/validation.ts";

const jm = () => ({
  apiVersion: "batch/v1",
  kind: "Job",
  spec: {
    template: {
      spec: { parallelism: 1, completions: 1, restartPolicy: "Never", containers: [{ name: "prefect-job" }] },
    },
  },
});

function message(input: Record<string, unknown>): [string, string] {
  try {
    validateJobConfiguration(input);
  } catch (e) {
    if (e instanceof TemplatingError) return [e.pythonType, e.message];
    throw e;
  }
  return ["", "OK"];
}

test("missing manifest paths, with pydantic's truncated input repr", () => {
  assert.deepEqual(message({ job_manifest: { a: "x".repeat(100), b: 1 } }), [
    "ValidationError",
    "1 validation error for KubernetesWorkerJobConfiguration\n  Value error, Job is missing required attributes at the following paths: /apiVersion, /kind, /spec [type=value_error, input_value={'job_manifest': {'a': 'x...xxxxxxxxxxxxx', 'b': 1}}, input_type=dict]\n    For further information visit https://errors.pydantic.dev/2.14/v/value_error",
  ]);
});

test("field errors in field order", () => {
  const [type, text] = message({
    job_manifest: jm(),
    labels: { a: 1.5 },
    namespace: 5,
    env: [1],
    command: 3,
    cluster_config: { config: {} },
    pod_watch_timeout_seconds: 1.5,
    stream_output: "maybe",
  });
  assert.equal(type, "ValidationError");
  assert.deepEqual(
    text.split("\n").filter((l) => !l.startsWith(" ")),
    [
      "8 validation errors for KubernetesWorkerJobConfiguration",
      "command",
      "env.dict[str,nullable[str]]",
      "env.list[dict[str,any]].0",
      "labels.a",
      "namespace",
      "cluster_config.context_name",
      "pod_watch_timeout_seconds",
      "stream_output",
    ],
  );
  assert.ok(
    text.includes(
      "  Input should be a valid integer, got a number with a fractional part [type=int_from_float, input_value=1.5, input_type=float]",
    ),
  );
});

test("a non-mapping env is an AttributeError", () => {
  assert.deepEqual(message({ job_manifest: jm(), env: "abc" }), [
    "AttributeError",
    "'str' object has no attribute 'items'",
  ]);
});

test("lax coercions and defaults", () => {
  const c = validateJobConfiguration({
    job_manifest: jm(),
    stream_output: "yes",
    pod_watch_timeout_seconds: "7",
    command: "",
  });
  assert.equal(c.stream_output, true);
  assert.equal(c.pod_watch_timeout_seconds, 7);
  assert.equal(c.command, null);
  assert.equal(c.namespace, "default");
  assert.deepEqual(c.job_manifest.metadata as object, { annotations: {}, labels: {}, namespace: "default" });
});
