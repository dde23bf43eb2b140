// Parity: renderJob against the installed Python reference (prefect 3.8.8, prefect-kubernetes 0.7.12),
// on hand-picked edge cases plus seeded random ones. Only documented divergences are normalised away:
// the default image (when the template sets none) and the version labels (we pass the reference's).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { DEFAULT_IMAGE, PyFloat, toPlainJson } from "../../src/templating/index.ts";
import { repoRoot } from "../harness/paths.ts";
import { renderLikeOracle } from "../harness/oracle/ours.ts";
import { runOracle, type OracleCase, type OracleResult } from "../harness/oracle/run.ts";

type Obj = Record<string, unknown>;
const clone = <T>(v: T): T => structuredClone(v);
const DEFAULT_TEMPLATE = JSON.parse(
  readFileSync(join(repoRoot, "test/fixtures/kubernetes-default-base-job-template.json"), "utf8"),
) as Obj;
const REFERENCE_VERSION = "3.8.8";
const REFERENCE_IMAGE = /^prefecthq\/prefect:3\.8\.8-python\d+\.\d+$/;

const IDS = {
  run: "11111111-1111-4111-8111-111111111111",
  flow: "22222222-2222-4222-8222-222222222222",
  dep: "33333333-3333-4333-8333-333333333333",
  pool: "44444444-4444-4444-8444-444444444444",
  worker: "55555555-5555-4555-8555-555555555555",
};
const BASE_ENV = { PREFECT_API_URL: "http://127.0.0.1:4200/api" };

interface Case extends OracleCase {
  name: string;
}

function template(mutate?: (t: Obj) => void): Obj {
  const t = clone(DEFAULT_TEMPLATE);
  mutate?.(t);
  return t;
}
const manifestOf = (t: Obj): Obj => (t.job_configuration as Obj).job_manifest as Obj;
const podSpecOf = (t: Obj): Obj => ((manifestOf(t).spec as Obj).template as Obj).spec as Obj;
const containerOf = (t: Obj): Obj => (podSpecOf(t).containers as Obj[])[0]!;
const props = (t: Obj): Obj => (t.variables as Obj).properties as Obj;

function mk(
  name: string,
  opts: {
    template?: Obj;
    depVars?: Obj | null;
    runVars?: Obj;
    runName?: string;
    flowName?: string;
    depName?: string;
    noDeployment?: boolean;
    workerName?: string | null;
    workerId?: string;
    env?: Record<string, string>;
    updated?: string | null;
    poolName?: string;
  } = {},
): Case {
  const withDeployment = !opts.noDeployment;
  const c: Case = {
    name,
    base_job_template: opts.template ?? template(),
    work_pool: { id: IDS.pool, name: opts.poolName ?? "k8s-pool", type: "kubernetes" },
    flow: { id: IDS.flow, name: opts.flowName ?? "etl-flow" },
    flow_run: {
      id: IDS.run,
      name: opts.runName ?? "brave-otter",
      flow_id: IDS.flow,
      deployment_id: withDeployment ? IDS.dep : null,
      job_variables: opts.runVars ?? {},
    },
    env: opts.env ?? BASE_ENV,
  };
  if (withDeployment) {
    c.deployment = {
      id: IDS.dep,
      name: opts.depName ?? "nightly",
      flow_id: IDS.flow,
      updated: opts.updated === undefined ? "2026-05-08T12:34:56.789012Z" : opts.updated,
      job_variables: opts.depVars === undefined ? {} : opts.depVars,
    };
  }
  if (opts.workerName !== null) c.worker_name = opts.workerName ?? "k8s-worker-1";
  if (opts.workerId) c.worker_id = opts.workerId;
  return c;
}

