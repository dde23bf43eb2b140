import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { SETTINGS, type SettingKey } from "../../src/config/definitions.ts";
import {
  loadSettings,
  SettingsError,
  type FlagInput,
  type WorkerSettings,
} from "../../src/config/settings.ts";
import { referencePython } from "../harness/reference-venv.ts";

const API = { PREFECT_API_URL: "http://127.0.0.1:4200/api" };
const K8S = "PREFECT_INTEGRATIONS_KUBERNETES";

function load(flags: FlagInput = {}, env: NodeJS.ProcessEnv = {}): WorkerSettings {
  return loadSettings({ pool: "pool-a", ...flags }, { ...API, ...env });
}

/** The problems loadSettings reports for exactly these flags and env (no defaults added). */
function problemsOf(flags: FlagInput, env: NodeJS.ProcessEnv): string[] {
  try {
    loadSettings(flags, env);
  } catch (error) {
    assert.ok(error instanceof SettingsError, `not a SettingsError: ${String(error)}`);
    return error.problems;
  }
  assert.fail(`accepted ${JSON.stringify(flags)} ${JSON.stringify(env)}`);
}

function problems(flags: FlagInput = {}, env: NodeJS.ProcessEnv = {}): string[] {
  return problemsOf({ pool: "pool-a", ...flags }, { ...API, ...env });
}

let python: string | undefined;
let noPython = "";
try {
  python = referencePython();
} catch (error) {
  noPython = `no reference Python venv to compare with: ${(error as Error).message}`;
}

test("defaults are the reference's", () => {
  const s = load();
  assert.equal(s.heartbeatSeconds, 30);
  assert.equal(s.querySeconds, 10);
  assert.equal(s.prefetchSeconds, 10);
  assert.equal(s.webserverHost, "0.0.0.0");
  assert.equal(s.webserverPort, 8080);
  assert.equal(s.cancellationPollSeconds, 120);
  assert.equal(s.apiRequestTimeout, 60);
  assert.equal(s.cloudApiUrl, "https://api.prefect.cloud/api");
  assert.equal(s.clientMaxRetries, 5);
  assert.equal(s.clientRetryJitterFactor, 0.2);
  assert.deepEqual(s.clientRetryExtraCodes, []);
  assert.deepEqual(s.clientCustomHeaders, {});
  assert.equal(s.clientCsrfSupportEnabled, true);
  assert.equal(s.loggingLevel, "INFO");
  assert.equal(s.addTcpKeepalive, true);
  assert.equal(s.createJobRetryMaxRetries, 3);
  assert.equal(s.createJobRetryDelaySeconds, 1);
  assert.equal(s.createJobRetryJitterMinSeconds, 0);
  assert.equal(s.createJobRetryJitterMaxSeconds, 3);
  assert.equal(s.observerStartupEventConcurrency, 5);
  assert.equal(s.observerForwardCrashedRunLogsTailLines, 500);
  assert.deepEqual(s.observerNamespaces, []);
  assert.equal(s.kubernetesClusterUid, undefined);
  // The flags' defaults.
  assert.equal(s.type, "kubernetes");
  assert.deepEqual(s.workQueues, []);
  assert.equal(s.limit, undefined);
  assert.equal(s.runOnce, false);
  assert.equal(s.withHealthcheck, false);
  assert.equal(s.installPolicy, "prompt");
  assert.equal(s.createPoolIfNotFound, true);
});

