// The local kubelet against the running stack (`npm run stack -- up`): pods are created through the API
// server, bound by the real scheduler, and run by the kubelet as local processes. Each test works in its
// own namespace and deletes it at the end.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { PassThrough } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { after, before, describe, it } from "node:test";
import * as k8s from "@kubernetes/client-node";
import type { V1ContainerStatus, V1Pod, V1PodSpec } from "@kubernetes/client-node";
import { readStackEnv, type StackEnv } from "../harness/stack/state.ts";

let stack: StackEnv;
let kc: k8s.KubeConfig;
let core: k8s.CoreV1Api;
const namespaces: string[] = [];

before(() => {
  stack = readStackEnv();
  kc = new k8s.KubeConfig();
  kc.loadFromFile(stack.kubeconfig);
  core = kc.makeApiClient(k8s.CoreV1Api);
});

after(async () => {
  // Deleting a namespace also exercises pod deletion through the kubelet; no need to wait for it.
  await Promise.all(namespaces.map((name) => core.deleteNamespace({ name }).catch(() => undefined)));
});

function isNotFound(err: unknown): boolean {
  return err instanceof k8s.ApiException && err.code === 404;
}

async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 30_000,
  describeLast: () => string = () => "",
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}\n${describeLast()}`);
    await sleep(200);
  }
}

/** A fresh namespace whose `default` ServiceAccount exists (the ServiceAccount admission plugin needs it). */
async function newNamespace(): Promise<string> {
  const name = `kubelet-test-${randomBytes(4).toString("hex")}`;
  await core.createNamespace({ body: { metadata: { name } } });
  namespaces.push(name);
  await waitUntil(`the default ServiceAccount in ${name}`, async () => {
    try {
      return await core.readNamespacedServiceAccount({ name: "default", namespace: name });
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  });
  return name;
}

async function createPod(
  namespace: string,
  name: string,
  spec: Omit<V1PodSpec, "containers"> & { containers: V1PodSpec["containers"] },
  annotations?: Record<string, string>,
): Promise<V1Pod> {
  return core.createNamespacedPod({
    namespace,
    body: {
      metadata: { name, annotations },
      spec: {
        nodeSelector: { "kubernetes.io/hostname": stack.nodeName },
        terminationGracePeriodSeconds: 30,
        ...spec,
      },
    },
  });
}

function shell(
  script: string,
  extra: Partial<V1PodSpec["containers"][number]> = {},
): V1PodSpec["containers"][number] {
  return { name: "main", image: "busybox", command: ["sh", "-c", script], ...extra };
}

async function waitForPod(
  namespace: string,
  name: string,
  what: string,
  predicate: (pod: V1Pod) => boolean,
  timeoutMs = 30_000,
): Promise<V1Pod> {
  let last: V1Pod | undefined;
  return waitUntil(
    `pod ${namespace}/${name}: ${what}`,
    async () => {
      last = await core.readNamespacedPod({ namespace, name });
      return predicate(last) ? last : undefined;
    },
    timeoutMs,
    () => `last status: ${JSON.stringify(last?.status, null, 2)}`,
  );
}

const phaseIs =
  (...phases: string[]) =>
  (pod: V1Pod): boolean =>
    phases.includes(pod.status?.phase ?? "");

function status(pod: V1Pod, container = "main"): V1ContainerStatus {
  const s = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].find(
    (c) => c.name === container,
  );
  assert.ok(s, `no status for container ${container}: ${JSON.stringify(pod.status)}`);
  return s;
}

function logOf(
  namespace: string,
  name: string,
  options: Partial<k8s.CoreV1ApiReadNamespacedPodLogRequest> = {},
) {
  return core.readNamespacedPodLog({ namespace, name, container: "main", ...options });
}

/** `KEY=value` lines of a log as a map. */
function assignments(log: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of log.split("\n")) {
    const eq = line.indexOf("=");
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

describe("local kubelet", { concurrency: true, timeout: 180_000 }, () => {
  it("runs a failing container to Failed with its exit code and serves its log through the API server", async () => {
    const ns = await newNamespace();
    await createPod(ns, "fails", {
      restartPolicy: "Never",
      containers: [shell("echo hello; echo err >&2; exit 3")],
    });
    const pod = await waitForPod(ns, "fails", "Failed", phaseIs("Failed", "Succeeded"));
    assert.equal(pod.status?.phase, "Failed");
    const s = status(pod);
    assert.equal(s.state?.terminated?.exitCode, 3);
    assert.equal(s.state?.terminated?.reason, "Error");
    assert.match(s.containerID ?? "", /^local:\/\/\d+$/);
    assert.equal(pod.status?.podIP, pod.status?.hostIP);
    assert.ok(pod.status?.startTime);
    assert.equal(pod.spec?.nodeName, stack.nodeName);

    const log = await logOf(ns, "fails");
    assert.match(log, /^hello$/m);
    assert.match(log, /^err$/m);
    assert.equal((await logOf(ns, "fails", { tailLines: 1 })).split("\n").filter(Boolean).length, 1);
    assert.equal((await logOf(ns, "fails", { limitBytes: 3 })).length, 3);
    assert.match(
      await logOf(ns, "fails", { timestamps: true }),
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z hello$/m,
    );
  });

  it("builds the environment from values, Secrets, ConfigMaps, the downward API and envFrom", async () => {
    const ns = await newNamespace();
    await core.createNamespacedConfigMap({
      namespace: ns,
      body: { metadata: { name: "settings" }, data: { color: "blue", size: "XL" } },
    });
    await core.createNamespacedSecret({
      namespace: ns,
      body: { metadata: { name: "creds" }, stringData: { password: "s3cr3t", token: "tok" } },
    });
    const names =
      "PLAIN|EXPANDED|ESCAPED|PASSWORD|COLOR|POD_NAME|POD_NS|POD_UID|POD_LABEL|NODE|CFG_size|CFG_color|SEC_token";
    const created = await core.createNamespacedPod({
      namespace: ns,
      body: {
        metadata: { name: "env", labels: { team: "blue" } },
        spec: {
          restartPolicy: "Never",
          nodeSelector: { "kubernetes.io/hostname": stack.nodeName },
          containers: [
            {
              name: "main",
              image: "busybox",
              // $(POD_NAME) in args is expanded by the kubelet; the script reads it as $0.
              command: ["sh", "-c"],
              args: [`env | grep -E "^(${names})=" | sort; echo ARG=$0`, "$(POD_NAME)"],
              envFrom: [
                { prefix: "CFG_", configMapRef: { name: "settings" } },
                { prefix: "SEC_", secretRef: { name: "creds" } },
                { configMapRef: { name: "absent", optional: true } },
              ],
              env: [
                { name: "PLAIN", value: "plain value" },
                { name: "POD_NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } },
                { name: "EXPANDED", value: "name=$(POD_NAME)" },
                { name: "ESCAPED", value: "$$(POD_NAME)" },
                { name: "PASSWORD", valueFrom: { secretKeyRef: { name: "creds", key: "password" } } },
                { name: "COLOR", valueFrom: { configMapKeyRef: { name: "settings", key: "color" } } },
                { name: "POD_NS", valueFrom: { fieldRef: { fieldPath: "metadata.namespace" } } },
                { name: "POD_UID", valueFrom: { fieldRef: { fieldPath: "metadata.uid" } } },
                { name: "NODE", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } },
                { name: "POD_LABEL", valueFrom: { fieldRef: { fieldPath: "metadata.labels['team']" } } },
                { name: "CFG_size", value: "env wins over envFrom" },
              ],
            },
          ],
        },
      },
    });
    const pod = await waitForPod(ns, "env", "Succeeded", phaseIs("Failed", "Succeeded"));
    assert.equal(pod.status?.phase, "Succeeded");
    assert.equal(status(pod).state?.terminated?.reason, "Completed");
    assert.deepEqual(assignments(await logOf(ns, "env")), {
      PLAIN: "plain value",
      EXPANDED: "name=env",
      ESCAPED: "$(POD_NAME)",
      PASSWORD: "s3cr3t",
      COLOR: "blue",
      POD_NAME: "env",
      POD_NS: ns,
      POD_UID: created.metadata?.uid,
      NODE: stack.nodeName,
      POD_LABEL: "blue",
      CFG_size: "env wins over envFrom",
      CFG_color: "blue",
      SEC_token: "tok",
      ARG: "env",
    });
  });

  it("waits in CreateContainerConfigError for a missing Secret and starts once it exists", async () => {
    const ns = await newNamespace();
    await createPod(ns, "late-secret", {
      restartPolicy: "Never",
      containers: [
        shell("echo KEY=$KEY", {
          env: [{ name: "KEY", valueFrom: { secretKeyRef: { name: "later", key: "k" } } }],
        }),
      ],
    });
    const waiting = await waitForPod(
      ns,
      "late-secret",
      "CreateContainerConfigError",
      (p) => p.status?.containerStatuses?.[0]?.state?.waiting?.reason === "CreateContainerConfigError",
    );
    assert.match(status(waiting).state?.waiting?.message ?? "", /secret "later" not found/);
    assert.equal(waiting.status?.phase, "Pending");
    await core.createNamespacedSecret({
      namespace: ns,
      body: { metadata: { name: "later" }, stringData: { k: "v" } },
    });
    await waitForPod(ns, "late-secret", "Succeeded", phaseIs("Succeeded"));
    assert.equal(assignments(await logOf(ns, "late-secret")).KEY, "v");
  });

  it("mounts ConfigMap, downward API and emptyDir volumes under $KUBELET_POD_ROOTFS, after init containers", async () => {
    const ns = await newNamespace();
    await core.createNamespacedConfigMap({
      namespace: ns,
      body: { metadata: { name: "files" }, data: { "app.conf": "answer=42", other: "x" } },
    });
    await createPod(ns, "volumes", {
      restartPolicy: "Never",
      initContainers: [
        shell('echo from-init > "$KUBELET_POD_ROOTFS/scratch/init.txt"', {
          name: "init",
          volumeMounts: [{ name: "scratch", mountPath: "/scratch" }],
        }),
      ],
      containers: [
        shell(
          // The process starts in the mapped workingDir.
          'test "$(pwd -P)" = "$(cd "$KUBELET_POD_ROOTFS/work" && pwd -P)" && echo PWD=rootfs/work; ' +
            'cd "$KUBELET_POD_ROOTFS" && echo CONF=$(cat etc/app/app.conf) && echo ITEM=$(cat etc/items/renamed) ' +
            "&& echo SUB=$(cat etc/only.conf) && echo NS=$(cat podinfo/ns) && echo INIT=$(cat scratch/init.txt)",
          {
            workingDir: "/work",
            volumeMounts: [
              { name: "files", mountPath: "/etc/app", readOnly: true },
              { name: "items", mountPath: "/etc/items" },
              { name: "files", mountPath: "/etc/only.conf", subPath: "app.conf" },
              { name: "podinfo", mountPath: "/podinfo" },
              { name: "scratch", mountPath: "/scratch" },
            ],
          },
        ),
      ],
      volumes: [
        { name: "files", configMap: { name: "files" } },
        { name: "items", configMap: { name: "files", items: [{ key: "other", path: "renamed" }] } },
        {
          name: "podinfo",
          downwardAPI: { items: [{ path: "ns", fieldRef: { fieldPath: "metadata.namespace" } }] },
        },
        { name: "scratch", emptyDir: {} },
      ],
    });
    const pod = await waitForPod(ns, "volumes", "Succeeded", phaseIs("Failed", "Succeeded"));
    assert.equal(pod.status?.phase, "Succeeded", await logOf(ns, "volumes").catch(String));
    assert.equal(status(pod, "init").state?.terminated?.exitCode, 0);
    assert.deepEqual(assignments(await logOf(ns, "volumes")), {
      CONF: "answer=42",
      ITEM: "x",
      SUB: "answer=42",
      NS: ns,
      INIT: "from-init",
      PWD: "rootfs/work",
    });
  });

  it("fails the pod when an init container fails under restartPolicy Never", async () => {
    const ns = await newNamespace();
    await createPod(ns, "bad-init", {
      restartPolicy: "Never",
      initContainers: [shell("exit 7", { name: "init" })],
      containers: [shell("echo should-not-run")],
    });
    const pod = await waitForPod(ns, "bad-init", "Failed", phaseIs("Failed", "Succeeded", "Running"));
    assert.equal(pod.status?.phase, "Failed");
    assert.equal(status(pod, "init").state?.terminated?.exitCode, 7);
    assert.equal(status(pod).state?.waiting?.reason, "PodInitializing");
  });

  it("gives pods a service-account token and a KUBECONFIG that authenticates as the service account", async () => {
    const ns = await newNamespace();
    const kubectl = stack.tools.kubectl;
    assert.ok(kubectl, "env.json names no kubectl");
    await createPod(ns, "sa", {
      restartPolicy: "Never",
      containers: [
        shell(
          'sa="$KUBELET_POD_ROOTFS/var/run/secrets/kubernetes.io/serviceaccount"; ' +
            'test -s "$sa/token" && echo TOKEN=present; echo NS=$(cat "$sa/namespace"); ' +
            'test -s "$sa/ca.crt" && echo CA=present; test -f "$KUBECONFIG" && echo KUBECONFIG=present; ' +
            "echo HOST=$KUBERNETES_SERVICE_HOST:$KUBERNETES_SERVICE_PORT; " +
            `echo WHOAMI=$("${kubectl}" auth whoami -o jsonpath='{.status.userInfo.username}')`,
        ),
      ],
    });
    const pod = await waitForPod(ns, "sa", "Succeeded", phaseIs("Failed", "Succeeded"));
    const log = await logOf(ns, "sa");
    assert.equal(pod.status?.phase, "Succeeded", log);
    const api = new URL(stack.apiServerUrl);
    assert.deepEqual(assignments(log), {
      TOKEN: "present",
      NS: ns,
      CA: "present",
      KUBECONFIG: "present",
      HOST: `${api.hostname}:${api.port}`,
      WHOAMI: `system:serviceaccount:${ns}:default`,
    });
  });

  it("restarts a failing container under restartPolicy OnFailure with back-off", async () => {
    const ns = await newNamespace();
    await createPod(ns, "crashy", {
      restartPolicy: "OnFailure",
      containers: [shell("echo attempt; exit 1")],
    });
    const reasons = new Set<string>();
    const pod = await waitForPod(ns, "crashy", "restartCount >= 2", (p) => {
      const s = p.status?.containerStatuses?.[0];
      if (s?.state?.waiting?.reason) reasons.add(s.state.waiting.reason);
      return (s?.restartCount ?? 0) >= 2;
    });
    const s = status(pod);
    assert.equal(s.lastState?.terminated?.exitCode, 1);
    assert.ok(reasons.has("CrashLoopBackOff"), `waiting reasons seen: ${[...reasons].join(", ")}`);
    assert.notEqual(pod.status?.phase, "Failed");
    assert.match(await logOf(ns, "crashy", { previous: true }), /^attempt$/m);
  });

  it("delivers SIGTERM on deletion and removes the pod once its process has exited", async () => {
    const ns = await newNamespace();
    await createPod(ns, "graceful", {
      containers: [shell('trap "echo got-term; exit 0" TERM; echo started; while true; do sleep 0.2; done')],
    });
    await waitForPod(ns, "graceful", "Running", (p) => p.status?.containerStatuses?.[0]?.ready === true);
    await waitUntil("the first log line", async () =>
      (await logOf(ns, "graceful")).includes("started") ? true : undefined,
    );

    // Follow the log through the API server; it is the only way to see output after the pod is gone.
    const followed = new PassThrough();
    let output = "";
    followed.on("data", (d: Buffer) => (output += d.toString()));
    const follow = await new k8s.Log(kc).log(ns, "graceful", "main", followed, { follow: true });

    // The DELETED event carries the pod's last status.
    let final: V1Pod | undefined;
    const watch = await new k8s.Watch(kc).watch(
      `/api/v1/namespaces/${ns}/pods`,
      { fieldSelector: "metadata.name=graceful" },
      (type, obj: V1Pod) => {
        if (type === "DELETED") final = obj;
      },
      () => undefined,
    );
    const started = Date.now();
    await core.deleteNamespacedPod({ namespace: ns, name: "graceful" });
    await waitUntil("the pod to disappear", async () => {
      try {
        await core.readNamespacedPod({ namespace: ns, name: "graceful" });
        return undefined;
      } catch (err) {
        if (isNotFound(err)) return true;
        throw err;
      }
    });
    assert.ok(Date.now() - started < 20_000, "the kubelet should not wait out the grace period");
    await waitUntil("the DELETED event", async () => final);
    watch.abort();
    await waitUntil(
      "got-term in the followed log",
      async () => (output.includes("got-term") ? true : undefined),
      5000,
      () => output,
    );
    follow.abort();
    assert.equal(final?.status?.containerStatuses?.[0]?.state?.terminated?.exitCode, 0);
    assert.equal(final?.status?.phase, "Succeeded");
  });

  it("kills a pod that exceeds activeDeadlineSeconds", async () => {
    const ns = await newNamespace();
    await createPod(ns, "deadline", {
      activeDeadlineSeconds: 2,
      restartPolicy: "Never",
      containers: [shell("sleep 60")],
    });
    const pod = await waitForPod(ns, "deadline", "Failed", phaseIs("Failed", "Succeeded"));
    assert.equal(pod.status?.phase, "Failed");
    assert.equal(pod.status?.reason, "DeadlineExceeded");
    assert.notEqual(status(pod).state?.terminated?.exitCode, undefined);
  });

  it("failure mode: images that cannot be pulled leave the pod Pending in ErrImagePull / ImagePullBackOff", async () => {
    const ns = await newNamespace();
    await createPod(ns, "unpullable", {
      containers: [
        { name: "registry", image: "unpullable.invalid/app:1" },
        { name: "tag", image: "busybox:does-not-exist" },
      ],
    });
    await createPod(
      ns,
      "annotated",
      { containers: [shell("echo should-not-run")] },
      { "kubelet.test.prefect.io/image-pull": "fail" },
    );
    const pullReasons = ["ErrImagePull", "ImagePullBackOff"];
    for (const [name, containers] of [
      ["unpullable", ["registry", "tag"]],
      ["annotated", ["main"]],
    ] as const) {
      const pod = await waitForPod(ns, name, "ErrImagePull", (p) =>
        containers.every((c) =>
          pullReasons.includes(
            p.status?.containerStatuses?.find((s) => s.name === c)?.state?.waiting?.reason ?? "",
          ),
        ),
      );
      assert.equal(pod.status?.phase, "Pending");
      for (const c of containers) assert.equal(status(pod, c).containerID, undefined);
    }
    const first = await waitForPod(
      ns,
      "annotated",
      "ErrImagePull with a message",
      (p) => p.status?.containerStatuses?.[0]?.state?.waiting?.reason === "ErrImagePull",
    );
    assert.match(status(first).state?.waiting?.message ?? "", /^rpc error: .*pull access denied/);
    const backoff = await waitForPod(
      ns,
      "annotated",
      "ImagePullBackOff",
      (p) => p.status?.containerStatuses?.[0]?.state?.waiting?.reason === "ImagePullBackOff",
      15_000,
    );
    assert.equal(backoff.status?.phase, "Pending");
    await waitForPod(
      ns,
      "annotated",
      "ErrImagePull again",
      (p) => p.status?.containerStatuses?.[0]?.state?.waiting?.reason === "ErrImagePull",
      15_000,
    );
  });

  it("failure mode: oom-kill-after-seconds ends the container as OOMKilled with exit code 137", async () => {
    const ns = await newNamespace();
    await createPod(
      ns,
      "oom",
      { restartPolicy: "Never", containers: [shell("echo started; sleep 60")] },
      { "kubelet.test.prefect.io/oom-kill-after-seconds": "1" },
    );
    const pod = await waitForPod(ns, "oom", "Failed", phaseIs("Failed", "Succeeded"));
    assert.equal(pod.status?.phase, "Failed");
    const t = status(pod).state?.terminated;
    assert.equal(t?.reason, "OOMKilled");
    assert.equal(t?.exitCode, 137);
    const ranMs = new Date(t!.finishedAt!).getTime() - new Date(t!.startedAt!).getTime();
    assert.ok(ranMs >= 500 && ranMs < 10_000, `ran for ${ranMs} ms`);
  });

  it("failure mode: never-start keeps the pod Pending in ContainerCreating, and it can still be deleted", async () => {
    const ns = await newNamespace();
    await createPod(
      ns,
      "stuck",
      { containers: [shell("echo should-not-run")] },
      { "kubelet.test.prefect.io/never-start": "true" },
    );
    await waitForPod(
      ns,
      "stuck",
      "a status from the kubelet",
      (p) => (p.status?.containerStatuses?.length ?? 0) > 0,
    );
    await sleep(4000);
    const pod = await core.readNamespacedPod({ namespace: ns, name: "stuck" });
    assert.equal(pod.status?.phase, "Pending");
    assert.equal(status(pod).state?.waiting?.reason, "ContainerCreating");
    assert.equal(status(pod).containerID, undefined);
    await core.deleteNamespacedPod({ namespace: ns, name: "stuck" });
    await waitUntil("the never-started pod to disappear", async () => {
      try {
        await core.readNamespacedPod({ namespace: ns, name: "stuck" });
        return undefined;
      } catch (err) {
        if (isNotFound(err)) return true;
        throw err;
      }
    });
  });
});
