// KubernetesWorkerJobConfiguration(**config): the pydantic validation the reference runs on the rendered
// configuration, with pydantic 2.14's error messages (lax mode: str stays strict, int/bool coerce).
import { TemplatingError } from "./errors.ts";
import { diffManifest } from "./manifest-diff.ts";
import { PyFloat, deepCopy, isObject, numericValue, pyTypeName, type JsonObject } from "./py-value.ts";
import { pyRepr, pyStr } from "./python-str.ts";

const PYDANTIC_DOCS = "https://errors.pydantic.dev/2.14/v/";
const MODEL = "KubernetesWorkerJobConfiguration";

interface LineError {
  loc: (string | number)[];
  type: string;
  msg: string;
  input: unknown;
}

/** The validated configuration; `job_manifest` is still Python-valued (PyFloat etc.). */
export interface JobConfiguration {
  command: string | null;
  env: Record<string, string | null> | JsonObject[];
  labels: Record<string, string>;
  name: string | null;
  annotations: Record<string, string>;
  namespace: string;
  job_manifest: JsonObject;
  cluster_config: { config: JsonObject; context_name: string } | null;
  job_watch_timeout_seconds: number | null;
  pod_watch_timeout_seconds: number;
  stream_output: boolean;
}

// pydantic-core cuts long reprs to the first 25 and last 24 UTF-8 bytes, on character boundaries.
function truncatedRepr(value: unknown): string {
  const repr = pyRepr(value);
  const bytes = Buffer.from(repr, "utf8");
  if (bytes.length <= 50) return repr;
  let head = 25;
  while (head > 0 && (bytes[head]! & 0xc0) === 0x80) head--;
  let tail = bytes.length - 24;
  while (tail < bytes.length && (bytes[tail]! & 0xc0) === 0x80) tail++;
  return `${bytes.subarray(0, head).toString("utf8")}...${bytes.subarray(tail).toString("utf8")}`;
}

function formatErrors(errors: LineError[]): string {
  const lines = [`${errors.length} validation error${errors.length === 1 ? "" : "s"} for ${MODEL}`];
  for (const e of errors) {
    if (e.loc.length > 0) lines.push(e.loc.join("."));
    lines.push(
      `  ${e.msg} [type=${e.type}, input_value=${truncatedRepr(e.input)}, input_type=${pyTypeName(e.input)}]`,
    );
    lines.push(`    For further information visit ${PYDANTIC_DOCS}${e.type}`);
  }
  return lines.join("\n");
}

type Check<T> = (value: unknown, loc: (string | number)[], errors: LineError[]) => T | undefined;

const str: Check<string> = (value, loc, errors) => {
  if (typeof value === "string") return value;
  errors.push({ loc, type: "string_type", msg: "Input should be a valid string", input: value });
  return undefined;
};

const int: Check<number> = (value, loc, errors) => {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number" || typeof value === "bigint" || value instanceof PyFloat) {
    const n = numericValue(value)!;
    if (Number.isInteger(n)) return n;
    errors.push({
      loc,
      type: "int_from_float",
      msg: "Input should be a valid integer, got a number with a fractional part",
      input: value,
    });
    return undefined;
  }
  if (typeof value === "string") {
    const m = /^\s*([+-]?\d+)(?:\.0*)?\s*$/.exec(value);
    if (m) return Number(m[1]);
    errors.push({
      loc,
      type: "int_parsing",
      msg: "Input should be a valid integer, unable to parse string as an integer",
      input: value,
    });
    return undefined;
  }
  errors.push({ loc, type: "int_type", msg: "Input should be a valid integer", input: value });
  return undefined;
};

const TRUE_STRINGS = new Set(["1", "on", "t", "true", "y", "yes"]);
const FALSE_STRINGS = new Set(["0", "off", "f", "false", "n", "no"]);

const bool: Check<boolean> = (value, loc, errors) => {
  if (typeof value === "boolean") return value;
  const n = numericValue(value);
  const parsingError = (): undefined => {
    errors.push({
      loc,
      type: "bool_parsing",
      msg: "Input should be a valid boolean, unable to interpret input",
      input: value,
    });
    return undefined;
  };
  if (n !== undefined) return n === 0 ? false : n === 1 ? true : parsingError();
  if (typeof value === "string") {
    const s = value.trim().toLowerCase();
    return TRUE_STRINGS.has(s) ? true : FALSE_STRINGS.has(s) ? false : parsingError();
  }
  errors.push({ loc, type: "bool_type", msg: "Input should be a valid boolean", input: value });
  return undefined;
};

const optional =
  <T>(check: Check<T>): Check<T | null> =>
  (value, loc, errors) =>
    value === null ? null : check(value, loc, errors);

const dictOf =
  <T>(check: Check<T>): Check<Record<string, T>> =>
  (value, loc, errors) => {
    if (!isObject(value)) {
      errors.push({ loc, type: "dict_type", msg: "Input should be a valid dictionary", input: value });
      return undefined;
    }
    const out: Record<string, T> = {};
    let ok = true;
    for (const [k, v] of Object.entries(value)) {
      const checked = check(v, [...loc, k], errors);
      if (checked === undefined) ok = false;
      else out[k] = checked;
    }
    return ok ? out : undefined;
  };

const anyDict: Check<JsonObject> = (value, loc, errors) => {
  if (isObject(value)) return value;
  errors.push({ loc, type: "dict_type", msg: "Input should be a valid dictionary", input: value });
  return undefined;
};

