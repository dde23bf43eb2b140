// Crashed-pod logs and log streaming against the local API server and kubelet (pods run as local
// processes). The crash logs are compared with prefect-kubernetes' own `_fetch_crashed_pod_logs`, run
// against the same pods.
import * as k8s from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import type { AddressInfo, Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fetchCrashedPodLogs, followContainerLog, followJobLogs } from "../../src/kubernetes/pod-logs.ts";
import type { ContainerLogEntry } from "../../src/kubernetes/pod-logs.ts";
import {
  adminKubeConfig,
  createNamespace,
  deleteNamespace,
  eventually,
  serviceAccountKubeconfig,
} from "../harness/k8s.ts";
import { referencePython } from "../harness/reference-venv.ts";
import { readStackEnv } from "../harness/stack/state.ts";
import { coreApi } from "../../src/kubernetes/rest.ts";

const admin = adminKubeConfig();
const core = admin.makeApiClient(k8s.CoreV1Api);
const batch = admin.makeApiClient(k8s.BatchV1Api);
/** What the worker itself calls through (src/kubernetes/rest.ts). */
const ourCore = coreApi(admin);
let namespace: string;
let scratch: string;

before(async () => {
  namespace = await createNamespace(admin, "pod-logs");
  scratch = mkdtempSync(join(tmpdir(), "pod-logs-"));
});

after(async () => {
  if (namespace) await deleteNamespace(admin, namespace);
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------------------
// Fixtures.

function container(name: string, script: string, extra: Partial<k8s.V1Container> = {}): k8s.V1Container {
  return { name, image: "busybox", command: ["sh", "-c", script], ...extra };
}

async function createPod(
  name: string,
  spec: Partial<k8s.V1PodSpec> & { containers: k8s.V1Container[] },
  metadata: k8s.V1ObjectMeta = {},
): Promise<k8s.V1Pod> {
  return core.createNamespacedPod({
    namespace,
    body: {
      metadata: { name, ...metadata },
      spec: { restartPolicy: "Never", terminationGracePeriodSeconds: 1, ...spec },
    },
  });
}

async function createJob(name: string, backoffLimit: number, containers: k8s.V1Container[]): Promise<void> {
  await batch.createNamespacedJob({
    namespace,
    body: {
      metadata: { name },
      spec: {
        backoffLimit,
        template: { spec: { restartPolicy: "Never", terminationGracePeriodSeconds: 1, containers } },
      },
    },
  });
}

async function podPhase(name: string, phases: string[]): Promise<k8s.V1Pod> {
  return eventually(`pod ${name} in ${phases.join("/")}`, async () => {
    const pod = await core.readNamespacedPod({ name, namespace });
    return phases.includes(pod.status?.phase ?? "") ? pod : undefined;
  });
}

async function jobFailedPods(name: string, failed: number): Promise<void> {
  await eventually(
    `Job ${name} with ${failed} failed pods`,
    async () => {
      const job = await batch.readNamespacedJob({ name, namespace });
      return (job.status?.failed ?? 0) >= failed ? job : undefined;
    },
    120_000,
  );
}

/** A container that restarts once (restartPolicy OnFailure), counting its instances in an emptyDir. */
function countingScript(first: string, second: string): string {
  return [
    'n=$(cat "$KUBELET_POD_ROOTFS/state/n" 2>/dev/null || echo 0)',
    "n=$((n+1))",
    'echo "$n" > "$KUBELET_POD_ROOTFS/state/n"',
    `if [ "$n" -lt 2 ]; then ${first}; else ${second}; fi`,
  ].join("\n");
}

const stateVolume = {
  volumes: [{ name: "state", emptyDir: {} }],
};
const stateMount = { volumeMounts: [{ name: "state", mountPath: "/state" }] };

// ---------------------------------------------------------------------------------------------------------
// The reference.

interface PyEntry {
  pod_name: string;
  container_name: string;
  container_type: string;
  lines: string[];
}

const REFERENCE_FETCH = String.raw`
import asyncio, dataclasses, json, logging, sys
import prefect_kubernetes.observer as observer

async def main():
    out = []
    for case in json.load(sys.stdin):
        entries = await observer._fetch_crashed_pod_logs(
            flow_run_id="run", job_name=case["job"], namespace=case["namespace"],
            logger=logging.getLogger("test"))
        out.append(None if entries is None else [dataclasses.asdict(e) for e in entries])
    print(json.dumps(out))

asyncio.run(main())
`;

/** `_fetch_crashed_pod_logs` for each Job name, in one Python process (its settings come from env). */
function referenceFetch(jobs: string[], env: Record<string, string> = {}): (PyEntry[] | null)[] {
  const home = mkdtempSync(join(scratch, "python-home-"));
  const out = spawnSync(referencePython(), ["-c", REFERENCE_FETCH], {
    input: JSON.stringify(jobs.map((job) => ({ job, namespace }))),
    cwd: home,
    env: { PATH: "/usr/bin:/bin", HOME: home, KUBECONFIG: readStackEnv().kubeconfig, ...env },
    encoding: "utf8",
  });
  assert.equal(out.status, 0, out.stderr);
  const lines = out.stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1]!) as (PyEntry[] | null)[];
}

