// A container's environment the way the kubelet builds it: envFrom first, then env (later wins), `$(VAR)`
// references expanded against what is defined so far plus the kubelet-provided variables, and missing
// required ConfigMaps/Secrets reported as a configuration error the container waits on.
import type { V1ConfigMap, V1Container, V1EnvVarSource, V1Pod, V1Secret } from "@kubernetes/client-node";
import { renderResource } from "./quantity.ts";

/** The container cannot be created yet; its status becomes waiting CreateContainerConfigError. */
export class ContainerConfigError extends Error {}

/**
 * Kubernetes `$(VAR)` expansion (third_party/forked/golang/expansion): `$$` is an escaped `$`, a reference
 * nobody defines stays verbatim, an unterminated `$(` is literal.
 */
export function expand(input: string, lookup: (name: string) => string | undefined): string {
  let out = "";
  let checkpoint = 0;
  for (let cursor = 0; cursor < input.length; cursor++) {
    if (input[cursor] !== "$" || cursor + 1 >= input.length) continue;
    out += input.slice(checkpoint, cursor);
    const next = input[cursor + 1];
    let advance = 1;
    if (next === "$") {
      out += "$";
    } else if (next === "(") {
      const close = input.indexOf(")", cursor + 2);
      if (close === -1) {
        out += "$(";
      } else {
        const name = input.slice(cursor + 2, close);
        out += lookup(name) ?? `$(${name})`;
        advance = close - cursor;
      }
    } else {
      out += "$" + next;
    }
    cursor += advance;
    checkpoint = cursor + 1;
  }
  return out + input.slice(checkpoint);
}

export interface PodFieldContext {
  pod: V1Pod;
  podIP: string;
  hostIP: string;
}

/** `key="value"` lines, sorted, as the downward API renders a whole label or annotation map. */
export function formatMap(map: Record<string, string> | undefined): string {
  return Object.keys(map ?? {})
    .sort()
    .map((k) => `${k}=${JSON.stringify(map![k])}`)
    .join("\n");
}

export function podFieldValue(fieldPath: string, ctx: PodFieldContext): string {
  const { pod } = ctx;
  const meta = pod.metadata ?? {};
  const subscript = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(fieldPath);
  if (subscript) {
    const map = subscript[1] === "labels" ? meta.labels : meta.annotations;
    return map?.[subscript[2]!] ?? "";
  }
  switch (fieldPath) {
    case "metadata.name":
      return meta.name ?? "";
    case "metadata.namespace":
      return meta.namespace ?? "";
    case "metadata.uid":
      return meta.uid ?? "";
    case "metadata.labels":
      return formatMap(meta.labels);
    case "metadata.annotations":
      return formatMap(meta.annotations);
    case "spec.nodeName":
      return pod.spec?.nodeName ?? "";
    case "spec.serviceAccountName":
      return pod.spec?.serviceAccountName ?? "";
    case "status.hostIP":
    case "status.hostIPs":
      return ctx.hostIP;
    case "status.podIP":
    case "status.podIPs":
      return ctx.podIP;
    default:
      throw new ContainerConfigError(`unsupported fieldPath: ${fieldPath}`);
  }
}

/** Node capacity stands in for unset limits, as on a real node (requests default to zero). */
export const nodeAllocatable: Record<string, string> = {
  cpu: "16",
  memory: "64Gi",
  "ephemeral-storage": "100Gi",
};

export function resourceFieldValue(
  pod: V1Pod,
  containerName: string,
  resource: string,
  divisor: string | undefined,
): string {
  const container = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].find(
    (c) => c.name === containerName,
  );
  if (!container) throw new ContainerConfigError(`resourceFieldRef: no container named ${containerName}`);
  const m = /^(limits|requests)\.(.+)$/.exec(resource);
  if (!m) throw new ContainerConfigError(`resourceFieldRef: unsupported resource ${resource}`);
  const [, kind, name] = m as unknown as [string, "limits" | "requests", string];
  const declared = container.resources?.[kind]?.[name];
  const value = declared ?? (kind === "limits" ? nodeAllocatable[name] : undefined) ?? "0";
  return renderResource(resource, String(value), divisor === undefined ? undefined : String(divisor));
}

export interface EnvObjects {
  /** By name; undefined (or absent) means the object does not exist. */
  configMaps: ReadonlyMap<string, V1ConfigMap | undefined>;
  secrets: ReadonlyMap<string, V1Secret | undefined>;
}

export interface EnvContext extends PodFieldContext, EnvObjects {
  container: V1Container;
  /** What the kubelet itself provides (KUBERNETES_SERVICE_HOST, ...); visible to `$(VAR)` references. */
  serviceEnv: Record<string, string>;
}

