// The cases of prefect-kubernetes' test_diagnostics.py, with the reference's exact wording asserted where it
// is user-visible (test/integration/pod-events-parity.test.ts compares against the package itself).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  diagnosePod,
  diagnosisLogLevel,
  diagnosisLogMessage,
  sameDiagnosis,
  type PodDiagnosis,
  type PodStatusLike,
} from "../../src/kubernetes/pod-diagnosis.ts";

const EVICTION_RESOLUTION =
  "Check node conditions for resource pressure. Consider increasing resource requests so the pod is " +
  "scheduled on a node with sufficient capacity, or add tolerations for eviction taints.";

function unschedulable(message?: string): PodStatusLike {
  return {
    conditions: [{ type: "PodScheduled", reason: "Unschedulable", ...(message ? { message } : {}) }],
  };
}

describe("diagnosePod: healthy pods", () => {
  test("a running pod has no diagnosis", () => {
    const status = {
      phase: "Running",
      containerStatuses: [{ name: "main", state: { running: { startedAt: "2024-01-01T00:00:00Z" } } }],
    };
    assert.equal(diagnosePod(status), undefined);
  });

  test("an empty, missing or container-less status has no diagnosis", () => {
    assert.equal(diagnosePod({}), undefined);
    assert.equal(diagnosePod(undefined), undefined);
    assert.equal(diagnosePod({ phase: "Pending" }), undefined);
  });

  test("a succeeded pod (terminated Completed) has no diagnosis", () => {
    const status = {
      phase: "Succeeded",
      containerStatuses: [{ name: "main", state: { terminated: { exitCode: 0, reason: "Completed" } } }],
    };
    assert.equal(diagnosePod(status), undefined);
  });

  test("a PodScheduled condition that is not Unschedulable is ignored", () => {
    const status = { conditions: [{ type: "PodScheduled", status: "True", reason: "Scheduled" }] };
    assert.equal(diagnosePod(status), undefined);
  });
});

describe("diagnosePod: image pull", () => {
  for (const reason of ["ImagePullBackOff", "ErrImagePull"]) {
    test(`${reason} is an ImagePullError naming the container and the reason`, () => {
      const message = 'rpc error: pull access denied for "myimage"';
      const d = diagnosePod({
        containerStatuses: [{ name: "flow-run", state: { waiting: { reason, message } } }],
      });
      assert.deepEqual(d, {
        level: "error",
        category: "ImagePullError",
        summary: "Image pull failed for container 'flow-run'",
        detail: `Kubernetes cannot pull the container image. Reason: ${reason}. ${message}`,
        resolution:
          "Verify the image name and tag are correct. Ensure the image exists in the registry and that " +
          "image pull secrets are configured if the registry is private.",
      });
    });
  }

  test("without a message the detail ends at the reason (Python strip)", () => {
    const d = diagnosePod({
      containerStatuses: [{ name: "flow-run", state: { waiting: { reason: "ImagePullBackOff" } } }],
    });
    assert.equal(d?.level, "error");
    assert.equal(d?.detail, "Kubernetes cannot pull the container image. Reason: ImagePullBackOff.");
  });

  test("an unnamed container is '<unknown>'", () => {
    const d = diagnosePod({ containerStatuses: [{ state: { waiting: { reason: "ErrImagePull" } } }] });
    assert.equal(d?.summary, "Image pull failed for container '<unknown>'");
  });
});

describe("diagnosePod: container failures", () => {
  test("OOMKilled", () => {
    const d = diagnosePod({
      containerStatuses: [{ name: "worker", state: { terminated: { reason: "OOMKilled" } } }],
    });
    assert.equal(d?.level, "error");
    assert.equal(d?.category, "OOMKilled");
    assert.equal(d?.summary, "Container 'worker' was killed due to out-of-memory (OOMKilled)");
    assert.match(d!.resolution, /memory limit/);
  });

  test("CrashLoopBackOff keeps the kubelet's message", () => {
    const d = diagnosePod({
      containerStatuses: [
        {
          name: "main",
          restartCount: 5,
          state: {
            waiting: { reason: "CrashLoopBackOff", message: "back-off 5m0s restarting failed container" },
          },
        },
      ],
    });
    assert.equal(d?.level, "error");
    assert.equal(d?.category, "CrashLoopBackOff");
    assert.equal(d?.summary, "Container 'main' is crash-looping");
    assert.equal(
      d?.detail,
      "The container repeatedly crashes after starting. back-off 5m0s restarting failed container",
    );
    assert.match(d!.resolution, /logs/);
  });

  test("a container-level eviction is a warning", () => {
    const d = diagnosePod({
      containerStatuses: [{ name: "main", state: { terminated: { reason: "Evicted" } } }],
    });
    assert.deepEqual(d, {
      level: "warning",
      category: "Evicted",
      summary: "Container 'main' was evicted",
      detail: "The pod was evicted, likely due to node resource pressure (disk, memory, or PID exhaustion).",
      resolution: EVICTION_RESOLUTION,
    });
  });

  test("init containers are checked too (image pull), before the regular ones", () => {
    const d = diagnosePod({
      initContainerStatuses: [
        {
          name: "init-setup",
          state: { waiting: { reason: "ImagePullBackOff", message: "Back-off pulling image" } },
        },
      ],
      containerStatuses: [{ name: "main", state: { waiting: { reason: "PodInitializing" } } }],
    });
    assert.equal(d?.summary, "Image pull failed for container 'init-setup'");
  });

  test("an OOM-killed init container", () => {
    const d = diagnosePod({
      initContainerStatuses: [{ name: "data-loader", state: { terminated: { reason: "OOMKilled" } } }],
    });
    assert.equal(d?.summary, "Container 'data-loader' was killed due to out-of-memory (OOMKilled)");
  });

  test("a waiting failure wins over a terminated one, whatever the container order", () => {
    const d = diagnosePod({
      containerStatuses: [
        { name: "b", state: { terminated: { reason: "OOMKilled" } } },
        { name: "a", state: { waiting: { reason: "CrashLoopBackOff" } } },
      ],
    });
    assert.equal(d?.summary, "Container 'a' is crash-looping");
    assert.equal(d?.detail, "The container repeatedly crashes after starting.");
  });
});

