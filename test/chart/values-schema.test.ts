// The chart's values.schema.json, driven through the real helm: values files users write (each API mode, the
// January-2025 generation, every extra on, the official chart's own documented examples) lint and render;
// mistakes (typos at every depth, wrong types, values outside an enum, an unusable base job template) fail
// `helm lint` and `helm template` with a message naming the key. Then the schema itself: it covers every key
// of values.yaml with a description, has nothing values.yaml lacks but the documented schema-only keys, is
// closed wherever the official schema is (and at the top level), and its defaults are values.yaml's.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { describe, test } from "node:test";
import { parseAllDocuments, parse as parseYaml } from "yaml";
import { chartPath, helm } from "../harness/helm.ts";
import { repoRoot } from "../harness/paths.ts";

const fixtures = "test/fixtures/chart-values";
const concurrency = Math.max(2, availableParallelism());

const yamlFiles = (dir: string): string[] =>
  readdirSync(join(repoRoot, dir))
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => join(dir, f));

function lint(args: string[]) {
  return helm(["lint", chartPath, "--strict", ...args]);
}

function template(args: string[]) {
  return helm(["template", "test", chartPath, "--namespace", "prefect", ...args]);
}

function kinds(manifests: string): string[] {
  return parseAllDocuments(manifests)
    .map((doc) => (doc.toJS() as { kind?: string } | null)?.kind)
    .filter((kind): kind is string => typeof kind === "string");
}

describe("values files the chart accepts", { concurrency }, () => {
  const good = [...yamlFiles(`${fixtures}/good`), ...yamlFiles(`${fixtures}/generations`)];

  test("there are good fixtures to check", () => {
    assert.ok(good.length >= 20, `only ${good.length} files`);
  });

  for (const file of good) {
    test(`${file} passes helm lint --strict and renders`, async () => {
      const linted = await lint(["-f", file]);
      assert.equal(linted.code, 0, linted.output);
      const rendered = await template(["-f", file]);
      assert.equal(rendered.code, 0, rendered.output);
      assert.ok(kinds(rendered.stdout).includes("Deployment"), rendered.stdout);
    });
  }

  test("every extra on renders every optional object", async () => {
    const rendered = await template(["-f", `${fixtures}/good/every-extra.yaml`]);
    assert.equal(rendered.code, 0, rendered.output);
    const rendered_ = kinds(rendered.stdout);
    for (const kind of [
      "ServiceAccount",
      "Role",
      "RoleBinding",
      "ConfigMap",
      "Deployment",
      "HorizontalPodAutoscaler",
      "PodDisruptionBudget",
      "Service",
      "ServiceMonitor",
    ]) {
      assert.ok(rendered_.includes(kind), `no ${kind} in: ${rendered_.join(", ")}`);
    }
  });

  test("a base job template passed with --set-file (the official README's way) renders", async () => {
    const setFile = [
      "--set-file",
      "worker.config.baseJobTemplate.configuration=test/fixtures/kubernetes-default-base-job-template.json",
    ];
    const linted = await lint(["-f", `${fixtures}/good/cloud.yaml`, ...setFile]);
    assert.equal(linted.code, 0, linted.output);
    const rendered = await template(["-f", `${fixtures}/good/cloud.yaml`, ...setFile]);
    assert.equal(rendered.code, 0, rendered.output);
    assert.ok(kinds(rendered.stdout).includes("ConfigMap"), rendered.stdout);
  });
});

// Each file has one mistake. Schema violations fail both commands, naming the key. A template's own check
// (`fail`) fails helm template (and install); helm lint reports it as [INFO] and passes, which is Helm's lint
// mode for `fail` and `required`, so for those only the message is checked in lint's output.
const bad: { file: string; names: RegExp[]; lintFails: boolean }[] = [
  { file: "typo-top-level.yaml", names: [/wroker/], lintFails: true },
  { file: "typo-under-worker.yaml", names: [/replicaCont\b/], lintFails: true },
  { file: "typo-deep.yaml", names: [/livenessProbe\/config/, /periodSecond\b/], lintFails: true },
  { file: "typo-metrics-service.yaml", names: [/metrics\/service/, /prot\b/], lintFails: true },
  { file: "official-readme-stale-basic-auth.yaml", names: [/basicAuth/], lintFails: true },
  { file: "wrong-type-replica-count.yaml", names: [/worker\/replicaCount/], lintFails: true },
  { file: "bad-api-config.yaml", names: [/worker\/apiConfig/], lintFails: true },
  { file: "bad-install-policy.yaml", names: [/worker\/config\/installPolicy/], lintFails: true },
  {
    file: "bad-job-api-key-propagation.yaml",
    names: [/worker\/cloudApiConfig\/jobApiKeyPropagation/],
    lintFails: true,
  },
  {
    file: "seccomp-localhost-without-profile.yaml",
    names: [/podSecurityContext/, /localhostProfile/],
    lintFails: true,
  },
  {
    file: "base-job-template-not-json.yaml",
    names: [/worker\.config\.baseJobTemplate\.configuration/],
    lintFails: false,
  },
  {
    file: "base-job-template-without-variables.yaml",
    names: [/worker\.config\.baseJobTemplate\.configuration/, /variables/],
    lintFails: false,
  },
];

