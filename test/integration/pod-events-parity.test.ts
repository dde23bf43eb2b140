// Parity: pod diagnosis and pod events against the installed Python reference (prefect-kubernetes 0.7.12).
// test/harness/oracle/pod_events.py runs the reference's own _replicate_pod_event on each case with stub
// clients; our side replays the same steps through diagnosePod, DiagnosisMemory, podEvent and PodEventChain
// in the order the observer calls them. Compared per step: the diagnosis, the flow-run logs, whether the
// handler failed, and the event (id, name, resource, related, payload, follows, occurred).
// Synthetic cases run twice on our side: as raw watch JSON and as client-node typed objects (Dates).
// The live cases are pods the stack's scheduler and kubelet really put in those states.
import assert from "node:assert/strict";
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { after, before, describe, test } from "node:test";
import * as k8s from "@kubernetes/client-node";
import { ObjectSerializer } from "@kubernetes/client-node/dist/serializer.js";
import {
  diagnosePod,
  diagnosisLogLevel,
  diagnosisLogMessage,
  type PodDiagnosis,
} from "../../src/kubernetes/pod-diagnosis.ts";
import {
  DiagnosisMemory,
  podEvent,
  PodEventChain,
  PodEventError,
  type PodLike,
  type PodWatchEventType,
} from "../../src/kubernetes/pod-events.ts";
import { PREFECT_VERSION } from "../../src/prefect/constants.ts";
import type { PrefectEvent } from "../../src/prefect/events.ts";
import { adminKubeConfig, createNamespace, deleteNamespace, eventually } from "../harness/k8s.ts";
import { referencePython } from "../harness/reference-venv.ts";
import { readStackEnv } from "../harness/stack/state.ts";

type Obj = Record<string, unknown>;

interface Step {
  type: PodWatchEventType;
  pod: Obj;
}

interface Case {
  name: string;
  steps: Step[];
}

interface StepResult {
  diagnosis: PodDiagnosis | null;
  event: PrefectEvent | null;
  occurred_now: boolean;
  logs: { level: string; message: string }[];
  error: { type: string; message: string } | null;
}

