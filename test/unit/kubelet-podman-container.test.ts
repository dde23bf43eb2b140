// Container mode of the local kubelet: how a pod's container becomes a `podman run` (podman-container.ts),
// checked on the chart's own worker pod shape, and the image map's `container` rule.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import type { V1Container, V1Pod } from "@kubernetes/client-node";
import { parseImageMap } from "../harness/kubelet/image-map.ts";
import {
  builtImage,
  containerMounts,
  nonRootViolation,
  podmanRunCommand,
  type ContainerRule,
} from "../harness/kubelet/podman-container.ts";

const rule: ContainerRule = { podman: ["podman", "--storage-driver", "vfs"], referenceFile: "/nonexistent" };

const worker: V1Container = {
  name: "prefect-worker",
  image: "prefect-worker:0.1.0",
  args: ["prefect", "worker", "start", "--pool", "p"],
  securityContext: {
    runAsUser: 1001,
    runAsNonRoot: true,
    readOnlyRootFilesystem: true,
    allowPrivilegeEscalation: false,
    capabilities: { drop: ["ALL"] },
  },
  volumeMounts: [
    { name: "scratch", mountPath: "/home/prefect" },
    { name: "scratch", mountPath: "/tmp", subPath: "tmp" },
    { name: "kube-api-access", mountPath: "/var/run/secrets/kubernetes.io/serviceaccount", readOnly: true },
    { name: "not-a-volume", mountPath: "/nowhere" },
  ],
};

const pod: V1Pod = {
  metadata: { name: "prefect-worker-abc", namespace: "ns", uid: "u-1" },
  spec: { containers: [worker], securityContext: { runAsGroup: 1001, fsGroup: 1001, runAsNonRoot: false } },
};

// mountSource creates a missing subPath directory, so the volumes live in a temp dir.
const podDir = mkdtempSync(join(tmpdir(), "podman-container-pod-"));
after(() => rmSync(podDir, { recursive: true, force: true }));
const volumeDirs = new Map([
  ["scratch", join(podDir, "volumes/scratch")],
  ["kube-api-access", join(podDir, "volumes/kube-api-access")],
]);

test("volumeMounts become host directory → mountPath pairs; subPath and readOnly kept, unknown volumes skipped", () => {
  assert.deepEqual(containerMounts(worker, volumeDirs, {}), [
    { source: `${podDir}/volumes/scratch`, target: "/home/prefect", readOnly: false },
    { source: `${podDir}/volumes/scratch/tmp`, target: "/tmp", readOnly: false },
    {
      source: `${podDir}/volumes/kube-api-access`,
      target: "/var/run/secrets/kubernetes.io/serviceaccount",
      readOnly: true,
    },
  ]);
});

test("a missing subPath is created; subPathExpr expands against the container's env, as in process mode", () => {
  const container: V1Container = {
    name: "c",
    volumeMounts: [{ name: "scratch", mountPath: "/data", subPathExpr: "runs/$(POD_NAME)" }],
  };
  assert.deepEqual(containerMounts(container, volumeDirs, { POD_NAME: "p-1" }), [
    { source: join(podDir, "volumes/scratch/runs/p-1"), target: "/data", readOnly: false },
  ]);
  assert.ok(existsSync(join(podDir, "volumes/scratch/runs/p-1")));
});

