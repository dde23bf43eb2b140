import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { V1PodStatus } from "@kubernetes/client-node";
import {
  computePhase,
  orphanedStatus,
  renderPodStatus,
  startedByEarlierKubelet,
  type ContainerRuntime,
  type ContainerState,
  type PodRuntime,
  type RestartPolicy,
  type Terminated,
} from "../harness/kubelet/pod-status.ts";
import { restartBackoffMs } from "../harness/kubelet/container-runner.ts";
import { shouldRestart } from "../harness/kubelet/pod-runner.ts";

const t0 = new Date("2026-01-01T00:00:00Z");
const t1 = new Date("2026-01-01T00:01:00Z");

const waiting = (reason = "ContainerCreating"): ContainerState => ({ kind: "waiting", reason });
const running: ContainerState = { kind: "running", startedAt: t0 };
const exited = (exitCode: number): Terminated => ({
  kind: "terminated",
  exitCode,
  reason: exitCode === 0 ? "Completed" : "Error",
  startedAt: t0,
  finishedAt: t1,
});

function container(name: string, state: ContainerState, lastTerminated?: Terminated): ContainerRuntime {
  return { name, image: "busybox", restartCount: lastTerminated ? 1 : 0, state, lastTerminated };
}

function pod(
  policy: RestartPolicy,
  containers: ContainerRuntime[],
  init: ContainerRuntime[] = [],
): PodRuntime {
  return { restartPolicy: policy, startTime: t0, sandboxReady: true, initContainers: init, containers };
}

describe("pod phase", () => {
  it("is Pending while a container has not started", () => {
    assert.equal(computePhase(pod("Never", [container("a", waiting())])), "Pending");
    assert.equal(computePhase(pod("Never", [container("a", running), container("b", waiting())])), "Pending");
  });
  it("is Pending while init containers run, Failed when one fails under Never", () => {
    const init = [container("i", running)];
    assert.equal(computePhase(pod("Never", [container("a", waiting("PodInitializing"))], init)), "Pending");
    const failedInit = [container("i", exited(1))];
    assert.equal(
      computePhase(pod("Never", [container("a", waiting("PodInitializing"))], failedInit)),
      "Failed",
    );
    const backoff = [container("i", waiting("CrashLoopBackOff"), exited(1))];
    assert.equal(
      computePhase(pod("OnFailure", [container("a", waiting("PodInitializing"))], backoff)),
      "Pending",
    );
  });
  it("is Running while any container runs", () => {
    assert.equal(computePhase(pod("Never", [container("a", running), container("b", exited(1))])), "Running");
  });
  it("ends by restart policy once every container has stopped", () => {
    assert.equal(
      computePhase(pod("Never", [container("a", exited(0)), container("b", exited(0))])),
      "Succeeded",
    );
    assert.equal(
      computePhase(pod("Never", [container("a", exited(0)), container("b", exited(3))])),
      "Failed",
    );
    assert.equal(computePhase(pod("OnFailure", [container("a", exited(0))])), "Succeeded");
    assert.equal(
      computePhase(pod("OnFailure", [container("a", waiting("CrashLoopBackOff"), exited(1))])),
      "Running",
    );
    assert.equal(computePhase(pod("Always", [container("a", exited(0))])), "Running");
  });
  it("is whatever the kubelet forced", () => {
    const p = pod("Always", [container("a", running)]);
    p.forced = { phase: "Failed", reason: "DeadlineExceeded" };
    assert.equal(computePhase(p), "Failed");
  });
});

describe("restart policy", () => {
  it("restarts by policy and backs off 1, 2, 4, 8, 10 s", () => {
    assert.deepEqual(
      [
        shouldRestart("Always", 0),
        shouldRestart("OnFailure", 0),
        shouldRestart("OnFailure", 2),
        shouldRestart("Never", 2),
      ],
      [true, false, true, false],
    );
    assert.deepEqual([0, 1, 2, 3, 4, 50].map(restartBackoffMs), [1000, 2000, 4000, 8000, 10_000, 10_000]);
  });
});

