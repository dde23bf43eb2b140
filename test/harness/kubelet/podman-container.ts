// Container mode: an image the image map gives a `container` rule runs as a real container of a locally
// built image (`podman run`, through the runc shim scripts/image/podman.ts names), not as a host process.
// What the pod says is turned into podman flags the way a kubelet hands it to its runtime: argv (command
// as the entrypoint, args after it), env, volume mounts at their mountPaths, the securityContext's user,
// groups, read-only root, capabilities and no-new-privileges, the working directory, and the host's
// network (pods here are on the node's loopback address). Secrets in the env never reach podman's
// command line: each variable is named with `-e NAME` and its value travels in podman's environment.
import { existsSync, readFileSync } from "node:fs";
import { spawn } from "node:child_process";
import type { V1Container, V1Pod, V1PodSecurityContext, V1SecurityContext } from "@kubernetes/client-node";
import { mountSource } from "./rootfs.ts";

export interface ContainerRule {
  /** podman and its global flags (storage, runtime), as the image scripts call it. */
  podman: string[];
  /** A JSON file {"reference": "<local image>"} written when the image has been built. */
  referenceFile: string;
}

/** The local image a container rule stands for now; undefined until the image has been built. */
export function builtImage(rule: ContainerRule): string | undefined {
  if (!existsSync(rule.referenceFile)) return undefined;
  try {
    const { reference } = JSON.parse(readFileSync(rule.referenceFile, "utf8")) as { reference?: unknown };
    return typeof reference === "string" && reference !== "" ? reference : undefined;
  } catch {
    return undefined;
  }
}

export interface Mount {
  source: string;
  target: string;
  readOnly: boolean;
}

/** Each volumeMount's host directory (rootfs.ts's mountSource) and container path; unknown volumes skipped. */
export function containerMounts(
  container: V1Container,
  volumeDirs: ReadonlyMap<string, string>,
  env: Record<string, string>,
): Mount[] {
  const mounts: Mount[] = [];
  for (const mount of container.volumeMounts ?? []) {
    const dir = volumeDirs.get(mount.name);
    if (dir === undefined) continue;
    mounts.push({
      source: mountSource(mount, dir, env),
      target: mount.mountPath,
      readOnly: mount.readOnly === true,
    });
  }
  return mounts;
}

