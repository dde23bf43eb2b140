import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { V1ConfigMap, V1Container, V1Pod, V1Secret } from "@kubernetes/client-node";
import {
  ContainerConfigError,
  expand,
  expandArgv,
  formatMap,
  podFieldValue,
  referencedObjects,
  resolvePodEnv,
  resourceFieldValue,
  type EnvContext,
} from "../harness/kubelet/env.ts";
import { parseQuantity, renderResource } from "../harness/kubelet/quantity.ts";

const vars: Record<string, string> = { A: "alpha", B: "beta", EMPTY: "" };
const lookup = (name: string): string | undefined => vars[name];

describe("$(VAR) expansion", () => {
  it("replaces known references", () => {
    assert.equal(expand("$(A)-$(B)", lookup), "alpha-beta");
    assert.equal(expand("x$(EMPTY)y", lookup), "xy");
  });
  it("keeps unknown references verbatim", () => {
    assert.equal(expand("$(NOPE) and $(A)", lookup), "$(NOPE) and alpha");
  });
  it("treats $$ as an escaped $", () => {
    assert.equal(expand("$$(A)", lookup), "$(A)");
    assert.equal(expand("$$$(A)", lookup), "$alpha");
    assert.equal(expand("cost: $$5", lookup), "cost: $5");
  });
  it("leaves incomplete or non-reference $ alone", () => {
    assert.equal(expand("$(A", lookup), "$(A");
    assert.equal(expand("$A $", lookup), "$A $");
    assert.equal(expand("end$", lookup), "end$");
    assert.equal(expand("$()", lookup), "$()");
  });
  it("applies to command and args with the final environment", () => {
    assert.deepEqual(expandArgv(["echo", "$(A)", "$(MISSING)", "$$(A)"], { A: "1" }), [
      "echo",
      "1",
      "$(MISSING)",
      "$(A)",
    ]);
  });
});

const pod: V1Pod = {
  metadata: {
    name: "p1",
    namespace: "ns1",
    uid: "uid-1",
    labels: { app: "demo", tier: "x" },
    annotations: { "example.com/note": 'say "hi"' },
  },
  spec: {
    nodeName: "local-node",
    serviceAccountName: "sa1",
    containers: [
      {
        name: "main",
        image: "busybox",
        resources: { limits: { memory: "128Mi", cpu: "250m" }, requests: { cpu: "100m" } },
      },
    ],
  },
};

const cm: V1ConfigMap = {
  data: { color: "blue", size: "L", "bad=key": "skipped" },
  binaryData: { bin: "aGk=" },
};
const secret: V1Secret = { data: { password: Buffer.from("s3cr3t").toString("base64") } };

function ctx(container: Partial<V1Container>, extra: Partial<EnvContext> = {}): EnvContext {
  return {
    pod,
    podIP: "127.0.0.1",
    hostIP: "127.0.0.1",
    container: { name: "main", ...container },
    configMaps: new Map([["cm", cm]]),
    secrets: new Map([["sec", secret]]),
    serviceEnv: { KUBERNETES_SERVICE_HOST: "10.0.0.1" },
    ...extra,
  };
}