function runReference(cases: Case[]): StepResult[][] {
  // An empty HOME and cwd: no Prefect profile or settings file can leak in.
  const home = mkdtempSync(join(tmpdir(), "pod-events-oracle-"));
  const out = spawnSync(referencePython(), [join(import.meta.dirname, "../harness/oracle/pod_events.py")], {
    input: JSON.stringify(cases.map((c) => c.steps)),
    cwd: home,
    env: { PATH: "/usr/bin:/bin", HOME: home },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (out.status !== 0) throw new Error(`pod events oracle failed (${out.status}): ${out.stderr}`);
  return JSON.parse(out.stdout) as StepResult[][];
}

// uuid.UUID(label) as the observer parses the flow-run id label: only a valid one gets diagnosis logs.
function isPythonUuid(label: string | undefined): boolean {
  if (!label) return false;
  const hex = label
    .replaceAll("urn:", "")
    .replaceAll("uuid:", "")
    .replace(/^[{}]+|[{}]+$/g, "")
    .replaceAll("-", "");
  return /^[0-9a-fA-F]{32}$/.test(hex);
}

/** One case through our pieces, in the order _replicate_pod_event does its work. */
function runOurs(steps: { type: PodWatchEventType; pod: PodLike }[]): StepResult[] {
  const memory = new DiagnosisMemory();
  const chain = new PodEventChain();
  return steps.map(({ type, pod }) => {
    const status = pod.status ?? {};
    const diagnosis = diagnosePod(status);
    const result: StepResult = {
      diagnosis: diagnosis ?? null,
      event: null,
      occurred_now: false,
      logs: [],
      error: null,
    };
    if (typeof status.phase !== "string") {
      // the reference fails reading status["phase"] before anything else
      result.error = { type: "PodEventError", message: "no phase" };
      return result;
    }
    const uid = pod.metadata?.uid ?? "";
    if (diagnosis && isPythonUuid(pod.metadata?.labels?.["prefect.io/flow-run-id"])) {
      if (memory.changed(uid, diagnosis)) {
        result.logs.push({ level: diagnosisLogLevel(diagnosis), message: diagnosisLogMessage(diagnosis) });
      }
    } else if (!diagnosis) {
      memory.changed(uid, undefined);
    }
    // Whole-second pod timestamps can never equal a "now" at millisecond 1.
    const now = new Date(Math.floor(Date.now() / 1000) * 1000 + 1);
    try {
      const event = chain.link(
        uid,
        podEvent({ eventType: type, pod, diagnosis, prefectVersion: PREFECT_VERSION, now }),
      );
      result.event = event;
      result.occurred_now = event.occurred === now.toISOString();
    } catch (err) {
      if (!(err instanceof PodEventError)) throw err;
      result.error = { type: err.name, message: err.message };
    }
    return result;
  });
}

// What a client-node API call or informer hands the observer: the same pod with Date timestamps.
const typed = (raw: Obj): PodLike => ObjectSerializer.deserialize(structuredClone(raw), "V1Pod") as PodLike;

function assertSameStep(ours: StepResult, theirs: StepResult, where: string): void {
  assert.deepEqual(ours.diagnosis, theirs.diagnosis, `${where}: diagnosis`);
  assert.deepEqual(ours.logs, theirs.logs, `${where}: flow-run logs`);
  assert.equal(
    ours.error !== null,
    theirs.error !== null,
    `${where}: handler failure (reference: ${theirs.error?.type})`,
  );
  if (!theirs.event) {
    assert.equal(ours.event, null, `${where}: the reference emitted no event`);
    return;
  }
  assert.ok(ours.event, `${where}: the reference emitted an event`);
  const { occurred: oursAt, ...oursRest } = ours.event;
  const { occurred: theirsAt, ...theirsRest } = theirs.event;
  assert.deepEqual(oursRest, theirsRest, `${where}: event`);
  assert.equal(ours.occurred_now, theirs.occurred_now, `${where}: occurred is "now"`);
  if (!theirs.occurred_now) assert.equal(Date.parse(oursAt), Date.parse(theirsAt), `${where}: occurred`);
}

function assertParity(cases: Case[], variants: Record<string, (raw: Obj) => PodLike>): void {
  const reference = runReference(cases);
  cases.forEach((c, i) => {
    for (const [variant, convert] of Object.entries(variants)) {
      const ours = runOurs(c.steps.map((s) => ({ type: s.type, pod: convert(s.pod) })));
      ours.forEach((step, j) =>
        assertSameStep(step, reference[i]![j]!, `${c.name} [${variant}] step ${j + 1}`),
      );
    }
  });
}

// ---- synthetic cases -------------------------------------------------------------------------------

const RUN = "11111111-1111-4111-8111-111111111111";
const FULL_LABELS = {
  "prefect.io/flow-run-id": RUN,
  "prefect.io/flow-run-name": "happy-otter",
  "prefect.io/deployment-id": "33333333-3333-4333-8333-333333333333",
  "prefect.io/deployment-name": "my-deployment",
  "prefect.io/flow-id": "22222222-2222-4222-8222-222222222222",
  "prefect.io/flow-name": "my-flow",
  "prefect.io/work-pool-id": "44444444-4444-4444-8444-444444444444",
  "prefect.io/work-pool-name": "k8s-pool",
  "prefect.io/worker-name": "KubernetesWorker 1f2e",
};
const at = (min: number, sec = 0) =>
  `2024-05-01T10:${String(min).padStart(2, "0")}:${String(sec).padStart(2, "0")}Z`;

function pod(status: Obj | undefined, meta: Obj = {}): Obj {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      uid: "5f0c2a8e-0000-4000-8000-000000000001",
      name: "happy-otter-abcde-xyz12",
      namespace: "prefect",
      creationTimestamp: at(0),
      labels: FULL_LABELS,
      ...meta,
    },
    ...(status ? { status } : {}),
  };
}

const running = (name: string, startedAt: string, extra: Obj = {}) => ({
  name,
  restartCount: 0,
  state: { running: { startedAt } },
  ...extra,
});
const terminated = (name: string, reason: string | undefined, finishedAt?: string, extra: Obj = {}) => ({
  name,
  restartCount: 0,
  state: {
    terminated: {
      exitCode: reason === "Completed" ? 0 : 137,
      ...(reason ? { reason } : {}),
      ...(finishedAt ? { finishedAt } : {}),
    },
  },
  ...extra,
});
const waiting = (name: string, reason: string, message?: string, extra: Obj = {}) => ({
  name,
  restartCount: 0,
  state: { waiting: { reason, ...(message !== undefined ? { message } : {}) } },
  ...extra,
});
const unschedulable = (message?: string) => ({
  phase: "Pending",
  conditions: [
    {
      type: "PodScheduled",
      status: "False",
      reason: "Unschedulable",
      ...(message !== undefined ? { message } : {}),
    },
  ],
});