describe("values files the chart rejects, naming the key", { concurrency }, () => {
  test("every bad fixture has an expectation", () => {
    assert.deepEqual(yamlFiles(`${fixtures}/bad`), bad.map((b) => `${fixtures}/bad/${b.file}`).sort());
  });

  for (const { file, names, lintFails } of bad) {
    const path = `${fixtures}/bad/${file}`;
    test(`${file} fails helm template${lintFails ? " and helm lint" : ""}, naming the key`, async () => {
      const rendered = await template(["-f", path]);
      assert.notEqual(rendered.code, 0, `helm template passed:\n${rendered.output}`);
      for (const name of names) assert.match(rendered.output, name, `helm template:\n${rendered.output}`);
      const linted = await lint(["-f", path]);
      if (lintFails) assert.notEqual(linted.code, 0, `helm lint passed:\n${linted.output}`);
      for (const name of names) assert.match(linted.output, name, `helm lint:\n${linted.output}`);
    });
  }
});

// ---- the schema itself ----

type Schema = {
  $ref?: string;
  type?: string | string[];
  description?: string;
  deprecated?: boolean;
  default?: unknown;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema | Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Leaf paths of values.yaml: scalars, lists and empty maps (a list is one value, not keys). */
function leafPaths(value: unknown, path: string[] = []): string[][] {
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
  }
  return [path];
}

