// The worker's whole configuration: `prefect worker start` flags plus the environment variables the
// reference reads, under the reference's names and defaults. Every source is parsed the way pydantic
// parses it, then one JSON schema (ajv) checks the lot and reports every problem at once, each naming
// the flag or variable it came from.
import { randomUUID } from "node:crypto";
import type { ErrorObject } from "ajv";
import { SETTINGS, type SettingDefinition, type SettingKey } from "./definitions.ts";
import { FLAGS, type FlagKey } from "./flags.ts";
import { parseRaw } from "./parse.ts";
import { validateSettings as validate } from "./settings-validator.ts";

export type { SettingKey } from "./definitions.ts";
export type { FlagKey } from "./flags.ts";

export interface WorkerSettings {
  // flags
  pool: string;
  workQueues: string[];
  name: string;
  type: "kubernetes";
  prefetchSeconds: number;
  limit: number | undefined;
  runOnce: boolean;
  withHealthcheck: boolean;
  installPolicy: string;
  baseJobTemplatePath: string | undefined;
  createPoolIfNotFound: boolean;
  // environment
  apiUrl: string;
  apiKey: string | undefined;
  apiAuthString: string | undefined;
  cloudApiUrl: string;
  apiRequestTimeout: number;
  apiEnableHttp2: boolean;
  clientMaxRetries: number;
  clientRetryJitterFactor: number;
  clientRetryExtraCodes: number[];
  clientCustomHeaders: Record<string, string>;
  clientCsrfSupportEnabled: boolean;
  heartbeatSeconds: number;
  querySeconds: number;
  webserverHost: string;
  webserverPort: number;
  workerDebugMode: boolean;
  enableCancellation: boolean;
  cancellationPollSeconds: number;
  debugMode: boolean;
  loggingLevel: "DEBUG" | "INFO" | "WARNING" | "ERROR" | "CRITICAL";
  kubernetesClusterUid: string | undefined;
  createSecretForApiKey: boolean;
  apiKeySecretName: string | undefined;
  apiKeySecretKey: string | undefined;
  apiAuthStringSecretName: string | undefined;
  apiAuthStringSecretKey: string | undefined;
  storeEnvAsSecret: boolean;
  addTcpKeepalive: boolean;
  createJobRetryMaxRetries: number;
  createJobRetryDelaySeconds: number;
  createJobRetryJitterMinSeconds: number;
  createJobRetryJitterMaxSeconds: number;
  observerEnabled: boolean;
  observerReplicatePodEvents: boolean;
  observerNamespaces: string[];
  observerAdditionalLabelFilters: Record<string, string>;
  observerStartupEventConcurrency: number;
  observerForwardCrashedRunLogs: boolean;
  observerForwardCrashedRunLogsTailLines: number;
  deleteCancellingJobsAfterSeconds: number | undefined;
  submissionConcurrency: number;
  shutdownGraceSeconds: number;
  reconcilePendingAfterSeconds: number;
  streamJobLogs: boolean;
}

export class SettingsError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.problems = problems;
  }
}

/** Flag values as yargs hands them over: strings (or string lists / booleans), not yet typed. */
export type FlagInput = Partial<Record<FlagKey, unknown>>;

interface Candidate {
  value: unknown;
  source: string;
  secret: boolean;
}

function fromEnvironment(def: SettingDefinition, env: NodeJS.ProcessEnv): Candidate | undefined {
  // pydantic-settings takes the first alias that is present, canonical name first.
  for (const name of def.env) {
    const raw = env[name];
    if (raw === undefined) continue;
    if (def.emptyIsUnset && raw === "") continue;
    return { value: parseRaw(def.parse, raw), source: name, secret: def.secret === true };
  }
  return undefined;
}

