// The pure parts of pod-logs and log-stream: which containers and pods are read in which order, the log
// lines kept, the flow-run messages (compared with prefect-kubernetes' own functions, fed the same
// inputs), and the resume bookkeeping of log streaming.
import type { CoreV1Api, V1Pod } from "@kubernetes/client-node";
import { ApiException } from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import {
  LineSplitter,
  ResumePoint,
  containerInstance,
  parseTimestampNs,
  splitTimestamp,
} from "../../src/kubernetes/log-stream.ts";
import {
  DEFAULT_MAX_LOG_SIZE,
  containerReadOrder,
  crashLogLines,
  crashedPodLogMessages,
  crashedPodsNewestFirst,
  fetchCrashedPodLogs,
  pyIsBlank,
  pySplitLines,
  truncateLogLine,
} from "../../src/kubernetes/pod-logs.ts";
import type { ContainerLogEntry } from "../../src/kubernetes/pod-logs.ts";
import { referencePython } from "../harness/reference-venv.ts";

let python: string | undefined;
let noPython = "";
try {
  python = referencePython();
} catch (error) {
  noPython = `no reference Python venv to compare with: ${(error as Error).message}`;
}
const home = mkdtempSync(join(tmpdir(), "pod-logs-unit-"));
after(() => rmSync(home, { recursive: true, force: true }));

/** Runs `script` in the reference venv with `input` as JSON on stdin; its last stdout line is JSON. */
function runReference<T>(script: string, input: unknown, env: Record<string, string> = {}): T {
  const out = spawnSync(python!, ["-c", script], {
    input: JSON.stringify(input),
    cwd: home,
    env: { PATH: "/usr/bin:/bin", HOME: home, ...env },
    encoding: "utf8",
  });
  assert.equal(out.status, 0, out.stderr);
  const lines = out.stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1]!) as T;
}

// ---------------------------------------------------------------------------------------------------------
// Container order and line filtering, against `_fetch_pod_container_logs_ordered` with a fake client.

interface OrderCase {
  containers: string[];
  initContainers?: string[];
  /** "<container>/previous" or "<container>/current" → log text; missing = the API answers 400. */
  logs: Record<string, string>;
}

interface OrderResult {
  entries: { pod_name: string; container_name: string; container_type: string; lines: string[] }[];
  calls: [string, boolean][];
}

const REFERENCE_ORDER = String.raw`
import asyncio, dataclasses, json, logging, sys
from types import SimpleNamespace as NS
import prefect_kubernetes.observer as observer

class FakeCore:
    def __init__(self, logs):
        self.logs = logs
        self.calls = []
    async def read_namespaced_pod_log(self, name, namespace, container, tail_lines, previous=False):
        self.calls.append([container, previous])
        text = self.logs.get(container + ("/previous" if previous else "/current"))
        if text is None:
            raise Exception("(400) Bad Request")
        return text

async def run(case):
    spec = NS(containers=[NS(name=n) for n in case["containers"]],
              init_containers=[NS(name=n) for n in case.get("initContainers", [])] or None)
    core = FakeCore(case["logs"])
    entries = [e async for e in observer._fetch_pod_container_logs_ordered(
        NS(spec=spec), "pod-1", "ns", 500, core, logging.getLogger("test"))]
    return {"entries": [dataclasses.asdict(e) for e in entries], "calls": core.calls}

async def main():
    print(json.dumps([await run(case) for case in json.load(sys.stdin)]))

asyncio.run(main())
`;

function fakeCore(pods: V1Pod[], logs: Record<string, string>, calls: [string, boolean][]): CoreV1Api {
  return {
    listNamespacedPod: async () => ({ items: pods }),
    readNamespacedPodLog: async (p: { container: string; previous?: boolean; tailLines?: number }) => {
      calls.push([p.container, p.previous ?? false]);
      const text = logs[`${p.container}/${p.previous ? "previous" : "current"}`];
      if (text === undefined) throw new ApiException(400, "Bad Request", "{}", {});
      return text;
    },
  } as unknown as CoreV1Api;
}