/** The container's securityContext over the pod's, as Kubernetes merges them. */
function effectiveSecurity(pod: V1Pod, container: V1Container): V1SecurityContext & V1PodSecurityContext {
  const podContext: V1PodSecurityContext = pod.spec?.securityContext ?? {};
  const own: V1SecurityContext = container.securityContext ?? {};
  const merged: V1SecurityContext & V1PodSecurityContext = { ...podContext };
  for (const [key, value] of Object.entries(own)) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

function securityFlags(security: V1SecurityContext & V1PodSecurityContext): string[] {
  const flags: string[] = [];
  if (security.runAsUser !== undefined) {
    flags.push(
      `--user=${security.runAsUser}${security.runAsGroup !== undefined ? `:${security.runAsGroup}` : ""}`,
    );
  }
  for (const gid of [security.fsGroup, ...(security.supplementalGroups ?? [])]) {
    if (gid !== undefined) flags.push(`--group-add=${gid}`);
  }
  // A Kubernetes read-only root has no tmpfs mounts of its own: only the pod's volumes are writable.
  if (security.readOnlyRootFilesystem) flags.push("--read-only", "--read-only-tmpfs=false");
  if (security.privileged) flags.push("--privileged");
  if (security.allowPrivilegeEscalation === false) flags.push("--security-opt=no-new-privileges");
  for (const cap of security.capabilities?.drop ?? []) flags.push(`--cap-drop=${cap.toLowerCase()}`);
  for (const cap of security.capabilities?.add ?? []) flags.push(`--cap-add=${cap.toLowerCase()}`);
  return flags;
}

/** The user a runAsNonRoot check sees: runAsUser, else the image's USER (numeric only, as the kubelet requires). */
export function nonRootViolation(pod: V1Pod, container: V1Container, imageUser: string): string | undefined {
  const security = effectiveSecurity(pod, container);
  if (!security.runAsNonRoot) return undefined;
  if (security.runAsUser !== undefined) {
    return security.runAsUser === 0 ? "container's runAsUser breaks non-root policy" : undefined;
  }
  const uid = imageUser.split(":")[0] ?? "";
  if (!/^\d+$/.test(uid)) {
    return `container has runAsNonRoot and image has non-numeric user (${uid || "root"}), cannot verify user is non-root`;
  }
  return uid === "0" ? "container has runAsNonRoot and image will run as root" : undefined;
}

export interface PodmanRun {
  name: string;
  image: string;
  argv: string[];
  env: Record<string, string>;
  mounts: Mount[];
  pod: V1Pod;
  container: V1Container;
}

/** Variables podman itself runs by: a container's own value of these is passed by value (never a secret). */
const podmanOwnEnv = new Set(["PATH", "HOME"]);

/** `podman run` for one container instance: its argv and the environment podman itself runs with. */
export function podmanRunCommand(
  rule: ContainerRule,
  run: PodmanRun,
  hostEnv: NodeJS.ProcessEnv,
): { argv: string[]; env: Record<string, string> } {
  const [entrypoint, ...args] = run.argv;
  const envFlags = Object.entries(run.env).map(([name, value]) =>
    podmanOwnEnv.has(name) ? `--env=${name}=${value}` : `--env=${name}`,
  );
  const argv = [
    ...rule.podman,
    "run",
    "--rm",
    `--name=${run.name}`,
    "--pull=never",
    "--network=host",
    `--label=io.kubernetes.pod.uid=${run.pod.metadata?.uid ?? ""}`,
    `--label=io.kubernetes.container.name=${run.container.name}`,
    ...securityFlags(effectiveSecurity(run.pod, run.container)),
    ...(run.container.workingDir ? [`--workdir=${run.container.workingDir}`] : []),
    ...run.mounts.map((m) => `--volume=${m.source}:${m.target}${m.readOnly ? ":ro" : ""}`),
    ...envFlags,
    `--entrypoint=${JSON.stringify([entrypoint])}`,
    run.image,
    ...args,
  ];
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(hostEnv)) if (value !== undefined) env[name] = value;
  for (const [name, value] of Object.entries(run.env)) if (!podmanOwnEnv.has(name)) env[name] = value;
  return { argv, env };
}

/** podman's name for a container instance: unique per pod, container and restart. */
export function containerName(pod: V1Pod, container: string, restartCount: number): string {
  return `k8s_${container}_${pod.metadata?.name ?? ""}_${pod.metadata?.namespace ?? ""}_${pod.metadata?.uid ?? ""}_${restartCount}`;
}

/** Runs podman with the rule's global flags; resolves with its stdout ("" when it cannot even start). */
function podmanOutput(rule: ContainerRule, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(rule.podman[0]!, [...rule.podman.slice(1), ...args], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", () => resolve(""));
    child.on("close", () => resolve(out));
  });
}

/** Signals or removes a container by name; best effort (it may be gone already). */
export async function podmanSignal(
  rule: ContainerRule,
  name: string,
  signal: NodeJS.Signals | "remove",
): Promise<void> {
  await podmanOutput(
    rule,
    signal === "remove" ? ["rm", "--force", "--time=0", name] : ["kill", `--signal=${signal}`, name],
  );
}

/** The image's USER, as podman reports it. */
export async function imageUser(rule: ContainerRule, image: string): Promise<string> {
  return (await podmanOutput(rule, ["image", "inspect", "--format={{.Config.User}}", image])).trim();
}

/**
 * Removes the containers an earlier kubelet started (they carry its pod-uid label). podman run's own process
 * dies with a SIGKILL to its group, but the container it attached to can outlive it.
 */
export async function removeLeftoverContainers(rule: ContainerRule): Promise<string[]> {
  const listed = await podmanOutput(rule, [
    "ps",
    "--all",
    "--filter=label=io.kubernetes.pod.uid",
    "--format={{.Names}}",
  ]);
  const names = listed.split("\n").filter(Boolean);
  for (const name of names) await podmanSignal(rule, name, "remove");
  return names;
}
