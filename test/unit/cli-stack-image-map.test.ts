// The local kubelet runs our worker image as the Dockerfile builds it: ENTRYPOINT `prefect-worker` found on
// the image's PATH, which also has `prefect`, both running this checkout's CLI — and no Python venv.
// Resolved and run here the way the kubelet does (image map rule → argv and PATH → spawn).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { buildArgv, findImageRule, imagePath, parseImageMap } from "../harness/kubelet/image-map.ts";
import { imageBinDir, imageMapJson, writeImageShims } from "../harness/stack/components.ts";

const VENV = "/nonexistent/prefect-venv";
let stackDir = "";

before(() => {
  stackDir = mkdtempSync(join(tmpdir(), "cli-stack-image-map-"));
  writeImageShims(imageBinDir(stackDir));
});

after(() => rmSync(stackDir, { recursive: true, force: true }));

function runImage(image: string, command: string[] | undefined, args: string[]) {
  const rule = findImageRule(parseImageMap(imageMapJson({ prefectVenv: VENV }, stackDir)), image);
  assert.ok(rule, `a rule for ${image}`);
  const [file, ...rest] = buildArgv(rule, command, args);
  const path = imagePath(rule, "/usr/bin:/bin");
  return { path, result: spawnSync(file!, rest, { env: { PATH: path }, encoding: "utf8" }) };
}

test("the chart's args after the image's ENTRYPOINT run our CLI's `prefect worker start`", () => {
  const { path, result } = runImage("prefect-worker:0.1.0", undefined, [
    "prefect",
    "worker",
    "start",
    "--help",
  ]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^prefect-worker prefect worker start\n/);
  assert.ok(!path.includes(VENV), path);
});

test("a `command: [prefect, …]` override finds the image's `prefect` command", () => {
  const { result } = runImage(
    "registry.local/team/prefect-worker:dev",
    ["prefect"],
    ["work-pool", "get-default-base-job-template", "--type", "kubernetes"],
  );
  assert.equal(result.status, 0, result.stderr);
  const fixture = readFileSync(
    new URL("../fixtures/kubernetes-default-base-job-template.json", import.meta.url),
    "utf8",
  );
  assert.deepEqual(JSON.parse(result.stdout), JSON.parse(fixture));
});

test("the init container's argv: sync-base-job-template (here without PREFECT_API_URL: exit 1)", () => {
  const { result } = runImage("prefect-worker:0.1.0", undefined, [
    "sync-base-job-template",
    "--pool",
    "p",
    "--base-job-template",
    new URL("../fixtures/kubernetes-default-base-job-template.json", import.meta.url).pathname,
  ]);
  assert.equal(result.status, 1);
  assert.equal(
    result.stderr,
    "Error: invalid configuration: PREFECT_API_URL must be set to start a Worker.\n",
  );
});

test("Prefect's own images keep the reference venv", () => {
  const rule = findImageRule(
    parseImageMap(imageMapJson({ prefectVenv: VENV }, stackDir)),
    "prefecthq/prefect:3",
  );
  assert.deepEqual(rule?.pathPrepend, [join(VENV, "bin")]);
});
