// Every environment variable the worker reads: the reference's names (canonical first, then legacy
// aliases), defaults, how the string is parsed and what a valid value is. The description is the
// documentation (README and `--help`).
import type { ParseKind } from "./parse.ts";

export interface SettingDefinition {
  env: string[];
  parse: ParseKind;
  schema: Record<string, unknown>;
  default: unknown;
  description: string;
  /** Never echoed in errors or logs. */
  secret?: boolean;
  /** An empty string means "not set" (the reference treats it so). */
  emptyIsUnset?: boolean;
  /** Appended to a validation error. */
  hint?: string;
}

const K8S = "PREFECT_INTEGRATIONS_KUBERNETES";
const seconds = (minimum: number, exclusive = false) =>
  exclusive ? { type: "number", exclusiveMinimum: minimum } : { type: "number", minimum };
const optionalString = { type: "string", minLength: 1 };

function setting(def: SettingDefinition): SettingDefinition {
  return def;
}

export const SETTINGS = {
  apiUrl: setting({
    env: ["PREFECT_API_URL"],
    parse: "string",
    schema: { type: "string", pattern: "^https?://" },
    default: undefined,
    emptyIsUnset: true,
    description: "The Prefect API, e.g. http://prefect-server:4200/api or a Cloud workspace URL.",
    hint: "expects an http(s) URL",
  }),
  apiKey: setting({
    env: ["PREFECT_API_KEY"],
    parse: "string",
    schema: { type: "string" },
    default: undefined,
    secret: true,
    emptyIsUnset: true,
    description: "Prefect Cloud API key, sent as a Bearer token.",
  }),
  apiAuthString: setting({
    env: ["PREFECT_API_AUTH_STRING"],
    parse: "string",
    schema: { type: "string" },
    default: undefined,
    secret: true,
    emptyIsUnset: true,
    description: "user:password for a self-hosted server with basic auth; wins over the API key.",
  }),
  cloudApiUrl: setting({
    env: ["PREFECT_CLOUD_API_URL"],
    parse: "string",
    // Empty is allowed, as in Python: every API URL then counts as Cloud (the official chart renders an
    // empty value for customer-managed Cloud without cloudApiUrl).
    schema: { type: "string", pattern: "^(https?://|$)" },
    default: "https://api.prefect.cloud/api",
    description: "An API URL starting with this is Prefect Cloud (heartbeats return a worker id).",
  }),
  apiRequestTimeout: setting({
    env: ["PREFECT_API_REQUEST_TIMEOUT"],
    parse: "number",
    schema: seconds(0, true),
    default: 60,
    description: "Seconds before an API request times out.",
  }),
  apiEnableHttp2: setting({
    env: ["PREFECT_API_ENABLE_HTTP2"],
    parse: "bool",
    schema: { type: "boolean" },
    default: false,
    description: "Accepted for compatibility; requests use HTTP/1.1 keep-alive.",
  }),
  clientMaxRetries: setting({
    env: ["PREFECT_CLIENT_MAX_RETRIES"],
    parse: "int",
    schema: { type: "integer", minimum: 0 },
    default: 5,
    description: "Retries of a failed API request (408, 429, 502, 503, extra codes, transport errors).",
  }),
  clientRetryJitterFactor: setting({
    env: ["PREFECT_CLIENT_RETRY_JITTER_FACTOR"],
    parse: "number",
    schema: { type: "number", minimum: 0 },
    default: 0.2,
    description: "Jitter added to retry waits; 0 disables it.",
  }),
  clientRetryExtraCodes: setting({
    env: ["PREFECT_CLIENT_RETRY_EXTRA_CODES"],
    parse: "status-codes",
    schema: { type: "array", items: { type: "integer", minimum: 100, maximum: 599 }, uniqueItems: false },
    default: [],
    description: "More HTTP status codes to retry, comma-separated (e.g. 404,500).",
    hint: "expects comma-separated HTTP status codes between 100 and 599",
  }),
  clientCustomHeaders: setting({
    env: ["PREFECT_CLIENT_CUSTOM_HEADERS"],
    parse: "json-object",
    schema: { type: "object", additionalProperties: { type: "string" } },
    default: {},
    secret: true,
    description: "Extra request headers as a JSON object; cannot override User-Agent or CSRF headers.",
    hint: 'expects a JSON object of strings, e.g. {"X-Custom": "value"}',
  }),
  clientCsrfSupportEnabled: setting({
    env: ["PREFECT_CLIENT_CSRF_SUPPORT_ENABLED"],
    parse: "bool",
    schema: { type: "boolean" },
    default: true,
    description: "Fetch and send a CSRF token to servers that require one.",
  }),
  heartbeatSeconds: setting({
    env: ["PREFECT_WORKER_HEARTBEAT_SECONDS"],
    parse: "number",
    schema: seconds(0, true),
    default: 30,
    description: "Interval of the sync loop: work-pool read and worker heartbeat.",
  }),
  querySeconds: setting({
    env: ["PREFECT_WORKER_QUERY_SECONDS"],
    parse: "number",
    schema: seconds(0, true),
    default: 10,
    description: "Interval of the poll loop; /health fails after 30 intervals without a poll.",
  }),
  prefetchSeconds: setting({
    env: ["PREFECT_WORKER_PREFETCH_SECONDS"],
    parse: "number",
    schema: seconds(0),
    default: 10,
    description: "Runs scheduled up to this many seconds ahead are submitted early.",
  }),
  webserverHost: setting({
    env: ["PREFECT_WORKER_WEBSERVER_HOST"],
    parse: "string",
    schema: { type: "string", minLength: 1 },
    default: "0.0.0.0",
    description: "Bind address of the health/metrics server (--with-healthcheck).",
  }),
  webserverPort: setting({
    env: ["PREFECT_WORKER_WEBSERVER_PORT"],
    parse: "int",
    schema: { type: "integer", minimum: 0, maximum: 65535 },
    default: 8080,
    description: "Port of the health/metrics server.",
  }),
  workerDebugMode: setting({
    env: ["PREFECT_WORKER_DEBUG_MODE"],
    parse: "bool",
    schema: { type: "boolean" },
    default: false,
    description: "Log the worker at DEBUG.",
  }),
  enableCancellation: setting({
    env: ["PREFECT_WORKER_ENABLE_CANCELLATION"],
    parse: "bool",
    schema: { type: "boolean" },
    default: false,
    description: "Worker-side cancellation of pending runs.",
  }),
  cancellationPollSeconds: setting({
    env: ["PREFECT_WORKER_CANCELLATION_POLL_SECONDS"],
    parse: "number",
    schema: seconds(0, true),
    default: 120,
    description: "Polling interval of worker-side cancellation.",
  }),
  debugMode: setting({
    env: ["PREFECT_DEBUG_MODE"],
    parse: "bool",
    schema: { type: "boolean" },
    default: false,
    description: "Prefect debug mode: log at DEBUG.",
  }),
  loggingLevel: setting({
    env: ["PREFECT_LOGGING_LEVEL"],
    parse: "string",
    schema: {
      type: "string",
      enum: [
        "DEBUG",
        "INFO",
        "WARNING",
        "ERROR",
        "CRITICAL",
        "debug",
        "info",
        "warning",
        "error",
        "critical",
      ],
    },
    default: "INFO",
    description: "Log level of the worker's JSON logs.",
  }),
  kubernetesClusterUid: setting({
    env: [`${K8S}_CLUSTER_UID`, "PREFECT_KUBERNETES_CLUSTER_UID"],
    parse: "string",
    schema: { type: "string" },
    default: undefined,
    emptyIsUnset: true,
    description: "Accepted for compatibility; unused since prefect-kubernetes 0.6.",
  }),
  createSecretForApiKey: setting({
    env: [`${K8S}_WORKER_CREATE_SECRET_FOR_API_KEY`, "PREFECT_KUBERNETES_WORKER_STORE_PREFECT_API_IN_SECRET"],
    parse: "bool",
    schema: { type: "boolean" },
    default: false,
    description: "Store the API key in a Secret per namespace (deleted at shutdown) instead of the Job.",
  }),
  apiKeySecretName: setting({
    env: [`${K8S}_WORKER_API_KEY_SECRET_NAME`],
    parse: "string",
    schema: optionalString,
    default: undefined,
    emptyIsUnset: true,
    description: "Existing Secret holding the API key; Jobs reference it.",
  }),
  apiKeySecretKey: setting({
    env: [`${K8S}_WORKER_API_KEY_SECRET_KEY`],
    parse: "string",
    schema: optionalString,
    default: undefined,
    emptyIsUnset: true,
    description: "Key of the API key in that Secret.",
  }),
  apiAuthStringSecretName: setting({
    env: [`${K8S}_WORKER_API_AUTH_STRING_SECRET_NAME`],
    parse: "string",
    schema: optionalString,
    default: undefined,
    emptyIsUnset: true,
    description: "Existing Secret holding the auth string; Jobs reference it.",
  }),
  apiAuthStringSecretKey: setting({
    env: [`${K8S}_WORKER_API_AUTH_STRING_SECRET_KEY`],
    parse: "string",
    schema: optionalString,
    default: undefined,
    emptyIsUnset: true,
    description: "Key of the auth string in that Secret.",
  }),
  storeEnvAsSecret: setting({
    env: [`${K8S}_WORKER_STORE_ENV_AS_SECRET`],
    parse: "bool",
    schema: { type: "boolean" },
    default: false,
    description: "Move each Job's plain env values into a Secret owned by the Job.",
  }),
  addTcpKeepalive: setting({
    env: [`${K8S}_WORKER_ADD_TCP_KEEPALIVE`, "PREFECT_KUBERNETES_WORKER_ADD_TCP_KEEPALIVE"],
    parse: "bool",
    schema: { type: "boolean" },
    default: true,
    description: "TCP keepalive on Kubernetes API connections.",
  }),
  createJobRetryMaxRetries: setting({
    env: [`${K8S}_WORKER_CREATE_JOB_RETRY_MAX_RETRIES`],
    parse: "int",
    schema: { type: "integer", minimum: 1 },
    default: 3,
    description: "Attempts at creating a Job.",
  }),
  createJobRetryDelaySeconds: setting({
    env: [`${K8S}_WORKER_CREATE_JOB_RETRY_DELAY_SECONDS`],
    parse: "int",
    schema: { type: "integer", minimum: 0 },
    default: 1,
    description: "Fixed wait between attempts.",
  }),
  createJobRetryJitterMinSeconds: setting({
    env: [`${K8S}_WORKER_CREATE_JOB_RETRY_JITTER_MIN_SECONDS`],
    parse: "int",
    schema: { type: "integer", minimum: 0 },
    default: 0,
    description: "Lower bound of the random wait added to each retry.",
  }),
  createJobRetryJitterMaxSeconds: setting({
    env: [`${K8S}_WORKER_CREATE_JOB_RETRY_JITTER_MAX_SECONDS`],
    parse: "int",
    schema: { type: "integer", minimum: 0 },
    default: 3,
    description: "Upper bound of the random wait added to each retry.",
  }),
  observerEnabled: setting({
    env: [`${K8S}_OBSERVER_ENABLED`],
    parse: "bool",
    schema: { type: "boolean" },
    default: true,
    description: "Watch Prefect Jobs and Pods to report crashes and pod events.",
  }),
  observerReplicatePodEvents: setting({
    env: [`${K8S}_OBSERVER_REPLICATE_POD_EVENTS`],
    parse: "bool",
    schema: { type: "boolean" },
    default: true,
    description: "Emit prefect.kubernetes.pod.* events.",
  }),
  observerNamespaces: setting({
    env: [`${K8S}_OBSERVER_NAMESPACES`],
    parse: "string-list",
    schema: { type: "array", items: { type: "string", minLength: 1 } },
    default: [],
    description: "Comma-separated namespaces to watch; empty watches the whole cluster.",
  }),
  observerAdditionalLabelFilters: setting({
    env: [`${K8S}_OBSERVER_ADDITIONAL_LABEL_FILTERS`],
    parse: "label-filters",
    schema: { type: "object", additionalProperties: { type: "string" } },
    default: {},
    description: "Extra label selectors k=v,k2=v2 for the watches.",
    hint: "expects comma-separated key=value pairs",
  }),
  observerStartupEventConcurrency: setting({
    env: [`${K8S}_OBSERVER_STARTUP_EVENT_CONCURRENCY`],
    parse: "int",
    schema: { type: "integer", minimum: 1 },
    default: 5,
    description: "Parallel API calls when reconciling objects found at start-up.",
  }),
  observerForwardCrashedRunLogs: setting({
    env: [`${K8S}_OBSERVER_FORWARD_CRASHED_RUN_LOGS`],
    parse: "bool",
    schema: { type: "boolean" },
    default: true,
    description: "Forward the container log tail of runs that crashed before starting.",
  }),
  observerForwardCrashedRunLogsTailLines: setting({
    env: [`${K8S}_OBSERVER_FORWARD_CRASHED_RUN_LOGS_TAIL_LINES`],
    parse: "int",
    schema: { type: "integer", minimum: 1 },
    default: 500,
    description: "Lines of that tail.",
  }),
  deleteCancellingJobsAfterSeconds: setting({
    env: [`${K8S}_WORKER_DELETE_CANCELLING_JOBS_AFTER_SECONDS`],
    parse: "number",
    schema: seconds(0, true),
    default: undefined,
    emptyIsUnset: true,
    description:
      "Not in the reference; off when unset. Delete the Job of a run of this pool that has stayed " +
      "CANCELLING this long, then mark the run Cancelled, so pods that ignore cancellation do not run on.",
  }),
  submissionConcurrency: setting({
    env: [`${K8S}_WORKER_SUBMISSION_CONCURRENCY`],
    parse: "int",
    schema: { type: "integer", minimum: 1 },
    default: 16,
    description:
      "Not in the reference. Flow runs submitted at once; further due runs wait their turn, still " +
      "SCHEDULED. --limit still caps the runs in progress.",
  }),
  shutdownGraceSeconds: setting({
    env: [`${K8S}_WORKER_SHUTDOWN_GRACE_SECONDS`],
    parse: "number",
    schema: seconds(0),
    default: 20,
    description:
      "Not in the reference. How long a stopping worker (SIGTERM) waits for submissions in flight; then " +
      "it abandons them and settles their runs (Job adopted, or back to SCHEDULED) before it exits. The " +
      "chart's terminationGracePeriodSeconds (default 60) must stay above it.",
  }),
  reconcilePendingAfterSeconds: setting({
    env: [`${K8S}_WORKER_RECONCILE_PENDING_AFTER_SECONDS`],
    parse: "number",
    schema: seconds(0),
    default: 120,
    description:
      "Not in the reference; 0 turns it off. At start and then periodically, runs of the pool PENDING " +
      "this long with no infrastructure_pid (their worker died mid-submission) are settled by their " +
      "prefect.io/flow-run-id Job: adopted if it exists, else put back to SCHEDULED.",
  }),
  streamJobLogs: setting({
    env: [`${K8S}_WORKER_STREAM_JOB_LOGS`],
    parse: "bool",
    schema: { type: "boolean" },
    default: false,
    description:
      "Not in the reference. Follow the prefect-job container log of runs whose stream_output job " +
      "variable is true and forward its lines as flow-run logs.",
  }),
} satisfies Record<string, SettingDefinition>;

export type SettingKey = keyof typeof SETTINGS;
