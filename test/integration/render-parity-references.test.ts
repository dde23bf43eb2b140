// Parity for block ($ref, {{ prefect.blocks.* }}) and {{ prefect.variables.* }} references: both sides resolve
// them through the stack's real Prefect server (the reference through its own client, we through
// apiReferenceResolver), so the server's JSON, 404s and secret handling are part of what is compared.
// Only the documented divergences (default image, version labels) are normalised, as in render-parity.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { PrefectClient, apiReferenceResolver } from "../../src/prefect/index.ts";
import { DEFAULT_IMAGE, parsePythonJson, PyFloat, toPlainJson } from "../../src/templating/index.ts";
import { renderLikeOracle } from "../harness/oracle/ours.ts";
import { runOracle, type OracleCase, type OracleResult } from "../harness/oracle/run.ts";
import { repoRoot } from "../harness/paths.ts";
import { prefectApi } from "../harness/prefect.ts";
import { readStackEnv } from "../harness/stack/state.ts";

type Obj = Record<string, unknown>;
// Through JSON as the worker receives it from the API: structuredClone would turn PyFloat into a plain object.
const clone = <T>(v: T): T => parsePythonJson(JSON.stringify(v)) as T;
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
};

const apiUrl = readStackEnv().prefectApiUrl;
const ENV = { PREFECT_API_URL: apiUrl };
// Names are unique per run: the stack's server is shared with other suites and outlives this file.
const run = randomBytes(4).toString("hex");

interface Case extends OracleCase {
  name: string;
  /** The Python exception the reference must raise; every other case must render. Guards against a
   * fixture that went missing making both sides fail alike. */
  expectError?: string;
}

const manifestOf = (t: Obj): Obj => (t.job_configuration as Obj).job_manifest as Obj;
const podSpecOf = (t: Obj): Obj => ((manifestOf(t).spec as Obj).template as Obj).spec as Obj;
const props = (t: Obj): Obj => (t.variables as Obj).properties as Obj;

function template(mutate?: (t: Obj) => void): Obj {
  const t = clone(DEFAULT_TEMPLATE);
  mutate?.(t);
  return t;
}

function mk(
  name: string,
  opts: { template?: Obj; depVars?: Obj; runVars?: Obj; expectError?: string } = {},
): Case {
  return {
    name,
    ...(opts.expectError ? { expectError: opts.expectError } : {}),
    resolve_references: true,
    base_job_template: opts.template ?? template(),
    work_pool: { id: IDS.pool, name: "k8s-pool", type: "kubernetes" },
    flow: { id: IDS.flow, name: "etl-flow" },
    deployment: {
      id: IDS.dep,
      name: "nightly",
      flow_id: IDS.flow,
      updated: "2026-05-08T12:34:56.789012Z",
      job_variables: opts.depVars ?? {},
    },
    flow_run: {
      id: IDS.run,
      name: "brave-otter",
      flow_id: IDS.flow,
      deployment_id: IDS.dep,
      job_variables: opts.runVars ?? {},
    },
    worker_name: "k8s-worker-1",
    env: ENV,
  };
}

// --- server fixtures -------------------------------------------------------------------------------

const created = { blockDocuments: [] as string[], blockTypes: [] as string[], variables: [] as string[] };

async function schemaIdOf(blockTypeId: string): Promise<string> {
  const [schema] = await prefectApi<{ id: string }[]>("POST", "/block_schemas/filter", {
    block_schemas: { block_type_id: { any_: [blockTypeId] } },
  });
  assert.ok(schema, `no block schema for block type ${blockTypeId}`);
  return schema.id;
}

async function blockType(slug: string): Promise<{ id: string; schemaId: string } | undefined> {
  try {
    const type = await prefectApi<{ id: string }>("GET", `/block_types/slug/${slug}`);
    return { id: type.id, schemaId: await schemaIdOf(type.id) };
  } catch (err) {
    if (String(err).includes("HTTP 404")) return undefined;
    throw err;
  }
}