/** Every key path of values.yaml, maps included. */
function keyPaths(value: unknown, path: string[] = []): string[][] {
  if (!isPlainObject(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => [[...path, k], ...keyPaths(v, [...path, k])]);
}

function valueAt(values: unknown, path: string[]): { found: boolean; value?: unknown } {
  let current = values;
  for (const key of path) {
    if (!isPlainObject(current) || !(key in current)) return { found: false };
    current = current[key];
  }
  return { found: true, value: current };
}

// Schema properties values.yaml does not have, and why.
const schemaOnly: Record<string, string> = {
  global: "parent charts' global values (the official schema allows it)",
  common: "values for the bitnami common subchart in parent charts (the official schema allows it)",
};

// Objects that may stay open (additionalProperties not false): contract §3's open objects of the official
// schema, the maps and Kubernetes-typed objects this chart adds, and the legacy twin of an open object. A
// Kubernetes-typed object's whole subtree may be open (its shape is Kubernetes', not the chart's).
const openObjects = new Set([
  // free-form maps
  "commonLabels",
  "commonAnnotations",
  "worker.podLabels",
  "worker.podAnnotations",
  "worker.nodeSelector",
  "serviceAccount.annotations",
  "worker.metrics.service.annotations",
  "worker.metrics.service.labels",
  "worker.metrics.serviceMonitor.labels",
  // credentials references the official schema leaves open
  "worker.cloudApiConfig.apiKeySecret",
  "worker.customerManagedCloudApiConfig.apiKeySecret",
  "worker.selfHostedCloudApiConfig.apiKeySecret",
  "worker.selfHostedServerApiConfig.basicAuth",
]);
const openSubtrees = [
  "global",
  "common",
  "worker.podSecurityContext",
  "worker.containerSecurityContext",
  "worker.initContainer.containerSecurityContext",
  "worker.affinity",
  "worker.podDisruptionBudget",
  "worker.config.baseJobTemplate.configuration",
  // items of lists of Kubernetes objects
  "worker.tolerations[]",
  "worker.topologySpreadConstraints[]",
  "worker.extraEnvVars[]",
  "worker.extraContainers[]",
  "worker.extraVolumes[]",
  "worker.extraVolumeMounts[]",
  "worker.initContainer.extraEnvVars[]",
  "worker.initContainer.extraContainers[]",
  "worker.dnsConfig.options[]",
  "role.extraPermissions[]",
];

// Values of a Kubernetes type (security contexts, resources, ...) that values.yaml leaves empty or partial:
// the schema may describe fields inside them that users set but values.yaml does not show.
const kubernetesShaped = [...openSubtrees, "worker.resources", "worker.initContainer.resources"];

const mayBeOpen = (id: string) =>
  openObjects.has(id) || openSubtrees.some((root) => id === root || id.startsWith(`${root}.`));

const objectTyped = (node: Schema) =>
  node.type === "object" || (Array.isArray(node.type) && node.type.includes("object")) || !!node.properties;

interface Problems {
  /** values.yaml keys without a schema property */
  missing: string[];
  /** values.yaml keys whose schema property has no description */
  undescribed: string[];
  /** schema properties that are neither in values.yaml nor documented as schema-only */
  extra: string[];
  /** objects that accept unknown keys though the contract closes them */
  open: string[];
  /** schema defaults that differ from values.yaml */
  defaults: string[];
}

/** What is wrong with a schema for a values.yaml: every list is empty for a complete and strict schema. */
function schemaProblems(schema: Schema, values: Record<string, unknown>): Problems {
  /** The node a local $ref points at ("#/definitions/x", "#/$defs/x"), followed to the end of the chain. */
  const deref = (node: Schema): Schema => {
    let current = node;
    for (let hops = 0; typeof current.$ref === "string"; hops++) {
      assert.ok(current.$ref.startsWith("#/") && hops < 20, `unsupported $ref ${current.$ref}`);
      let target: unknown = schema;
      for (const raw of current.$ref.slice(2).split("/")) {
        const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
        target = (target as Record<string, unknown> | undefined)?.[key];
      }
      assert.ok(isPlainObject(target), `dangling $ref ${current.$ref}`);
      current = target as Schema;
    }
    return current;
  };
  /** Every schema that constrains the same value: the node, its $ref target, its anyOf/oneOf/allOf branches. */
  const views = (node: Schema): Schema[] => {
    const resolved = deref(node);
    const out = resolved === node ? [node] : [node, resolved];
    for (const branch of [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.allOf ?? [])]) {
      out.push(...views(branch));
    }
    return out;
  };

  // Every property path the schema declares (through $ref and composition, not into list items).
  const declared = new Map<string, { path: string[]; nodes: Schema[] }>();
  const walkProperties = (node: Schema, path: string[]) => {
    assert.ok(path.length < 20, `schema nested too deep at ${path.join(".")}`);
    for (const view of views(node)) {
      for (const [key, child] of Object.entries(view.properties ?? {})) {
        const childPath = [...path, key];
        const entry = declared.get(childPath.join(".")) ?? { path: childPath, nodes: [] };
        entry.nodes.push(child);
        declared.set(childPath.join("."), entry);
        walkProperties(child, childPath);
      }
    }
  };
  walkProperties(schema, []);

  const described = (nodes: Schema[]) =>
    nodes.some((n) => [n, deref(n)].some((v) => typeof v.description === "string" && v.description.trim()));
  // A path is legacy when it or an ancestor is marked deprecated (the January-2025 blocks).
  const deprecated = (path: string[]) =>
    path.some((_, i) =>
      (declared.get(path.slice(0, i + 1).join("."))?.nodes ?? []).some((n) =>
        views(n).some((v) => v.deprecated === true),
      ),
    );

  const problems: Problems = { missing: [], undescribed: [], extra: [], open: [], defaults: [] };
  for (const path of leafPaths(values)) {
    if (!declared.has(path.join("."))) problems.missing.push(path.join("."));
  }
  for (const path of keyPaths(values)) {
    const entry = declared.get(path.join("."));
    if (entry && !described(entry.nodes)) problems.undescribed.push(path.join("."));
  }
  for (const { path, nodes } of declared.values()) {
    const id = path.join(".");
    const inValues = valueAt(values, path);
    if (
      !inValues.found &&
      !(path[0]! in schemaOnly) &&
      !deprecated(path) &&
      !kubernetesShaped.some((root) => id.startsWith(`${root}.`))
    ) {
      problems.extra.push(id);
    }
    for (const view of nodes.flatMap(views)) {
      if (!("default" in view) || !inValues.found) continue;
      if (!isDeepStrictEqual(view.default, inValues.value)) {
        problems.defaults.push(
          `${id}: schema ${JSON.stringify(view.default)}, values.yaml ${JSON.stringify(inValues.value)}`,
        );
      }
    }
  }
  // Every object schema, by path ("a.b", list items "a.b[]"), through $ref, composition and list items.
  const walkObjects = (node: Schema, path: string) => {
    for (const view of views(node)) {
      if (objectTyped(view) && view.additionalProperties !== false && !mayBeOpen(path)) {
        problems.open.push(path || "<top level>");
      }
      for (const [key, child] of Object.entries(view.properties ?? {})) {
        walkObjects(child, path ? `${path}.${key}` : key);
      }
      if (view.items && !Array.isArray(view.items)) walkObjects(view.items, `${path}[]`);
      if (isPlainObject(view.additionalProperties)) walkObjects(view.additionalProperties, `${path}.*`);
    }
  };
  walkObjects(schema, "");
  problems.open = [...new Set(problems.open)];
  return problems;
}