const one = (name: string, type: PodWatchEventType, p: Obj): Case => ({ name, steps: [{ type, pod: p }] });

const SINGLE: Case[] = [
  one(
    "healthy running",
    "ADDED",
    pod({ phase: "Running", startTime: at(0, 1), containerStatuses: [running("prefect-job", at(0, 5))] }),
  ),
  one(
    "running: latest container start wins, init starts ignored",
    "MODIFIED",
    pod({
      phase: "Running",
      startTime: at(0, 1),
      initContainerStatuses: [running("init", at(9))],
      containerStatuses: [running("a", at(0, 7)), running("b", "2024-05-01T10:00:08.250+00:00")],
    }),
  ),
  one("running: startTime fallback", "ADDED", pod({ phase: "Running", startTime: at(0, 3) })),
  one("running: no timestamps → now", "ADDED", pod({ phase: "Running" })),
  one(
    "running: unparseable and space-separated timestamps",
    "ADDED",
    pod({
      phase: "Running",
      containerStatuses: [running("a", "yesterday"), running("b", "2024-05-01 10:00:09Z")],
    }),
  ),
  one("pending, listed at start-up", "LISTED", pod({ phase: "Pending" })),
  one(
    "pending without creationTimestamp → now",
    "ADDED",
    pod({ phase: "Pending" }, { creationTimestamp: undefined }),
  ),
  one(
    "succeeded: latest finish over init and regular containers",
    "MODIFIED",
    pod({
      phase: "Succeeded",
      initContainerStatuses: [terminated("init", "Completed", at(4))],
      containerStatuses: [terminated("a", "Completed", at(3)), terminated("b", "Completed", at(2))],
    }),
  ),
  one("succeeded without finish times → now", "DELETED", pod({ phase: "Succeeded" })),
  one(
    "failed ADDED keeps its name",
    "ADDED",
    pod({ phase: "Failed", containerStatuses: [terminated("a", "Error", at(2))] }),
  ),
  one(
    "failed LISTED keeps its name",
    "LISTED",
    pod({ phase: "Failed", containerStatuses: [terminated("a", "Error", at(2))] }),
  ),
  one(
    "failed MODIFIED with reason Error → evicted",
    "MODIFIED",
    pod({ phase: "Failed", containerStatuses: [terminated("a", "Error", at(2))] }),
  ),
  one(
    "failed MODIFIED OOMKilled → evicted + diagnosis",
    "MODIFIED",
    pod({
      phase: "Failed",
      containerStatuses: [running("sidecar", at(1)), terminated("prefect-job", "OOMKilled", at(3))],
    }),
  ),
  one(
    "failed MODIFIED, terminated without reason",
    "MODIFIED",
    pod({ phase: "Failed", containerStatuses: [terminated("a", undefined, at(2))] }),
  ),
  one(
    "failed MODIFIED, only an init container terminated",
    "MODIFIED",
    pod({
      phase: "Failed",
      initContainerStatuses: [terminated("init", "OOMKilled", at(6))],
      containerStatuses: [waiting("main", "PodInitializing")],
    }),
  ),
  one(
    "evicted pod-level with message",
    "MODIFIED",
    pod({ phase: "Failed", reason: "Evicted", message: "The node was low on resource: memory. " }),
  ),
  one("evicted pod-level without message", "ADDED", pod({ phase: "Failed", reason: "Evicted" })),
  one(
    "evicted container-level",
    "MODIFIED",
    pod({ phase: "Failed", containerStatuses: [terminated("main", "Evicted", at(5))] }),
  ),
  one("unknown phase", "MODIFIED", pod({ phase: "Unknown", startTime: at(0, 1) })),
  one(
    "image pull with message",
    "MODIFIED",
    pod({
      phase: "Pending",
      containerStatuses: [
        waiting(
          "prefect-job",
          "ErrImagePull",
          'rpc error: code = NotFound desc = failed to pull and unpack image "x"',
        ),
      ],
    }),
  ),
  one(
    "image pull backoff without message",
    "MODIFIED",
    pod({ phase: "Pending", containerStatuses: [waiting("prefect-job", "ImagePullBackOff")] }),
  ),
  one(
    "image pull, unnamed container, whitespace message",
    "MODIFIED",
    pod({
      phase: "Pending",
      containerStatuses: [
        { restartCount: 0, state: { waiting: { reason: "ErrImagePull", message: " \t\u3000\x85" } } },
      ],
    }),
  ),
  one(
    "crash loop with message, restarts summed over regular containers",
    "MODIFIED",
    pod({
      phase: "Running",
      initContainerStatuses: [terminated("init", "Completed", at(0, 2), { restartCount: 7 })],
      containerStatuses: [
        waiting("main", "CrashLoopBackOff", "back-off 40s restarting failed container=main", {
          restartCount: 5,
        }),
        running("sidecar", at(0, 4), { restartCount: 2 }),
      ],
    }),
  ),
  one(
    "crash loop without message",
    "MODIFIED",
    pod({
      phase: "Running",
      containerStatuses: [waiting("main", "CrashLoopBackOff", undefined, { restartCount: 1 })],
    }),
  ),
  one(
    "OOM in an init container",
    "ADDED",
    pod({ phase: "Failed", initContainerStatuses: [terminated("data-loader", "OOMKilled", at(1))] }),
  ),
  one(
    "waiting beats terminated",
    "MODIFIED",
    pod({
      phase: "Running",
      containerStatuses: [terminated("b", "OOMKilled", at(2)), waiting("a", "CrashLoopBackOff")],
    }),
  ),
  one(
    "init image pull beats main PodInitializing",
    "MODIFIED",
    pod({
      phase: "Pending",
      initContainerStatuses: [waiting("init-setup", "ImagePullBackOff", "Back-off pulling image")],
      containerStatuses: [waiting("main", "PodInitializing")],
    }),
  ),
  one(
    "unschedulable: taint",
    "ADDED",
    pod(
      unschedulable(
        "0/1 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.",
      ),
    ),
  ),
  one(
    "unschedulable: affinity",
    "ADDED",
    pod(unschedulable("0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.")),
  ),
  one(
    "unschedulable: node selector",
    "ADDED",
    pod(unschedulable("0/2 nodes are available: 2 node(s) didn't match node selector.")),
  ),
  one(
    "unschedulable: insufficient",
    "ADDED",
    pod(unschedulable("0/3 nodes are available: 1 Insufficient cpu, 2 Insufficient memory.")),
  ),
  one(
    "unschedulable: unknown cause",
    "ADDED",
    pod(unschedulable("0/3 nodes are available: 3 node(s) didn't match pod topology spread constraints.")),
  ),
  one("unschedulable: no message", "ADDED", pod(unschedulable())),
  one("unschedulable: empty message", "ADDED", pod(unschedulable(""))),
  one(
    "unschedulable: case-insensitive, taint first",
    "ADDED",
    pod(unschedulable("1 Insufficient cpu; 1 node affinity; 1 TAINTED")),
  ),
  one(
    "scheduled condition is not flagged",
    "ADDED",
    pod({ phase: "Pending", conditions: [{ type: "PodScheduled", status: "True", reason: "Scheduled" }] }),
  ),
  one(
    "minimal labels",
    "ADDED",
    pod({ phase: "Running" }, { labels: { "prefect.io/flow-run-id": RUN, "prefect.io/flow-run-name": "r" } }),
  ),
  one("no labels at all", "ADDED", pod({ phase: "Running" }, { labels: undefined })),
  one(
    "empty id labels are skipped",
    "ADDED",
    pod(
      { phase: "Running" },
      { labels: { "prefect.io/flow-run-id": "", "prefect.io/flow-id": "", "prefect.io/worker-name": "" } },
    ),
  ),
  one(
    "flow-run id without its name label fails",
    "ADDED",
    pod({ phase: "Running" }, { labels: { "prefect.io/flow-run-id": RUN } }),
  ),
  one(
    "work-pool id without its name label fails",
    "ADDED",
    pod({ phase: "Running" }, { labels: { ...FULL_LABELS, "prefect.io/work-pool-name": undefined } }),
  ),
  one(
    "invalid flow-run id: no logs, event still emitted",
    "MODIFIED",
    pod(
      { phase: "Pending", containerStatuses: [waiting("main", "ErrImagePull")] },
      { labels: { ...FULL_LABELS, "prefect.io/flow-run-id": "not-a-uuid" } },
    ),
  ),
  one(
    "flow-run id as hex without dashes",
    "MODIFIED",
    pod(
      { phase: "Pending", containerStatuses: [waiting("main", "ErrImagePull")] },
      { labels: { ...FULL_LABELS, "prefect.io/flow-run-id": RUN.replaceAll("-", "") } },
    ),
  ),
  one(
    "no phase fails before anything",
    "MODIFIED",
    pod({ containerStatuses: [waiting("main", "ErrImagePull")] }),
  ),
  one("no status at all", "ADDED", pod(undefined)),
  one("non-ASCII phase and uid", "ADDED", pod({ phase: "Fäiled" }, { uid: 'üid-😀-"q"' })),
  ...[
    "Wörker Ünïcode",
    "工人 1",
    "Ελληνικά worker",
    "ça va & co",
    "'quoted'_name",
    "a--b__c..d",
    "ﬁ ligature Ⅻ",
    "&amp; entity &#169; &#x41;",
    "1,000 workers",
  ].map((worker) =>
    one(
      `worker name ${JSON.stringify(worker)}`,
      "ADDED",
      pod({ phase: "Running" }, { labels: { ...FULL_LABELS, "prefect.io/worker-name": worker } }),
    ),
  ),
];