test("defaults match the installed Python reference's settings", { skip: noPython || false }, () => {
  // Our setting → the reference's attribute; sets become sorted lists, None becomes null.
  const attributes: Partial<Record<SettingKey, string>> = {
    heartbeatSeconds: "s.worker.heartbeat_seconds",
    querySeconds: "s.worker.query_seconds",
    prefetchSeconds: "s.worker.prefetch_seconds",
    webserverHost: "s.worker.webserver.host",
    webserverPort: "s.worker.webserver.port",
    workerDebugMode: "s.worker.debug_mode",
    enableCancellation: "s.worker.enable_cancellation",
    cancellationPollSeconds: "s.worker.cancellation_poll_seconds",
    apiRequestTimeout: "s.api.request_timeout",
    apiEnableHttp2: "s.api.enable_http2",
    cloudApiUrl: "s.cloud.api_url",
    clientMaxRetries: "s.client.max_retries",
    clientRetryJitterFactor: "s.client.retry_jitter_factor",
    clientRetryExtraCodes: "sorted(s.client.retry_extra_codes)",
    clientCustomHeaders: "s.client.custom_headers",
    clientCsrfSupportEnabled: "s.client.csrf_support_enabled",
    debugMode: "s.debug_mode",
    loggingLevel: "s.logging.level",
    kubernetesClusterUid: "k.cluster_uid",
    createSecretForApiKey: "k.worker.create_secret_for_api_key",
    apiKeySecretName: "k.worker.api_key_secret_name",
    storeEnvAsSecret: "k.worker.store_env_as_secret",
    addTcpKeepalive: "k.worker.add_tcp_keepalive",
    createJobRetryMaxRetries: "k.worker.create_job_retry.max_retries",
    createJobRetryDelaySeconds: "k.worker.create_job_retry.delay_seconds",
    createJobRetryJitterMinSeconds: "k.worker.create_job_retry.jitter_min_seconds",
    createJobRetryJitterMaxSeconds: "k.worker.create_job_retry.jitter_max_seconds",
    observerEnabled: "k.observer.enabled",
    observerReplicatePodEvents: "k.observer.replicate_pod_events",
    observerNamespaces: "sorted(k.observer.namespaces)",
    observerAdditionalLabelFilters: "k.observer.additional_label_filters",
    observerStartupEventConcurrency: "k.observer.startup_event_concurrency",
    observerForwardCrashedRunLogs: "k.observer.forward_crashed_run_logs",
    observerForwardCrashedRunLogsTailLines: "k.observer.forward_crashed_run_logs_tail_lines",
  };
  const code = [
    "import json",
    "from prefect.settings import get_current_settings",
    "from prefect_kubernetes.settings import KubernetesSettings",
    "s = get_current_settings()",
    "k = KubernetesSettings()",
    `print(json.dumps({${Object.entries(attributes)
      .map(([key, expr]) => `${JSON.stringify(key)}: ${expr}`)
      .join(", ")}}))`,
  ].join("\n");
  // A fresh PREFECT_HOME and no PREFECT_* variables: a profile or the caller's env would change defaults.
  const home = mkdtempSync(join(tmpdir(), "settings-ref-"));
  try {
    const out = execFileSync(python!, ["-c", code], {
      encoding: "utf8",
      env: { PATH: process.env.PATH, HOME: home, PREFECT_HOME: home },
    });
    const reference = JSON.parse(out.trim().split("\n").at(-1)!) as Record<string, unknown>;
    const ours = load() as unknown as Record<string, unknown>;
    for (const key of Object.keys(attributes)) {
      assert.deepEqual(ours[key] ?? null, reference[key], key);
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});

test("the default name is 'KubernetesWorker <uuid4>', a new one each time", () => {
  const a = load().name;
  const b = load().name;
  assert.match(a, /^KubernetesWorker [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.notEqual(a, b);
  assert.equal(load({ name: "my worker" }).name, "my worker");
});

const TRUE_FORMS = ["1", "true", "True", "TRUE", "yes", "Yes", "y", "Y", "on", "On", "t", "T"];
const FALSE_FORMS = ["0", "false", "False", "FALSE", "no", "No", "n", "N", "off", "OFF", "f", "F"];
const boolForms: [string, unknown][] = [
  ...TRUE_FORMS.map((raw): [string, unknown] => [raw, true]),
  ...FALSE_FORMS.map((raw): [string, unknown] => [raw, false]),
];
// pydantic's int: decimal, surrounding blanks, a sign, '_' between digits, a zero fraction.
const intForms = (n: number): [string, unknown][] => [
  [String(n), n],
  [` ${n}\n`, n],
  [`+${n}`, n],
  [`${n}.0`, n],
];
const numberForms = (n: number): [string, unknown][] => [
  [String(n), n],
  [`${n}.5`, n + 0.5],
  [` ${n} `, n],
  [`${n}e0`, n],
  ["1_000", 1000],
];

interface SettingCases {
  cases: [string, unknown][];
  /** Other variables the setting needs to be valid. */
  with?: NodeJS.ProcessEnv;
}

// Every setting with the string forms its documentation promises.
const FORMS: Record<SettingKey, SettingCases> = {
  apiUrl: {
    cases: [
      ["http://prefect:4200/api", "http://prefect:4200/api"],
      [
        "https://api.prefect.cloud/api/accounts/a/workspaces/w",
        "https://api.prefect.cloud/api/accounts/a/workspaces/w",
      ],
    ],
  },
  apiKey: { cases: [["pnu_abcdef", "pnu_abcdef"]] },
  apiAuthString: { cases: [["admin:pass", "admin:pass"]] },
  // "" is a value, not unset: Python keeps it and every API URL then starts with it (the official chart
  // renders an empty PREFECT_CLOUD_API_URL for customer-managed Cloud without cloudApiUrl).
  cloudApiUrl: {
    cases: [
      ["https://cloud.example/api", "https://cloud.example/api"],
      ["", ""],
    ],
  },
  apiRequestTimeout: { cases: numberForms(30) },
  apiEnableHttp2: { cases: boolForms },
  clientMaxRetries: { cases: [...intForms(3), ["0", 0]] },
  clientRetryJitterFactor: {
    cases: [
      ["0", 0],
      ["0.5", 0.5],
      [".25", 0.25],
    ],
  },
  clientRetryExtraCodes: {
    cases: [
      ["404,500", [404, 500]],
      [" 404 , 500 ", [404, 500]],
      ["[404,500]", [404, 500]],
      ["421", [421]],
      ["", []],
    ],
  },
  clientCustomHeaders: {
    cases: [
      ['{"X-Custom": "v", "X-Other": "w"}', { "X-Custom": "v", "X-Other": "w" }],
      ["{}", {}],
      ["", {}],
    ],
  },
  clientCsrfSupportEnabled: { cases: boolForms },
  heartbeatSeconds: { cases: numberForms(15) },
  querySeconds: { cases: [...numberForms(5), ["0.1", 0.1]] },
  prefetchSeconds: { cases: [...numberForms(20), ["0", 0]] },
  webserverHost: {
    cases: [
      ["127.0.0.1", "127.0.0.1"],
      ["::", "::"],
    ],
  },
  webserverPort: { cases: [...intForms(9090), ["0", 0], ["65535", 65535]] },
  workerDebugMode: { cases: boolForms },
  enableCancellation: { cases: boolForms },
  cancellationPollSeconds: { cases: numberForms(60) },
  debugMode: { cases: boolForms },
  loggingLevel: {
    cases: ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"].flatMap((level): [string, unknown][] => [
      [level, level],
      [level.toLowerCase(), level],
    ]),
  },
  kubernetesClusterUid: {
    cases: [
      ["c-123", "c-123"],
      ["", undefined],
    ],
  },
  createSecretForApiKey: { cases: boolForms },
  apiKeySecretName: {
    cases: [["prefect-api-key", "prefect-api-key"]],
    with: { [`${K8S}_WORKER_API_KEY_SECRET_KEY`]: "key" },
  },
  apiKeySecretKey: {
    cases: [["value", "value"]],
    with: { [`${K8S}_WORKER_API_KEY_SECRET_NAME`]: "name" },
  },
  apiAuthStringSecretName: {
    cases: [["prefect-auth", "prefect-auth"]],
    with: { [`${K8S}_WORKER_API_AUTH_STRING_SECRET_KEY`]: "key" },
  },
  apiAuthStringSecretKey: {
    cases: [["auth", "auth"]],
    with: { [`${K8S}_WORKER_API_AUTH_STRING_SECRET_NAME`]: "name" },
  },
  storeEnvAsSecret: { cases: boolForms },
  addTcpKeepalive: { cases: boolForms },
  createJobRetryMaxRetries: { cases: [...intForms(5), ["1", 1]] },
  createJobRetryDelaySeconds: { cases: [...intForms(2), ["0", 0]] },
  createJobRetryJitterMinSeconds: { cases: [...intForms(1), ["0", 0]] },
  createJobRetryJitterMaxSeconds: { cases: [...intForms(7), ["0", 0]], with: {} },
  observerEnabled: { cases: boolForms },
  observerReplicatePodEvents: { cases: boolForms },
  observerNamespaces: {
    cases: [
      ["default", ["default"]],
      ["a,b", ["a", "b"]],
      [" a , b ,, c ", ["a", "b", "c"]],
      ["", []],
    ],
  },
  observerAdditionalLabelFilters: {
    cases: [
      ["team=data", { team: "data" }],
      ["team=data, env = prod", { team: "data", env: "prod" }],
      ["selector=a=b", { selector: "a=b" }],
      ["", {}],
    ],
  },
  observerStartupEventConcurrency: { cases: [...intForms(10), ["1", 1]] },
  observerForwardCrashedRunLogs: { cases: boolForms },
  observerForwardCrashedRunLogsTailLines: { cases: [...intForms(50), ["1", 1]] },
  deleteCancellingJobsAfterSeconds: { cases: [...numberForms(300), ["0.5", 0.5], ["", undefined]] },
  submissionConcurrency: { cases: [...intForms(32), ["1", 1]] },
  shutdownGraceSeconds: { cases: [...numberForms(45), ["0", 0]] },
  reconcilePendingAfterSeconds: { cases: [...numberForms(300), ["0", 0]] },
  streamJobLogs: { cases: boolForms },
};

for (const [key, def] of Object.entries(SETTINGS)) {
  test(`${def.env[0]!} parses its documented forms under every name`, () => {
    const forms = FORMS[key as SettingKey];
    assert.ok(forms, `no forms listed for ${key}`);
    for (const name of def.env) {
      for (const [raw, expected] of forms.cases) {
        // The jitter bounds must stay ordered: a minimum above the default maximum is another test's case.
        const bounds =
          key === "createJobRetryJitterMinSeconds"
            ? { [`${K8S}_WORKER_CREATE_JOB_RETRY_JITTER_MAX_SECONDS`]: "9" }
            : {};
        const settings = load({}, { ...forms.with, ...bounds, [name]: raw }) as unknown as Record<
          string,
          unknown
        >;
        assert.deepEqual(settings[key], expected, `${name}=${JSON.stringify(raw)}`);
      }
    }
  });
}

test("every setting is in the forms table (a new setting needs its cases)", () => {
  assert.deepEqual(Object.keys(FORMS).sort(), Object.keys(SETTINGS).sort());
});

test("a legacy alias works alone, and the canonical name wins over it", () => {
  const aliases: [string, string, SettingKey, string, string, unknown, unknown][] = [
    [
      `${K8S}_CLUSTER_UID`,
      "PREFECT_KUBERNETES_CLUSTER_UID",
      "kubernetesClusterUid",
      "new",
      "old",
      "new",
      "old",
    ],
    [
      `${K8S}_WORKER_CREATE_SECRET_FOR_API_KEY`,
      "PREFECT_KUBERNETES_WORKER_STORE_PREFECT_API_IN_SECRET",
      "createSecretForApiKey",
      "false",
      "true",
      false,
      true,
    ],
    [
      `${K8S}_WORKER_ADD_TCP_KEEPALIVE`,
      "PREFECT_KUBERNETES_WORKER_ADD_TCP_KEEPALIVE",
      "addTcpKeepalive",
      "true",
      "false",
      true,
      false,
    ],
  ];
  for (const [canonical, legacy, key, canonicalRaw, legacyRaw, canonicalValue, legacyValue] of aliases) {
    const alone = load({}, { [legacy]: legacyRaw }) as unknown as Record<string, unknown>;
    assert.deepEqual(alone[key], legacyValue, `${legacy} alone`);
    const both = load({}, { [legacy]: legacyRaw, [canonical]: canonicalRaw }) as unknown as Record<
      string,
      unknown
    >;
    assert.deepEqual(both[key], canonicalValue, `${canonical} over ${legacy}`);
  }
});

test("an empty string is unset where the reference treats it so", () => {
  assert.equal(load({}, { PREFECT_KUBERNETES_CLUSTER_UID: "" }).kubernetesClusterUid, undefined);
  assert.equal(load({}, { PREFECT_API_KEY: "", PREFECT_API_AUTH_STRING: "" }).apiKey, undefined);
  assert.equal(load({}, { [`${K8S}_WORKER_API_KEY_SECRET_NAME`]: "" }).apiKeySecretName, undefined);
  assert.deepEqual(problemsOf({ pool: "p" }, { PREFECT_API_URL: "" }), [
    "PREFECT_API_URL must be set to start a Worker.",
  ]);
});

test("a flag overrides the variable it stands for", () => {
  const env = { PREFECT_WORKER_PREFETCH_SECONDS: "45" };
  assert.equal(load({}, env).prefetchSeconds, 45);
  assert.equal(load({ prefetchSeconds: "5" }, env).prefetchSeconds, 5);
  assert.equal(load({ prefetchSeconds: "0" }, env).prefetchSeconds, 0);
  // A bad flag is reported under the flag's name even though it lands on the variable's setting.
  assert.deepEqual(problems({ prefetchSeconds: "x" }, env), ['--prefetch-seconds: must be number (got "x")']);
});

test("flags arrive as yargs hands them over", () => {
  const s = load({
    workQueues: ["a", "b"],
    name: "w1",
    limit: "4",
    runOnce: true,
    withHealthcheck: true,
    installPolicy: "never",
    baseJobTemplatePath: "/tmp/t.json",
    createPoolIfNotFound: false,
    type: "kubernetes",
  });
  assert.deepEqual(s.workQueues, ["a", "b"]);
  assert.equal(s.name, "w1");
  assert.equal(s.limit, 4);
  assert.equal(s.runOnce, true);
  assert.equal(s.withHealthcheck, true);
  assert.equal(s.installPolicy, "never");
  assert.equal(s.baseJobTemplatePath, "/tmp/t.json");
  assert.equal(s.createPoolIfNotFound, false);
});

test("the defaults handed out are copies: one WorkerSettings cannot change the next", () => {
  const first = load();
  first.observerNamespaces.push("leak");
  first.clientCustomHeaders.leak = "x";
  const second = load();
  assert.deepEqual(second.observerNamespaces, []);
  assert.deepEqual(second.clientCustomHeaders, {});
});

// ── Bad input: one case per flag or variable, with its exact message. ──

interface BadCase {
  name: string;
  flags?: FlagInput;
  env?: NodeJS.ProcessEnv;
  /** Replace the defaults (pool, PREFECT_API_URL) instead of adding to them. */
  bare?: boolean;
  expected: string[];
}

const BAD: BadCase[] = [
  {
    name: "missing --pool",
    bare: true,
    env: API,
    expected: ["Missing required option '--pool' / '-p'."],
  },
  {
    name: "missing PREFECT_API_URL",
    bare: true,
    flags: { pool: "p" },
    expected: ["PREFECT_API_URL must be set to start a Worker."],
  },
  {
    // Divergence: the reference accepts any string and fails on the first request.
    name: "PREFECT_API_URL that is not an http(s) URL",
    env: { PREFECT_API_URL: "prefect-server:4200/api" },
    expected: [
      'PREFECT_API_URL: must match pattern "^https?://" (got "prefect-server:4200/api"); expects an http(s) URL',
    ],
  },
  {
    name: "--type docker",
    flags: { type: "docker" },
    expected: [
      '--type: must be one of kubernetes (got "docker"); this worker only runs Kubernetes work pools',
    ],
  },
  {
    name: "--name with '/'",
    flags: { name: "team/worker" },
    expected: [
      `--name: must match pattern "^[^/%]*$" (got "team/worker"); a worker name cannot contain '/' or '%'`,
    ],
  },
  {
    name: "--name with '%'",
    flags: { name: "100%" },
    expected: [`--name: must match pattern "^[^/%]*$" (got "100%"); a worker name cannot contain '/' or '%'`],
  },
  {
    // Divergence: the reference takes --limit 0 and then never submits anything.
    name: "--limit 0",
    flags: { limit: "0" },
    expected: ["--limit: must be >= 1 (got 0)"],
  },
  { name: "--limit abc", flags: { limit: "abc" }, expected: ['--limit: must be integer (got "abc")'] },
  {
    // Divergence: the reference takes a negative look-ahead (it then submits nothing early).
    name: "--prefetch-seconds -1",
    flags: { prefetchSeconds: "-1" },
    expected: ["--prefetch-seconds: must be >= 0 (got -1)"],
  },
  {
    name: "--prefetch-seconds x",
    flags: { prefetchSeconds: "x" },
    expected: ['--prefetch-seconds: must be number (got "x")'],
  },
  {
    name: "--install-policy bogus",
    flags: { installPolicy: "bogus" },
    expected: ['--install-policy: must be one of always, if-not-present, never, prompt (got "bogus")'],
  },
  {
    // Divergence: the reference takes 0 and then polls in a tight loop.
    name: "PREFECT_WORKER_QUERY_SECONDS 0",
    env: { PREFECT_WORKER_QUERY_SECONDS: "0" },
    expected: ["PREFECT_WORKER_QUERY_SECONDS: must be > 0 (got 0)"],
  },
  {
    name: "PREFECT_WORKER_QUERY_SECONDS abc",
    env: { PREFECT_WORKER_QUERY_SECONDS: "abc" },
    expected: ['PREFECT_WORKER_QUERY_SECONDS: must be number (got "abc")'],
  },
  {
    name: "PREFECT_WORKER_QUERY_SECONDS hexadecimal (pydantic refuses it too)",
    env: { PREFECT_WORKER_QUERY_SECONDS: "0x10" },
    expected: ['PREFECT_WORKER_QUERY_SECONDS: must be number (got "0x10")'],
  },
  {
    // Divergence: pydantic reads "inf" as a float; an infinite interval would never poll again.
    name: "PREFECT_WORKER_QUERY_SECONDS inf",
    env: { PREFECT_WORKER_QUERY_SECONDS: "inf" },
    expected: ['PREFECT_WORKER_QUERY_SECONDS: must be number (got "inf")'],
  },
  {
    // Divergence: the reference takes a negative heartbeat interval.
    name: "PREFECT_WORKER_HEARTBEAT_SECONDS negative",
    env: { PREFECT_WORKER_HEARTBEAT_SECONDS: "-5" },
    expected: ["PREFECT_WORKER_HEARTBEAT_SECONDS: must be > 0 (got -5)"],
  },
  {
    // Divergence: the reference accepts it and uvicorn fails to bind later.
    name: "PREFECT_WORKER_WEBSERVER_PORT 70000",
    env: { PREFECT_WORKER_WEBSERVER_PORT: "70000" },
    expected: ["PREFECT_WORKER_WEBSERVER_PORT: must be <= 65535 (got 70000)"],
  },
  {
    name: "PREFECT_CLIENT_MAX_RETRIES -1",
    env: { PREFECT_CLIENT_MAX_RETRIES: "-1" },
    expected: ["PREFECT_CLIENT_MAX_RETRIES: must be >= 0 (got -1)"],
  },
  {
    name: "PREFECT_CLIENT_MAX_RETRIES in exponent form (pydantic's int refuses it)",
    env: { PREFECT_CLIENT_MAX_RETRIES: "1e3" },
    expected: ['PREFECT_CLIENT_MAX_RETRIES: must be integer (got "1e3")'],
  },
  {
    name: "PREFECT_CLIENT_MAX_RETRIES with a fraction",
    env: { PREFECT_CLIENT_MAX_RETRIES: "2.5" },
    expected: ['PREFECT_CLIENT_MAX_RETRIES: must be integer (got "2.5")'],
  },
  {
    name: "PREFECT_CLIENT_RETRY_JITTER_FACTOR -0.1",
    env: { PREFECT_CLIENT_RETRY_JITTER_FACTOR: "-0.1" },
    expected: ["PREFECT_CLIENT_RETRY_JITTER_FACTOR: must be >= 0 (got -0.1)"],
  },
  {
    name: 'PREFECT_CLIENT_RETRY_EXTRA_CODES "99,abc"',
    env: { PREFECT_CLIENT_RETRY_EXTRA_CODES: "99,abc" },
    expected: [
      "PREFECT_CLIENT_RETRY_EXTRA_CODES at 0: must be >= 100 (got 99); " +
        "expects comma-separated HTTP status codes between 100 and 599",
      'PREFECT_CLIENT_RETRY_EXTRA_CODES at 1: must be integer (got "abc"); ' +
        "expects comma-separated HTTP status codes between 100 and 599",
    ],
  },
  {
    name: "PREFECT_CLIENT_CUSTOM_HEADERS not JSON",
    env: { PREFECT_CLIENT_CUSTOM_HEADERS: "Authorization: Bearer hdr-token-1" },
    expected: [
      'PREFECT_CLIENT_CUSTOM_HEADERS: must be object; expects a JSON object of strings, e.g. {"X-Custom": "value"}',
    ],
  },
  {
    name: "PREFECT_CLIENT_CUSTOM_HEADERS a JSON array",
    env: { PREFECT_CLIENT_CUSTOM_HEADERS: '["hdr-token-2"]' },
    expected: [
      'PREFECT_CLIENT_CUSTOM_HEADERS: must be object; expects a JSON object of strings, e.g. {"X-Custom": "value"}',
    ],
  },
  {
    name: "PREFECT_CLIENT_CUSTOM_HEADERS an object with a non-string value",
    env: { PREFECT_CLIENT_CUSTOM_HEADERS: '{"X-Token": 123456789, "X-Ok": "hdr-token-3"}' },
    expected: [
      "PREFECT_CLIENT_CUSTOM_HEADERS at X-Token: must be string; " +
        'expects a JSON object of strings, e.g. {"X-Custom": "value"}',
    ],
  },
  {
    name: "PREFECT_LOGGING_LEVEL bogus",
    env: { PREFECT_LOGGING_LEVEL: "bogus" },
    expected: [
      "PREFECT_LOGGING_LEVEL: must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL, " +
        'debug, info, warning, error, critical (got "bogus")',
    ],
  },
  ...(
    [
      "PREFECT_DEBUG_MODE",
      "PREFECT_WORKER_DEBUG_MODE",
      "PREFECT_API_ENABLE_HTTP2",
      `${K8S}_OBSERVER_ENABLED`,
      `${K8S}_WORKER_ADD_TCP_KEEPALIVE`,
    ] as const
  ).map((name): BadCase => ({
    name: `${name} maybe`,
    env: { [name]: "maybe" },
    expected: [`${name}: must be boolean (got "maybe")`],
  })),
  {
    name: "a bool variable that is empty",
    env: { PREFECT_WORKER_ENABLE_CANCELLATION: "" },
    expected: ['PREFECT_WORKER_ENABLE_CANCELLATION: must be boolean (got "")'],
  },
  {
    name: "SUBMISSION_CONCURRENCY 0",
    env: { [`${K8S}_WORKER_SUBMISSION_CONCURRENCY`]: "0" },
    expected: [`${K8S}_WORKER_SUBMISSION_CONCURRENCY: must be >= 1 (got 0)`],
  },
  {
    name: "CREATE_JOB_RETRY_MAX_RETRIES 0 (pydantic: ge=1)",
    env: { [`${K8S}_WORKER_CREATE_JOB_RETRY_MAX_RETRIES`]: "0" },
    expected: [`${K8S}_WORKER_CREATE_JOB_RETRY_MAX_RETRIES: must be >= 1 (got 0)`],
  },
  {
    name: "CREATE_JOB_RETRY_DELAY_SECONDS -1 (pydantic: ge=0)",
    env: { [`${K8S}_WORKER_CREATE_JOB_RETRY_DELAY_SECONDS`]: "-1" },
    expected: [`${K8S}_WORKER_CREATE_JOB_RETRY_DELAY_SECONDS: must be >= 0 (got -1)`],
  },
  {
    // Divergence: the reference draws random.uniform(min, max), which quietly works reversed.
    name: "CREATE_JOB_RETRY_JITTER_MIN_SECONDS above JITTER_MAX_SECONDS",
    env: {
      [`${K8S}_WORKER_CREATE_JOB_RETRY_JITTER_MIN_SECONDS`]: "5",
      [`${K8S}_WORKER_CREATE_JOB_RETRY_JITTER_MAX_SECONDS`]: "2",
    },
    expected: [
      `${K8S}_WORKER_CREATE_JOB_RETRY_JITTER_MIN_SECONDS (5) must not exceed ` +
        `${K8S}_WORKER_CREATE_JOB_RETRY_JITTER_MAX_SECONDS (2)`,
    ],
  },
  {
    name: "CREATE_JOB_RETRY_JITTER_MIN_SECONDS above the default maximum",
    env: { [`${K8S}_WORKER_CREATE_JOB_RETRY_JITTER_MIN_SECONDS`]: "4" },
    expected: [
      `${K8S}_WORKER_CREATE_JOB_RETRY_JITTER_MIN_SECONDS (4) must not exceed ` +
        `${K8S}_WORKER_CREATE_JOB_RETRY_JITTER_MAX_SECONDS (3)`,
    ],
  },
  {
    // Divergence: the reference takes a name alone and renders a secretKeyRef without a key.
    name: "API_KEY_SECRET_NAME without API_KEY_SECRET_KEY",
    env: { [`${K8S}_WORKER_API_KEY_SECRET_NAME`]: "prefect-api-key" },
    expected: [
      `${K8S}_WORKER_API_KEY_SECRET_NAME is set but ${K8S}_WORKER_API_KEY_SECRET_KEY is not; set both or neither`,
    ],
  },
  {
    name: "API_AUTH_STRING_SECRET_KEY without API_AUTH_STRING_SECRET_NAME",
    env: { [`${K8S}_WORKER_API_AUTH_STRING_SECRET_KEY`]: "auth" },
    expected: [
      `${K8S}_WORKER_API_AUTH_STRING_SECRET_KEY is set but ${K8S}_WORKER_API_AUTH_STRING_SECRET_NAME ` +
        "is not; set both or neither",
    ],
  },
  {
    name: 'OBSERVER_ADDITIONAL_LABEL_FILTERS "novalue" (the reference fails unpacking it)',
    env: { [`${K8S}_OBSERVER_ADDITIONAL_LABEL_FILTERS`]: "novalue" },
    expected: [
      `${K8S}_OBSERVER_ADDITIONAL_LABEL_FILTERS: must be object (got "novalue"); ` +
        "expects comma-separated key=value pairs",
    ],
  },
  {
    name: "OBSERVER_FORWARD_CRASHED_RUN_LOGS_TAIL_LINES 0 (pydantic: ge=1)",
    env: { [`${K8S}_OBSERVER_FORWARD_CRASHED_RUN_LOGS_TAIL_LINES`]: "0" },
    expected: [`${K8S}_OBSERVER_FORWARD_CRASHED_RUN_LOGS_TAIL_LINES: must be >= 1 (got 0)`],
  },
  {
    // Divergence: the reference takes 0 and its start-up reconciliation then never makes progress.
    name: "OBSERVER_STARTUP_EVENT_CONCURRENCY 0",
    env: { [`${K8S}_OBSERVER_STARTUP_EVENT_CONCURRENCY`]: "0" },
    expected: [`${K8S}_OBSERVER_STARTUP_EVENT_CONCURRENCY: must be >= 1 (got 0)`],
  },
  {
    name: "WORKER_DELETE_CANCELLING_JOBS_AFTER_SECONDS 0 (not ours to turn off that way: leave it unset)",
    env: { [`${K8S}_WORKER_DELETE_CANCELLING_JOBS_AFTER_SECONDS`]: "0" },
    expected: [`${K8S}_WORKER_DELETE_CANCELLING_JOBS_AFTER_SECONDS: must be > 0 (got 0)`],
  },
  {
    name: "WORKER_STREAM_JOB_LOGS not a boolean",
    env: { [`${K8S}_WORKER_STREAM_JOB_LOGS`]: "sometimes" },
    expected: [`${K8S}_WORKER_STREAM_JOB_LOGS: must be boolean (got "sometimes")`],
  },
];

for (const bad of BAD) {
  test(`refused: ${bad.name}`, () => {
    const got = bad.bare ? problemsOf(bad.flags ?? {}, bad.env ?? {}) : problems(bad.flags, bad.env);
    assert.deepEqual(got, bad.expected);
  });
}

test("the problem names the alias actually used", () => {
  assert.deepEqual(problems({}, { PREFECT_KUBERNETES_WORKER_ADD_TCP_KEEPALIVE: "maybe" }), [
    'PREFECT_KUBERNETES_WORKER_ADD_TCP_KEEPALIVE: must be boolean (got "maybe")',
  ]);
});

test("several problems at once are all reported, flags and variables alike", () => {
  const got = problemsOf(
    { limit: "0", type: "docker", name: "a/b" },
    {
      PREFECT_WORKER_QUERY_SECONDS: "abc",
      PREFECT_CLIENT_MAX_RETRIES: "-1",
      [`${K8S}_WORKER_CREATE_JOB_RETRY_JITTER_MIN_SECONDS`]: "9",
      [`${K8S}_WORKER_API_KEY_SECRET_NAME`]: "s",
    },
  );
  const expected = [
    "Missing required option '--pool' / '-p'.",
    "PREFECT_API_URL must be set to start a Worker.",
    "--limit: must be >= 1 (got 0)",
    '--type: must be one of kubernetes (got "docker")',
    "--name: must match pattern",
    "PREFECT_WORKER_QUERY_SECONDS: must be number",
    "PREFECT_CLIENT_MAX_RETRIES: must be >= 0",
    `${K8S}_WORKER_CREATE_JOB_RETRY_JITTER_MIN_SECONDS (9) must not exceed`,
    `${K8S}_WORKER_API_KEY_SECRET_NAME is set but`,
  ];
  for (const start of expected) {
    assert.ok(
      got.some((p) => p.startsWith(start)),
      `missing ${start}\n${got.join("\n")}`,
    );
  }
  assert.equal(got.length, expected.length, got.join("\n"));
});

test("the SettingsError message lists every problem, one per line", () => {
  try {
    loadSettings({}, {});
    assert.fail("accepted");
  } catch (error) {
    assert.ok(error instanceof SettingsError);
    assert.equal(
      error.message,
      "invalid configuration:\n  - Missing required option '--pool' / '-p'.\n" +
        "  - PREFECT_API_URL must be set to start a Worker.",
    );
  }
});

test("secret values never appear in a message, even when something about them is wrong", () => {
  const key = "pnu_SECRETKEY123";
  const auth = "admin:SECRETPASS";
  const headerToken = "Bearer SECRETHEADER";
  const cases: NodeJS.ProcessEnv[] = [
    // Refused alongside secrets that are themselves fine.
    { PREFECT_API_URL: "nope", PREFECT_API_KEY: key, PREFECT_API_AUTH_STRING: auth },
    // The secret pasted into the wrong variable, or headers that are not an object of strings.
    { ...API, PREFECT_CLIENT_CUSTOM_HEADERS: headerToken },
    { ...API, PREFECT_CLIENT_CUSTOM_HEADERS: JSON.stringify({ Authorization: 1, "X-Key": key }) },
    { ...API, PREFECT_CLIENT_CUSTOM_HEADERS: JSON.stringify([headerToken]) },
    { ...API, PREFECT_CLIENT_CUSTOM_HEADERS: JSON.stringify({ "X-Auth": { token: headerToken } }) },
  ];
  for (const env of cases) {
    const all = problemsOf({ pool: "p" }, env).join("\n");
    assert.ok(all.length > 0);
    for (const secret of [key, auth, headerToken, "SECRET"]) {
      assert.ok(!all.includes(secret), `${secret} leaked: ${all}`);
    }
  }
});