// Prefect 3 servers register no `string` or `json` block types, so this run brings its own (unprotected,
// deleted afterwards) with a permissive schema: the server stores block data without checking it.
async function ownBlockType(slug: string, properties: Obj): Promise<{ id: string; schemaId: string }> {
  const type = await prefectApi<{ id: string }>("POST", "/block_types/", { name: slug, slug });
  created.blockTypes.push(type.id);
  const schema = await prefectApi<{ id: string }>("POST", "/block_schemas/", {
    block_type_id: type.id,
    fields: { title: slug, type: "object", properties, block_type_slug: slug, secret_fields: [] },
    capabilities: [],
    version: "1",
  });
  return { id: type.id, schemaId: schema.id };
}

async function blockDocument(
  type: { id: string; schemaId: string },
  name: string,
  data: Obj,
): Promise<string> {
  const doc = await prefectApi<{ id: string }>("POST", "/block_documents/", {
    name,
    block_type_id: type.id,
    block_schema_id: type.schemaId,
    data,
  });
  created.blockDocuments.push(doc.id);
  return doc.id;
}

// Values are given as JSON text and parsed as the worker parses API JSON, so that 2.0 reaches the server as a
// float (PyFloat re-serialises as 2.0; a plain number would go out as 2).
async function variable(name: string, valueJson: string): Promise<void> {
  await prefectApi("POST", "/variables/", { name, value: parsePythonJson(valueJson) });
  created.variables.push(name);
}

after(async () => {
  for (const name of created.variables) await prefectApi("DELETE", `/variables/name/${name}`).catch(() => {});
  for (const id of created.blockDocuments)
    await prefectApi("DELETE", `/block_documents/${id}`).catch(() => {});
  for (const id of created.blockTypes) await prefectApi("DELETE", `/block_types/${id}`).catch(() => {});
});

// --- comparison ------------------------------------------------------------------------------------

function normalise(result: OracleResult): unknown {
  if ("error" in result) return result;
  const plain = toPlainJson(result) as { manifest: Obj; namespace: string; configuration: Obj };
  const container = ((((plain.manifest.spec as Obj).template as Obj).spec as Obj).containers as Obj[])[0]!;
  if (typeof container.image === "string" && REFERENCE_IMAGE.test(container.image))
    container.image = DEFAULT_IMAGE;
  return plain;
}

async function ours(c: Case, client: PrefectClient): Promise<unknown> {
  return renderLikeOracle(c, { versionLabel: REFERENCE_VERSION, resolver: apiReferenceResolver(client) });
}

const show = (v: unknown): string => JSON.stringify(v).slice(0, 600);

// --- cases -----------------------------------------------------------------------------------------

interface Fixtures {
  json: string;
  str: string;
  cfg: string;
  single: string;
  secret: string;
  secretDict: string;
  secretId: string;
  nodeSelectorId: string;
  clusterConfigId: string | undefined;
  v: (suffix: string) => string;
}

