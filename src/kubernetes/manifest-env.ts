// The env rewrites and names of the reference's secret handling, on a Job manifest's first container (the
// one the reference reads and rewrites).
import { slugifyName } from "../templating/slugify.ts";

export interface EnvEntry {
  name?: unknown;
  value?: unknown;
  valueFrom?: unknown;
}

export interface Container {
  env?: EnvEntry[];
  envFrom?: unknown[];
}

export const AUTH_STRING_IN_MANIFEST_WARNING =
  "PREFECT_API_AUTH_STRING is set, but no secret name or key is provided. " +
  "The API auth string will be stored in the Kubernetes job manifest." +
  "This is not recommended and may be removed in a future version. " +
  "Please store the API auth string in a Kubernetes secret and " +
  "provide the secret name and key with the `PREFECT_INTEGRATIONS_KUBERNETES_WORKER_API_AUTH_STRING_SECRET_NAME` " +
  "and `PREFECT_INTEGRATIONS_KUBERNETES_WORKER_API_AUTH_STRING_SECRET_KEY` environment variables.";

/** `prefect-<slug45(worker name)>-api-key`; Python formats an empty slug (None) as "None". */
export function apiKeySecretName(workerName: string): string {
  return `prefect-${slugifyName(workerName) ?? "None"}-api-key`;
}

/** `<generateName without trailing '-'>-env-<8 hex>`. */
export function envSecretName(generateName: string | undefined, hex: string): string {
  return `${(generateName ?? "prefect-job-").replace(/-+$/, "")}-env-${hex}`;
}

export function firstContainer(manifest: object): Container {
  const spec = (manifest as { spec?: { template?: { spec?: { containers?: Container[] } } } }).spec;
  const container = spec?.template?.spec?.containers?.[0];
  if (!container) throw new Error("the Job manifest has no container at spec.template.spec.containers[0]");
  return container;
}

/** The reference's `get_environment_variable_value`: the first entry of that name, its plain value. */
export function plainEnvValue(manifest: object, name: string): unknown {
  return (firstContainer(manifest).env ?? []).find((entry) => entry.name === name)?.value;
}

/** Replaces every entry named `name` (adding none) by a secretKeyRef. */
export function referenceSecret(manifest: object, name: string, secretName: string, secretKey: string): void {
  const container = firstContainer(manifest);
  if (!container.env) return;
  container.env = container.env.map((entry) =>
    entry.name === name ? { name, valueFrom: { secretKeyRef: { name: secretName, key: secretKey } } } : entry,
  );
}

/** Splits the env as the reference does: valueFrom entries stay, named plain values move (last one wins). */
export function splitPlainEnv(env: EnvEntry[]): { plain: Record<string, unknown>; kept: EnvEntry[] } {
  const plain: Record<string, unknown> = {};
  const kept: EnvEntry[] = [];
  for (const entry of env) {
    if ("valueFrom" in entry) kept.push(entry);
    else if ("value" in entry && typeof entry.name === "string" && entry.name)
      plain[entry.name] = entry.value;
  }
  return { plain, kept };
}
