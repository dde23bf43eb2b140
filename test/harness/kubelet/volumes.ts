// Volumes as plain directories under <poddir>/volumes/<name>/, filled the way the kubelet's volume
// plugins would fill them. A required ConfigMap/Secret that does not exist yet is a VolumeError: the pod
// waits in ContainerCreating and the kubelet tries again, as with a real FailedMount.
import { chmodSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, normalize, sep } from "node:path";
import type {
  V1ConfigMapProjection,
  V1DownwardAPIVolumeFile,
  V1KeyToPath,
  V1Pod,
  V1SecretProjection,
  V1ServiceAccountTokenProjection,
  V1Volume,
} from "@kubernetes/client-node";
import {
  configMapEntries,
  podFieldValue,
  resourceFieldValue,
  secretEntries,
  type PodFieldContext,
} from "./env.ts";
import type { KubeletApi } from "./kube-api.ts";
import type { Logger } from "./log.ts";

export class VolumeError extends Error {}

export interface TokenFile {
  volume: string;
  file: string;
  mode: number;
  serviceAccount: string;
  audience: string | undefined;
  expirationSeconds: number;
  issuedAt: Date;
  expiresAt: Date;
}

export interface MaterializedVolumes {
  /** Volume name → directory on this host that stands in for it. */
  dirs: Map<string, string>;
  tokens: TokenFile[];
}

const defaultFileMode = 0o644;
const defaultTokenSeconds = 3600;

/** A relative path inside a volume; `..` and absolute paths would escape it. */
export function safeRelativePath(path: string): string {
  const normalized = normalize(path);
  if (path === "" || normalized.startsWith("/") || normalized === ".." || normalized.startsWith(`..${sep}`)) {
    throw new VolumeError(`invalid path ${JSON.stringify(path)} in volume`);
  }
  return normalized;
}

/** Writes through a temporary file so a reader (or a token refresh) never sees half a file. */
function atomicWrite(file: string, content: string | Buffer, mode: number): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  chmodSync(tmp, mode);
  renameSync(tmp, file);
}

export function writeVolumeFile(dir: string, path: string, content: string | Buffer, mode: number): string {
  const file = join(dir, safeRelativePath(path));
  atomicWrite(file, content, mode);
  return file;
}

interface Context {
  pod: V1Pod;
  namespace: string;
  api: KubeletApi;
  fields: PodFieldContext;
  log: Logger;
}

function writeKeys(
  dir: string,
  entries: Record<string, string>,
  items: V1KeyToPath[] | undefined,
  defaultMode: number,
  missingKey: (key: string) => string,
  optional: boolean,
): void {
  if (!items || items.length === 0) {
    for (const [key, value] of Object.entries(entries)) writeVolumeFile(dir, key, value, defaultMode);
    return;
  }
  for (const item of items) {
    const value = entries[item.key];
    if (value === undefined) {
      if (optional) continue;
      throw new VolumeError(missingKey(item.key));
    }
    writeVolumeFile(dir, item.path, value, item.mode ?? defaultMode);
  }
}

async function writeConfigMap(
  ctx: Context,
  dir: string,
  src: V1ConfigMapProjection,
  defaultMode: number,
): Promise<void> {
  const name = src.name ?? "";
  const cm = await ctx.api.getConfigMap(ctx.namespace, name);
  if (!cm) {
    if (src.optional) return;
    throw new VolumeError(`configmap "${name}" not found`);
  }
  writeKeys(
    dir,
    configMapEntries(cm),
    src.items,
    defaultMode,
    (key) => `configmap references non-existent config key: ${key}`,
    src.optional ?? false,
  );
}

async function writeSecret(
  ctx: Context,
  dir: string,
  name: string,
  src: Omit<V1SecretProjection, "name">,
  defaultMode: number,
): Promise<void> {
  const secret = await ctx.api.getSecret(ctx.namespace, name);
  if (!secret) {
    if (src.optional) return;
    throw new VolumeError(`secret "${name}" not found`);
  }
  writeKeys(
    dir,
    secretEntries(secret),
    src.items,
    defaultMode,
    (key) => `references non-existent secret key: ${key}`,
    src.optional ?? false,
  );
}

function writeDownward(
  ctx: Context,
  dir: string,
  items: V1DownwardAPIVolumeFile[],
  defaultMode: number,
): void {
  for (const item of items) {
    let value: string;
    if (item.fieldRef) value = podFieldValue(item.fieldRef.fieldPath, ctx.fields);
    else if (item.resourceFieldRef) {
      const ref = item.resourceFieldRef;
      const divisor = ref.divisor === undefined ? undefined : String(ref.divisor);
      value = resourceFieldValue(ctx.pod, ref.containerName ?? "", ref.resource, divisor);
    } else continue;
    writeVolumeFile(dir, item.path, value, item.mode ?? defaultMode);
  }
}