const chartDir = join(repoRoot, "charts/prefect-worker");
const schema = JSON.parse(readFileSync(join(chartDir, "values.schema.json"), "utf8")) as Schema;
const values = parseYaml(readFileSync(join(chartDir, "values.yaml"), "utf8")) as Record<string, unknown>;

describe("values.schema.json is complete and strict", () => {
  const problems = schemaProblems(schema, values);

  test("every key of values.yaml has a schema property with a description", () => {
    assert.deepEqual(problems.missing, [], "values.yaml keys without a schema property");
    assert.deepEqual(problems.undescribed, [], "schema properties without a description");
  });

  test("every schema property is in values.yaml, except the documented schema-only ones", () => {
    assert.deepEqual(problems.extra, []);
  });

  test("every object is closed (additionalProperties: false) except the open ones of the contract", () => {
    assert.deepEqual(problems.open, []);
  });

  test("defaults in the schema equal values.yaml's", () => {
    assert.deepEqual(problems.defaults, []);
  });

  test("the top level allows only values.yaml's keys plus global and common", () => {
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(
      Object.keys(schema.properties ?? {}).sort(),
      [...Object.keys(values), "global", "common"].sort(),
    );
  });

  test("the January-2025 blocks are in the schema, deprecated, and name their current key", () => {
    const worker = schema.properties?.worker?.properties ?? {};
    const legacy: Record<string, RegExp> = {
      selfHostedCloudApiConfig: /customerManagedCloudApiConfig/,
      serverApiConfig: /selfHostedServerApiConfig/,
    };
    for (const [key, current] of Object.entries(legacy)) {
      const node = worker[key];
      assert.ok(node, `worker.${key} is not in the schema`);
      assert.equal(node.deprecated, true, `worker.${key} is not marked deprecated`);
      assert.match(
        node.description ?? "",
        current,
        `worker.${key}'s description does not name the current key`,
      );
      assert.equal(
        valueAt(values, ["worker", key]).found,
        false,
        `worker.${key} should stay out of values.yaml`,
      );
    }
    const allowed = worker.apiConfig?.enum ?? [];
    for (const value of ["cloud", "customerManagedCloud", "selfHostedServer", "selfHosted", "server"]) {
      assert.ok(allowed.includes(value), `worker.apiConfig does not allow ${value}: ${allowed.join(", ")}`);
    }
  });

  test("the checks find each kind of problem in a broken copy of the schema", () => {
    const broken = structuredClone(schema);
    const worker = broken.properties!.worker!.properties!;
    delete worker.replicaCount!.description;
    delete worker.image!.properties!.pullPolicy;
    worker.image!.additionalProperties = true;
    worker.revisionHistoryLimit!.default = 11;
    worker.notInValues = { type: "string", description: "nowhere in values.yaml" };
    broken.additionalProperties = true;
    const found = schemaProblems(broken, values);
    assert.deepEqual(found.missing, ["worker.image.pullPolicy"]);
    assert.deepEqual(found.undescribed, ["worker.replicaCount"]);
    assert.deepEqual(found.extra, ["worker.notInValues"]);
    assert.deepEqual(found.open, ["<top level>", "worker.image"]);
    assert.deepEqual(found.defaults, ["worker.revisionHistoryLimit: schema 11, values.yaml 10"]);
  });
});