function asPython(entries: ContainerLogEntry[] | undefined): PyEntry[] | null {
  if (!entries) return null;
  return entries.map((e) => ({
    pod_name: e.podName,
    container_name: e.containerName,
    container_type: e.containerType,
    lines: e.lines,
  }));
}

async function ours(jobName: string, tailLines = 500): Promise<ContainerLogEntry[] | undefined> {
  return fetchCrashedPodLogs({ core: ourCore, namespace, jobName, tailLines });
}

// ---------------------------------------------------------------------------------------------------------
// Crashed-pod logs.

describe("fetchCrashedPodLogs", () => {
  const jobs = [
    "retry",
    "retry-other",
    "mixed",
    "sidecar-after",
    "primary-empty",
    "custom",
    "restarted",
    "tail",
    "nothing",
  ] as const;
  let reference: Record<string, PyEntry[] | null> = {};
  let retryPods: string[] = [];

  before(async () => {
    const label = (job: string) => ({ labels: { "job-name": job } });
    await Promise.all([
      // Two attempts of one Job (backoffLimit 1), and a Job whose name starts the same.
      createJob("retry", 1, [
        container("prefect-job", 'echo "attempt on $HOSTNAME"; echo "to stderr" >&2; exit 3'),
      ]),
      createJob("retry-other", 0, [container("prefect-job", "echo other job; exit 1")]),
      // A Succeeded pod of the same Job is left out.
      createPod("mixed-ok", { containers: [container("prefect-job", "echo fine")] }, label("mixed")),
      createPod("mixed-bad", { containers: [container("prefect-job", "echo bad; exit 1")] }, label("mixed")),
      // prefect-job has output: the sidecar is not read, even listed first.
      createPod(
        "sidecar-after",
        {
          containers: [
            container("sidecar", "echo sidecar noise"),
            container("prefect-job", "echo flow crashed; exit 1"),
          ],
        },
        label("sidecar-after"),
      ),
      // prefect-job only blank lines: init containers, then the other containers.
      createPod(
        "primary-empty",
        {
          initContainers: [container("init", "echo init says hi")],
          containers: [
            container("prefect-job", 'echo; echo "   "; exit 1'),
            container("sidecar", "echo sidecar says hi"),
            container("quiet", "true"),
          ],
        },
        label("primary-empty"),
      ),
      // No prefect-job among several containers: all of them.
      createPod(
        "custom",
        { containers: [container("app", "echo app failed; exit 1"), container("helper", "echo helper ran")] },
        label("custom"),
      ),
      // The crashed previous instance, not the fresh restart.
      createPod(
        "restarted",
        {
          restartPolicy: "OnFailure",
          ...stateVolume,
          containers: [
            container(
              "prefect-job",
              countingScript(
                'echo "instance $n crashed"; exit 1',
                'echo "instance $n running"; exec sleep 600',
              ),
              stateMount,
            ),
          ],
        },
        label("restarted"),
      ),
      createPod(
        "tail",
        {
          containers: [
            container("prefect-job", "for i in 1 2 3 4 5 6 7 8 9 10; do echo line $i; done; exit 1"),
          ],
        },
        label("tail"),
      ),
    ]);
    await Promise.all([
      jobFailedPods("retry", 2),
      jobFailedPods("retry-other", 1),
      podPhase("mixed-ok", ["Succeeded"]),
      ...["mixed-bad", "sidecar-after", "primary-empty", "custom", "tail"].map((p) =>
        podPhase(p, ["Failed"]),
      ),
      eventually("restarted pod's second instance", async () => {
        const pod = await core.readNamespacedPod({ name: "restarted", namespace });
        const status = pod.status?.containerStatuses?.[0];
        return (status?.restartCount ?? 0) >= 1 && status?.state?.running ? pod : undefined;
      }),
    ]);
    const pods = await core.listNamespacedPod({ namespace, labelSelector: "job-name=retry" });
    retryPods = pods.items
      .sort(
        (a, b) =>
          new Date(b.metadata!.creationTimestamp!).getTime() -
          new Date(a.metadata!.creationTimestamp!).getTime(),
      )
      .map((p) => p.metadata!.name!);
    const results = referenceFetch([...jobs]);
    reference = Object.fromEntries(jobs.map((job, i) => [job, results[i]!]));
  });

  test("only the Job's own pods (job-name), newest first across retries", async () => {
    assert.equal(retryPods.length, 2);
    const entries = await ours("retry");
    assert.deepEqual(
      entries,
      retryPods.map((podName) => ({
        podName,
        containerName: "prefect-job",
        containerType: "container",
        lines: [`attempt on ${podName}`, "to stderr"],
      })),
    );
    assert.deepEqual(asPython(entries), reference.retry);
    assert.deepEqual(asPython(await ours("retry-other")), reference["retry-other"]);
  });

  test("Succeeded pods are left out", async () => {
    const entries = await ours("mixed");
    assert.deepEqual(
      entries?.map((e) => [e.podName, e.lines]),
      [["mixed-bad", ["bad"]]],
    );
    assert.deepEqual(asPython(entries), reference.mixed);
  });

  test("the primary container before a sidecar", async () => {
    const entries = await ours("sidecar-after");
    assert.deepEqual(
      entries?.map((e) => [e.containerName, e.lines]),
      [["prefect-job", ["flow crashed"]]],
    );
    assert.deepEqual(asPython(entries), reference["sidecar-after"]);
  });

  test("a blank primary falls back to init containers, then the others", async () => {
    const entries = await ours("primary-empty");
    assert.deepEqual(
      entries?.map((e) => [e.containerType, e.containerName, e.lines]),
      [
        ["init container", "init", ["init says hi"]],
        ["container", "sidecar", ["sidecar says hi"]],
      ],
    );
    assert.deepEqual(asPython(entries), reference["primary-empty"]);
  });

  test("custom container names: every container", async () => {
    const entries = await ours("custom");
    assert.deepEqual(
      entries?.map((e) => [e.containerName, e.lines]),
      [
        ["app", ["app failed"]],
        ["helper", ["helper ran"]],
      ],
    );
    assert.deepEqual(asPython(entries), reference.custom);
  });

  test("the previous (crashed) instance before the running restart", async () => {
    const entries = await ours("restarted");
    assert.deepEqual(
      entries?.map((e) => e.lines),
      [["instance 1 crashed"]],
    );
    assert.deepEqual(asPython(entries), reference.restarted);
  });

  test("tail lines", async () => {
    assert.deepEqual(asPython(await ours("tail")), reference.tail);
    const entries = await ours("tail", 3);
    assert.deepEqual(
      entries?.map((e) => e.lines),
      [["line 8", "line 9", "line 10"]],
    );
    const [three] = referenceFetch(["tail"], {
      PREFECT_INTEGRATIONS_KUBERNETES_OBSERVER_FORWARD_CRASHED_RUN_LOGS_TAIL_LINES: "3",
    });
    assert.deepEqual(asPython(entries), three);
  });

  test("no pods: undefined", async () => {
    assert.equal(await ours("nothing"), undefined);
    assert.equal(reference.nothing, null);
  });

  test("without the right to list pods: undefined, and a debug line", async () => {
    await core.createNamespacedServiceAccount({ namespace, body: { metadata: { name: "nobody" } } });
    const { kubeConfig } = await serviceAccountKubeconfig(admin, namespace, "nobody", scratch);
    const debug: string[] = [];
    const entries = await fetchCrashedPodLogs({
      core: coreApi(kubeConfig),
      namespace,
      jobName: "retry",
      tailLines: 500,
      flowRunId: "run-1",
      logger: { debug: (fields, message) => debug.push(`${message} ${JSON.stringify(fields)}`) },
    });
    assert.equal(entries, undefined);
    assert.equal(debug.length, 1);
    assert.match(
      debug[0]!,
      /^Failed to fetch crashed pod logs for flow run run-1 .*403 Forbidden: pods is forbidden/,
    );
  });

  test("divergence: a tail that is one JSON document is forwarded as written (the reference repr()s it)", async () => {
    await createPod(
      "json-line",
      { containers: [container("prefect-job", `echo '{"level": "error", "msg": "boom"}'; exit 1`)] },
      { labels: { "job-name": "json-line" } },
    );
    await podPhase("json-line", ["Failed"]);
    const entries = await ours("json-line");
    assert.deepEqual(
      entries?.map((e) => e.lines),
      [['{"level": "error", "msg": "boom"}']],
    );
    const [reference] = referenceFetch(["json-line"]);
    assert.deepEqual(
      reference?.map((e) => e.lines),
      [["{'level': 'error', 'msg': 'boom'}"]],
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Streaming.

interface Proxy {
  server: Server;
  url: string;
  /** Connections cut so far. */
  cuts: () => number;
  /** Cuts every open connection and refuses new ones until `unblock`. */
  block: () => void;
  unblock: () => void;
}

/** A TCP proxy to the API server; with `lifetimeMs`, every connection is cut that long after it opened. */
async function apiProxy(lifetimeMs?: number): Promise<Proxy> {
  const target = new URL(readStackEnv().apiServerUrl);
  let cuts = 0;
  let blocked = false;
  const open = new Set<() => void>();
  const server = createServer((client) => {
    if (blocked) {
      client.destroy();
      return;
    }
    const upstream = createConnection({ host: target.hostname, port: Number(target.port) });
    client.pipe(upstream).pipe(client);
    const cut = () => {
      cuts++;
      close();
    };
    const timer = lifetimeMs === undefined ? undefined : setTimeout(cut, lifetimeMs);
    function close() {
      clearTimeout(timer);
      open.delete(cut);
      client.destroy();
      upstream.destroy();
    }
    open.add(cut);
    client.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `https://127.0.0.1:${port}`,
    cuts: () => cuts,
    block: () => {
      blocked = true;
      for (const cut of [...open]) cut();
    },
    unblock: () => {
      blocked = false;
    },
  };
}

function kubeConfigFor(server: string): k8s.KubeConfig {
  const kc = new k8s.KubeConfig();
  const env = readStackEnv();
  kc.loadFromString(readFileSync(env.kubeconfig, "utf8").replaceAll(env.apiServerUrl, server));
  return kc;
}

const slowScript = 'for i in $(seq 1 30); do echo "line $i"; sleep 0.2; done';
const expectedSlow = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`);

function collector() {
  const lines: string[] = [];
  const timestamps: string[] = [];
  return {
    lines,
    timestamps,
    onLine: (line: string, timestamp: string) => {
      lines.push(line);
      timestamps.push(timestamp);
    },
  };
}

describe("followContainerLog", () => {
  test(
    "every line of a slow printer, once and in order; ends when the container exits",
    { timeout: 120_000 },
    async () => {
      await createPod("slow", { containers: [container("prefect-job", slowScript)] });
      const seen = collector();
      const result = await followContainerLog({
        core: ourCore,
        kubeConfig: admin,
        namespace,
        podName: "slow",
        container: "prefect-job",
        onLine: seen.onLine,
        pollIntervalMs: 200,
      });
      assert.deepEqual(result, { lines: 30, reason: "terminated" });
      assert.deepEqual(seen.lines, expectedSlow);
      assert.ok(
        seen.timestamps.every((t) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(t)),
        seen.timestamps[0],
      );
    },
  );

  test(
    "connections cut every 700 ms: resumed from the last timestamp, no line lost or repeated",
    { timeout: 120_000 },
    async () => {
      const proxy = await apiProxy(700);
      try {
        const kc = kubeConfigFor(proxy.url);
        await createPod("slow-flaky", { containers: [container("prefect-job", slowScript)] });
        const seen = collector();
        const result = await followContainerLog({
          core: coreApi(kc),
          kubeConfig: kc,
          namespace,
          podName: "slow-flaky",
          container: "prefect-job",
          onLine: seen.onLine,
          pollIntervalMs: 200,
          maxBackoffMs: 300,
        });
        assert.deepEqual(seen.lines, expectedSlow);
        assert.deepEqual(result, { lines: 30, reason: "terminated" });
        assert.ok(proxy.cuts() >= 3, `only ${proxy.cuts()} connections were cut`);
      } finally {
        proxy.server.close();
      }
    },
  );

  test(
    "a container restarted under OnFailure: the new instance is followed too",
    { timeout: 120_000 },
    async () => {
      await createPod("restarting", {
        restartPolicy: "OnFailure",
        ...stateVolume,
        containers: [
          container(
            "prefect-job",
            countingScript(
              'for i in 1 2 3 4 5; do echo "first $i"; sleep 0.1; done; exit 1',
              'for i in 1 2 3 4 5; do echo "second $i"; sleep 0.1; done',
            ),
            stateMount,
          ),
        ],
      });
      const seen = collector();
      const result = await followContainerLog({
        core: ourCore,
        kubeConfig: admin,
        namespace,
        podName: "restarting",
        container: "prefect-job",
        onLine: seen.onLine,
        pollIntervalMs: 200,
      });
      assert.deepEqual(seen.lines, [
        ...[1, 2, 3, 4, 5].map((i) => `first ${i}`),
        ...[1, 2, 3, 4, 5].map((i) => `second ${i}`),
      ]);
      assert.deepEqual(result, { lines: 10, reason: "terminated" });
      const pod = await core.readNamespacedPod({ name: "restarting", namespace });
      assert.equal(pod.status?.containerStatuses?.[0]?.restartCount, 1);
    },
  );

  test(
    "the connection lost mid-instance until the restart: the rest comes from the previous log",
    { timeout: 120_000 },
    async () => {
      const proxy = await apiProxy();
      try {
        const kc = kubeConfigFor(proxy.url);
        await createPod("restarting-cut", {
          restartPolicy: "OnFailure",
          ...stateVolume,
          containers: [
            container(
              "prefect-job",
              countingScript(
                'for i in $(seq 1 10); do echo "first $i"; sleep 0.2; done; exit 1',
                'for i in $(seq 1 5); do echo "second $i"; sleep 0.2; done',
              ),
              stateMount,
            ),
          ],
        });
        const seen = collector();
        const debug: string[] = [];
        let unblocked: Promise<void> | undefined;
        const result = await followContainerLog({
          core: coreApi(kc),
          kubeConfig: kc,
          namespace,
          podName: "restarting-cut",
          container: "prefect-job",
          onLine: (line, timestamp) => {
            seen.onLine(line, timestamp);
            if (line !== "first 3") return;
            // Unreachable until the second instance runs: the first one's rest is only in the previous log.
            proxy.block();
            unblocked = eventually("the second instance running", async () => {
              const pod = await core.readNamespacedPod({ name: "restarting-cut", namespace });
              const status = pod.status?.containerStatuses?.[0];
              return (status?.restartCount ?? 0) >= 1 && status?.state?.running ? true : undefined;
            }).then(() => proxy.unblock());
          },
          pollIntervalMs: 200,
          maxBackoffMs: 300,
          logger: { debug: (_fields, message) => debug.push(message) },
        });
        await unblocked;
        assert.deepEqual(seen.lines, [
          ...Array.from({ length: 10 }, (_, i) => `first ${i + 1}`),
          ...Array.from({ length: 5 }, (_, i) => `second ${i + 1}`),
        ]);
        assert.deepEqual(result, { lines: 15, reason: "terminated" });
        assert.ok(debug.includes("reading the rest of a restarted instance's log"), debug.join("\n"));
      } finally {
        proxy.server.close();
      }
    },
  );

  test("abort ends it", { timeout: 60_000 }, async () => {
    await createPod("forever", {
      containers: [container("prefect-job", "while true; do echo tick; sleep 0.2; done")],
    });
    const controller = new AbortController();
    const seen: string[] = [];
    const result = await followContainerLog({
      core: ourCore,
      kubeConfig: admin,
      namespace,
      podName: "forever",
      container: "prefect-job",
      signal: controller.signal,
      pollIntervalMs: 200,
      onLine: (line) => {
        seen.push(line);
        if (seen.length === 3) controller.abort();
      },
    });
    assert.equal(result.reason, "aborted");
    assert.deepEqual(seen, ["tick", "tick", "tick"]);
    const again = await followContainerLog({
      core: ourCore,
      kubeConfig: admin,
      namespace,
      podName: "forever",
      container: "prefect-job",
      signal: AbortSignal.abort(),
      onLine: () => assert.fail("no line after an abort"),
    });
    assert.deepEqual(again, { lines: 0, reason: "aborted" });
  });

  test("a pod that never starts and is deleted: pod-gone", { timeout: 60_000 }, async () => {
    await createPod(
      "never",
      { containers: [container("prefect-job", "echo never")] },
      { annotations: { "kubelet.test.prefect.io/never-start": "true" } },
    );
    const following = followContainerLog({
      core: ourCore,
      kubeConfig: admin,
      namespace,
      podName: "never",
      container: "prefect-job",
      pollIntervalMs: 200,
      onLine: () => assert.fail("a pod that never started has no lines"),
    });
    await core.deleteNamespacedPod({ name: "never", namespace, gracePeriodSeconds: 0 });
    assert.deepEqual(await following, { lines: 0, reason: "pod-gone" });
  });

  test("a container the pod does not have: no-container", async () => {
    await createPod("other-names", { containers: [container("app", "echo hi")] });
    const result = await followContainerLog({
      core: ourCore,
      kubeConfig: admin,
      namespace,
      podName: "other-names",
      container: "prefect-job",
      onLine: () => assert.fail("no such container"),
    });
    assert.deepEqual(result, { lines: 0, reason: "no-container" });
  });
});

describe("followJobLogs", () => {
  test("each pod of a retried Job in turn, until the Job has failed", { timeout: 180_000 }, async () => {
    await createJob("followed", 1, [
      container("prefect-job", 'echo "start $HOSTNAME"; sleep 0.3; echo "end $HOSTNAME"; exit 1'),
    ]);
    const seen: [string, string][] = [];
    const result = await followJobLogs({
      core: ourCore,
      kubeConfig: admin,
      namespace,
      jobName: "followed",
      pollIntervalMs: 200,
      onLine: (line, _timestamp, podName) => seen.push([podName, line]),
    });
    assert.equal(result.reason, "finished");
    assert.equal(result.pods.length, 2);
    assert.deepEqual(
      seen,
      result.pods.flatMap((pod) => [
        [pod, `start ${pod}`],
        [pod, `end ${pod}`],
      ]),
    );
    assert.equal(result.lines, 4);
    const job = await batch.readNamespacedJob({ name: "followed", namespace });
    assert.ok(job.status?.conditions?.some((c) => c.type === "Failed" && c.status === "True"));
  });

  test("a Job that does not exist: job-gone", async () => {
    const result = await followJobLogs({
      core: ourCore,
      kubeConfig: admin,
      namespace,
      jobName: "missing",
      onLine: () => {},
    });
    assert.deepEqual(result, { lines: 0, pods: [], reason: "job-gone" });
  });
});