function handPicked(): Case[] {
  const cases: Case[] = [];
  const add = (c: Case) => cases.push(c);
  add(mk("default template, no variables"));
  add(mk("no deployment", { noDeployment: true }));
  add(mk("no worker name, worker id", { workerName: null, workerId: IDS.worker }));
  add(mk("deployment without updated", { updated: null }));
  add(mk("deployment updated with offset", { updated: "2026-01-02T03:04:05+02:30" }));
  add(mk("deployment updated without micros", { updated: "2026-01-02T03:04:05.000000Z" }));
  add(mk("unicode run name", { runName: "Ünïcødé flöw-rün ✓ 東京" }));
  add(
    mk("100-char names", { runName: "r".repeat(100), flowName: "F".repeat(100), depName: "d-".repeat(50) }),
  );
  add(mk("names that slug to empty", { runName: "$$$***", flowName: "!!!", depName: "___" }));
  add(
    mk("names with apostrophes and entities", { runName: "it's &amp; 1,000 &#39;x&#x41;", flowName: "a'b" }),
  );
  add(mk("run name starting with junk", { runName: "-_infra.run_" }));
  add(mk("name variable literal", { depVars: { name: "My Job" } }));
  add(
    mk("name variable with ctx placeholders", {
      depVars: { name: "{{ ctx.flow.name }}-{{ ctx.flow_run.name }}" },
    }),
  );
  add(mk("name variable with missing ctx", { depVars: { name: "{{ ctx.flow_run.nope }}" } }));
  add(mk("name variable empty string", { depVars: { name: "" } }));
  add(mk("dotted env keys", { depVars: { "env.FOO": "1", "env.BAR": "two" } }));
  add(mk("dotted and nested env", { depVars: { "env.FOO": "dotted", env: { FOO: "nested", X: "y" } } }));
  add(
    mk("env merge deployment and flow run", {
      depVars: { env: { A: "dep", B: "dep" } },
      runVars: { env: { B: "run", C: "run" } },
    }),
  );
  add(mk("env null unsets", { depVars: { env: { PREFECT_API_URL: null, KEEP: "1" } } }));
  add(
    mk("env values typed", {
      depVars: {
        env: {
          INT: 1,
          FLOAT: new PyFloat(1),
          F2: 2.5,
          BOOL: true,
          LIST: [1, "a", null],
          DICT: { a: { b: false } },
        },
      },
    }),
  );
  add(
    mk("flow run env replaces non-dict deployment env", {
      depVars: { env: [{ name: "L", value: "1" }] },
      runVars: { env: { R: "1" } },
    }),
  );
  add(
    mk("list env with valueFrom", {
      depVars: {
        env: [
          { name: "PLAIN", value: "v" },
          { name: "SECRET", valueFrom: { secretKeyRef: { name: "s", key: "k" } } },
        ],
      },
    }),
  );
  add(
    mk("list env with valueFrom sigterm and backoff 0", {
      depVars: {
        env: [
          {
            name: "PREFECT_FLOW_RUN_EXECUTE_SIGTERM_BEHAVIOR",
            valueFrom: { configMapKeyRef: { name: "c", key: "k" } },
          },
        ],
      },
    }),
  );
  add(
    mk("list env with valueFrom sigterm and backoff 2", {
      depVars: {
        backoff_limit: 2,
        env: [
          {
            name: "PREFECT_FLOW_RUN_EXECUTE_SIGTERM_BEHAVIOR",
            valueFrom: { configMapKeyRef: { name: "c", key: "k" } },
          },
          { name: "A", value: "b" },
        ],
      },
    }),
  );
  add(
    mk("user sigterm behaviour kept with backoff 0", {
      depVars: { env: { PREFECT_FLOW_RUN_EXECUTE_SIGTERM_BEHAVIOR: "exit" } },
    }),
  );
  add(
    mk("user sigterm behaviour empty with backoff 0", {
      depVars: { env: { PREFECT_FLOW_RUN_EXECUTE_SIGTERM_BEHAVIOR: "" } },
    }),
  );
  add(
    mk("user sigterm overridden with backoff 3", {
      depVars: { backoff_limit: 3, env: { PREFECT_FLOW_RUN_EXECUTE_SIGTERM_BEHAVIOR: "reschedule" } },
    }),
  );
  add(
    mk("backoff absent from manifest", {
      template: template((t) => delete (manifestOf(t).spec as Obj).backoffLimit),
    }),
  );
  add(mk("backoff 0.0 float", { depVars: { backoff_limit: new PyFloat(0) } }));
  add(mk("backoff false", { depVars: { backoff_limit: false } }));
  add(mk("backoff string 0", { depVars: { backoff_limit: "0" } }));
  add(
    mk("finished_job_ttl, cpu, memory, pull policy, service account", {
      depVars: {
        finished_job_ttl: 600,
        cpu_request: "250m",
        cpu_limit: "1",
        memory_request: "256Mi",
        memory_limit: "1Gi",
        image_pull_policy: "Always",
        service_account_name: "runner",
      },
    }),
  );
  add(mk("explicit null image", { depVars: { image: null } }));
  add(mk("custom image", { depVars: { image: "ghcr.io/acme/flows:1.2.3" } }));
  add(mk("namespace variable", { depVars: { namespace: "team-a" } }));
  add(
    mk("namespace hard-coded in manifest differs", {
      template: template((t) => ((manifestOf(t).metadata as Obj).namespace = "elsewhere")),
      depVars: { namespace: "team-b" },
    }),
  );
  add(
    mk("namespace missing from manifest metadata", {
      template: template((t) => delete (manifestOf(t).metadata as Obj).namespace),
      depVars: { namespace: "ns-x" },
    }),
  );
  add(mk("namespace not a string", { depVars: { namespace: 5 } }));
  add(
    mk("labels with prefixes and junk", {
      depVars: {
        labels: {
          "a-prefix-with-invalid$@*^$@-characters/and-a-name": "v",
          "/a-name-that-starts-with-slash": "x",
          "a-prefix/and-a-name/-with-a-slash": "y",
          "$@*^$@": "z",
          "UPPER.case_key": "Value With Spaces",
          k: "-._v._-",
        },
      },
    }),
  );
  add(mk("label value not a string", { depVars: { labels: { n: 1 } } }));
  add(
    mk("annotations", {
      depVars: { annotations: { "example.com/Some Key!": "Any value: 1, 'quoted'", plain: "" } },
    }),
  );
  add(mk("annotations null value", { depVars: { annotations: { a: null } } }));
  add(
    mk("numeric/bool/null/dict embedded in strings", {
      template: template((t) => {
        (manifestOf(t).metadata as Obj).annotations = {
          a: "i={{ i }} f={{ f }} f2={{ f2 }} b={{ b }} n={{ n }} d={{ d }} l={{ l }} s={{ s }} missing={{ nope }}",
        };
        Object.assign(props(t), { i: { type: "integer" }, f: {}, f2: {}, b: {}, n: {}, d: {}, l: {}, s: {} });
      }),
      depVars: {
        i: 3,
        f: new PyFloat(1),
        f2: 1e-7,
        b: true,
        n: null,
        d: { k: "v", q: "it's", e: [] },
        l: [1, new PyFloat(2), "x\n", false],
        s: "str",
      },
    }),
  );
  add(
    mk("big float and exponent repr", {
      template: template(
        (t) => ((manifestOf(t).metadata as Obj).annotations = { a: "{{ x }} {{ y }} {{ z }}" }),
      ),
      depVars: { x: 1e16, y: 123456789.125, z: 0.0001 },
    }),
  );
  add(
    mk("list index placeholders", {
      template: template(
        (t) =>
          ((manifestOf(t).metadata as Obj).annotations = {
            a: "{{ items[1] }}",
            b: "{{ items.0.k }}",
            c: "x{{ items[5] }}y",
            d: "{{ s.1 }}",
          }),
      ),
      depVars: { items: [{ k: "first" }, "second"], s: "abc" },
    }),
  );
  add(
    mk("command string with quotes", {
      depVars: { command: `python -c "print('hi there')" --flag='a b' plain\\ arg` },
    }),
  );
  add(mk("command unbalanced quote", { depVars: { command: `echo "oops` } }));
  add(mk("command trailing backslash", { depVars: { command: "echo \\" } }));
  add(mk("command empty string", { depVars: { command: "" } }));
  add(mk("command not a string", { depVars: { command: ["a", "b"] } }));
  add(mk("args hard-coded list", { template: template((t) => (containerOf(t).args = ["run", "--x"])) }));
  add(mk("args number", { template: template((t) => (containerOf(t).args = 5)) }));
  add(
    mk("{{ $ENV }} placeholders", {
      template: template(
        (t) =>
          ((manifestOf(t).metadata as Obj).annotations = {
            home: "h={{ $HOME_DIR }}",
            missing: "m={{ $NOPE }}",
            whole: "{{ $HOME_DIR }}",
          }),
      ),
      env: { ...BASE_ENV, HOME_DIR: "/home/worker" },
    }),
  );
  add(
    mk("pool env defaults merged", {
      template: template((t) => ((props(t).env as Obj).default = { POOL: "p", SHARED: "pool" })),
      depVars: { env: { SHARED: "dep", DEP: "d" } },
      runVars: { env: { RUN: "r" } },
    }),
  );
  add(
    mk("pool env defaults with hard-coded config env", {
      template: template((t) => {
        (t.job_configuration as Obj).env = { HARD: "h" };
        (props(t).env as Obj).default = { POOL: "p" };
      }),
      depVars: { env: { DEP: "d" } },
    }),
  );
  add(
    mk("pool defaults for other variables", {
      template: template((t) => {
        (props(t).image as Obj).default = "pool/image:1";
        (props(t).namespace as Obj).default = "pool-ns";
        (props(t).backoff_limit as Obj).default = 4;
        (props(t).labels as Obj).default = { team: "data" };
      }),
    }),
  );
  add(
    mk("sidecars and volumes", {
      template: template((t) => {
        const spec = podSpecOf(t);
        (spec.containers as Obj[]).push({ name: "sidecar", image: "busybox", args: ["sleep", "infinity"] });
        spec.volumes = [{ name: "data", emptyDir: {} }];
        containerOf(t).volumeMounts = [{ name: "data", mountPath: "/data" }];
        spec.nodeSelector = { pool: "gpu" };
      }),
    }),
  );
  add(
    mk("hard-coded env list in manifest", {
      template: template(
        (t) =>
          (containerOf(t).env = [
            { name: "FROM_TEMPLATE", value: "t" },
            { name: "PREFECT_API_URL", value: "dup" },
            { name: "SECRET", valueFrom: { secretKeyRef: { name: "s", key: "k" } } },
          ]),
      ),
      depVars: { env: { X: "1" } },
    }),
  );
  add(
    mk("pod template labels and annotations pre-set", {
      template: template(
        (t) =>
          (((manifestOf(t).spec as Obj).template as Obj).metadata = {
            labels: { "pod-label": "keep me" },
            annotations: { "pod/anno": "p" },
          }),
      ),
      depVars: { annotations: { "job/anno": "j" } },
    }),
  );
  add(
    mk("hard-coded job labels", {
      template: template(
        (t) =>
          ((manifestOf(t).metadata as Obj).labels = {
            hard: "Coded Value",
            "prefect.io/flow-run-name": "overridden?",
          }),
      ),
    }),
  );
  add(
    mk("generateName literal kept", {
      template: template((t) => ((manifestOf(t).metadata as Obj).generateName = "fixed-")),
    }),
  );
  add(
    mk("generateName None-", {
      template: template((t) => ((manifestOf(t).metadata as Obj).generateName = "{{ nothing }}None-")),
    }),
  );
  add(
    mk("generateName absent", {
      template: template((t) => delete (manifestOf(t).metadata as Obj).generateName),
    }),
  );
  add(mk("metadata absent", { template: template((t) => delete manifestOf(t).metadata) }));
  add(
    mk("invalid: apiVersion and kind missing", {
      template: template((t) => {
        delete manifestOf(t).apiVersion;
        delete manifestOf(t).kind;
      }),
    }),
  );
  add(
    mk("invalid: wrong values", {
      template: template((t) => {
        manifestOf(t).apiVersion = "batch/v2";
        podSpecOf(t).restartPolicy = "OnFailure";
        podSpecOf(t).parallelism = 2;
      }),
    }),
  );
  add(
    mk("invalid: apiVersion prefix (append op)", {
      template: template((t) => {
        manifestOf(t).apiVersion = "batch";
        manifestOf(t).kind = "";
      }),
    }),
  );
  add(
    mk("invalid: parallelism 1.0", {
      template: template((t) => (podSpecOf(t).parallelism = new PyFloat(1))),
    }),
  );
  add(
    mk("invalid: first container not prefect-job", {
      template: template((t) =>
        (podSpecOf(t).containers as Obj[]).unshift({ name: "sidecar", image: "busybox" }),
      ),
    }),
  );
  add(mk("invalid: containers empty", { template: template((t) => (podSpecOf(t).containers = [])) }));
  add(
    mk("invalid: containers not a list", {
      template: template((t) => (podSpecOf(t).containers = { name: "prefect-job" })),
    }),
  );
  add(mk("invalid: spec missing", { template: template((t) => delete manifestOf(t).spec) }));
  add(
    mk("invalid: template spec missing fields", {
      template: template((t) => {
        delete podSpecOf(t).completions;
        delete podSpecOf(t).restartPolicy;
      }),
    }),
  );
  add(
    mk("invalid: job_manifest missing", {
      template: template((t) => delete (t.job_configuration as Obj).job_manifest),
    }),
  );
  add(
    mk("invalid: job_manifest a list", {
      template: template((t) => ((t.job_configuration as Obj).job_manifest = [1])),
    }),
  );
  add(
    mk("invalid: many field errors", {
      depVars: {
        command: 3,
        labels: { a: new PyFloat(1) },
        name: ["x"],
        stream_output: "maybe",
        pod_watch_timeout_seconds: 1.5,
        job_watch_timeout_seconds: "x",
      },
    }),
  );
  add(
    mk("coercions accepted", {
      depVars: {
        stream_output: "yes",
        pod_watch_timeout_seconds: "7",
        job_watch_timeout_seconds: new PyFloat(5),
      },
    }),
  );
  add(mk("invalid: env string", { depVars: { env: "A=1" } }));
  add(mk("invalid: env list with non-dict", { depVars: { env: [1, { name: "x", value: "y" }] } }));
  add(
    mk("cluster_config dict", {
      depVars: { cluster_config: { config: { apiVersion: "v1" }, context_name: "ctx" } },
    }),
  );
  add(mk("invalid: cluster_config incomplete", { depVars: { cluster_config: { config: {} } } }));
  add(mk("worker names with odd characters", { workerName: "Wörker #1 (prod)/east" }));
  add(mk("pool name odd", { poolName: "Pool: Ünï 1,000" }));
  add(
    mk("forwarded settings", {
      env: {
        PREFECT_API_URL: "https://api.prefect.cloud/api/accounts/a/workspaces/b",
        PREFECT_API_KEY: "pnu_secret",
        PREFECT_LOGGING_LEVEL: "debug",
        PREFECT_WORKER_QUERY_SECONDS: "5",
        PREFECT_CLIENT_MAX_RETRIES: "3",
        PREFECT_TEST_MODE: "1",
        NOT_PREFECT: "x",
        PREFECT__FLOW_RUN_ID: "ignored",
      },
    }),
  );
  add(
    mk("forwarded settings self-hosted", {
      env: {
        PREFECT_API_URL: "http://prefect:4200/api",
        PREFECT_API_AUTH_STRING: "admin:pass",
        PREFECT_SERVER_ALLOW_EPHEMERAL_MODE: "false",
        PREFECT_LOGGING_LEVEL: "warning",
        PREFECT_DEBUG_MODE: "false",
      },
    }),
  );
  add(mk("no worker env at all", { env: {} }));
  add(mk("dotted key through non-dict", { depVars: { "image.tag": "x", image: "plain" } }));
  add(mk("dotted key onto non-dict", { depVars: { "env.A.B": "x" } }));
  add(mk("placeholder in deployment value", { depVars: { image: "{{ namespace }}/img", namespace: "reg" } }));
  return cases;
}