describe("container environment", () => {
  it("puts envFrom first and lets env override it", () => {
    const env = resolvePodEnv(
      ctx({
        envFrom: [{ configMapRef: { name: "cm" } }, { prefix: "S_", secretRef: { name: "sec" } }],
        env: [{ name: "color", value: "red" }],
      }),
    );
    assert.equal(env.get("color"), "red");
    assert.equal(env.get("size"), "L");
    assert.equal(env.get("bin"), "hi");
    assert.equal(env.get("S_password"), "s3cr3t");
    assert.equal(env.has("bad=key"), false);
  });

  it("expands values against earlier definitions and kubelet variables, not later ones", () => {
    const env = resolvePodEnv(
      ctx({
        env: [
          { name: "FIRST", value: "1" },
          { name: "REF", value: "$(FIRST)/$(LATER)/$(KUBERNETES_SERVICE_HOST)" },
          { name: "LATER", value: "2" },
        ],
      }),
    );
    assert.equal(env.get("REF"), "1/$(LATER)/10.0.0.1");
  });

  it("resolves secretKeyRef, configMapKeyRef and fieldRef", () => {
    const env = resolvePodEnv(
      ctx({
        env: [
          { name: "PW", valueFrom: { secretKeyRef: { name: "sec", key: "password" } } },
          { name: "COLOR", valueFrom: { configMapKeyRef: { name: "cm", key: "color" } } },
          { name: "NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } },
          { name: "NS", valueFrom: { fieldRef: { fieldPath: "metadata.namespace" } } },
          { name: "APP", valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } },
          { name: "NODE", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } },
          { name: "IP", valueFrom: { fieldRef: { fieldPath: "status.podIP" } } },
        ],
      }),
    );
    assert.deepEqual(Object.fromEntries(env), {
      PW: "s3cr3t",
      COLOR: "blue",
      NAME: "p1",
      NS: "ns1",
      APP: "demo",
      NODE: "local-node",
      IP: "127.0.0.1",
    });
  });

  it("skips optional references that are missing", () => {
    const env = resolvePodEnv(
      ctx({
        envFrom: [{ configMapRef: { name: "absent", optional: true } }],
        env: [
          { name: "A", valueFrom: { secretKeyRef: { name: "absent", key: "k", optional: true } } },
          { name: "B", valueFrom: { configMapKeyRef: { name: "cm", key: "nokey", optional: true } } },
        ],
      }),
    );
    assert.equal(env.size, 0);
  });

  it("reports missing required references as configuration errors with the kubelet's wording", () => {
    const cases: Array<[Partial<V1Container>, RegExp]> = [
      [
        { env: [{ name: "A", valueFrom: { secretKeyRef: { name: "absent", key: "k" } } }] },
        /secret "absent" not found/,
      ],
      [
        { env: [{ name: "A", valueFrom: { secretKeyRef: { name: "sec", key: "k" } } }] },
        /couldn't find key k in Secret ns1\/sec/,
      ],
      [
        { env: [{ name: "A", valueFrom: { configMapKeyRef: { name: "x", key: "k" } } }] },
        /configmap "x" not found/,
      ],
      [
        { env: [{ name: "A", valueFrom: { configMapKeyRef: { name: "cm", key: "k" } } }] },
        /couldn't find key k in ConfigMap ns1\/cm/,
      ],
      [{ envFrom: [{ secretRef: { name: "gone" } }] }, /secret "gone" not found/],
    ];
    for (const [container, message] of cases) {
      assert.throws(
        () => resolvePodEnv(ctx(container)),
        (err: unknown) => {
          assert.ok(err instanceof ContainerConfigError);
          assert.match(err.message, message);
          return true;
        },
      );
    }
  });

  it("lists the objects a container refers to", () => {
    const refs = referencedObjects({
      name: "c",
      envFrom: [{ configMapRef: { name: "a" } }, { secretRef: { name: "s1" } }],
      env: [
        { name: "X", valueFrom: { configMapKeyRef: { name: "a", key: "k" } } },
        { name: "Y", valueFrom: { secretKeyRef: { name: "s2", key: "k" } } },
      ],
    });
    assert.deepEqual(refs, { configMaps: ["a"], secrets: ["s1", "s2"] });
  });
});

describe("downward API values", () => {
  const fields = { pod, podIP: "127.0.0.2", hostIP: "127.0.0.1" };
  it("renders metadata and status fields", () => {
    assert.equal(podFieldValue("metadata.uid", fields), "uid-1");
    assert.equal(podFieldValue("metadata.annotations['example.com/note']", fields), 'say "hi"');
    assert.equal(podFieldValue("metadata.labels['missing']", fields), "");
    assert.equal(podFieldValue("spec.serviceAccountName", fields), "sa1");
    assert.equal(podFieldValue("status.hostIP", fields), "127.0.0.1");
    assert.equal(podFieldValue("status.podIP", fields), "127.0.0.2");
    assert.equal(podFieldValue("metadata.labels", fields), 'app="demo"\ntier="x"');
    assert.throws(() => podFieldValue("spec.bogus", fields), ContainerConfigError);
  });
  it("formats maps sorted with quoted values", () => {
    assert.equal(formatMap({ b: "2", a: 'x"y' }), 'a="x\\"y"\nb="2"');
  });
  it("renders resources with divisors, falling back to node capacity for unset limits", () => {
    assert.equal(resourceFieldValue(pod, "main", "limits.memory", undefined), String(128 * 2 ** 20));
    assert.equal(resourceFieldValue(pod, "main", "limits.memory", "1Mi"), "128");
    assert.equal(resourceFieldValue(pod, "main", "limits.cpu", undefined), "1");
    assert.equal(resourceFieldValue(pod, "main", "limits.cpu", "1m"), "250");
    assert.equal(resourceFieldValue(pod, "main", "requests.cpu", "1m"), "100");
    assert.equal(resourceFieldValue(pod, "main", "requests.memory", undefined), "0");
    assert.equal(resourceFieldValue(pod, "main", "limits.ephemeral-storage", "1Gi"), "100");
    assert.throws(() => resourceFieldValue(pod, "other", "limits.cpu", undefined), ContainerConfigError);
  });
});

describe("quantities", () => {
  it("parses binary, decimal and exponent forms", () => {
    assert.equal(parseQuantity("1Ki"), 1024);
    assert.equal(parseQuantity("2Gi"), 2 * 2 ** 30);
    assert.equal(parseQuantity("500m"), 0.5);
    assert.equal(parseQuantity("1.5"), 1.5);
    assert.equal(parseQuantity("1k"), 1000);
    assert.equal(parseQuantity("1M"), 1e6);
    assert.equal(parseQuantity("1e3"), 1000);
    assert.throws(() => parseQuantity("abc"));
    assert.throws(() => parseQuantity("1Xi"));
  });
  it("rounds up like the kubelet", () => {
    assert.equal(renderResource("limits.cpu", "1500m", undefined), "2");
    assert.equal(renderResource("limits.memory", "1000", "1Ki"), "1");
  });
});