function pod(
  name: string,
  spec: { containers: string[]; initContainers?: string[] },
  extra: object = {},
): V1Pod {
  return {
    metadata: { name, creationTimestamp: new Date("2026-01-01T00:00:00Z") },
    spec: {
      containers: spec.containers.map((n) => ({ name: n })),
      ...(spec.initContainers ? { initContainers: spec.initContainers.map((n) => ({ name: n })) } : {}),
    },
    status: { phase: "Failed" },
    ...extra,
  } as V1Pod;
}

async function ours(c: OrderCase): Promise<OrderResult> {
  const calls: [string, boolean][] = [];
  const entries =
    (await fetchCrashedPodLogs({
      core: fakeCore([pod("pod-1", c)], c.logs, calls),
      namespace: "ns",
      jobName: "job",
      tailLines: 500,
    })) ?? [];
  return {
    entries: entries.map((e) => ({
      pod_name: e.podName,
      container_name: e.containerName,
      container_type: e.containerType,
      lines: e.lines,
    })),
    calls,
  };
}

const ORDER_CASES: Record<string, OrderCase> = {
  "single container, custom name: it is the primary": {
    containers: ["main"],
    logs: { "main/current": "hello\nworld\n" },
  },
  "prefect-job with output: its sidecar is not read": {
    containers: ["sidecar", "prefect-job"],
    initContainers: ["init"],
    logs: { "prefect-job/current": "boom\n", "sidecar/current": "noise\n", "init/current": "setup\n" },
  },
  "prefect-job empty: init containers, then the others": {
    containers: ["prefect-job", "sidecar", "proxy"],
    initContainers: ["init"],
    logs: {
      "prefect-job/current": " \n\t\n",
      "sidecar/current": "sidecar says\n",
      "proxy/current": "proxy says\n",
      "init/current": "init says\n",
    },
  },
  "no prefect-job among several: every container, in spec order": {
    containers: ["app", "sidecar"],
    logs: { "app/current": "app\n", "sidecar/current": "side\n" },
  },
  "previous instance preferred; blank previous falls back to current": {
    containers: ["prefect-job", "sidecar"],
    logs: {
      "prefect-job/previous": "crash\n",
      "prefect-job/current": "restarted\n",
      "sidecar/previous": "\n\n",
    },
  },
  "blank previous, current used": {
    containers: ["main"],
    logs: { "main/previous": "  \n", "main/current": "now\n" },
  },
  "nothing anywhere": { containers: ["prefect-job", "x"], initContainers: ["i"], logs: {} },
  "Python line breaks and whitespace": {
    containers: ["main"],
    logs: {
      "main/current":
        "a\r\nb\rc\vd\fe\x1cf\x1dg\x1eh\x85i\u2028j\u2029k\n\x1f\n\u3000\n\xa0x\n\ufeff\nlast without newline",
    },
  },
};

describe(
  "crashed-pod container order (reference: _fetch_pod_container_logs_ordered)",
  { skip: noPython || false },
  () => {
    const names = Object.keys(ORDER_CASES);
    let reference: OrderResult[] = [];
    test("reference runs", () => {
      reference = runReference<OrderResult[]>(REFERENCE_ORDER, Object.values(ORDER_CASES));
      assert.equal(reference.length, names.length);
    });
    for (const [i, name] of names.entries()) {
      test(name, async () => {
        assert.deepEqual(await ours(ORDER_CASES[name]!), reference[i]);
      });
    }
  },
);

test("containerReadOrder: primary, then init containers and the others", () => {
  const order = (containers: string[], initContainers?: string[]) => {
    const { primary, fallback } = containerReadOrder(pod("p", { containers, initContainers }));
    return { primary: primary.map((c) => c.name), fallback: fallback.map((c) => `${c.type}:${c.name}`) };
  };
  assert.deepEqual(order(["only"]), { primary: ["only"], fallback: [] });
  assert.deepEqual(order(["a", "prefect-job", "b"], ["i"]), {
    primary: ["prefect-job"],
    fallback: ["init container:i", "container:a", "container:b"],
  });
  assert.deepEqual(order(["a", "b"]), { primary: [], fallback: ["container:a", "container:b"] });
});