// mulberry32: deterministic cases across runs and machines.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generated(count: number): Case[] {
  const rand = prng(20260508);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const chance = (p: number) => rand() < p;
  const names = [
    "simple",
    "Mixed Case Name",
    "ünïcødé-ñame",
    "東京 flow",
    "a".repeat(70),
    "x-y_z.w",
    "1,000 runs",
    "--lead.trail__",
    "emoji 🚀 run",
    "tab\tand\nnewline",
    "Ωmega ß straße",
    "...",
    "Ǆemal ǈ",
    "Å Æ Ø",
  ];
  const values = ["v", "Some Value", "ünï", "", "a/b", "x".repeat(80), "-v-", "1.0"];
  const cases: Case[] = [];
  for (let i = 0; i < count; i++) {
    const depVars: Obj = {};
    const runVars: Obj = {};
    const target = () => (chance(0.5) ? depVars : runVars);
    if (chance(0.5))
      target().env = Object.fromEntries(
        Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, j) => [
          `VAR_${j}`,
          pick([...values, null, 3, true]),
        ]),
      );
    if (chance(0.3)) target()[`env.DOT_${i}`] = pick(values);
    if (chance(0.4))
      target().labels = Object.fromEntries([
        [pick(["team", "example.com/owner", "Bad Key!", "p/q/r"]), pick(values.filter(Boolean))],
      ]);
    if (chance(0.3)) target().annotations = { [pick(["note", "x.io/y", "Weird Key"])]: pick(values) };
    if (chance(0.3)) target().backoff_limit = pick([0, 1, 3, 6]);
    if (chance(0.3)) target().namespace = pick(["default", "ns-a", "prefect"]);
    if (chance(0.3)) target().image = pick(["repo/img:1", "img", null]);
    if (chance(0.2))
      target().command = pick(["prefect flow-run execute", "python -m app 'arg one'", 'bash -c "echo $X"']);
    if (chance(0.2)) target().finished_job_ttl = pick([0, 60, 86400]);
    if (chance(0.2)) target().cpu_request = pick(["100m", "1"]);
    if (chance(0.2)) target().memory_limit = pick(["1Gi", "512Mi"]);
    if (chance(0.2))
      target().name = pick(["{{ ctx.flow_run.name }}-job", "static-name", "{{ ctx.flow.name }}"]);
    const t = template((tt) => {
      if (chance(0.2)) (props(tt).env as Obj).default = { POOL_VAR: pick(values) };
      if (chance(0.15)) delete (manifestOf(tt).spec as Obj).backoffLimit;
      if (chance(0.15)) (podSpecOf(tt).containers as Obj[]).push({ name: "side", image: "busybox" });
      if (chance(0.1)) containerOf(tt).env = [{ name: "HARD", value: "h" }];
    });
    cases.push(
      mk(`generated #${i}`, {
        template: t,
        depVars,
        runVars,
        runName: pick(names),
        flowName: pick(names),
        depName: pick(names),
        noDeployment: chance(0.15),
        workerName: chance(0.1) ? null : pick(["worker-1", "Wörker 2", "k8s/worker"]),
      }),
    );
  }
  return cases;
}