const POD_B = "5f0c2a8e-0000-4000-8000-00000000000b";
const SEQUENCES: Case[] = [
  {
    name: "lifecycle: pending → unschedulable → running → succeeded (follows chain)",
    steps: [
      { type: "ADDED", pod: pod({ phase: "Pending" }) },
      { type: "MODIFIED", pod: pod(unschedulable("0/1 nodes are available: 1 Insufficient memory.")) },
      { type: "MODIFIED", pod: pod(unschedulable("0/1 nodes are available: 1 Insufficient memory.")) },
      {
        type: "MODIFIED",
        pod: pod({ phase: "Running", startTime: at(1), containerStatuses: [running("prefect-job", at(2))] }),
      },
      {
        type: "MODIFIED",
        pod: pod({ phase: "Succeeded", containerStatuses: [terminated("prefect-job", "Completed", at(4))] }),
      },
    ],
  },
  {
    name: "lifecycle: crash loop repeats, changes, recovers, the same crash again, OOM",
    steps: [
      {
        type: "MODIFIED",
        pod: pod({
          phase: "Running",
          containerStatuses: [waiting("main", "CrashLoopBackOff", "back-off 10s", { restartCount: 1 })],
        }),
      },
      {
        type: "MODIFIED",
        pod: pod({
          phase: "Running",
          containerStatuses: [waiting("main", "CrashLoopBackOff", "back-off 10s", { restartCount: 1 })],
        }),
      },
      {
        type: "MODIFIED",
        pod: pod({
          phase: "Running",
          containerStatuses: [waiting("main", "CrashLoopBackOff", "back-off 20s", { restartCount: 2 })],
        }),
      },
      {
        type: "MODIFIED",
        pod: pod({ phase: "Running", containerStatuses: [running("main", at(3), { restartCount: 2 })] }),
      },
      {
        type: "MODIFIED",
        pod: pod({
          phase: "Running",
          containerStatuses: [waiting("main", "CrashLoopBackOff", "back-off 20s", { restartCount: 3 })],
        }),
      },
      {
        type: "MODIFIED",
        pod: pod({
          phase: "Running",
          containerStatuses: [terminated("main", "OOMKilled", at(4), { restartCount: 3 })],
        }),
      },
      {
        type: "MODIFIED",
        pod: pod({
          phase: "Failed",
          containerStatuses: [terminated("main", "Error", at(6), { restartCount: 3 })],
        }),
      },
    ],
  },
  {
    name: "follows: exactly 5 minutes apart does not follow; 0 and negative gaps do",
    steps: [
      { type: "ADDED", pod: pod({ phase: "Running", containerStatuses: [running("main", at(0))] }) },
      {
        type: "MODIFIED",
        pod: pod({ phase: "Succeeded", containerStatuses: [terminated("main", "Completed", at(5))] }),
      },
      {
        type: "MODIFIED",
        pod: pod({ phase: "Succeeded", containerStatuses: [terminated("main", "Completed", at(5))] }),
      },
      { type: "MODIFIED", pod: pod({ phase: "Running", containerStatuses: [running("main", at(1))] }) },
      { type: "DELETED", pod: pod({ phase: "Unknown" }) },
      { type: "DELETED", pod: pod({ phase: "Unknown" }) },
    ],
  },
  {
    name: "image pull: ErrImagePull ↔ ImagePullBackOff share an id but log each change",
    steps: [
      { type: "ADDED", pod: pod({ phase: "Pending" }) },
      {
        type: "MODIFIED",
        pod: pod({
          phase: "Pending",
          containerStatuses: [waiting("main", "ErrImagePull", "rpc error: pull access denied")],
        }),
      },
      {
        type: "MODIFIED",
        pod: pod({
          phase: "Pending",
          containerStatuses: [waiting("main", "ImagePullBackOff", 'Back-off pulling image "x"')],
        }),
      },
      {
        type: "MODIFIED",
        pod: pod({
          phase: "Pending",
          containerStatuses: [waiting("main", "ImagePullBackOff", 'Back-off pulling image "x"')],
        }),
      },
      {
        type: "MODIFIED",
        pod: pod({
          phase: "Pending",
          containerStatuses: [waiting("main", "ErrImagePull", "rpc error: pull access denied")],
        }),
      },
    ],
  },
  {
    name: "two pods interleaved keep separate chains and memories",
    steps: [
      { type: "ADDED", pod: pod({ phase: "Pending" }) },
      { type: "ADDED", pod: pod({ phase: "Pending" }, { uid: POD_B, name: "other" }) },
      { type: "MODIFIED", pod: pod(unschedulable("taint")) },
      { type: "MODIFIED", pod: pod(unschedulable("taint"), { uid: POD_B, name: "other" }) },
      {
        type: "MODIFIED",
        pod: pod(
          { phase: "Running", containerStatuses: [running("main", at(1))] },
          { uid: POD_B, name: "other" },
        ),
      },
      { type: "MODIFIED", pod: pod(unschedulable("taint")) },
    ],
  },
  {
    name: "a failing step (missing name label) still logs, and is not remembered as the previous event",
    steps: [
      { type: "ADDED", pod: pod({ phase: "Pending" }) },
      {
        type: "MODIFIED",
        pod: pod(unschedulable("affinity"), {
          labels: { ...FULL_LABELS, "prefect.io/flow-name": undefined },
        }),
      },
      { type: "MODIFIED", pod: pod(unschedulable("affinity")) },
    ],
  },
];