test("crashedPodsNewestFirst: no Succeeded pods, newest first, ties in API order", () => {
  const at = (name: string, iso: string, phase: string) =>
    ({ metadata: { name, creationTimestamp: new Date(iso) }, status: { phase } }) as V1Pod;
  const pods = [
    at("old", "2026-01-01T00:00:00Z", "Failed"),
    at("done", "2026-01-01T00:00:05Z", "Succeeded"),
    at("tie-b", "2026-01-01T00:00:03Z", "Failed"),
    at("tie-a", "2026-01-01T00:00:03Z", "Running"),
    at("new", "2026-01-01T00:00:09Z", "Pending"),
  ];
  assert.deepEqual(
    crashedPodsNewestFirst(pods).map((p) => p.metadata?.name),
    ["new", "tie-b", "tie-a", "old"],
  );
});

test("fetchCrashedPodLogs: no pods → undefined; a failed list → undefined and a debug line", async () => {
  assert.equal(
    await fetchCrashedPodLogs({ core: fakeCore([], {}, []), namespace: "n", jobName: "j", tailLines: 5 }),
    undefined,
  );
  const debug: string[] = [];
  const failing = {
    listNamespacedPod: async () => {
      throw new ApiException(
        403,
        "Forbidden",
        JSON.stringify({ reason: "Forbidden", message: "pods is forbidden" }),
        {},
      );
    },
  } as unknown as CoreV1Api;
  const result = await fetchCrashedPodLogs({
    core: failing,
    namespace: "n",
    jobName: "j",
    tailLines: 5,
    flowRunId: "abc",
    logger: { debug: (fields, message) => debug.push(`${message} ${JSON.stringify(fields)}`) },
  });
  assert.equal(result, undefined);
  assert.equal(debug.length, 1);
  assert.match(
    debug[0]!,
    /^Failed to fetch crashed pod logs for flow run abc .*403 Forbidden: pods is forbidden/,
  );
});

test("fetchCrashedPodLogs: tailLines is passed on, and a current-log failure is a debug line", async () => {
  const seen: unknown[] = [];
  const debug: string[] = [];
  const core = {
    listNamespacedPod: async () => ({ items: [pod("p", { containers: ["main"] })] }),
    readNamespacedPodLog: async (p: object) => {
      seen.push(p);
      throw new ApiException(400, "Bad Request", JSON.stringify({ message: "container is waiting" }), {});
    },
  } as unknown as CoreV1Api;
  const logger = { debug: (_fields: object, message: string) => debug.push(message) };
  assert.equal(
    await fetchCrashedPodLogs({ core, namespace: "n", jobName: "j", tailLines: 7, logger }),
    undefined,
  );
  assert.deepEqual(seen, [
    { name: "p", namespace: "n", container: "main", tailLines: 7, previous: true },
    { name: "p", namespace: "n", container: "main", tailLines: 7 },
  ]);
  assert.deepEqual(debug, ["Could not fetch logs for container 'main' in pod 'p'"]);
});

test("pySplitLines and pyIsBlank follow Python's str.splitlines() and str.strip()", () => {
  assert.deepEqual(pySplitLines(""), []);
  assert.deepEqual(pySplitLines("a\n"), ["a"]);
  assert.deepEqual(pySplitLines("a\n\n"), ["a", ""]);
  assert.deepEqual(pySplitLines("a\r\nb\rc"), ["a", "b", "c"]);
  assert.ok(pyIsBlank("\x1f\x1c \u3000\x85"));
  assert.ok(!pyIsBlank("\ufeff"));
  assert.deepEqual(crashLogLines(" \n\n"), undefined);
  assert.deepEqual(crashLogLines("x\n \ny\n"), ["x", "y"]);
});

// ---------------------------------------------------------------------------------------------------------
// Messages and truncation, against `_send_crashed_pod_logs`.

const REFERENCE_MESSAGES = String.raw`
import json, sys
import prefect_kubernetes.observer as observer

class Recorder:
    def __init__(self):
        self.messages = []
        self.child = None
    def getChild(self, name):
        self.child = name
        return self
    def error(self, message):
        self.messages.append(message)

recorder = Recorder()
observer.flow_run_logger = lambda flow_run_id: recorder
entries = [observer._ContainerLogEntry(**e) for e in json.load(sys.stdin)]
observer._send_crashed_pod_logs("6f1bd4a8-4bd8-4b63-9b9e-2e4a2b7a1e0f", entries)
print(json.dumps({"child": recorder.child, "messages": recorder.messages}))
`;