function normalise(result: OracleResult): unknown {
  if ("error" in result) return result;
  const plain = toPlainJson(result) as { manifest: Obj; namespace: string; configuration: Obj };
  const container = ((((plain.manifest.spec as Obj).template as Obj).spec as Obj).containers as Obj[])[0]!;
  if (typeof container.image === "string" && REFERENCE_IMAGE.test(container.image))
    container.image = DEFAULT_IMAGE;
  return plain;
}

async function ours(c: Case): Promise<unknown> {
  return renderLikeOracle(c, { versionLabel: REFERENCE_VERSION });
}

const show = (v: unknown): string => {
  const text = JSON.stringify(v) ?? "undefined";
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
};

function firstDifference(a: unknown, b: unknown, path = ""): string | undefined {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) {
    return `${path || "/"}: ours ${show(a)} vs reference ${show(b)}`;
  }
  if (a && typeof a === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b as object)]);
    for (const k of keys) {
      const d = firstDifference((a as Obj)[k], (b as Obj)[k], `${path}/${k}`);
      if (d) return d;
    }
    return undefined;
  }
  return a === b ? undefined : `${path}: ours ${show(a)} vs reference ${show(b)}`;
}

test("renderJob matches the Python reference", { timeout: 300_000 }, async () => {
  const cases = [...handPicked(), ...generated(120)];
  assert.ok(cases.length >= 100);
  const reference = runOracle(cases);
  const mismatches: string[] = [];
  for (const [i, c] of cases.entries()) {
    const expected = normalise(reference[i]!);
    const actual = await ours(c);
    const diff = firstDifference(actual, expected);
    if (diff) mismatches.push(`- ${c.name}: ${diff}`);
  }
  assert.equal(
    mismatches.length,
    0,
    `${mismatches.length}/${cases.length} cases differ:\n${mismatches.join("\n")}`,
  );
});
