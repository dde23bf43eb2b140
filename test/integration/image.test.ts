// The worker image as users get it: built from the Dockerfile by scripts/image/build.ts (podman, through
// the runc shim), then run as the chart runs the container: read-only root filesystem, uid/gid 1001, HOME
// and /tmp on writable tmpfs, all capabilities dropped, no new privileges, the chart's argv. The shipped
// variant (the Dockerfile's default target) gets every test; the bookworm-slim variant, kept for the size
// comparison, gets the same run-time tests so that "ship the smaller one" stays a choice between equals.
// `start` runs against the stack's Prefect server and API server, the way a pod reaches them: the
// ServiceAccount token, CA and namespace at /var/run/secrets/kubernetes.io/serviceaccount and the
// KUBERNETES_SERVICE_* variables (in-cluster config), on the host's loopback network.
import * as k8s from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { buildImage, buildWorkerImage, type ImageSummary, type Variant } from "../../scripts/image/build.ts";
import { podmanGlobalArgs } from "../../scripts/image/podman.ts";
import { adminKubeConfig, createNamespace, deleteNamespace, eventually, uniqueName } from "../harness/k8s.ts";
import { repoRoot } from "../harness/paths.ts";
import {
  createDeployment,
  createPool,
  createScheduledRun,
  suspendedJobTemplate,
} from "../harness/prefect-fixtures.ts";
import { readStackEnv } from "../harness/stack/state.ts";

const packageJson = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };
const defaultTemplate = JSON.parse(
  readFileSync(join(repoRoot, "test/fixtures/kubernetes-default-base-job-template.json"), "utf8"),
) as unknown;

/**
 * The chart's emptyDir for HOME, as the kubelet makes one: a fresh world-writable directory on the host.
 * (A tmpfs would not do: runc gives a tmpfs mount point the mode of the image's directory and root as its
 * owner, so uid 1001 could not write there.)
 */
function emptyDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "image-home-"));
  chmodSync(dir, 0o777);
  emptyDirs.push(dir);
  return dir;
}
const emptyDirs: string[] = [];
after(() => {
  for (const dir of emptyDirs) rmSync(dir, { recursive: true, force: true });
});

/** What the chart's pod spec asks of the container runtime, as podman flags. */
function asTheChartRunsIt(): string[] {
  return [
    "--read-only",
    "--read-only-tmpfs=false",
    "--user=1001:1001",
    "--cap-drop=all",
    "--security-opt=no-new-privileges",
    `--volume=${emptyDir()}:/home/prefect`,
    "--tmpfs=/tmp:rw,mode=1777",
  ];
}

interface RunOptions {
  entrypoint?: string;
  /** none unless the test talks to the stack (then host: its servers are on loopback). */
  network?: "none" | "host";
  flags?: string[];
  env?: Record<string, string>;
}

function podmanSync(args: string[], env?: Record<string, string>): SpawnSyncReturns<string> {
  return spawnSync("podman", [...podmanGlobalArgs, ...args], {
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, ...env },
  });
}

function runImage(image: string, args: string[], options: RunOptions = {}): SpawnSyncReturns<string> {
  return podmanSync(
    [
      "run",
      "--rm",
      `--network=${options.network ?? "none"}`,
      ...asTheChartRunsIt(),
      ...(options.flags ?? []),
      // Values travel in podman's environment, never on its command line.
      ...Object.keys(options.env ?? {}).map((name) => `--env=${name}`),
      ...(options.entrypoint ? [`--entrypoint=${JSON.stringify([options.entrypoint])}`] : []),
      image,
      ...args,
    ],
    options.env,
  );
}

