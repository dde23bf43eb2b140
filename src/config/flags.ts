// The flags of `prefect worker start`, as settings: their schema and the setting a flag overrides.
import type { ParseKind } from "./parse.ts";

export interface FlagDefinition {
  /** How the flag is spelled in messages. */
  flag: string;
  parse: ParseKind;
  schema: Record<string, unknown>;
  default: unknown;
  description: string;
  /** The environment setting this flag takes precedence over. */
  overrides?: string;
  hint?: string;
}

function flag(def: FlagDefinition): FlagDefinition {
  return def;
}

export const FLAGS = {
  pool: flag({
    flag: "--pool",
    parse: "string",
    schema: { type: "string", minLength: 1 },
    default: undefined,
    description: "The work pool to poll.",
  }),
  workQueues: flag({
    flag: "--work-queue",
    parse: "string-list",
    schema: { type: "array", items: { type: "string", minLength: 1 } },
    default: [],
    description: "Queues of the pool to poll (repeatable); default: all.",
  }),
  name: flag({
    flag: "--name",
    parse: "string",
    // The reference refuses '/' and '%': the name becomes part of API paths and resource ids.
    schema: { type: "string", minLength: 1, pattern: "^[^/%]*$" },
    default: undefined,
    description: "The worker's name (its identity on the server); default 'KubernetesWorker <uuid>'.",
    hint: "a worker name cannot contain '/' or '%'",
  }),
  type: flag({
    flag: "--type",
    parse: "string",
    schema: { type: "string", enum: ["kubernetes"] },
    default: "kubernetes",
    description: "Worker type; only 'kubernetes'.",
    hint: "this worker only runs Kubernetes work pools",
  }),
  prefetchSeconds: flag({
    flag: "--prefetch-seconds",
    parse: "int",
    schema: { type: "integer", minimum: 0 },
    default: undefined,
    overrides: "prefetchSeconds",
    description: "Submit runs scheduled up to this many seconds ahead.",
  }),
  limit: flag({
    flag: "--limit",
    parse: "int",
    schema: { type: "integer", minimum: 1 },
    default: undefined,
    description: "Maximum concurrent submissions.",
  }),
  runOnce: flag({
    flag: "--run-once",
    parse: "bool",
    schema: { type: "boolean" },
    default: false,
    description: "Sync, poll once, wait for the submissions, exit.",
  }),
  withHealthcheck: flag({
    flag: "--with-healthcheck",
    parse: "bool",
    schema: { type: "boolean" },
    default: false,
    description: "Serve /health, /livez, /readyz and /metrics.",
  }),
  installPolicy: flag({
    flag: "--install-policy",
    parse: "string",
    schema: { type: "string", enum: ["always", "if-not-present", "never", "prompt"] },
    default: "prompt",
    description: "Accepted for compatibility and ignored: nothing is pip-installed.",
  }),
  baseJobTemplatePath: flag({
    flag: "--base-job-template",
    parse: "string",
    schema: { type: "string", minLength: 1 },
    default: undefined,
    description: "JSON file used as the base job template when the worker creates the pool.",
  }),
  createPoolIfNotFound: flag({
    flag: "--create-pool-if-not-found",
    parse: "bool",
    schema: { type: "boolean" },
    default: true,
    description: "Create the pool when it does not exist.",
  }),
} satisfies Record<string, FlagDefinition>;

export type FlagKey = keyof typeof FLAGS;