/** Names of the ConfigMaps and Secrets a container's env refers to, to fetch before resolving. */
export function referencedObjects(container: V1Container): { configMaps: string[]; secrets: string[] } {
  const configMaps = new Set<string>();
  const secrets = new Set<string>();
  for (const from of container.envFrom ?? []) {
    if (from.configMapRef?.name) configMaps.add(from.configMapRef.name);
    if (from.secretRef?.name) secrets.add(from.secretRef.name);
  }
  for (const env of container.env ?? []) {
    if (env.valueFrom?.configMapKeyRef?.name) configMaps.add(env.valueFrom.configMapKeyRef.name);
    if (env.valueFrom?.secretKeyRef?.name) secrets.add(env.valueFrom.secretKeyRef.name);
  }
  return { configMaps: [...configMaps], secrets: [...secrets] };
}

export function decodeBase64(value: string): string {
  return Buffer.from(value, "base64").toString("utf8");
}

/** A ConfigMap's entries as text (binaryData decoded) or a Secret's (data decoded). */
export function configMapEntries(cm: V1ConfigMap): Record<string, string> {
  const out: Record<string, string> = { ...(cm.data ?? {}) };
  for (const [k, v] of Object.entries(cm.binaryData ?? {})) out[k] = decodeBase64(v);
  return out;
}

export function secretEntries(secret: V1Secret): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(secret.data ?? {})) out[k] = decodeBase64(v);
  // stringData is write-only on a real API server, but a hand-built object may carry it.
  for (const [k, v] of Object.entries(secret.stringData ?? {})) out[k] = v;
  return out;
}

function namespaceOf(ctx: EnvContext): string {
  return ctx.pod.metadata?.namespace ?? "default";
}

/** A configMapKeyRef/secretKeyRef, with the kubelet's messages when the object or key is missing. */
function keyRefValue<T>(
  kind: "ConfigMap" | "Secret",
  ref: { name?: string; key: string; optional?: boolean },
  objects: ReadonlyMap<string, T | undefined>,
  entriesOf: (object: T) => Record<string, string>,
  ns: string,
): string | undefined {
  const { name = "", key, optional } = ref;
  const object = objects.get(name);
  if (!object) {
    if (optional) return undefined;
    throw new ContainerConfigError(`${kind.toLowerCase()} "${name}" not found`);
  }
  const entries = entriesOf(object);
  if (!(key in entries)) {
    if (optional) return undefined;
    throw new ContainerConfigError(`couldn't find key ${key} in ${kind} ${ns}/${name}`);
  }
  return entries[key];
}

function valueFrom(source: V1EnvVarSource, ctx: EnvContext): string | undefined {
  const ns = namespaceOf(ctx);
  if (source.configMapKeyRef) {
    return keyRefValue("ConfigMap", source.configMapKeyRef, ctx.configMaps, configMapEntries, ns);
  }
  if (source.secretKeyRef) {
    return keyRefValue("Secret", source.secretKeyRef, ctx.secrets, secretEntries, ns);
  }
  if (source.fieldRef) return podFieldValue(source.fieldRef.fieldPath, ctx);
  if (source.resourceFieldRef) {
    const ref = source.resourceFieldRef;
    const divisor = ref.divisor === undefined ? undefined : String(ref.divisor);
    return resourceFieldValue(ctx.pod, ref.containerName || ctx.container.name, ref.resource, divisor);
  }
  throw new ContainerConfigError("unsupported env valueFrom source");
}

/** The pod-defined variables, in definition order (a later definition of a name replaces an earlier one). */
export function resolvePodEnv(ctx: EnvContext): Map<string, string> {
  const env = new Map<string, string>();
  for (const from of ctx.container.envFrom ?? []) {
    const prefix = from.prefix ?? "";
    let entries: Record<string, string> | undefined;
    if (from.configMapRef) {
      const name = from.configMapRef.name ?? "";
      const cm = ctx.configMaps.get(name);
      if (!cm && !from.configMapRef.optional) throw new ContainerConfigError(`configmap "${name}" not found`);
      entries = cm && configMapEntries(cm);
    } else if (from.secretRef) {
      const name = from.secretRef.name ?? "";
      const secret = ctx.secrets.get(name);
      if (!secret && !from.secretRef.optional) throw new ContainerConfigError(`secret "${name}" not found`);
      entries = secret && secretEntries(secret);
    }
    for (const [k, v] of Object.entries(entries ?? {})) {
      // Keys that cannot be environment variable names are skipped, as the kubelet does.
      if (k === "" || k.includes("=")) continue;
      env.set(prefix + k, v);
    }
  }
  const lookup = (name: string): string | undefined =>
    env.get(name) ?? (Object.hasOwn(ctx.serviceEnv, name) ? ctx.serviceEnv[name] : undefined);
  for (const v of ctx.container.env ?? []) {
    if (v.value !== undefined && v.value !== "") {
      env.set(v.name, expand(v.value, lookup));
    } else if (v.valueFrom) {
      const value = valueFrom(v.valueFrom, ctx);
      if (value !== undefined) env.set(v.name, value);
    } else {
      env.set(v.name, "");
    }
  }
  return env;
}

/** `$(VAR)` expansion of command and args uses the container's final environment. */
export function expandArgv(argv: readonly string[], env: Record<string, string>): string[] {
  return argv.map((arg) => expand(arg, (name) => (Object.hasOwn(env, name) ? env[name] : undefined)));
}