/** Every path in the image's layers (from the OCI archive), without a leading "./". */
function imagePaths(summary: ImageSummary): string[] {
  const dir = mkdtempSync(join(tmpdir(), "image-layers-"));
  try {
    const untar = spawnSync("tar", ["-xf", summary.archive, "-C", dir, "index.json", "blobs"], {
      encoding: "utf8",
    });
    assert.equal(untar.status, 0, untar.stderr);
    const paths: string[] = [];
    for (const layer of summary.layers) {
      const blob = join(dir, "blobs", ...layer.digest.split(":"));
      const list = spawnSync("tar", ["-tzf", blob], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
      assert.equal(list.status, 0, list.stderr);
      paths.push(...list.stdout.split("\n").filter(Boolean));
    }
    return paths.map((p) => p.replace(/^\.\//, "").replace(/\/$/, ""));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const variants: { variant: Variant; shipped: boolean }[] = [
  { variant: "runtime", shipped: true },
  { variant: "slim", shipped: false },
];

for (const { variant, shipped } of variants) {
  describe(`the ${variant} image${shipped ? " (shipped)" : ""}, run as the chart runs it`, () => {
    let summary: ImageSummary;
    let image = "";

    before(async () => {
      summary = shipped ? await buildWorkerImage() : await buildImage(variant);
      image = summary.reference;
      console.log(
        `# ${image}: ${(summary.bytes / 1e6).toFixed(1)} MB uncompressed, ` +
          `${(summary.gzipBytes / 1e6).toFixed(1)} MB gzip, ${summary.layers.length} layers`,
      );
    });

    test("its config: USER 1001:1001, ENTRYPOINT prefect-worker, HOME and WORKDIR /home/prefect", () => {
      const inspect = podmanSync(["image", "inspect", "--format={{json .Config}}", image]);
      assert.equal(inspect.status, 0, inspect.stderr);
      const config = JSON.parse(inspect.stdout) as {
        User?: string;
        Entrypoint?: string[];
        Cmd?: string[] | null;
        WorkingDir?: string;
        Env?: string[];
      };
      assert.equal(config.User, "1001:1001");
      assert.deepEqual(config.Entrypoint, ["prefect-worker"]);
      assert.equal(config.WorkingDir, "/home/prefect");
      assert.ok(config.Env?.includes("HOME=/home/prefect"), String(config.Env));
    });

    test("prefect-worker --version", () => {
      const result = runImage(image, ["--version"]);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout, `${packageJson.version}\n`);
    });

    test("command [prefect] (the compatibility command on PATH): --help lists worker and work-pool", () => {
      const result = runImage(image, ["--help"], { entrypoint: "prefect" });
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /^ {2}prefect worker\s/m);
      assert.match(result.stdout, /^ {2}prefect work-pool\s/m);
    });

    test("prints the default base job template (prefect work-pool get-default-base-job-template)", () => {
      const result = runImage(image, [
        "prefect",
        "work-pool",
        "get-default-base-job-template",
        "--type",
        "kubernetes",
      ]);
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual(JSON.parse(result.stdout), defaultTemplate);
    });

    test("the chart's default args after the ENTRYPOINT: prefect worker start --help", () => {
      const result = runImage(image, ["prefect", "worker", "start", "--help"]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /^prefect-worker prefect worker start\n/);
      for (const flag of [
        "--pool",
        "--type",
        "--install-policy",
        "--with-healthcheck",
        "--base-job-template",
      ]) {
        assert.match(result.stdout, new RegExp(`\\s${flag}\\s`), flag);
      }
    });

    test("uid/gid 1001, the root filesystem read-only, HOME writable", () => {
      const script = [
        `const fs = require("node:fs");`,
        `let root = "written";`,
        `try { fs.writeFileSync("/app/x", "x"); } catch (e) { root = e.code; }`,
        `fs.writeFileSync(process.env.HOME + "/x", "x");`,
        `console.log([process.getuid(), process.getgid(), process.env.HOME, process.cwd(), root].join(" "));`,
      ].join(" ");
      const result = runImage(image, ["-e", script], { entrypoint: "node" });
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout.trim(), "1001 1001 /home/prefect /home/prefect EROFS");
    });

    test("sync-base-job-template, as the chart's init container runs it (a mounted template, the stack's server)", () => {
      const dir = mkdtempSync(join(tmpdir(), "image-sync-"));
      try {
        copyFileSync(
          join(repoRoot, "test/fixtures/kubernetes-default-base-job-template.json"),
          join(dir, "t.json"),
        );
        chmodSync(dir, 0o755);
        chmodSync(join(dir, "t.json"), 0o644);
        const pool = uniqueName("image-sync");
        const result = runImage(
          image,
          ["sync-base-job-template", "--pool", pool, "--base-job-template", "/config/t.json"],
          {
            network: "host",
            flags: [`--volume=${dir}:/config:ro`],
            env: { PREFECT_API_URL: readStackEnv().prefectApiUrl },
          },
        );
        assert.equal(result.status, 0, result.stderr);
        assert.match(result.stdout, new RegExp(`^Work pool '${pool}' does not exist yet`));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test("the layers hold the bundle only: no node_modules, sources, source maps, npm or build secrets", () => {
      const paths = imagePaths(summary);
      const app = paths.filter((p) => p.startsWith("app/"));
      assert.ok(app.includes("app/dist/cli/main.js") && app.includes("app/dist/cli/prefect.js"));
      const unexpected = app.filter((p) => p.includes("node_modules") || /\.(ts|map)$/.test(p));
      assert.deepEqual(unexpected, []);
      // The build's npm cache and the registry CA given to the build are mounts, never layer content (a
      // RUN step in a shipped stage would leave their mount points behind: neither stage has one).
      const leaked = paths.filter((p) =>
        /(^|\/)\.npmrc$|^root\/\.npm(\/|$)|build-host-ca|^usr\/local\/etc\/npmrc$|^staging/.test(p),
      );
      assert.deepEqual(leaked, []);
      const npm = paths.filter((p) =>
        /^usr\/local\/(bin\/(npm|npx|corepack)|lib\/node_modules\/.+)$/.test(p),
      );
      // runtime-slim is the whole base, npm included; the shipped image has none of it.
      if (shipped) assert.deepEqual(npm, []);
      else assert.ok(npm.length > 0, "runtime-slim keeps the base's npm");
    });

    if (shipped) {
      test("no shell and no package manager: only node, env, the libraries they link and the worker", () => {
        const paths = imagePaths(summary);
        for (const absent of [
          "bin/sh",
          "usr/bin/sh",
          "bin/bash",
          "usr/bin/bash",
          "usr/bin/apt",
          "usr/bin/dpkg",
        ]) {
          assert.ok(!paths.includes(absent), `${absent} is in the image`);
        }
        const executables = paths.filter((p) => /^usr\/(local\/)?s?bin\/[^/]+$/.test(p)).sort();
        assert.deepEqual(executables, [
          "usr/bin/env",
          "usr/local/bin/node",
          "usr/local/bin/prefect",
          "usr/local/bin/prefect-worker",
        ]);
        const result = runImage(image, ["-c", "true"], { entrypoint: "sh" });
        assert.notEqual(result.status, 0);
        assert.match(result.stderr, /executable file not found/);
      });

      test("at most 150 MB uncompressed", () => {
        assert.ok(summary.bytes <= 150e6, `${(summary.bytes / 1e6).toFixed(1)} MB`);
      });

      test("its SBOM (npm sbom, CycloneDX) lists the runtime dependencies and no dev dependency", () => {
        const sbom = JSON.parse(readFileSync(summary.sbom, "utf8")) as {
          bomFormat: string;
          components: { name: string; version: string }[];
        };
        assert.equal(sbom.bomFormat, "CycloneDX");
        const names = new Set(sbom.components.map((c) => c.name));
        for (const dependency of ["@kubernetes/client-node", "pino", "ajv", "yargs", "undici"]) {
          assert.ok(names.has(dependency), dependency);
        }
        for (const dev of ["typescript", "esbuild", "eslint", "prettier"]) assert.ok(!names.has(dev), dev);
      });
    }
  });
}

describe("the shipped image runs `prefect worker start` with in-cluster config and gives a flow run its Job", () => {
  const kc = adminKubeConfig();
  const stack = readStackEnv();
  let namespace = "";
  let secrets = "";
  const binding = uniqueName("image-worker");

  before(async () => {
    namespace = await createNamespace(kc, "image-start");
    const core = kc.makeApiClient(k8s.CoreV1Api);
    await core.createNamespacedServiceAccount({ namespace, body: { metadata: { name: "prefect-worker" } } });
    await kc.makeApiClient(k8s.RbacAuthorizationV1Api).createClusterRoleBinding({
      body: {
        metadata: { name: binding },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "cluster-admin" },
        subjects: [{ kind: "ServiceAccount", name: "prefect-worker", namespace }],
      },
    });
    const token = await core.createNamespacedServiceAccountToken({
      name: "prefect-worker",
      namespace,
      body: { spec: { audiences: [], expirationSeconds: 3600 } },
    });
    // What the kubelet projects for a pod's ServiceAccount: token, ca.crt, namespace; readable by the pod.
    secrets = mkdtempSync(join(tmpdir(), "image-sa-"));
    chmodSync(secrets, 0o755);
    writeFileSync(join(secrets, "token"), token.status!.token!, { mode: 0o644 });
    writeFileSync(join(secrets, "ca.crt"), readFileSync(stack.caFile), { mode: 0o644 });
    writeFileSync(join(secrets, "namespace"), namespace, { mode: 0o644 });
  });

  after(async () => {
    await kc
      .makeApiClient(k8s.RbacAuthorizationV1Api)
      .deleteClusterRoleBinding({ name: binding })
      .catch(() => undefined);
    if (namespace) await deleteNamespace(kc, namespace);
    if (secrets) rmSync(secrets, { recursive: true, force: true });
  });

  test("a scheduled run becomes a Job; SIGTERM stops the container cleanly", async () => {
    const summary = await buildWorkerImage();
    const pool = uniqueName("image-pool");
    await createPool(pool, suspendedJobTemplate());
    const deployment = await createDeployment({
      pool,
      name: uniqueName("image"),
      jobVariables: { namespace },
    });
    const run = await createScheduledRun(deployment.id);
    const apiServer = new URL(stack.apiServerUrl);
    const env = {
      PREFECT_API_URL: stack.prefectApiUrl,
      KUBERNETES_SERVICE_HOST: apiServer.hostname,
      KUBERNETES_SERVICE_PORT: apiServer.port,
      PREFECT_WORKER_QUERY_SECONDS: "1",
      PREFECT_WORKER_HEARTBEAT_SECONDS: "2",
    };
    const name = uniqueName("image-worker");
    const container = spawn(
      "podman",
      [
        ...podmanGlobalArgs,
        "run",
        "--rm",
        `--name=${name}`,
        "--network=host",
        ...asTheChartRunsIt(),
        `--volume=${secrets}:/var/run/secrets/kubernetes.io/serviceaccount:ro`,
        ...Object.keys(env).map((n) => `--env=${n}`),
        summary.reference,
        "prefect",
        "worker",
        "start",
        "--pool",
        pool,
        "--type",
        "kubernetes",
      ],
      { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    container.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    container.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => container.on("close", (code) => resolve(code)));
    try {
      const batch = kc.makeApiClient(k8s.BatchV1Api);
      const job = await eventually(
        `a Job for flow run ${run.id}`,
        async () =>
          (
            await batch.listNamespacedJob({ namespace, labelSelector: `prefect.io/flow-run-id=${run.id}` })
          ).items.at(0),
        90_000,
        500,
      );
      assert.equal(job.metadata?.namespace, namespace);
      assert.match(output, /submitted to infrastructure/);
    } finally {
      podmanSync(["kill", "--signal=TERM", name]);
    }
    const code = await exited;
    assert.equal(code, 0, output.slice(-3000));
  });
});
