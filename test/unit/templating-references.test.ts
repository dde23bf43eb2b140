// Block-document and Prefect-variable references, resolved through an in-memory test double.
import assert from "node:assert/strict";
import { test } from "node:test";
import { TemplatingError } from "../../src/templating/errors.ts";
import { resolveBlockDocumentReferences, resolveVariables } from "../../src/templating/references.ts";
import type { BlockDocument, ReferenceResolver } from "../../src/templating/types.ts";

class InMemoryResolverDouble implements ReferenceResolver {
  readonly calls: string[] = [];
  readonly byId = new Map<string, BlockDocument>();
  readonly byName = new Map<string, BlockDocument>();
  readonly variables = new Map<string, unknown>();
  blockDocument(id: string) {
    this.calls.push(`id:${id}`);
    return Promise.resolve(this.byId.get(id));
  }
  blockDocumentByName(slug: string, name: string) {
    this.calls.push(`name:${slug}/${name}`);
    return Promise.resolve(this.byName.get(`${slug}/${name}`));
  }
  variable(name: string) {
    this.calls.push(`var:${name}`);
    return Promise.resolve(this.variables.has(name) ? { value: this.variables.get(name) } : undefined);
  }
}

test("$ref block documents are replaced by their data", async () => {
  const r = new InMemoryResolverDouble();
  r.byId.set("abc", { data: { config: { k: 1 }, context_name: "ctx" } });
  const out = await resolveBlockDocumentReferences(
    { cluster_config: { $ref: { block_document_id: "abc" } } },
    r,
  );
  assert.deepEqual(out, { cluster_config: { config: { k: 1 }, context_name: "ctx" } });
});

test("block placeholders: value unwrapping, key paths, inline scalars, one read per document", async () => {
  const r = new InMemoryResolverDouble();
  r.byName.set("secret/token", { data: { value: "s3cr3t" } });
  r.byName.set("json/cfg", { data: { value: { registry: "ghcr.io", list: [{ k: "v" }] } } });
  const out = await resolveBlockDocumentReferences(
    {
      whole: "{{ prefect.blocks.secret.token }}",
      inline: "Bearer {{ prefect.blocks.secret.token }}",
      path: "{{ prefect.blocks.json.cfg.list[0].k }}",
      image: "{{ prefect.blocks.json.cfg.registry }}/img",
      valuePath: "{{ prefect.blocks.json.cfg.value.registry }}",
    },
    r,
  );
  assert.deepEqual(out, {
    whole: "s3cr3t",
    inline: "Bearer s3cr3t",
    path: "v",
    image: "ghcr.io/img",
    valuePath: "ghcr.io",
  });
  assert.equal(r.calls.filter((c) => c === "name:secret/token").length, 1);
});

test("block errors", async () => {
  const r = new InMemoryResolverDouble();
  r.byName.set("json/cfg", { data: { value: { a: { b: 1 } } } });
  await assert.rejects(
    resolveBlockDocumentReferences("{{ prefect.blocks.missing.doc }}", r),
    (e: unknown) =>
      e instanceof TemplatingError &&
      e.pythonType === "ObjectNotFound" &&
      e.message.startsWith("Block not found: 'doc' of type 'missing'."),
  );
  await assert.rejects(
    resolveBlockDocumentReferences("x {{ prefect.blocks.json.cfg.a }}", r),
    (e: unknown) =>
      e instanceof TemplatingError &&
      e.message.includes("resolved to a dict, which cannot be used for inline"),
  );
  await assert.rejects(
    resolveBlockDocumentReferences("{{ prefect.blocks.only }}", r),
    (e: unknown) => e instanceof TemplatingError && e.pythonType === "ValueError",
  );
});

test("variables: typed when whole, str() inline, missing becomes empty", async () => {
  const r = new InMemoryResolverDouble();
  r.variables.set("img", "repo/img:1");
  r.variables.set("n", 3);
  r.variables.set("obj", { a: true });
  const out = await resolveVariables(
    {
      a: "{{ prefect.variables.img }}",
      b: "n={{ prefect.variables.n }}",
      c: "{{ prefect.variables.obj }}",
      d: "x{{ prefect.variables.gone }}",
      e: "{{ prefect.variables.gone }}",
    },
    r,
  );
  assert.deepEqual(out, { a: "repo/img:1", b: "n=3", c: { a: true }, d: "x", e: "" });
});
