// KubernetesWorkerJobConfiguration.prepare_for_flow_run: stamps the flow run's env, labels, name and
// command onto the validated configuration and its Job manifest.
import { applyValues, findPlaceholders, NOT_SET } from "./apply-values.ts";
import { TemplatingError } from "./errors.ts";
import { isObject, numericValue, pyTypeName, type JsonObject } from "./py-value.ts";
import { ShlexError, shlexSplit } from "./shlex.ts";
import { slugifyLabelKey, slugifyLabelValue, slugifyName } from "./slugify.ts";
import type { Deployment, Flow, FlowRun, WorkPool } from "./types.ts";
import type { JobConfiguration } from "./validation.ts";

export interface PrepareContext {
  flowRun: FlowRun;
  deployment?: Deployment | undefined;
  flow?: Flow | undefined;
  workPool?: WorkPool | undefined;
  workerName?: string | undefined;
  workerId?: string | undefined;
  /** Forwarded Prefect settings (settings-env.ts). */
  baseEnv: Record<string, string>;
  /** Value of the `prefect.io/version` and `app.kubernetes.io/version` labels (before slugging). */
  version: string;
  /** Image used when the manifest's first container has none. */
  defaultImage: string;
}

const SIGTERM = "PREFECT_FLOW_RUN_EXECUTE_SIGTERM_BEHAVIOR";
const DEFAULT_COMMAND = "prefect flow-run execute";

/** datetime.astimezone(UTC).isoformat() for an ISO timestamp, keeping microseconds. */
export function utcIsoFormat(timestamp: string): string {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(
      timestamp.trim(),
    );
  if (!m) throw new TemplatingError("ValueError", `Invalid isoformat string: '${timestamp}'`);
  const [, y, mo, d, h, mi, s = "0", frac = "", tz = "Z"] = m;
  const micros = Number(frac.padEnd(6, "0").slice(0, 6));
  let offsetMinutes = 0;
  if (tz.toUpperCase() !== "Z") {
    const sign = tz.startsWith("-") ? -1 : 1;
    const digits = tz.slice(1).replace(":", "");
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  }
  const ms = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s) - offsetMinutes * 60_000;
  const utc = new Date(ms).toISOString().slice(0, 19);
  return `${utc}${micros ? `.${String(micros).padStart(6, "0")}` : ""}+00:00`;
}

function baseLabels(ctx: PrepareContext): Record<string, string> {
  const version = slugifyLabelValue(ctx.version.split("+")[0]!);
  const labels: Record<string, string> = {
    "prefect.io/flow-run-id": String(ctx.flowRun.id),
    "prefect.io/flow-run-name": ctx.flowRun.name,
    "prefect.io/version": version,
    "app.kubernetes.io/managed-by": "prefect",
    "app.kubernetes.io/part-of": "prefect",
    "app.kubernetes.io/version": version,
  };
  if (ctx.workPool) {
    labels["prefect.io/work-pool-name"] = ctx.workPool.name;
    labels["prefect.io/work-pool-id"] = String(ctx.workPool.id);
  }
  if (ctx.workerName !== undefined) labels["prefect.io/worker-name"] = ctx.workerName;
  if (ctx.flow) {
    labels["prefect.io/flow-id"] = String(ctx.flow.id);
    labels["prefect.io/flow-name"] = ctx.flow.name;
    labels["app.kubernetes.io/name"] = slugifyLabelValue(ctx.flow.name);
  }
  if (ctx.deployment) {
    labels["prefect.io/deployment-id"] = String(ctx.deployment.id);
    labels["prefect.io/deployment-name"] = ctx.deployment.name;
    if (ctx.deployment.updated)
      labels["prefect.io/deployment-updated"] = utcIsoFormat(ctx.deployment.updated);
    labels["app.kubernetes.io/name"] = slugifyLabelValue(ctx.deployment.name);
  }
  return labels;
}

function attributionEnv(ctx: PrepareContext): Record<string, string> {
  const env: Record<string, string> = {};
  if (ctx.workerId !== undefined) env.PREFECT__WORKER_ID = ctx.workerId;
  if (ctx.workerName !== undefined) env.PREFECT__WORKER_NAME = ctx.workerName;
  if (ctx.flowRun.flow_id) env.PREFECT__FLOW_ID = String(ctx.flowRun.flow_id);
  if (ctx.flow?.name) env.PREFECT__FLOW_NAME = ctx.flow.name;
  if (ctx.flowRun.deployment_id) env.PREFECT__DEPLOYMENT_ID = String(ctx.flowRun.deployment_id);
  if (ctx.deployment?.name) env.PREFECT__DEPLOYMENT_NAME = ctx.deployment.name;
  return env;
}

// The structural check guarantees spec.template.spec.containers[0] exists.
function firstContainer(manifest: JsonObject): JsonObject {
  const podSpec = ((manifest.spec as JsonObject).template as JsonObject).spec as JsonObject;
  return (podSpec.containers as JsonObject[])[0]!;
}

function slugLabels(labels: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(labels)) {
    if (typeof v !== "string") {
      throw new TemplatingError("TypeError", `text must be str, bytes or bytearray, not ${pyTypeName(v)}`);
    }
    out[slugifyLabelKey(k)] = slugifyLabelValue(v);
  }
  return out;
}

