import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  buildArgv,
  findImageRule,
  globToRegExp,
  imagePath,
  normalizeImageName,
  parseImageMap,
} from "../harness/kubelet/image-map.ts";

const map = parseImageMap(
  JSON.stringify({
    images: [
      { match: "prefecthq/prefect:*", entrypoint: ["/entry"], cmd: ["serve"], pathPrepend: ["/venv/bin"] },
      { match: "*prefect-worker:*", entrypoint: ["node", "main.ts"] },
      { match: "prefecthq/*", entrypoint: ["/never-reached-for-prefect"] },
      { match: "busybox:1.?", entrypoint: ["literal-question-mark"] },
    ],
  }),
);

describe("image names", () => {
  it("strips Docker Hub's implicit prefixes and adds the implicit tag", () => {
    assert.equal(normalizeImageName("docker.io/library/busybox:1.36"), "busybox:1.36");
    assert.equal(normalizeImageName("docker.io/prefecthq/prefect:3-latest"), "prefecthq/prefect:3-latest");
    assert.equal(normalizeImageName("library/busybox"), "busybox:latest");
    assert.equal(normalizeImageName("ghcr.io/org/app@sha256:abc"), "ghcr.io/org/app@sha256:abc");
    assert.equal(normalizeImageName("localhost:5000/app"), "localhost:5000/app:latest");
  });
  it("globs match any characters for * and everything else literally", () => {
    assert.ok(globToRegExp("a*c").test("a/b/c"));
    assert.ok(!globToRegExp("a.c").test("abc"));
    assert.ok(!globToRegExp("abc").test("xabc"));
  });
  it("uses the first matching rule", () => {
    assert.deepEqual(findImageRule(map, "prefecthq/prefect:3-python3.12")?.entrypoint, ["/entry"]);
    assert.deepEqual(findImageRule(map, "docker.io/prefecthq/prefect:3")?.entrypoint, ["/entry"]);
    assert.deepEqual(findImageRule(map, "prefecthq/other:1")?.entrypoint, ["/never-reached-for-prefect"]);
    assert.deepEqual(findImageRule(map, "registry.local/prefect-worker:dev")?.entrypoint, [
      "node",
      "main.ts",
    ]);
    assert.equal(findImageRule(map, "busybox:1.3"), undefined);
    assert.equal(findImageRule(map, "alpine"), undefined);
  });
  it("defaults missing fields and rejects malformed maps", () => {
    const rule = findImageRule(map, "registry.local/prefect-worker:dev")!;
    assert.deepEqual([rule.cmd, rule.pathPrepend, rule.env], [[], [], {}]);
    assert.throws(() => parseImageMap("{}"), /images/);
    assert.throws(() => parseImageMap('{"images":[{"match":"x","entrypoint":"sh"}]}'), /entrypoint/);
    assert.throws(() => parseImageMap('{"images":[{"entrypoint":[]}]}'), /match/);
  });
});

describe("argv", () => {
  const rule = { entrypoint: ["/entry"], cmd: ["serve", "--port=1"] };
  it("follows Kubernetes command/args semantics", () => {
    assert.deepEqual(buildArgv(rule, undefined, undefined), ["/entry", "serve", "--port=1"]);
    assert.deepEqual(buildArgv(rule, undefined, ["run"]), ["/entry", "run"]);
    assert.deepEqual(buildArgv(rule, ["sh"], undefined), ["sh"]);
    assert.deepEqual(buildArgv(rule, ["sh"], ["-c", "true"]), ["sh", "-c", "true"]);
    assert.deepEqual(buildArgv(rule, [], []), ["/entry", "serve", "--port=1"]);
  });
  it("is empty without a rule or command", () => {
    assert.deepEqual(buildArgv(undefined, undefined, undefined), []);
    assert.deepEqual(buildArgv(undefined, undefined, ["only-args"]), ["only-args"]);
  });
  it("puts the image's PATH entries in front of the host PATH", () => {
    const r = findImageRule(map, "prefecthq/prefect:3")!;
    assert.equal(imagePath(r, "/usr/bin:/bin"), "/venv/bin:/usr/bin:/bin");
    assert.equal(imagePath(undefined, "/usr/bin"), "/usr/bin");
  });
});
