// The worker image without a container engine: scripts/image/install.sh (the Dockerfile's build step)
// stages the image's files into a temp dir, a read-only copy (root-owned, no write bits) stands in for the
// image's root filesystem — with this project's Node binary as /usr/local/bin/node, as in the Node base
// image — and the commands run from it as uid/gid 1001 with HOME and cwd on a fresh writable dir, as the
// chart runs the container (read-only root filesystem, emptyDir at /home/prefect).
// The Dockerfile's own lines (FROM, COPY, USER, ENTRYPOINT) are checked for consistency with that, not run.
import assert from "node:assert/strict";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, test } from "node:test";
import { uniqueName } from "../harness/k8s.ts";
import { repoRoot } from "../harness/paths.ts";
import { readStackEnv } from "../harness/stack/state.ts";

const IMAGE_UID = 1001;
const isRoot = process.getuid?.() === 0;
const skip = isRoot ? false : "needs root: the read-only copy is root-owned and the commands run as uid 1001";

const packageJson = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };

let work = "";
/** The read-only root filesystem stand-in. */
let rootfs = "";
/** HOME and cwd of every command: the emptyDir of the chart. */
let home = "";
let snapshotBefore = new Map<string, string>();

/** Every path under dir with what would change if something wrote there. */
function snapshot(dir: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const path of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const stat = lstatSync(join(dir, path));
    entries.set(path, `${stat.mode}:${stat.size}:${stat.mtimeMs}:${stat.uid}`);
  }
  return entries;
}

function makeReadOnly(dir: string): void {
  for (const path of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const full = join(dir, path);
    const stat = lstatSync(full);
    if (!stat.isSymbolicLink()) chmodSync(full, stat.mode & 0o7555);
  }
  chmodSync(dir, 0o555);
}

