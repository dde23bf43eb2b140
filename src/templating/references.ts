// resolve_block_document_references and resolve_variables (prefect.utilities.templating): the passes that
// follow apply_values and need the API, through an injected ReferenceResolver.
import { NOT_SET, findPlaceholders, getFromDict, soleStandardPlaceholder } from "./apply-values.ts";
import type { Placeholder } from "./apply-values.ts";
import { TemplatingError } from "./errors.ts";
import { deepCopy, isObject, pyTypeName, type JsonObject } from "./py-value.ts";
import { pyRepr, pyStr } from "./python-str.ts";
import type { BlockDocument, ReferenceResolver } from "./types.ts";
import { isTruthy } from "./variables.ts";

const NOT_FOUND_TAIL =
  "This block was referenced in your deployment or work pool configuration but no longer exists. " +
  "It may have been deleted. Please check your configuration or create a new block.";

export async function resolveBlockDocumentReferences(
  template: unknown,
  resolver: ReferenceResolver,
): Promise<unknown> {
  const byId = new Map<string, BlockDocument>();
  const byName = new Map<string, BlockDocument>();

  const readById = async (id: string): Promise<BlockDocument> => {
    let doc = byId.get(id);
    if (!doc) {
      doc = await resolver.blockDocument(id);
      if (!doc) throw new TemplatingError("ObjectNotFound", `Block not found: ID '${id}'. ${NOT_FOUND_TAIL}`);
      byId.set(id, doc);
    }
    return doc;
  };
  const readByName = async (slug: string, name: string): Promise<BlockDocument> => {
    const key = `${slug}\u0000${name}`;
    let doc = byName.get(key);
    if (!doc) {
      doc = await resolver.blockDocumentByName(slug, name);
      if (!doc) {
        throw new TemplatingError(
          "ObjectNotFound",
          `Block not found: '${name}' of type '${slug}'. ${NOT_FOUND_TAIL}`,
        );
      }
      byName.set(key, doc);
    }
    return doc;
  };

  const resolvePlaceholder = async (placeholder: Placeholder, tmpl: string): Promise<unknown> => {
    // str.split(".", 2): at most three parts, the last keeps its dots.
    const rest = placeholder.name.replaceAll("prefect.blocks.", "");
    const parts = rest.split(".");
    const [slug, name] = parts;
    if (parts.length < 2) {
      throw new TemplatingError(
        "ValueError",
        `Invalid block placeholder format: '${placeholder.name}'. ` +
          "Expected format: prefect.blocks.<block-type-slug>.<block-document-name>",
      );
    }
    const keyPath = parts.length > 2 ? parts.slice(2).join(".") : undefined;
    const doc = await readByName(slug!, name!);
    let data: unknown = doc.data;
    let value: unknown = data;
    const keys = Object.keys(doc.data);
    if (keys.length === 1 && keys[0] === "value") {
      const pointsAtValue =
        keyPath !== undefined &&
        (keyPath === "value" || keyPath.startsWith("value.") || keyPath.startsWith("value["));
      if (!pointsAtValue) data = value = doc.data.value;
    }
    if (keyPath !== undefined) {
      const found = getFromDict(data, keyPath);
      if (found === NOT_SET) {
        throw new TemplatingError(
          "ValueError",
          `Invalid template: ${pyRepr(tmpl)}. Could not resolve the keypath in the block document data.`,
        );
      }
      value = found;
    }
    return deepCopy(value);
  };

  const resolve = async (tmpl: unknown): Promise<unknown> => {
    if (isObject(tmpl)) {
      // The reference reads `tmpl.get("$ref", {}).get(...)`: a `$ref` that is not a mapping (a JSON-schema
      // pointer string, null, a list) fails the run instead of being kept as data.
      const ref = Object.hasOwn(tmpl, "$ref") ? tmpl.$ref : {};
      if (!isObject(ref)) {
        throw new TemplatingError("AttributeError", `'${pyTypeName(ref)}' object has no attribute 'get'`);
      }
      const id = ref.block_document_id;
      // Python truthiness: an empty object or list, or 0.0, keeps the `$ref` object as data.
      if (isTruthy(id)) return deepCopy((await readById(String(id))).data);
      const out: JsonObject = {};
      for (const [k, v] of Object.entries(tmpl)) out[k] = await resolve(v);
      return out;
    }
    if (Array.isArray(tmpl)) {
      const out: unknown[] = [];
      for (const item of tmpl) out.push(await resolve(item));
      return out;
    }
    if (typeof tmpl !== "string") return tmpl;
    const placeholders = findPlaceholders(tmpl);
    if (!placeholders.some((p) => p.type === "block_document")) return tmpl;
    const sole = soleStandardPlaceholder(tmpl, placeholders);
    if (sole && sole.type === "block_document") return resolvePlaceholder(sole, tmpl);
    let result = tmpl;
    for (const p of placeholders) {
      if (p.type !== "block_document") continue;
      const value = await resolvePlaceholder(p, tmpl);
      if (Array.isArray(value) || isObject(value)) {
        throw new TemplatingError(
          "ValueError",
          `Invalid template: ${pyRepr(tmpl)}. Block placeholder ${pyRepr(p.fullMatch)} resolved to a ` +
            `${Array.isArray(value) ? "list" : "dict"}, which cannot be used for inline string substitution. ` +
            "Resolve a scalar attribute instead (e.g., '.value' or '.url').",
        );
      }
      const text = pyStr(value);
      result = result.replaceAll(p.fullMatch, () => text);
    }
    return result;
  };

  return resolve(template);
}

export async function resolveVariables(template: unknown, resolver: ReferenceResolver): Promise<unknown> {
  const MISSING = Symbol("missing");
  const cache = new Map<string, unknown>();
  const read = async (placeholderName: string): Promise<unknown> => {
    const name = placeholderName.replaceAll("prefect.variables.", "");
    if (cache.has(name)) return cache.get(name);
    const variable = await resolver.variable(name);
    const value = variable ? variable.value : MISSING;
    cache.set(name, value);
    return value;
  };

  const resolve = async (tmpl: unknown): Promise<unknown> => {
    if (typeof tmpl === "string") {
      const placeholders = findPlaceholders(tmpl);
      if (!placeholders.some((p) => p.type === "variable")) return tmpl;
      const sole = soleStandardPlaceholder(tmpl, placeholders);
      if (sole && sole.type === "variable") {
        const value = await read(sole.name);
        return value === MISSING ? "" : value;
      }
      let result = tmpl;
      for (const p of placeholders) {
        if (p.type !== "variable") continue;
        const value = await read(p.name);
        const text = value === MISSING ? "" : pyStr(value);
        result = result.replaceAll(p.fullMatch, () => text);
      }
      return result;
    }
    if (Array.isArray(tmpl)) {
      const out: unknown[] = [];
      for (const item of tmpl) out.push(await resolve(item));
      return out;
    }
    if (isObject(tmpl)) {
      const out: JsonObject = {};
      for (const [k, v] of Object.entries(tmpl)) out[k] = await resolve(v);
      return out;
    }
    return tmpl;
  };
  return resolve(template);
}
