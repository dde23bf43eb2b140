// The chart README is generated (helm-docs v1.14.2 from README.md.gotmpl and values.yaml's `# --` comments):
// the committed file must be what `npm run docs:chart` produces now, its values table must show every key of
// values.yaml with a description, and the keys the hand-written text names must exist.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { parse as parseYaml } from "yaml";
import { chartDir, readmePath, renderChartReadme } from "../../scripts/chart-docs.ts";
import { readStackEnv } from "../harness/stack/state.ts";

const values = parseYaml(readFileSync(join(chartDir, "values.yaml"), "utf8")) as Record<string, unknown>;
const schema = JSON.parse(readFileSync(join(chartDir, "values.schema.json"), "utf8")) as SchemaNode;

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** helm-docs' spelling of a key path: segments with a dot or a space are quoted. */
const helmDocsKey = (path: string[]) =>
  path.map((k) => (k.includes(".") || k.includes(" ") ? `"${k}"` : k)).join(".");

/** Leaf paths of values.yaml: scalars, lists and empty maps. */
function leafPaths(value: unknown, path: string[] = []): string[][] {
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
  }
  return [path];
}

interface Row {
  key: string;
  type: string;
  default: string;
  description: string;
}

/** The rows of the "## Values" table. */
function valuesTable(readme: string): Row[] {
  const section = readme.split(/^## Values$/m)[1];
  assert.ok(section, "the README has no ## Values section");
  return section
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| Key ") && !/^\|-/.test(line))
    .map((line) => {
      // Cells may hold `|` only escaped, so a plain split on " | " is enough for the first three.
      const cells = line.slice(2, -2).split(" | ");
      return {
        key: cells[0]!,
        type: cells[1]!,
        default: cells[2]!,
        description: cells.slice(3).join(" | "),
      };
    });
}

/** values.yaml leaves the table does not show, and rows without a description. */
function tableProblems(readme: string): { missing: string[]; undescribed: string[] } {
  const rows = valuesTable(readme);
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const missing: string[] = [];
  for (const path of leafPaths(values)) {
    if (byKey.has(helmDocsKey(path))) continue;
    // helm-docs shows a documented map as one row whose default lists its keys.
    const ancestor = path
      .map((_, i) => byKey.get(helmDocsKey(path.slice(0, path.length - 1 - i))))
      .find((row) => row !== undefined);
    if (ancestor?.default.includes(`"${path.at(-1)}":`)) continue;
    missing.push(path.join("."));
  }
  const undescribed = rows.filter((row) => !row.description.trim()).map((row) => row.key);
  return { missing, undescribed };
}

function firstDifference(a: string, b: string): string {
  const left = a.split("\n");
  const right = b.split("\n");
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i]) {
      return `line ${i + 1}:\n  committed: ${left[i] ?? "<end>"}\n  generated: ${right[i] ?? "<end>"}`;
    }
  }
  return "";
}

describe("chart README", () => {
  const committed = readFileSync(readmePath, "utf8");

  test("the committed README is what helm-docs generates now", async () => {
    const helmDocs = readStackEnv().tools["helm-docs"];
    assert.ok(helmDocs, "the stack has no helm-docs; run: npm run stack -- up");
    const fresh = await renderChartReadme(helmDocs);
    assert.ok(
      committed === fresh,
      `charts/prefect-worker/README.md is stale; run: npm run docs:chart\n${firstDifference(committed, fresh)}`,
    );
  });

  test("the values table has every key of values.yaml, each with a description", () => {
    assert.deepEqual(tableProblems(committed), { missing: [], undescribed: [] });
  });

  test("the table check finds a key left out and a row without a description", () => {
    const lines = committed.split("\n");
    const dropped = lines.findIndex((line) => line.startsWith("| worker.replicaCount |"));
    const blanked = lines.findIndex((line) => line.startsWith("| worker.dnsPolicy |"));
    assert.ok(
      dropped > 0 && blanked > 0,
      "the README has no rows for worker.replicaCount and worker.dnsPolicy",
    );
    lines[blanked] = lines[blanked]!.replace(/ \| [^|]+ \|$/, " |  |");
    lines.splice(dropped, 1);
    assert.deepEqual(tableProblems(lines.join("\n")), {
      missing: ["worker.replicaCount"],
      undescribed: ["worker.dnsPolicy"],
    });
  });

  test("the January-2025 names stay out of the values table", () => {
    const keys = valuesTable(committed).map((row) => row.key);
    assert.deepEqual(
      keys.filter((key) => /^worker\.(selfHostedCloudApiConfig|serverApiConfig)\b/.test(key)),
      [],
    );
  });

  test("every value key the hand-written text names exists in the schema", () => {
    const template = readFileSync(join(chartDir, "README.md.gotmpl"), "utf8");
    const roots = Object.keys(schema.properties ?? {});
    const named = new Set<string>();
    for (const [, code] of template.matchAll(/`([^`\n]+)`/g)) {
      const key = /^([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9-]*)*)(?::|$)/.exec(code!)?.[1];
      if (key && roots.includes(key.split(".")[0]!) && (key.includes(".") || code!.includes(":"))) {
        named.add(key);
      }
    }
    assert.ok(named.size > 20, `only ${named.size} keys found: ${[...named].join(", ")}`);
    const unknown = [...named].filter((key) => {
      let node: SchemaNode | undefined = schema;
      for (const segment of key.split(".")) node = node?.properties?.[segment];
      return node === undefined;
    });
    assert.deepEqual(unknown, [], "keys the README text names that the schema does not have");
  });
});