// `_coerce_env` runs before validation and calls `.items()` on anything that is not a list, so a
// non-mapping env is an AttributeError, not a ValidationError.
const env: Check<Record<string, string | null> | JsonObject[]> = (value, loc, errors) => {
  if (Array.isArray(value)) {
    const itemErrors: LineError[] = [];
    value.forEach((item, i) => anyDict(item, [...loc, "list[dict[str,any]]", i], itemErrors));
    if (itemErrors.length === 0) return value as JsonObject[];
    errors.push({
      loc: [...loc, "dict[str,nullable[str]]"],
      type: "dict_type",
      msg: "Input should be a valid dictionary",
      input: value,
    });
    errors.push(...itemErrors);
    return undefined;
  }
  if (!isObject(value)) {
    throw new TemplatingError("AttributeError", `'${pyTypeName(value)}' object has no attribute 'items'`);
  }
  const out: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(value)) out[k] = v === null ? null : pyStr(v);
  return out;
};

const clusterConfig: Check<{ config: JsonObject; context_name: string } | null> = (value, loc, errors) => {
  if (value === null) return null;
  if (!isObject(value)) {
    errors.push({
      loc,
      type: "model_type",
      msg: "Input should be a valid dictionary or instance of KubernetesClusterConfig",
      input: value,
    });
    return undefined;
  }
  const before = errors.length;
  const config = Object.hasOwn(value, "config")
    ? anyDict(value.config, [...loc, "config"], errors)
    : missing([...loc, "config"], value, errors);
  const context = Object.hasOwn(value, "context_name")
    ? str(value.context_name, [...loc, "context_name"], errors)
    : missing([...loc, "context_name"], value, errors);
  return errors.length > before ? undefined : { config: config!, context_name: context! };
};

function missing(loc: (string | number)[], input: unknown, errors: LineError[]): undefined {
  errors.push({ loc, type: "missing", msg: "Field required", input });
  return undefined;
}

// The minimal Job the manifest is diffed against (_get_base_job_manifest).
const BASE_JOB_MANIFEST = (): JsonObject => ({
  apiVersion: "batch/v1",
  kind: "Job",
  metadata: { annotations: {}, labels: {} },
  spec: {
    template: {
      spec: { parallelism: 1, completions: 1, restartPolicy: "Never", containers: [{ name: "prefect-job" }] },
    },
  },
});

/** _validate_job_manifest: fills metadata defaults, then the structural check. Returns an error text. */
export function checkJobManifest(manifest: JsonObject, namespace: string): string | undefined {
  if (!Object.hasOwn(manifest, "metadata")) manifest.metadata = {};
  const metadata = manifest.metadata as JsonObject;
  if (!Object.hasOwn(metadata, "annotations")) metadata.annotations = {};
  if (!Object.hasOwn(metadata, "labels")) metadata.labels = {};
  if (!Object.hasOwn(metadata, "namespace")) metadata.namespace = namespace;
  const patch = diffManifest(manifest, BASE_JOB_MANIFEST());
  const missingPaths = patch.filter((op) => op.op === "add").map((op) => op.path);
  if (missingPaths.length > 0) {
    return `Job is missing required attributes at the following paths: ${missingPaths.sort().join(", ")}`;
  }
  const incompatible = patch
    .filter((op) => op.op === "replace")
    .map((op) => `${op.path} must have value ${pyRepr(op.value)}`)
    .sort();
  if (incompatible.length > 0) {
    return `Job has incompatible values for the following attributes: ${incompatible.join(", ")}`;
  }
  return undefined;
}

export function validateJobConfiguration(input: JsonObject): JobConfiguration {
  const errors: LineError[] = [];
  const field = <T>(name: string, check: Check<T>, fallback: () => T | undefined): T | undefined =>
    Object.hasOwn(input, name) ? check(input[name], [name], errors) : fallback();

  const command = field("command", optional(str), () => null);
  const envValue = field("env", env, () => ({}));
  const labels = field("labels", dictOf(str), () => ({}));
  const name = field("name", optional(str), () => null);
  const annotations = field("annotations", dictOf(str), () => ({}));
  const namespace = field("namespace", str, () => "default");
  const jobManifest = field("job_manifest", anyDict, () => missing(["job_manifest"], input, errors));
  const cluster = field("cluster_config", clusterConfig, () => null);
  const jobWatch = field("job_watch_timeout_seconds", optional(int), () => null);
  const podWatch = field("pod_watch_timeout_seconds", int, () => 60);
  const streamOutput = field("stream_output", bool, () => true);
  if (errors.length > 0) throw new TemplatingError("ValidationError", formatErrors(errors));

  // pydantic validates into a new dict, so the error below shows the manifest as it was given.
  const manifest = deepCopy(jobManifest!);
  const problem = checkJobManifest(manifest, namespace!);
  if (problem) {
    throw new TemplatingError(
      "ValidationError",
      formatErrors([{ loc: [], type: "value_error", msg: `Value error, ${problem}`, input }]),
    );
  }
  return {
    command: command || null,
    env: envValue!,
    labels: labels!,
    name: name ?? null,
    annotations: annotations!,
    namespace: namespace!,
    job_manifest: manifest,
    cluster_config: cluster ?? null,
    job_watch_timeout_seconds: jobWatch ?? null,
    pod_watch_timeout_seconds: podWatch!,
    stream_output: streamOutput!,
  };
}