function cases(f: Fixtures): { cases: Case[]; skipped: [name: string, reason: string][] } {
  const blk = (slug: string, name: string, path = "") => `{{ prefect.blocks.${slug}.${name}${path} }}`;
  const cfg = (path = "") => blk(f.json, f.cfg, path);
  const secret = (path = "") => blk("secret", f.secret, path);
  const secretDict = (path = "") => blk("secret", f.secretDict, path);
  const variable = (suffix: string) => `{{ prefect.variables.${f.v(suffix)} }}`;
  const ref = (id: string) => ({ $ref: { block_document_id: id } });
  const list: Case[] = [];
  const skipped: [name: string, reason: string][] = [];
  const add = (c: Case) => list.push(c);

  add(mk("block whole-string: secret value into env", { depVars: { env: { TOKEN: secret() } } }));
  add(
    mk("block whole-string keeps the type: int key path into backoffLimit", {
      depVars: { backoff_limit: cfg(".image.tag"), image: "busybox" },
    }),
  );
  add(mk("block whole-string dict becomes the env", { depVars: { env: cfg(".envs"), image: "busybox" } }));
  add(
    mk("block embedded in text: str() of a string and an int", {
      depVars: { image: `${cfg(".registry")}/flow:${cfg(".image.tag")}` },
    }),
  );
  add(
    mk("block embedded in text: str() of float, bool and null", {
      depVars: { env: { MIXED: `r=${cfg(".image.ratio")} f=${cfg(".flag")} n=${cfg(".nothing")}` } },
    }),
  );
  add(
    mk("block key paths into lists (bracket and dotted index)", {
      depVars: { env: { KEY: cfg(".list[0].list-key"), NUM: cfg(".list.2"), TEXT: `#${cfg(".list[1]")}` } },
    }),
  );
  add(
    mk("single-value block: unwrapped, then the key path", {
      depVars: { env: { USER: secretDict(".user"), PORT: secretDict(".port"), RAW: secret() } },
    }),
  );
  add(
    mk("single-value block: the .value path is not unwrapped", {
      depVars: {
        env: { V: secret(".value"), U: secretDict(".value.user"), I: secretDict(".value.values[1]") },
      },
    }),
  );
  add(
    mk("single-value block: a key that only starts with value is inside it", {
      depVars: { env: { FIRST: secretDict(".values[0]"), ALL: `[${secretDict(".values.1")}]` } },
    }),
  );
  add(mk("single-value block resolving to a dict", { depVars: { env: { D: blk(f.json, f.single) } } }));
  add(
    mk("single-value block with a nested key path", {
      depVars: {
        env: {
          NESTED: blk(f.json, f.single, ".key.nested-key"),
          VIA_VALUE: blk(f.json, f.single, ".value.list[0].list-key"),
        },
      },
    }),
  );
  add(
    mk("string block type into image and name", {
      depVars: { image: blk(f.str, f.str), name: `${blk(f.str, f.str)}-job` },
    }),
  );
  add(
    mk("unknown block document", {
      depVars: { env: { X: blk("secret", `nope-${run}`) } },
      expectError: "ObjectNotFound",
    }),
  );
  add(
    mk("unknown block type slug", {
      depVars: { env: { X: blk(`no-type-${run}`, "whatever") } },
      expectError: "ObjectNotFound",
    }),
  );
  add(
    mk("block placeholder with fewer than two name parts", {
      depVars: { env: { X: "{{ prefect.blocks.secret }}" } },
      expectError: "ValueError",
    }),
  );
  add(
    mk("block key path missing from the data", {
      depVars: { env: { X: cfg(".image.nope") } },
      expectError: "ValueError",
    }),
  );
  add(
    mk("key path into a scalar block value", {
      depVars: { env: { X: secret(".nope") } },
      expectError: "ValueError",
    }),
  );
  add(
    mk("embedded block resolving to a dict", {
      depVars: { env: { X: `x-${cfg(".envs")}` } },
      expectError: "ValueError",
    }),
  );
  add(
    mk("embedded block resolving to a list", {
      depVars: { env: { X: `x-${secretDict(".values")}` } },
      expectError: "ValueError",
    }),
  );
  if (f.clusterConfigId) {
    const id = f.clusterConfigId;
    add(
      mk("$ref in job variables: cluster_config", { depVars: { cluster_config: ref(id), image: "busybox" } }),
    );
    add(
      mk("$ref as the template's cluster_config default", {
        template: template((t) => ((props(t).cluster_config as Obj).default = ref(id))),
      }),
    );
  } else {
    skipped.push([
      "$ref cluster_config cases",
      "the kubernetes-cluster-config block type is not registered on this server",
    ]);
  }
  add(
    mk("$ref inside the template's job manifest", {
      template: template((t) => (podSpecOf(t).nodeSelector = ref(f.nodeSelectorId))),
    }),
  );
  add(mk("$ref to a secret block in an env value", { depVars: { env: { S: ref(f.secretId) } } }));
  add(
    mk("$ref to a block document that does not exist", {
      depVars: { env: { S: ref("00000000-0000-4000-8000-000000000000") } },
      expectError: "ObjectNotFound",
    }),
  );
  add(
    mk("$ref with an empty id is kept as data", {
      template: template((t) => (podSpecOf(t).nodeSelector = { $ref: { block_document_id: "" } })),
    }),
  );
  add(
    mk("$ref next to other keys: the whole object becomes the block data", {
      depVars: { env: { S: { ...ref(f.secretId), extra: "dropped" } } },
    }),
  );
  add(mk("$ref without block_document_id is kept as data", { depVars: { env: { S: { $ref: {} } } } }));
  add(
    mk("$ref with ids Python finds falsy is kept as data", {
      template: template((t) => {
        podSpecOf(t).nodeSelector = { $ref: { block_document_id: {} } };
        podSpecOf(t).tolerations = [
          { $ref: { block_document_id: [] } },
          { $ref: { block_document_id: new PyFloat(0) } },
        ];
      }),
    }),
  );
  add(
    mk("$ref that is a string", {
      depVars: { env: { S: { $ref: "#/definitions/x" } } },
      expectError: "AttributeError",
    }),
  );
  add(mk("$ref that is null", { depVars: { env: { S: { $ref: null } } }, expectError: "AttributeError" }));
  add(
    mk("$ref that is a list", {
      depVars: { env: { S: { $ref: [ref(f.secretId)] } } },
      expectError: "AttributeError",
    }),
  );
  add(
    mk("variables whole-string keep their types: int, float, bool", {
      depVars: {
        backoff_limit: variable("int"),
        finished_job_ttl: variable("float"),
        stream_output: variable("bool"),
        image: "busybox",
      },
    }),
  );
  add(mk("variable object becomes the env", { depVars: { env: variable("obj") } }));
  add(
    mk("variables list and object inside the template's manifest", {
      template: template((t) => {
        podSpecOf(t).imagePullSecrets = variable("list");
        podSpecOf(t).nodeSelector = variable("obj");
      }),
    }),
  );
  add(
    mk("variables embedded in text: str() of every type", {
      depVars: {
        image: `${variable("str")}:${variable("tag")}`,
        env: {
          ALL: `i=${variable("int")} f=${variable("float")} b=${variable("bool")} o=${variable("obj")} l=${variable("list")} n=${variable("null")}`,
        },
      },
    }),
  );
  add(
    mk("missing variable: whole-string is empty, embedded is removed", {
      depVars: {
        image: variable("missing"),
        env: { M: variable("missing"), E: `a-${variable("missing")}-b`, N: variable("null") },
      },
    }),
  );
  add(
    mk("references arriving in flow-run job variables", {
      depVars: { env: { FROM_DEP: variable("tag") } },
      runVars: { image: variable("str"), env: { FROM_RUN: secret() }, labels: { team: variable("tag") } },
    }),
  );
  add(
    mk("block and variable in one string", {
      depVars: { image: `${cfg(".registry")}/flow:${variable("tag")}`, namespace: variable("ns") },
    }),
  );
  add(
    mk("environment, variable and block placeholders in one string", {
      depVars: { env: { MIX: `{{ $PREFECT_API_URL }}|${variable("tag")}|${secret()}|{{ $NOPE_${run} }}` } },
    }),
  );
  add(
    mk("block data holding a block placeholder stays literal", { depVars: { env: { T: cfg(".blockref") } } }),
  );
  add(
    mk("placeholders in keys are not resolved; repeated placeholders all are", {
      depVars: {
        env: { [variable("tag")]: "k", R: `${variable("tag")}/${variable("tag")}/${secret()}/${secret()}` },
      },
    }),
  );
  add(mk("block data holding a variable placeholder", { depVars: { env: { T: cfg(".templated") } } }));
  add(
    mk("variable value holding a block placeholder stays literal", {
      depVars: { env: { B: variable("blockref") } },
    }),
  );
  add(
    mk("references in the template's variable defaults", {
      template: template((t) => {
        (props(t).image as Obj).default = variable("str");
        (props(t).env as Obj).default = { POOL_TOKEN: secret(), POOL_TAG: variable("tag") };
      }),
    }),
  );
  return { cases: list, skipped };
}

