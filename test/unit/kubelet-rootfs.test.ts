import assert from "node:assert/strict";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { createLogger } from "../harness/kubelet/log.ts";
import { mapContainerPath, prepareRootfs } from "../harness/kubelet/rootfs.ts";
import { safeRelativePath, VolumeError, writeVolumeFile } from "../harness/kubelet/volumes.ts";

const dir = mkdtempSync(join(tmpdir(), "kubelet-rootfs-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const quiet = createLogger({}, () => undefined);

describe("container filesystem", () => {
  const podDir = join(dir, "pod");
  const cfg = join(podDir, "volumes", "cfg");
  const data = join(podDir, "volumes", "data");
  mkdirSync(cfg, { recursive: true });
  mkdirSync(data, { recursive: true });
  writeFileSync(join(cfg, "key"), "value");
  const volumes = new Map([
    ["cfg", cfg],
    ["data", data],
  ]);

  it("maps mounts, subPaths and the working directory under the rootfs", () => {
    const { rootfs, cwd } = prepareRootfs(
      podDir,
      {
        name: "main",
        workingDir: "/work/dir",
        volumeMounts: [
          { name: "cfg", mountPath: "/etc/cfg" },
          { name: "cfg", mountPath: "/etc/key-only", subPath: "key" },
          { name: "data", mountPath: "/data/sub", subPathExpr: "$(POD)/x" },
        ],
      },
      volumes,
      { POD: "p1" },
      quiet,
    );
    assert.equal(rootfs, join(podDir, "rootfs", "main"));
    assert.equal(readFileSync(join(rootfs, "etc/cfg/key"), "utf8"), "value");
    assert.equal(readFileSync(join(rootfs, "etc/key-only"), "utf8"), "value");
    assert.equal(readlinkSync(join(rootfs, "data/sub")), join(data, "p1/x"));
    assert.ok(existsSync(join(data, "p1/x")));
    assert.equal(cwd, join(rootfs, "work/dir"));
    assert.ok(existsSync(cwd));
  });

  it("starts every instance from a clean rootfs but keeps volume contents", () => {
    const spec = { name: "again", volumeMounts: [{ name: "data", mountPath: "/data" }] };
    const first = prepareRootfs(podDir, spec, volumes, {}, quiet);
    writeFileSync(join(first.rootfs, "scratch"), "lost on restart");
    writeFileSync(join(first.rootfs, "data", "kept"), "kept");
    const second = prepareRootfs(podDir, spec, volumes, {}, quiet);
    assert.equal(existsSync(join(second.rootfs, "scratch")), false);
    assert.equal(readFileSync(join(second.rootfs, "data", "kept"), "utf8"), "kept");
  });

  it("keeps container paths inside the rootfs", () => {
    assert.equal(mapContainerPath("/r", "/a/../../etc"), "/r/etc");
    assert.equal(mapContainerPath("/r", "relative"), "/r/relative");
  });
});

describe("volume files", () => {
  it("are written with their mode, in subdirectories, never outside the volume", () => {
    const vol = join(dir, "vol");
    const file = writeVolumeFile(vol, "sub/file", "x", 0o600);
    assert.equal(file, join(vol, "sub/file"));
    assert.equal(readFileSync(file, "utf8"), "x");
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.throws(() => safeRelativePath("../escape"), VolumeError);
    assert.throws(() => safeRelativePath("/abs"), VolumeError);
    assert.equal(safeRelativePath("a/./b"), "a/b");
  });
});