describe("rendered pod status", () => {
  const ctx = { nodeAddress: "127.0.0.1", generation: 1, now: t1 };

  it("reports a running pod as Ready with IPs, container ids and started times", () => {
    const rt = pod("Always", [{ ...container("a", running), containerID: "local://42" }]);
    const s = renderPodStatus(undefined, rt, ctx);
    assert.equal(s.phase, "Running");
    assert.deepEqual(
      [s.podIP, s.hostIP, s.podIPs, s.hostIPs],
      ["127.0.0.1", "127.0.0.1", [{ ip: "127.0.0.1" }], [{ ip: "127.0.0.1" }]],
    );
    const cs = s.containerStatuses![0]!;
    assert.deepEqual(
      [cs.ready, cs.started, cs.containerID, cs.state?.running?.startedAt],
      [true, true, "local://42", t0],
    );
    assert.match(cs.imageID, /^busybox@sha256:[0-9a-f]{64}$/);
    const byType = Object.fromEntries(s.conditions!.map((c) => [c.type, c.status]));
    assert.deepEqual(byType, {
      PodReadyToStartContainers: "True",
      Initialized: "True",
      Ready: "True",
      ContainersReady: "True",
      PodScheduled: "True",
    });
  });

  it("reports waiting reasons and unready containers, and no pod IP before the sandbox", () => {
    const rt = pod("Never", [container("a", waiting("CreateContainerConfigError"))]);
    rt.sandboxReady = false;
    const s = renderPodStatus(undefined, rt, ctx);
    assert.equal(s.phase, "Pending");
    assert.equal(s.podIP, undefined);
    assert.equal(s.containerStatuses![0]!.state?.waiting?.reason, "CreateContainerConfigError");
    assert.equal(s.containerStatuses![0]!.imageID, "");
    const ready = s.conditions!.find((c) => c.type === "Ready")!;
    assert.deepEqual(
      [ready.status, ready.reason, ready.message],
      ["False", "ContainersNotReady", "containers with unready status: [a]"],
    );
  });

  it("keeps transition times of unchanged conditions and conditions owned by others", () => {
    const current: V1PodStatus = {
      phase: "Running",
      startTime: t0,
      qosClass: "BestEffort",
      conditions: [
        { type: "Ready", status: "True", lastTransitionTime: t0 },
        { type: "PodScheduled", status: "True", lastTransitionTime: t0 },
        { type: "DisruptionTarget", status: "True", lastTransitionTime: t0 },
      ],
    };
    const s = renderPodStatus(current, pod("Always", [container("a", running)]), ctx);
    const get = (type: string) => s.conditions!.find((c) => c.type === type)!;
    assert.equal(get("Ready").lastTransitionTime, t0);
    assert.equal(get("Initialized").lastTransitionTime, t1);
    assert.equal(get("DisruptionTarget").status, "True");
    assert.equal(s.conditions!.filter((c) => c.type === "PodScheduled").length, 1);
    assert.equal(s.qosClass, "BestEffort");
    assert.equal(s.startTime, t0);
  });

  it("never leaves a terminal phase and shows terminated containers as unready", () => {
    const s = renderPodStatus({ phase: "Failed" }, pod("Always", [container("a", exited(3))]), ctx);
    assert.equal(s.phase, "Failed");
    assert.equal(s.containerStatuses![0]!.state?.terminated?.exitCode, 3);
    assert.equal(s.conditions!.find((c) => c.type === "Ready")!.reason, "PodCompleted");
  });

  it("carries the forced reason and the last termination", () => {
    const rt = pod("OnFailure", [container("a", waiting("CrashLoopBackOff"), exited(1))]);
    rt.forced = { phase: "Failed", reason: "DeadlineExceeded", message: "too long" };
    const s = renderPodStatus(undefined, rt, ctx);
    assert.deepEqual([s.phase, s.reason, s.message], ["Failed", "DeadlineExceeded", "too long"]);
    assert.equal(s.containerStatuses![0]!.lastState?.terminated?.exitCode, 1);
    assert.equal(s.containerStatuses![0]!.restartCount, 1);
  });
});

describe("pods of an earlier kubelet", () => {
  it("are recognised by containers that ran", () => {
    assert.equal(startedByEarlierKubelet({ status: {} }), false);
    const waitingOnly = {
      containerStatuses: [
        { name: "a", image: "i", imageID: "", ready: false, restartCount: 0, state: { waiting: {} } },
      ],
    };
    assert.equal(startedByEarlierKubelet({ status: waitingOnly }), false);
    const ran = {
      containerStatuses: [
        {
          name: "a",
          image: "i",
          imageID: "",
          ready: true,
          restartCount: 0,
          state: { running: { startedAt: t0 } },
        },
      ],
    };
    assert.equal(startedByEarlierKubelet({ status: ran }), true);
  });
  it("are failed with their running containers killed", () => {
    const s = orphanedStatus(
      {
        phase: "Running",
        conditions: [{ type: "Ready", status: "True" }],
        containerStatuses: [
          {
            name: "a",
            image: "i",
            imageID: "",
            ready: true,
            restartCount: 0,
            containerID: "local://1",
            state: { running: { startedAt: t0 } },
          },
        ],
      },
      t1,
    );
    assert.equal(s.phase, "Failed");
    assert.equal(s.reason, "KubeletRestarted");
    const cs = s.containerStatuses![0]!;
    assert.deepEqual(
      [cs.ready, cs.state?.terminated?.exitCode, cs.state?.terminated?.finishedAt],
      [false, 137, t1],
    );
    assert.equal(s.conditions![0]!.status, "False");
  });
});