test(
  "block and variable references render as the Python reference renders them",
  { timeout: 300_000 },
  async (t) => {
    const v = (suffix: string) => `parity_${run}_${suffix}`;
    const secretType = await blockType("secret");
    assert.ok(secretType, "the server registers the secret block type");
    const jsonType = await ownBlockType(`parity-json-${run}`, {});
    const strType = await ownBlockType(`parity-string-${run}`, { value: { title: "Value", type: "string" } });
    const f: Fixtures = {
      json: `parity-json-${run}`,
      str: `parity-string-${run}`,
      cfg: `cfg-${run}`,
      single: `single-${run}`,
      secret: `sec-${run}`,
      secretDict: `secdict-${run}`,
      secretId: await blockDocument(secretType, `sec-${run}`, { value: "s3cr3t-tok" }),
      nodeSelectorId: await blockDocument(jsonType, `nodesel-${run}`, { disktype: "ssd", zone: "eu-1a" }),
      clusterConfigId: undefined,
      v,
    };
    await blockDocument(secretType, f.secretDict, {
      value: { user: "svc", token: "t0k", port: 5432, values: ["a", "b"] },
    });
    await blockDocument(jsonType, f.cfg, {
      registry: "ghcr.io/acme",
      image: { repo: "acme/flow", tag: 7, ratio: 1.5 },
      envs: { REGION: "eu-west-1", DEBUG: "1" },
      list: [{ "list-key": "list-value" }, "one", 2],
      flag: true,
      nothing: null,
      templated: `pre-{{ prefect.variables.${v("tag")} }}`,
      blockref: `{{ prefect.blocks.secret.${f.secret} }}`,
    });
    await blockDocument(jsonType, f.single, {
      value: { key: { "nested-key": "nested-value" }, list: [{ "list-key": "list-value" }] },
    });
    await blockDocument(strType, f.str, { value: "registry.example/acme/from-string-block:1" });
    const clusterType = await blockType("kubernetes-cluster-config");
    if (clusterType) {
      f.clusterConfigId = await blockDocument(clusterType, `kcc-${run}`, {
        config: {
          apiVersion: "v1",
          kind: "Config",
          clusters: [{ name: "c", cluster: { server: "https://10.0.0.1:6443" } }],
          users: [{ name: "u", user: { token: "abc" } }],
          contexts: [{ name: "parity", context: { cluster: "c", user: "u" } }],
          "current-context": "parity",
        },
        context_name: "parity",
      });
    }
    await variable(v("str"), '"registry.example/acme/flow"');
    await variable(v("tag"), '"2026.11"');
    await variable(v("ns"), '"team-a"');
    await variable(v("int"), "42");
    await variable(v("float"), "2.0");
    await variable(v("bool"), "true");
    await variable(v("null"), "null");
    await variable(v("obj"), '{"disktype": "ssd", "weight": 1.0, "on": true, "none": null}');
    await variable(v("list"), '[{"name": "regcred"}, {"name": "other"}]');
    await variable(v("blockref"), JSON.stringify(`{{ prefect.blocks.secret.${f.secret} }}`));

    const { cases: all, skipped } = cases(f);
    for (const [name, reason] of skipped) await t.test(name, { skip: reason }, () => {});
    assert.ok(all.length >= 15, `${all.length} cases`);
    const reference = runOracle(all);
    const client = new PrefectClient({ apiUrl });
    for (const [i, c] of all.entries()) {
      await t.test(c.name, async () => {
        const expected = reference[i]!;
        assert.equal("error" in expected ? expected.error.type : undefined, c.expectError, show(expected));
        assert.deepStrictEqual(await ours(c, client), normalise(expected));
      });
    }
  },
);