test("podman run: the securityContext (container over pod), mounts, env by name and the argv", () => {
  const env = { PREFECT_API_KEY: "pnu_secret", PATH: "/custom/bin", KUBERNETES_SERVICE_HOST: "127.0.0.1" };
  const command = podmanRunCommand(
    rule,
    {
      name: "k8s_prefect-worker_x",
      image: "localhost/prefect-worker:0.1.0-runtime-k",
      argv: ["prefect-worker", ...worker.args!],
      env,
      mounts: containerMounts(worker, volumeDirs, {}),
      pod,
      container: worker,
    },
    { PATH: "/usr/bin", HOME: "/root" },
  );
  assert.deepEqual(command.argv, [
    "podman",
    "--storage-driver",
    "vfs",
    "run",
    "--rm",
    "--name=k8s_prefect-worker_x",
    "--pull=never",
    "--network=host",
    "--label=io.kubernetes.pod.uid=u-1",
    "--label=io.kubernetes.container.name=prefect-worker",
    "--user=1001:1001",
    "--group-add=1001",
    "--read-only",
    "--read-only-tmpfs=false",
    "--security-opt=no-new-privileges",
    "--cap-drop=all",
    `--volume=${podDir}/volumes/scratch:/home/prefect`,
    `--volume=${podDir}/volumes/scratch/tmp:/tmp`,
    `--volume=${podDir}/volumes/kube-api-access:/var/run/secrets/kubernetes.io/serviceaccount:ro`,
    "--env=PREFECT_API_KEY",
    "--env=PATH=/custom/bin",
    "--env=KUBERNETES_SERVICE_HOST",
    '--entrypoint=["prefect-worker"]',
    "localhost/prefect-worker:0.1.0-runtime-k",
    "prefect",
    "worker",
    "start",
    "--pool",
    "p",
  ]);
  // The secret is in podman's environment only; podman keeps its own PATH and HOME.
  assert.ok(!command.argv.some((a) => a.includes("pnu_secret")));
  assert.equal(command.env.PREFECT_API_KEY, "pnu_secret");
  assert.equal(command.env.PATH, "/usr/bin");
  assert.equal(command.env.HOME, "/root");
});

test("runAsNonRoot: checked against runAsUser, else the image's numeric USER", () => {
  const plain: V1Container = { name: "c", image: "i" };
  const nonRoot = (security: V1Pod["spec"]): V1Pod => ({ metadata: { name: "p" }, spec: security });
  const asked = nonRoot({ containers: [plain], securityContext: { runAsNonRoot: true } });
  assert.equal(nonRootViolation(asked, plain, "1001:1001"), undefined);
  assert.match(nonRootViolation(asked, plain, "0") ?? "", /image will run as root/);
  assert.match(nonRootViolation(asked, plain, "prefect") ?? "", /non-numeric user \(prefect\)/);
  assert.match(nonRootViolation(asked, plain, "") ?? "", /non-numeric user \(root\)/);
  const root = { ...plain, securityContext: { runAsUser: 0 } };
  assert.match(nonRootViolation(asked, root, "1001") ?? "", /runAsUser breaks non-root policy/);
  assert.equal(nonRootViolation(nonRoot({ containers: [plain] }), plain, "0"), undefined);
});

test("builtImage reads the reference file, and is undefined before the image exists or when it is malformed", () => {
  const dir = mkdtempSync(join(tmpdir(), "podman-container-"));
  try {
    const file = join(dir, "worker-image.json");
    const of = (content?: string): string | undefined => {
      if (content !== undefined) writeFileSync(file, content);
      return builtImage({ ...rule, referenceFile: file });
    };
    assert.equal(of(), undefined);
    assert.equal(of('{"reference":"localhost/prefect-worker:x"}'), "localhost/prefect-worker:x");
    assert.equal(of("{not json"), undefined);
    assert.equal(of('{"reference":""}'), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the image map's container rule: parsed, and rejected with the field named when incomplete", () => {
  const map = parseImageMap(
    JSON.stringify({ images: [{ match: "*w:*", container: { podman: ["podman"], referenceFile: "/f" } }] }),
  );
  assert.deepEqual(map.images[0]!.container, { podman: ["podman"], referenceFile: "/f" });
  assert.equal(parseImageMap(JSON.stringify({ images: [{ match: "x" }] })).images[0]!.container, undefined);
  assert.throws(
    () => parseImageMap(JSON.stringify({ images: [{ match: "x", container: { podman: [] } }] })),
    /images\[0\]\.container needs podman/,
  );
});