function toPython(entries: ContainerLogEntry[]) {
  return entries.map((e) => ({
    pod_name: e.podName,
    container_name: e.containerName,
    container_type: e.containerType,
    lines: e.lines,
  }));
}

const ENTRIES: ContainerLogEntry[] = [
  {
    podName: "run-abc12-x7k2p",
    containerName: "prefect-job",
    containerType: "container",
    lines: ["Traceback (most recent call last):", "x".repeat(60), "ok"],
  },
  {
    podName: "run-abc12-q9z1m",
    containerName: "setup",
    containerType: "init container",
    lines: ["😀".repeat(45)],
  },
];

describe("crashed-pod messages (reference: _send_crashed_pod_logs)", { skip: noPython || false }, () => {
  for (const maxLogSize of [40, 45, 46, 10, DEFAULT_MAX_LOG_SIZE]) {
    test(`max log size ${maxLogSize}`, () => {
      const reference = runReference<{ child: string; messages: string[] }>(
        REFERENCE_MESSAGES,
        toPython(ENTRIES),
        { PREFECT_LOGGING_TO_API_MAX_LOG_SIZE: String(maxLogSize) },
      );
      assert.equal(reference.child, "observer");
      assert.deepEqual(crashedPodLogMessages(ENTRIES, maxLogSize), reference.messages);
    });
  }

  test("the default max log size is Prefect's", () => {
    const out = runReference<number>(
      "from prefect.settings import get_current_settings\nprint(get_current_settings().logging.to_api.max_log_size)",
      null,
    );
    assert.equal(out, DEFAULT_MAX_LOG_SIZE);
  });
});

test("crashedPodLogMessages: header, then each line; long lines end in '... [truncated]'", () => {
  assert.deepEqual(crashedPodLogMessages(ENTRIES.slice(0, 1), 20), [
    "Container logs from container 'prefect-job' in pod 'run-abc12-x7k2p':",
    "Trace... [truncated]",
    "xxxxx... [truncated]",
    "ok",
  ]);
  // Code points, not UTF-16 units: 45 emoji fit in 45.
  assert.equal(truncateLogLine("😀".repeat(45), 45), "😀".repeat(45));
  assert.equal(truncateLogLine("😀".repeat(46), 45), "😀".repeat(30) + "... [truncated]");
});

// ---------------------------------------------------------------------------------------------------------
// Streaming bookkeeping.

test("parseTimestampNs and splitTimestamp", () => {
  const second = BigInt(Date.parse("2026-11-22T22:27:57Z")) * 1_000_000n;
  assert.equal(parseTimestampNs("2026-11-22T22:27:57.536416891Z"), second + 536416891n);
  assert.equal(parseTimestampNs("2026-11-22T22:27:57.5Z"), second + 500000000n);
  assert.equal(parseTimestampNs("2026-11-22T23:27:57+01:00"), second);
  assert.equal(parseTimestampNs("yesterday"), undefined);
  assert.deepEqual(splitTimestamp("2026-11-22T22:27:57Z hello world"), {
    timestamp: "2026-11-22T22:27:57Z",
    ns: second,
    line: "hello world",
  });
  assert.deepEqual(splitTimestamp("2026-11-22T22:27:57Z"), {
    timestamp: "2026-11-22T22:27:57Z",
    ns: second,
    line: "",
  });
  assert.deepEqual(splitTimestamp("no timestamp here"), {
    timestamp: "",
    ns: undefined,
    line: "no timestamp here",
  });
});

function feed(point: ResumePoint, raws: string[]): string[] {
  point.startStream();
  return raws.map((r) => point.accept(r)?.line).filter((l): l is string => l !== undefined);
}

