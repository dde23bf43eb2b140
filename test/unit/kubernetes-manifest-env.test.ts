// Pure pieces of the secret handling and Job creation: names (expected values computed with
// prefect-kubernetes 0.7.12's `_slugify_name` and `str.rstrip`), env splitting and the retry wait.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { infrastructurePid, retryDelayMs } from "../../src/kubernetes/jobs.ts";
import {
  apiKeySecretName,
  envSecretName,
  plainEnvValue,
  referenceSecret,
  splitPlainEnv,
} from "../../src/kubernetes/manifest-env.ts";

function job(env: unknown[]): object {
  return { spec: { template: { spec: { containers: [{ name: "prefect-job", env }] } } } };
}

describe("apiKeySecretName", () => {
  const cases: [string, string][] = [
    ["my-worker", "prefect-my-worker-api-key"],
    ["My Worker", "prefect-my-worker-api-key"],
    ["Ünïcode Wörker_01", "prefect-unicode-worker-01-api-key"],
    ["worker.with.dots", "prefect-worker-with-dots-api-key"],
    ["---x---", "prefect-x-api-key"],
    ["a".repeat(60), `prefect-${"a".repeat(45)}-api-key`],
    [
      "KubernetesWorker 0f3c1d2e-aaaa-bbbb-cccc-123456789012",
      "prefect-kubernetesworker-0f3c1d2e-aaaa-bbbb-cccc-1234-api-key",
    ],
    // Python formats the empty slug (None) into the name.
    ["!!!", "prefect-None-api-key"],
  ];
  for (const [worker, expected] of cases) {
    test(`${JSON.stringify(worker)} → ${expected}`, () => assert.equal(apiKeySecretName(worker), expected));
  }
});

describe("envSecretName", () => {
  test("strips every trailing '-' of generateName", () => {
    assert.equal(envSecretName("my-run--", "0123abcd"), "my-run-env-0123abcd");
  });
  test("a manifest without generateName uses prefect-job", () => {
    assert.equal(envSecretName(undefined, "0123abcd"), "prefect-job-env-0123abcd");
  });
});

describe("env rewriting", () => {
  test("the first entry of a name gives the value, even when a later one has it", () => {
    const manifest = job([
      { name: "K", valueFrom: {} },
      { name: "K", value: "v" },
    ]);
    assert.equal(plainEnvValue(manifest, "K"), undefined);
    assert.equal(plainEnvValue(job([{ name: "K", value: "v" }]), "K"), "v");
  });

  test("referenceSecret replaces every entry of that name and adds none", () => {
    const manifest = job([
      { name: "K", value: "1" },
      { name: "O", value: "2" },
      { name: "K", value: "3" },
    ]);
    referenceSecret(manifest, "K", "s", "key");
    const ref = { name: "K", valueFrom: { secretKeyRef: { name: "s", key: "key" } } };
    assert.deepEqual(plainEnvOf(manifest), [ref, { name: "O", value: "2" }, ref]);
    const without = job([{ name: "O", value: "2" }]);
    referenceSecret(without, "K", "s", "key");
    assert.deepEqual(plainEnvOf(without), [{ name: "O", value: "2" }]);
  });

  test("splitPlainEnv keeps valueFrom entries, moves named values (last wins) and drops the rest", () => {
    const fromSecret = { name: "S", valueFrom: { secretKeyRef: { name: "s", key: "k" } } };
    const both = { name: "B", value: "ignored", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } };
    const split = splitPlainEnv([
      { name: "A", value: "1" },
      fromSecret,
      { name: "NO_VALUE" },
      { value: "nameless" },
      both,
      { name: "A", value: "2" },
    ]);
    assert.deepEqual(split, { plain: { A: "2" }, kept: [fromSecret, both] });
  });
});

function plainEnvOf(manifest: object): unknown {
  return (manifest as { spec: { template: { spec: { containers: { env: unknown }[] } } } }).spec.template.spec
    .containers[0]!.env;
}

describe("Job creation helpers", () => {
  test("the retry wait is the fixed delay plus uniform jitter, in milliseconds", () => {
    const retry = { maxAttempts: 3, delaySeconds: 1, jitterMinSeconds: 0, jitterMaxSeconds: 3 };
    assert.equal(
      retryDelayMs(retry, () => 0),
      1000,
    );
    assert.equal(
      retryDelayMs(retry, () => 0.5),
      2500,
    );
    assert.equal(
      retryDelayMs({ ...retry, jitterMinSeconds: 2, jitterMaxSeconds: 2 }, () => 0.9),
      3000,
    );
  });

  test("infrastructurePid is <namespace>:<name>", () => {
    assert.equal(infrastructurePid("prefect", "my-run-abcde"), "prefect:my-run-abcde");
  });
});