function commandArgs(command: string): string[] {
  try {
    return shlexSplit(command);
  } catch (error) {
    if (error instanceof ShlexError) throw new TemplatingError("ValueError", error.message);
    throw error;
  }
}

export function prepareForFlowRun(config: JobConfiguration, ctx: PrepareContext): void {
  // A list-form env: `valueFrom` entries are set aside and put back after the Prefect env is built.
  let valueFromEntries: JsonObject[] = [];
  if (Array.isArray(config.env)) {
    valueFromEntries = config.env.filter((item) => Object.hasOwn(item, "valueFrom"));
    const asObject: Record<string, string | null> = {};
    for (const item of config.env) {
      if (Object.hasOwn(item, "name") && Object.hasOwn(item, "value")) {
        asObject[item.name as string] = item.value as string | null;
      }
    }
    config.env = asObject;
  }

  const merged: Record<string, string | null> = {
    ...ctx.baseEnv,
    PREFECT__FLOW_RUN_ID: String(ctx.flowRun.id),
    ...attributionEnv(ctx),
    ...(config.env as Record<string, string | null>),
  };
  let env: Record<string, string | null> | JsonObject[] = Object.fromEntries(
    Object.entries(merged).filter(([, v]) => v !== null),
  );
  config.labels = { ...baseLabels(ctx), ...config.labels };
  if (config.name) {
    const rendered = applyValues(config.name, {
      ctx: { flow: ctx.flow ?? {}, flow_run: ctx.flowRun ?? {} },
    });
    if (rendered !== NOT_SET) config.name = rendered as string;
  }
  config.name = config.name || ctx.flowRun.name;
  config.command = config.command || DEFAULT_COMMAND;

  if (valueFromEntries.length > 0) {
    env = [...Object.entries(env).map(([name, value]) => ({ name, value })), ...valueFromEntries];
  }

  // Eviction: with backoffLimit 0 the runner reschedules on SIGTERM; otherwise Kubernetes owns retries.
  const spec = config.job_manifest.spec as JsonObject;
  const backoff = isObject(spec) && Object.hasOwn(spec, "backoffLimit") ? spec.backoffLimit : undefined;
  if (backoff !== undefined && numericValue(backoff) === 0) {
    if (Array.isArray(env)) {
      if (!env.some((v) => v.name === SIGTERM)) env.push({ name: SIGTERM, value: "reschedule" });
    } else if (!env[SIGTERM]) {
      env[SIGTERM] = "reschedule";
    }
  } else if (Array.isArray(env)) {
    env = env.filter((v) => v.name !== SIGTERM);
    env.push({ name: SIGTERM, value: "relinquish" });
  } else {
    env[SIGTERM] = "relinquish";
  }
  config.env = env;

  const container = firstContainer(config.job_manifest);
  const ours: JsonObject[] = Array.isArray(env)
    ? env
    : Object.entries(env).map(([name, value]) => ({ name, value }));
  const templateEnv = container.env;
  if (Array.isArray(templateEnv)) {
    const names = new Set(ours.map((e) => e.name));
    container.env = [...ours, ...templateEnv.filter((e) => !names.has(isObject(e) ? e.name : undefined))];
  } else {
    container.env = ours;
  }

  const metadata = config.job_manifest.metadata as JsonObject;
  metadata.labels = slugLabels({ ...(metadata.labels as JsonObject), ...config.labels });
  const annotations: Record<string, unknown> = {};
  for (const [k, v] of Object.entries({ ...(metadata.annotations as JsonObject), ...config.annotations })) {
    annotations[slugifyLabelKey(k)] = v;
  }
  metadata.annotations = annotations;

  if (!Object.hasOwn(container, "image")) container.image = ctx.defaultImage;

  const args = container.args;
  if (args === undefined || args === null) container.args = commandArgs(DEFAULT_COMMAND);
  else if (typeof args === "string") container.args = commandArgs(args);
  else if (!Array.isArray(args)) {
    throw new TemplatingError(
      "ValueError",
      "Invalid job manifest template: 'command' must be a string or list.",
    );
  }

  const generateName = metadata.generateName ?? "";
  const hasPlaceholder = typeof generateName === "string" && findPlaceholders(generateName).length > 0;
  if (!generateName || hasPlaceholder || generateName === "-" || generateName === "None-") {
    metadata.generateName = `${(config.name && slugifyName(config.name)) || "prefect-job"}-`;
  }

  const template = spec.template as JsonObject;
  const podMetadata = (isObject(template.metadata) ? template.metadata : {}) as JsonObject;
  podMetadata.labels = slugLabels({
    ...(isObject(podMetadata.labels) ? podMetadata.labels : {}),
    ...config.labels,
  });
  template.metadata = podMetadata;
  const jobAnnotations = metadata.annotations as JsonObject;
  if (Object.keys(jobAnnotations).length > 0) {
    const podAnnotations = isObject(podMetadata.annotations) ? podMetadata.annotations : {};
    podMetadata.annotations = { ...podAnnotations, ...jobAnnotations };
    template.metadata = podMetadata;
  }
}