async function writeToken(
  ctx: Context,
  volume: string,
  dir: string,
  src: V1ServiceAccountTokenProjection,
  mode: number,
): Promise<TokenFile> {
  const serviceAccount = ctx.pod.spec?.serviceAccountName || "default";
  const expirationSeconds = src.expirationSeconds ?? defaultTokenSeconds;
  const issuedAt = new Date();
  const issued = await ctx.api.requestToken(ctx.namespace, {
    serviceAccount,
    audience: src.audience,
    expirationSeconds,
    pod: { name: ctx.pod.metadata?.name ?? "", uid: ctx.pod.metadata?.uid ?? "" },
  });
  const file = writeVolumeFile(dir, src.path, issued.token, mode);
  return {
    volume,
    file,
    mode,
    serviceAccount,
    audience: src.audience,
    expirationSeconds,
    issuedAt,
    expiresAt: issued.expiresAt,
  };
}

async function materializeOne(
  ctx: Context,
  volume: V1Volume,
  dir: string,
  tokens: TokenFile[],
): Promise<string> {
  if (volume.emptyDir) {
    mkdirSync(dir, { recursive: true });
    // As the kubelet makes it: world-writable, so a container's non-root user can write there.
    chmodSync(dir, 0o777);
    return dir;
  }
  if (volume.hostPath) {
    // The host's own directory is what a hostPath volume is; only create it when asked to.
    if (volume.hostPath.type === "DirectoryOrCreate") mkdirSync(volume.hostPath.path, { recursive: true });
    return volume.hostPath.path;
  }
  mkdirSync(dir, { recursive: true });
  if (volume.configMap) {
    await writeConfigMap(ctx, dir, volume.configMap, volume.configMap.defaultMode ?? defaultFileMode);
  } else if (volume.secret) {
    const { secretName = "", ...rest } = volume.secret;
    await writeSecret(ctx, dir, secretName, rest, volume.secret.defaultMode ?? defaultFileMode);
  } else if (volume.downwardAPI) {
    writeDownward(
      ctx,
      dir,
      volume.downwardAPI.items ?? [],
      volume.downwardAPI.defaultMode ?? defaultFileMode,
    );
  } else if (volume.projected) {
    const mode = volume.projected.defaultMode ?? defaultFileMode;
    for (const source of volume.projected.sources ?? []) {
      if (source.configMap) await writeConfigMap(ctx, dir, source.configMap, mode);
      else if (source.secret) await writeSecret(ctx, dir, source.secret.name ?? "", source.secret, mode);
      else if (source.downwardAPI) writeDownward(ctx, dir, source.downwardAPI.items ?? [], mode);
      else if (source.serviceAccountToken) {
        tokens.push(await writeToken(ctx, volume.name, dir, source.serviceAccountToken, mode));
      } else ctx.log.warn("projected volume source not supported; skipped", { volume: volume.name });
    }
  } else {
    ctx.log.warn("volume type not supported; the mount is an empty directory", { volume: volume.name });
  }
  return dir;
}

export async function materializeVolumes(
  pod: V1Pod,
  podDir: string,
  api: KubeletApi,
  fields: PodFieldContext,
  log: Logger,
): Promise<MaterializedVolumes> {
  const ctx: Context = { pod, namespace: pod.metadata?.namespace ?? "default", api, fields, log };
  const dirs = new Map<string, string>();
  const tokens: TokenFile[] = [];
  for (const volume of pod.spec?.volumes ?? []) {
    const dir = join(podDir, "volumes", safeRelativePath(volume.name));
    try {
      dirs.set(volume.name, await materializeOne(ctx, volume, dir, tokens));
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new VolumeError(`MountVolume.SetUp failed for volume "${volume.name}" : ${reason}`);
    }
  }
  return { dirs, tokens };
}

/** Fetches a fresh token for a projected token file and replaces the file. */
export async function refreshToken(pod: V1Pod, api: KubeletApi, token: TokenFile): Promise<TokenFile> {
  const issuedAt = new Date();
  const issued = await api.requestToken(pod.metadata?.namespace ?? "default", {
    serviceAccount: token.serviceAccount,
    audience: token.audience,
    expirationSeconds: token.expirationSeconds,
    pod: { name: pod.metadata?.name ?? "", uid: pod.metadata?.uid ?? "" },
  });
  atomicWrite(token.file, issued.token, token.mode);
  return { ...token, issuedAt, expiresAt: issued.expiresAt };
}
