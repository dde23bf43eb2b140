// podman as the image scripts and tests use it: storage in the project's cache (vfs: this machine has no
// overlay mounts for us), the cgroupfs manager and file events (no systemd), and the runc shim as the OCI
// runtime (runc-shim.py says why it exists). Everything else is podman's own behaviour.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { cacheDir } from "../../test/harness/paths.ts";
import { run, type RunOptions } from "../../test/harness/stack/tools.ts";

export const imageCacheDir = join(cacheDir, "image");
export const runcShim = join(import.meta.dirname, "runc-shim.py");
/** {"reference": …} of the last worker image `npm run image` built: the local kubelet runs it (container mode). */
export const workerImageFile = join(imageCacheDir, "worker-image.json");

/** The flags every podman call here starts with. */
export const podmanGlobalArgs: readonly string[] = [
  "--storage-driver",
  "vfs",
  "--root",
  join(imageCacheDir, "storage"),
  "--runroot",
  join(imageCacheDir, "run"),
  "--runtime",
  runcShim,
  "--cgroup-manager",
  "cgroupfs",
  "--events-backend",
  "file",
];

/** Runs podman with progress on stderr (prefixed); resolves with its stdout. */
export function podman(args: string[], prefix = "[podman] ", options: RunOptions = {}): Promise<string> {
  return run("podman", [...podmanGlobalArgs, ...args], prefix, options);
}

/** A quiet podman query: its stdout, or undefined when it exits non-zero. */
export function podmanQuery(args: string[]): string | undefined {
  const result = spawnSync("podman", [...podmanGlobalArgs, ...args], { encoding: "utf8" });
  return result.status === 0 ? result.stdout : undefined;
}