describe("pod events: parity with prefect-kubernetes 0.7.12", () => {
  test(`${SINGLE.length} single-edge cases, raw JSON and client-node objects`, () => {
    assertParity(SINGLE, { raw: (p) => structuredClone(p) as PodLike, typed });
  });

  test(`${SEQUENCES.length} sequences: follows, diagnosis de-duplication, recovery`, () => {
    assertParity(SEQUENCES, { raw: (p) => structuredClone(p) as PodLike, typed });
  });

  test("the comparison can fail: a wrong phase is caught", () => {
    const [c] = SINGLE;
    const reference = runReference([c!]);
    const ours = runOurs([
      { type: "ADDED", pod: { ...(c!.steps[0]!.pod as PodLike), status: { phase: "Pending" } } },
    ]);
    assert.throws(() => assertSameStep(ours[0]!, reference[0]![0]!, "mutated"), assert.AssertionError);
  });
});

// ---- live pods -------------------------------------------------------------------------------------

const execFileAsync = promisify(execFile);

describe("pod events: parity on pods the stack really ran", () => {
  const kc = adminKubeConfig();
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const stack = readStackEnv();
  let namespace = "";

  before(async () => {
    namespace = await createNamespace(kc, "pod-events");
  });
  after(async () => {
    if (namespace) await deleteNamespace(kc, namespace);
  });

  async function rawPod(name: string): Promise<Obj> {
    const { stdout } = await execFileAsync(stack.tools.kubectl!, [
      "--kubeconfig",
      stack.kubeconfig,
      "-n",
      namespace,
      "get",
      "pod",
      name,
      "-o",
      "json",
    ]);
    return JSON.parse(stdout) as Obj;
  }

  const sh = (script: string): k8s.V1Container => ({
    name: "prefect-job",
    image: "busybox:1.36",
    command: ["sh", "-c", script],
  });

  const LIVE: {
    name: string;
    spec: Partial<k8s.V1PodSpec>;
    annotations?: Record<string, string>;
    /** The state the pod must be in when it is compared. */
    ready: (status: Obj) => boolean;
    category?: string;
  }[] = [
    { name: "running", spec: { containers: [sh("sleep 120")] }, ready: (s) => s.phase === "Running" },
    {
      name: "succeeded",
      spec: { restartPolicy: "Never", containers: [sh("exit 0")] },
      ready: (s) => s.phase === "Succeeded",
    },
    {
      name: "failed",
      spec: { restartPolicy: "Never", containers: [sh("exit 3")] },
      ready: (s) => s.phase === "Failed",
    },
    {
      name: "oom",
      spec: { restartPolicy: "Never", containers: [sh("sleep 60")] },
      annotations: { "kubelet.test.prefect.io/oom-kill-after-seconds": "1" },
      ready: (s) => s.phase === "Failed",
      category: "OOMKilled",
    },
    {
      name: "init-oom",
      spec: {
        restartPolicy: "Never",
        initContainers: [{ ...sh("sleep 60"), name: "init" }],
        containers: [sh("true")],
      },
      annotations: { "kubelet.test.prefect.io/oom-kill-after-seconds": "1" },
      ready: (s) => s.phase === "Failed",
      category: "OOMKilled",
    },
    {
      name: "pull",
      spec: { containers: [{ name: "prefect-job", image: "unpullable.invalid/app:1" }] },
      ready: (s) => JSON.stringify(s).includes('"ErrImagePull"'),
      category: "ImagePullError",
    },
    {
      name: "crash-loop",
      spec: { restartPolicy: "Always", containers: [sh("exit 1")] },
      ready: (s) => JSON.stringify(s).includes('"CrashLoopBackOff"'),
      category: "CrashLoopBackOff",
    },
    {
      name: "no-node",
      spec: { nodeSelector: { "kubernetes.io/hostname": "no-such-node" }, containers: [sh("true")] },
      ready: (s) => JSON.stringify(s).includes('"Unschedulable"'),
      category: "Unschedulable.NodeAffinity",
    },
    {
      name: "too-big",
      spec: { containers: [{ ...sh("true"), resources: { requests: { cpu: "1000" } } }] },
      ready: (s) => JSON.stringify(s).includes('"Unschedulable"'),
      category: "Unschedulable.InsufficientResources",
    },
  ];

  test(`${LIVE.length} live pods, as MODIFIED and as LISTED edges`, { timeout: 180_000 }, async () => {
    await Promise.all(
      LIVE.map((p) =>
        core.createNamespacedPod({
          namespace,
          body: {
            metadata: {
              name: p.name,
              annotations: p.annotations,
              labels: { ...FULL_LABELS, "prefect.io/worker-name": "my-worker_1" },
            },
            spec: { terminationGracePeriodSeconds: 1, ...p.spec } as k8s.V1PodSpec,
          },
        }),
      ),
    );
    const snapshots = await Promise.all(
      LIVE.map((p) =>
        eventually(
          `pod ${p.name} in its state`,
          async () => {
            const raw = await rawPod(p.name);
            return p.ready((raw.status ?? {}) as Obj) ? raw : undefined;
          },
          120_000,
        ),
      ),
    );
    const cases: Case[] = LIVE.flatMap((p, i) => [
      one(`live ${p.name} MODIFIED`, "MODIFIED", snapshots[i]!),
      one(`live ${p.name} LISTED`, "LISTED", snapshots[i]!),
    ]);
    assertParity(cases, { raw: (p) => structuredClone(p) as PodLike, typed });
    // the live pods really reached the failures they stand for
    LIVE.forEach((p, i) => {
      assert.equal(diagnosePod((snapshots[i]!.status ?? {}) as Obj)?.category, p.category, `live ${p.name}`);
    });
  });
});
