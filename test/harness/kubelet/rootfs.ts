// A container's view of the filesystem, approximated: <poddir>/rootfs/<container>/ stands for `/`, and
// each volumeMount is a symlink at <rootfs>/<mountPath> into the volume's directory. Processes find these
// paths through $KUBELET_POD_ROOTFS; absolute container paths in a pod spec are not rewritten.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  rmSync,
  rmdirSync,
  symlinkSync,
  unlinkSync,
} from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import type { V1Container, V1VolumeMount } from "@kubernetes/client-node";
import { expand } from "./env.ts";
import type { Logger } from "./log.ts";
import { safeRelativePath } from "./volumes.ts";

export function containerRootfs(podDir: string, container: string): string {
  return join(podDir, "rootfs", container);
}

/** Where a container path lands under the rootfs; never outside it. */
export function mapContainerPath(rootfs: string, containerPath: string): string {
  const mapped = join(rootfs, normalize(`/${containerPath}`));
  const rel = relative(rootfs, mapped);
  if (rel.startsWith("..")) throw new Error(`path ${JSON.stringify(containerPath)} escapes the container`);
  return mapped;
}

/**
 * The host directory a volumeMount shows: the volume's, or its `subPath`/`subPathExpr` (expanded against the
 * container's env) inside it, created as a directory when missing, as the kubelet does.
 */
export function mountSource(mount: V1VolumeMount, volumeDir: string, env: Record<string, string>): string {
  const lookup = (name: string): string | undefined => (Object.hasOwn(env, name) ? env[name] : undefined);
  const subPath = mount.subPath || (mount.subPathExpr ? expand(mount.subPathExpr, lookup) : "");
  if (!subPath) return volumeDir;
  const source = join(volumeDir, safeRelativePath(subPath));
  if (!existsSync(source)) mkdirSync(source, { recursive: true });
  return source;
}

export interface PreparedRootfs {
  rootfs: string;
  cwd: string;
}

/**
 * Builds a fresh rootfs for one container instance (a restarted container starts from a clean filesystem;
 * volumes persist because they live outside it), then returns the working directory to start in.
 */
export function prepareRootfs(
  podDir: string,
  container: V1Container,
  volumeDirs: ReadonlyMap<string, string>,
  env: Record<string, string>,
  log: Logger,
): PreparedRootfs {
  const rootfs = containerRootfs(podDir, container.name);
  // rm does not follow symlinks, so volume contents behind mount links are safe.
  rmSync(rootfs, { recursive: true, force: true });
  mkdirSync(rootfs, { recursive: true });
  const mounts = [...(container.volumeMounts ?? [])].sort((a, b) => a.mountPath.length - b.mountPath.length);
  for (const mount of mounts) {
    const volumeDir = volumeDirs.get(mount.name);
    if (volumeDir === undefined) {
      log.warn("volumeMount names no volume; skipped", { container: container.name, volume: mount.name });
      continue;
    }
    const source = mountSource(mount, volumeDir, env);
    const target = mapContainerPath(rootfs, mount.mountPath);
    mkdirSync(dirname(target), { recursive: true });
    if (!clearMountPoint(target)) {
      log.warn("mountPath already has content (nested in another mount?); not mounted", {
        container: container.name,
        mountPath: mount.mountPath,
      });
      continue;
    }
    symlinkSync(source, target);
  }
  const cwd = container.workingDir ? mapContainerPath(rootfs, container.workingDir) : rootfs;
  mkdirSync(cwd, { recursive: true });
  return { rootfs, cwd };
}

/**
 * Makes room for a mount link. A nested mount point may lie inside another volume: only a link or an
 * empty directory is removed there, never volume data.
 */
function clearMountPoint(target: string): boolean {
  let stat;
  try {
    stat = lstatSync(target);
  } catch {
    return true;
  }
  if (stat.isSymbolicLink()) unlinkSync(target);
  else if (stat.isDirectory() && readdirSync(target).length === 0) rmdirSync(target);
  else return false;
  return true;
}

/** A writable HOME inside the container's rootfs (its /root), for pods that do not set HOME. */
export function defaultHome(rootfs: string): string {
  return join(rootfs, "root");
}