describe("diagnosePod: scheduling and eviction", () => {
  test("Unschedulable with the scheduler's message", () => {
    const d = diagnosePod(unschedulable("0/3 nodes are available: insufficient cpu."));
    assert.equal(d?.level, "warning");
    assert.equal(d?.summary, "Pod is unschedulable");
    assert.equal(
      d?.detail,
      "Kubernetes cannot find a suitable node to run this pod. 0/3 nodes are available: insufficient cpu.",
    );
  });

  const causes: [string, string][] = [
    [
      "0/1 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/not-ready: }.",
      "Unschedulable.Taint",
    ],
    [
      "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.",
      "Unschedulable.NodeAffinity",
    ],
    ["0/2 nodes are available: 2 node(s) didn't match node selector.", "Unschedulable.NodeAffinity"],
    ["0/3 nodes are available: 3 Insufficient memory.", "Unschedulable.InsufficientResources"],
    ["0/3 nodes are available: 3 node(s) didn't match pod topology spread constraints.", "Unschedulable"],
    // the reference's order: taint beats affinity beats insufficient
    ["1 Insufficient cpu, 1 node(s) didn't match Pod's node affinity, 1 had TAINT x", "Unschedulable.Taint"],
    ["1 Insufficient cpu, 2 node(s) didn't match Pod's node affinity", "Unschedulable.NodeAffinity"],
  ];
  for (const [message, category] of causes) {
    test(`the category follows the message: ${category} for "${message.slice(0, 50)}…"`, () => {
      assert.equal(diagnosePod(unschedulable(message))?.category, category);
    });
  }

  test("Unschedulable without a message", () => {
    const d = diagnosePod(unschedulable());
    assert.equal(d?.level, "warning");
    assert.equal(d?.category, "Unschedulable");
    assert.equal(d?.detail, "Kubernetes cannot find a suitable node to run this pod.");
  });

  test("a pod-level eviction, with and without a message", () => {
    const d = diagnosePod({
      phase: "Failed",
      reason: "Evicted",
      message: "The node was low on resource: memory.",
    });
    assert.equal(d?.level, "warning");
    assert.equal(d?.category, "Evicted");
    assert.equal(d?.summary, "Pod was evicted");
    assert.equal(d?.detail, "The pod was evicted from its node. The node was low on resource: memory.");
    assert.equal(d?.resolution, EVICTION_RESOLUTION);
    assert.equal(
      diagnosePod({ phase: "Failed", reason: "Evicted" })?.detail,
      "The pod was evicted from its node.",
    );
  });

  test("Python's strip: trailing whitespace of every kind str.isspace() knows goes, U+FEFF stays", () => {
    assert.equal(
      diagnosePod({ reason: "Evicted", message: "low memory \n\u3000\x85\x1c" })?.detail,
      "The pod was evicted from its node. low memory",
    );
    assert.equal(
      diagnosePod({ reason: "Evicted", message: "low memory\ufeff" })?.detail,
      "The pod was evicted from its node. low memory\ufeff",
    );
  });

  test("client-node's undefined and null fields count as absent", () => {
    const d = diagnosePod({
      reason: undefined,
      conditions: null,
      containerStatuses: [
        {
          name: "main",
          state: { waiting: { reason: "CrashLoopBackOff", message: undefined }, terminated: null },
        },
      ],
    });
    assert.equal(d?.detail, "The container repeatedly crashes after starting.");
  });
});

describe("diagnosis equality and logging", () => {
  const oom: PodDiagnosis = {
    level: "error",
    category: "OOMKilled",
    summary: "s",
    detail: "d",
    resolution: "r",
  };

  test("equal field by field", () => {
    assert.ok(sameDiagnosis(oom, { ...oom }));
    assert.ok(!sameDiagnosis(oom, { ...oom, detail: "other" }));
    assert.ok(!sameDiagnosis(oom, { ...oom, level: "warning" }));
    assert.ok(!sameDiagnosis(oom, undefined));
    assert.ok(sameDiagnosis(undefined, undefined));
  });

  test("the log line and level are the reference's", () => {
    assert.equal(diagnosisLogMessage(oom), "s: d Resolution: r");
    assert.equal(diagnosisLogLevel(oom), "ERROR");
    assert.equal(diagnosisLogLevel({ ...oom, level: "warning" }), "WARNING");
    assert.equal(diagnosisLogLevel({ ...oom, level: "info" }), "WARNING");
  });
});