test("ResumePoint: a reconnect's repeated lines are skipped, new ones kept", () => {
  const point = new ResumePoint();
  assert.equal(point.sinceTime, undefined);
  assert.deepEqual(
    feed(point, ["2026-01-01T00:00:01.100Z a", "2026-01-01T00:00:01.200Z b", "2026-01-01T00:00:01.200Z c"]),
    ["a", "b", "c"],
  );
  // The API server passes sinceTime on in whole seconds.
  assert.equal(point.sinceTime, "2026-01-01T00:00:01Z");
  assert.deepEqual(
    feed(point, [
      "2026-01-01T00:00:01.100Z a",
      "2026-01-01T00:00:01.200Z b",
      "2026-01-01T00:00:01.200Z c",
      "2026-01-01T00:00:01.200Z d",
      "2026-01-01T00:00:01.300Z e",
    ]),
    ["d", "e"],
  );
  assert.deepEqual(feed(point, ["2026-01-01T00:00:01.300Z e", "2026-01-01T00:00:02Z f"]), ["f"]);
  assert.equal(point.sinceTime, "2026-01-01T00:00:02Z");
});

test("ResumePoint: out-of-order stamps (stdout vs stderr) are kept once the replay is past", () => {
  const point = new ResumePoint();
  assert.deepEqual(
    feed(point, ["2026-01-01T00:00:01.5Z out", "2026-01-01T00:00:01.4Z err", "2026-01-01T00:00:01.6Z out2"]),
    ["out", "err", "out2"],
  );
  assert.deepEqual(
    feed(point, [
      "2026-01-01T00:00:01.5Z out",
      "2026-01-01T00:00:01.4Z err",
      "2026-01-01T00:00:01.6Z out2",
      "2026-01-01T00:00:01.7Z new",
      "2026-01-01T00:00:01.65Z late err",
    ]),
    ["new", "late err"],
  );
});

test("LineSplitter: lines across chunks, UTF-8 split mid-character, the unterminated rest", () => {
  const splitter = new LineSplitter();
  const bytes = Buffer.from("héllo\nwörld\npartial");
  const cut = bytes.indexOf(0xc3) + 1; // inside "é"
  assert.deepEqual(splitter.push(bytes.subarray(0, cut)), []);
  assert.deepEqual(splitter.push(bytes.subarray(cut)), ["héllo", "wörld"]);
  assert.equal(splitter.end(), "partial");
  assert.equal(splitter.end(), undefined);
});

test("containerInstance: running, exited (restart coming or not), waiting", () => {
  const podWith = (policy: string, status: object, phase = "Running", extra: object = {}) =>
    ({
      metadata: { name: "p", ...extra },
      spec: { restartPolicy: policy, containers: [{ name: "c" }] },
      status: { phase, containerStatuses: [{ name: "c", ...status }] },
    }) as unknown as V1Pod;
  const terminated = (exitCode: number) => ({ state: { terminated: { exitCode } } });
  assert.deepEqual(containerInstance(podWith("Never", { restartCount: 0, state: { running: {} } }), "c"), {
    instance: 0,
    state: "running",
    final: false,
  });
  assert.deepEqual(
    containerInstance(podWith("Never", { restartCount: 0, ...terminated(1) }, "Failed"), "c"),
    {
      instance: 0,
      state: "exited",
      final: true,
    },
  );
  assert.equal(
    containerInstance(podWith("OnFailure", { restartCount: 0, ...terminated(1) }), "c").final,
    false,
  );
  assert.equal(
    containerInstance(podWith("OnFailure", { restartCount: 2, ...terminated(0) }), "c").final,
    true,
  );
  assert.equal(
    containerInstance(
      podWith("OnFailure", { restartCount: 0, ...terminated(1) }, "Running", {
        deletionTimestamp: new Date(),
      }),
      "c",
    ).final,
    true,
  );
  const backoff = {
    restartCount: 1,
    state: { waiting: { reason: "CrashLoopBackOff" } },
    lastState: { terminated: { exitCode: 1 } },
  };
  assert.deepEqual(containerInstance(podWith("OnFailure", backoff), "c"), {
    instance: 1,
    state: "exited",
    final: false,
  });
  assert.deepEqual(
    containerInstance(podWith("Never", { restartCount: 0, state: { waiting: {} } }, "Pending"), "c"),
    {
      instance: 0,
      state: "waiting",
      final: false,
    },
  );
  assert.deepEqual(containerInstance(podWith("Never", {}, "Failed"), "c"), {
    instance: 0,
    state: "waiting",
    final: true,
  });
});