/** Runs a command of the image by name (PATH lookup, as the ENTRYPOINT is resolved) as uid/gid 1001. */
function runAsImageUser(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd: home,
    uid: IMAGE_UID,
    gid: IMAGE_UID,
    env: { PATH: `${join(rootfs, "usr/local/bin")}:/usr/bin:/bin`, HOME: home, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("the worker image, staged by scripts/image/install.sh", { skip }, () => {
  before(() => {
    work = mkdtempSync(join(tmpdir(), "image-test-"));
    // uid 1001 must be able to walk to the copy.
    chmodSync(work, 0o755);
    const staging = join(work, "staging");
    const install = spawnSync("sh", [join(repoRoot, "scripts/image/install.sh"), staging], {
      cwd: work,
      env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ""}` },
      encoding: "utf8",
      timeout: 600_000,
    });
    assert.equal(install.status, 0, `install.sh failed:\n${install.stderr}`);
    const du = spawnSync("du", ["-sh", staging], { encoding: "utf8" }).stdout.trim().split(/\s+/)[0];
    console.log(`# staged image files (what the Dockerfile copies onto the Node base image): ${du}`);

    rootfs = join(work, "rootfs");
    cpSync(staging, rootfs, { recursive: true, verbatimSymlinks: true });
    mkdirSync(join(rootfs, "usr/local/bin"), { recursive: true });
    copyFileSync(process.execPath, join(rootfs, "usr/local/bin/node"));
    chmodSync(join(rootfs, "usr/local/bin/node"), 0o755);
    makeReadOnly(rootfs);
    snapshotBefore = snapshot(rootfs);

    home = join(work, "home");
    mkdirSync(home);
    spawnSync("chown", [`${IMAGE_UID}:${IMAGE_UID}`, home]);
  });

  after(() => {
    if (work) {
      spawnSync("chmod", ["-R", "u+w", work]);
      rmSync(work, { recursive: true, force: true });
    }
  });

  test("the copy really is read-only for uid 1001", () => {
    const attempt = runAsImageUser("node", [
      "-e",
      `require("node:fs").writeFileSync(${JSON.stringify(join(rootfs, "app/x"))}, "x")`,
    ]);
    assert.notEqual(attempt.status, 0);
    assert.match(attempt.stderr, /EACCES/);
    const id = runAsImageUser("node", ["-p", "`${process.getuid()}:${process.getgid()}`"]);
    assert.equal(id.stdout.trim(), "1001:1001");
  });

  test("prefect-worker --version", () => {
    const result = runAsImageUser("prefect-worker", ["--version"]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, `${packageJson.version}\n`);
  });

  test("prefect --help lists worker and work-pool", () => {
    const result = runAsImageUser("prefect", ["--help"]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^ {2}prefect worker\s/m);
    assert.match(result.stdout, /^ {2}prefect work-pool\s/m);
  });

  test("prefect work-pool get-default-base-job-template --type kubernetes prints the default template", () => {
    const result = runAsImageUser("prefect", [
      "work-pool",
      "get-default-base-job-template",
      "--type",
      "kubernetes",
    ]);
    assert.equal(result.status, 0, result.stderr);
    const fixture = readFileSync(
      join(repoRoot, "test/fixtures/kubernetes-default-base-job-template.json"),
      "utf8",
    );
    assert.deepEqual(JSON.parse(result.stdout), JSON.parse(fixture));
  });

  test("prefect-worker prefect worker start --help (the chart's default argv after the ENTRYPOINT)", () => {
    const result = runAsImageUser("prefect-worker", ["prefect", "worker", "start", "--help"]);
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

  test("sync-base-job-template for a missing pool, as the init container runs it (cwd /home/prefect)", () => {
    const template = readFileSync(
      join(repoRoot, "test/fixtures/kubernetes-default-base-job-template.json"),
      "utf8",
    );
    writeFileSync(join(home, "baseJobTemplate.json"), template);
    const pool = uniqueName("image-sync");
    const result = runAsImageUser(
      "prefect-worker",
      ["sync-base-job-template", "--pool", pool, "--base-job-template", "baseJobTemplate.json"],
      { PREFECT_API_URL: readStackEnv().prefectApiUrl },
    );
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, new RegExp(`^Work pool '${pool}' does not exist yet`));
  });

  test("nothing was written into the image's files", () => {
    assert.deepEqual(snapshot(rootfs), snapshotBefore);
  });

  test("the image holds the bundle only: no node_modules, no sources, no source maps", () => {
    const app = join(rootfs, "app");
    assert.deepEqual(readdirSync(app), ["dist"]);
    const files = readdirSync(join(app, "dist"), { recursive: true, encoding: "utf8" });
    assert.ok(files.includes(join("cli", "main.js")) && files.includes(join("cli", "prefect.js")));
    const unexpected = files.filter(
      (path) => path.includes("node_modules") || /\.(ts|map)$/.test(path) || path.startsWith("src"),
    );
    assert.deepEqual(unexpected, []);
  });

  test("both commands start through their shebang with the memory settings of scripts/build.ts", () => {
    for (const command of ["prefect-worker", "prefect"]) {
      const target = join(rootfs, "usr/local/bin", command);
      const firstLine = readFileSync(target, "utf8").split("\n", 1)[0];
      assert.match(
        firstLine!,
        new RegExp(
          "^#!/usr/bin/env -S MALLOC_ARENA_MAX=1 MALLOC_MMAP_THRESHOLD_=32768 MALLOC_TRIM_THRESHOLD_=32768 " +
            "MALLOC_TOP_PAD_=0 node --max-semi-space-size=1 --optimize-for-size --liftoff-only$",
        ),
      );
    }
  });
});

describe("the Dockerfile agrees with the staged layout", () => {
  const dockerfile = readFileSync(join(repoRoot, "Dockerfile"), "utf8");
  // Instructions with continuation lines joined, comments dropped.
  const lines = dockerfile
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));

  test("both stages use the Node version of .nvmrc", () => {
    const nodeVersion = readFileSync(join(repoRoot, ".nvmrc"), "utf8").trim();
    const froms = lines.filter((line) => line.startsWith("FROM "));
    assert.equal(froms.length, 2);
    for (const from of froms) assert.match(from, new RegExp(`^FROM node:${nodeVersion}-bookworm-slim\\b`));
  });

  test("the build stage runs install.sh into /staging and the runtime stage copies it to /", () => {
    assert.ok(lines.some((l) => /^RUN .*\bsh scripts\/image\/install\.sh \/staging$/.test(l)));
    assert.ok(lines.includes("COPY --from=build /staging/ /"));
  });

  test("runtime settings: user 1001:1001, HOME and cwd /home/prefect, the CLI as ENTRYPOINT", () => {
    const runtime = lines.slice(lines.findLastIndex((l) => l.startsWith("FROM ")));
    assert.ok(runtime.includes("USER 1001:1001"));
    assert.ok(runtime.includes("ENV HOME=/home/prefect"));
    assert.ok(runtime.includes("WORKDIR /home/prefect"));
    assert.equal(runtime.at(-1), 'ENTRYPOINT ["prefect-worker"]');
  });

  test("what the build stage copies is what install.sh reads, and .dockerignore lets it in", () => {
    const copied = lines
      .filter((l) => l.startsWith("COPY ") && !l.includes("--from"))
      .flatMap((l) => l.split(/\s+/).slice(1, -1));
    assert.deepEqual(copied.sort(), [
      "package-lock.json",
      "package.json",
      "scripts/build.ts",
      "scripts/image/install.sh",
      "src",
      "tsconfig.json",
    ]);
    const allowed = readFileSync(join(repoRoot, ".dockerignore"), "utf8")
      .split("\n")
      .filter((l) => l.startsWith("!"))
      .map((l) => l.slice(1).replace(/\/$/, ""));
    for (const path of copied) assert.ok(allowed.includes(path), `.dockerignore keeps ${path} out`);
  });
});
