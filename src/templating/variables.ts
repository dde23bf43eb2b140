// Job-variable precedence: pool defaults < deployment job_variables < flow-run job_variables, with `env`
// merged key-wise, dotted keys (`env.FOO`) expanded (BaseJobConfiguration.from_template_and_values and
// resolve_for_flow_run).
import { TemplatingError } from "./errors.ts";
import { deepCopy, isObject, pyTypeName, type JsonObject } from "./py-value.ts";
import { pyRepr } from "./python-str.ts";

/** resolve_for_flow_run: deployment job_variables, then the flow run's, merging `env` objects. */
export function mergeJobVariables(
  deploymentVars: JsonObject | null | undefined,
  flowRunVars: JsonObject | null | undefined,
): JsonObject {
  const merged: JsonObject = { ...deepCopy(deploymentVars ?? {}) };
  const runVars: JsonObject = { ...deepCopy(flowRunVars ?? {}) };
  if (isObject(merged.env)) {
    const runEnv = Object.hasOwn(runVars, "env") ? runVars.env : {};
    delete runVars.env;
    // dict.update(): accepts only a mapping here (a list of pairs is not a job-variable shape).
    if (!isObject(runEnv)) {
      throw new TemplatingError("TypeError", `'${pyTypeName(runEnv)}' object is not iterable`);
    }
    merged.env = { ...merged.env, ...runEnv };
  }
  Object.assign(merged, runVars);
  return merged;
}

/** Defaults of the template's variables, skipping null ones (their keys must stay absent). */
export function templateDefaults(properties: Record<string, unknown> | undefined): JsonObject {
  const defaults: JsonObject = {};
  for (const [name, attrs] of Object.entries(properties ?? {})) {
    if (isObject(attrs) && Object.hasOwn(attrs, "default") && attrs.default !== null) {
      defaults[name] = deepCopy(attrs.default);
    }
  }
  return defaults;
}

/** prefect.utilities.collections.set_in_dict with a dotted key. */
export function setInDict(target: JsonObject, dottedKey: string, value: unknown): void {
  const keys = dottedKey.replaceAll("[", ".").replaceAll("]", "").split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const existing = Object.hasOwn(node, key) ? node[key] : {};
    if (!isObject(existing)) {
      throw new TemplatingError(
        "TypeError",
        `Key path exists and contains a non-dict value: [${keys.map((k) => pyRepr(k)).join(", ")}]`,
      );
    }
    if (!Object.hasOwn(node, key)) node[key] = existing;
    node = existing;
  }
  node[keys[keys.length - 1]!] = value;
}

export function deepMerge(base: JsonObject, merge: JsonObject): JsonObject {
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(merge)) {
    const current = out[key];
    out[key] =
      Object.hasOwn(out, key) && isObject(current) && isObject(value) ? deepMerge(current, value) : value;
  }
  return out;
}

/** Dotted keys first, then plain keys on top (nested form wins, objects deep-merged). */
export function expandDottedKeys(values: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(values)) if (key.includes(".")) setInDict(out, key, value);
  for (const [key, value] of Object.entries(values)) {
    if (key.includes(".")) continue;
    const current = out[key];
    out[key] =
      Object.hasOwn(out, key) && isObject(current) && isObject(value) ? deepMerge(current, value) : value;
  }
  return out;
}

/**
 * The first half of from_template_and_values: the job configuration template with env defaults merged
 * in, and the variables to apply to it.
 */
export function prepareTemplateInput(
  jobConfiguration: JsonObject,
  variableProperties: Record<string, unknown> | undefined,
  values: JsonObject,
): { config: JsonObject; variables: JsonObject } {
  const config = deepCopy(jobConfiguration);
  const variables = templateDefaults(variableProperties);
  if (isTruthy(variables.env)) {
    config.env = isObject(config.env) ? dictUnion(config.env, variables.env) : variables.env;
  }
  Object.assign(variables, expandDottedKeys(values));
  if (isObject(config.env) && isTruthy(variables.env)) {
    config.env = dictUnion(config.env, variables.env);
  }
  return { config, variables };
}

// Python's `dict | other`.
function dictUnion(left: JsonObject, right: unknown): JsonObject {
  if (!isObject(right)) {
    throw new TemplatingError(
      "TypeError",
      `unsupported operand type(s) for |: 'dict' and '${pyTypeName(right)}'`,
    );
  }
  return { ...left, ...right };
}

/** Python truthiness of a JSON value. */
export function isTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === "") return false;
  if (typeof value === "bigint") return value !== 0n;
  if (Array.isArray(value)) return value.length > 0;
  if (isObject(value)) return Object.keys(value).length > 0;
  if (typeof value === "object" && "value" in value) return (value as { value: number }).value !== 0;
  return true;
}