/** Reads flags and environment into WorkerSettings, or throws SettingsError listing every problem. */
export function loadSettings(flags: FlagInput, env: NodeJS.ProcessEnv): WorkerSettings {
  const candidates = new Map<string, Candidate>();
  for (const [key, def] of Object.entries(SETTINGS)) {
    const candidate = fromEnvironment(def, env);
    if (candidate) candidates.set(key, candidate);
  }
  for (const [key, def] of Object.entries(FLAGS)) {
    const raw = flags[key as FlagKey];
    if (raw === undefined) continue;
    const value = typeof raw === "string" ? parseRaw(def.parse, raw) : raw;
    // A flag overrides the setting it stands for (e.g. --prefetch-seconds over the env variable).
    candidates.set(def.overrides ?? key, { value, source: def.flag, secret: false });
  }

  const document: Record<string, unknown> = {};
  for (const [key, candidate] of candidates) document[key] = candidate.value;
  const problems: string[] = [];
  if (!validate(document)) {
    for (const error of validate.errors ?? []) problems.push(describe(error, candidates));
  }
  problems.push(...crossFieldProblems(document, candidates));
  if (problems.length > 0) throw new SettingsError(dedupe(problems));

  const settings: Record<string, unknown> = {};
  for (const [key, def] of [...Object.entries(FLAGS), ...Object.entries(SETTINGS)]) {
    if ("overrides" in def && def.overrides) continue;
    settings[key] = key in document ? document[key] : structuredClone(def.default);
  }
  settings.type = "kubernetes";
  if (settings.name === undefined) settings.name = `KubernetesWorker ${randomUUID()}`;
  if (settings.loggingLevel !== undefined)
    settings.loggingLevel = String(settings.loggingLevel).toUpperCase();
  return settings as unknown as WorkerSettings;
}

function sourceOf(key: string, candidates: Map<string, Candidate>): string {
  const candidate = candidates.get(key);
  if (candidate) return candidate.source;
  const def = (SETTINGS as Record<string, SettingDefinition>)[key];
  if (def) return def.env[0]!;
  const flag = (FLAGS as Record<string, { flag: string }>)[key];
  return flag ? flag.flag : key;
}

/** The offending value (the list item or object member the error is about), unless it is secret. */
function shown(candidate: Candidate | undefined, path: string[]): string {
  if (!candidate || candidate.secret) return "";
  let value = candidate.value;
  for (const step of path) value = (value as Record<string, unknown> | undefined)?.[step];
  return value === undefined ? "" : ` (got ${JSON.stringify(value)})`;
}

function describe(error: ErrorObject, candidates: Map<string, Candidate>): string {
  const [, key, ...rest] = error.instancePath
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"));
  if (error.keyword === "required") {
    const missing = String((error.params as { missingProperty: string }).missingProperty);
    if (missing === "apiUrl") return "PREFECT_API_URL must be set to start a Worker.";
    if (missing === "pool") return "Missing required option '--pool' / '-p'.";
    return `${sourceOf(missing, candidates)} is required`;
  }
  if (error.keyword === "additionalProperties") {
    return `unknown setting ${String((error.params as { additionalProperty: string }).additionalProperty)}`;
  }
  const name = key ? sourceOf(key, candidates) : "configuration";
  const where = rest.length > 0 ? ` at ${rest.join(".")}` : "";
  const candidate = key ? candidates.get(key) : undefined;
  const custom = key ? ((SETTINGS as Record<string, SettingDefinition>)[key]?.hint ?? hintForFlag(key)) : "";
  const message =
    error.keyword === "enum"
      ? `must be one of ${((error.params as { allowedValues: unknown[] }).allowedValues ?? []).join(", ")}`
      : (error.message ?? "is invalid");
  return `${name}${where}: ${message}${shown(candidate, rest)}${custom ? `; ${custom}` : ""}`;
}

function hintForFlag(key: string): string {
  return (FLAGS as Record<string, { hint?: string }>)[key]?.hint ?? "";
}

function crossFieldProblems(document: Record<string, unknown>, candidates: Map<string, Candidate>): string[] {
  const problems: string[] = [];
  const min = document.createJobRetryJitterMinSeconds ?? SETTINGS.createJobRetryJitterMinSeconds.default;
  const max = document.createJobRetryJitterMaxSeconds ?? SETTINGS.createJobRetryJitterMaxSeconds.default;
  // Checked alongside the schema so every problem is reported at once; a bound the schema already refused
  // as not a number has been reported there.
  if (typeof min === "number" && typeof max === "number" && min > max) {
    problems.push(
      `${sourceOf("createJobRetryJitterMinSeconds", candidates)} (${min}) must not exceed ` +
        `${sourceOf("createJobRetryJitterMaxSeconds", candidates)} (${max})`,
    );
  }
  const pairs: [SettingKey, SettingKey][] = [
    ["apiKeySecretName", "apiKeySecretKey"],
    ["apiAuthStringSecretName", "apiAuthStringSecretKey"],
  ];
  for (const [a, b] of pairs) {
    if ((document[a] === undefined) !== (document[b] === undefined)) {
      const [set, unset] = document[a] === undefined ? [b, a] : [a, b];
      problems.push(
        `${sourceOf(set, candidates)} is set but ${sourceOf(unset, candidates)} is not; set both or neither`,
      );
    }
  }
  return problems;
}

function dedupe(problems: string[]): string[] {
  return [...new Set(problems)];
}
