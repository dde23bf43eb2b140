// prefect.utilities.templating: placeholder discovery and apply_values. A string that is exactly one
// standard placeholder takes the typed value; placeholders inside text are replaced by Python str().
import { PyFloat, isObject, type JsonObject } from "./py-value.ts";
import { pyStr } from "./python-str.ts";

/** Python's NotSet sentinel: "no value", which removes the key or list item that held it. */
export const NOT_SET: unique symbol = Symbol("NotSet");
export type NotSet = typeof NOT_SET;

export type PlaceholderType = "standard" | "block_document" | "variable" | "env_var";

export interface Placeholder {
  fullMatch: string;
  name: string;
  type: PlaceholderType;
}

// Python's \w is Unicode-aware.
const PLACEHOLDER = /(\{\{\s*([\p{L}\p{N}_.\-[\]$]+)\s*\}\})/gu;

export const BLOCK_DOCUMENT_PREFIX = "prefect.blocks.";
export const VARIABLE_PREFIX = "prefect.variables.";

export function placeholderType(name: string): PlaceholderType {
  if (name.startsWith(BLOCK_DOCUMENT_PREFIX)) return "block_document";
  if (name.startsWith(VARIABLE_PREFIX)) return "variable";
  if (name.startsWith("$")) return "env_var";
  return "standard";
}

/** The distinct placeholders of a string (Python returns a set; order is not observable here). */
export function findPlaceholders(template: string): Placeholder[] {
  const seen = new Map<string, Placeholder>();
  for (const m of template.matchAll(PLACEHOLDER)) {
    const key = `${m[1]}\u0000${m[2]}`;
    if (!seen.has(key)) seen.set(key, { fullMatch: m[1]!, name: m[2]!, type: placeholderType(m[2]!) });
  }
  return [...seen.values()];
}

export function hasPlaceholders(value: unknown): boolean {
  if (typeof value === "string") return findPlaceholders(value).length > 0;
  if (Array.isArray(value)) return value.some(hasPlaceholders);
  if (isObject(value)) return Object.values(value).some(hasPlaceholders);
  return false;
}

/** The one-placeholder-is-the-whole-string case, where the typed value is substituted. */
export function soleStandardPlaceholder(
  template: string,
  placeholders: Placeholder[],
): Placeholder | undefined {
  const [only] = placeholders;
  return placeholders.length === 1 && only!.fullMatch === template ? only : undefined;
}

// Python int(key): optional sign and surrounding whitespace, digits, underscores between digits.
function pyIntKey(key: string): number | undefined {
  const m = /^\s*([+-]?)(\d(?:_?\d)*)\s*$/u.exec(key);
  return m ? Number(`${m[1]}${m[2]!.replaceAll("_", "")}`) : undefined;
}

/** prefect.utilities.collections.get_from_dict: dotted path with list indices (`a.b[0].c`, `a.b.0.c`). */
export function getFromDict(root: unknown, path: string | string[]): unknown {
  const keys = typeof path === "string" ? path.replaceAll("[", ".").replaceAll("]", "").split(".") : path;
  let value: unknown = root;
  for (const key of keys) {
    const index = pyIntKey(key);
    if (index !== undefined) {
      // dict[int] never matches a JSON (string) key; lists and strings allow negative indices.
      const seq = typeof value === "string" ? [...value] : value;
      if (!Array.isArray(seq)) return NOT_SET;
      const i = index < 0 ? seq.length + index : index;
      if (i < 0 || i >= seq.length) return NOT_SET;
      value = seq[i];
    } else if (isObject(value) && Object.hasOwn(value, key)) {
      value = value[key];
    } else {
      // str/list indexed by a string raises TypeError, which get_from_dict maps to the default.
      return NOT_SET;
    }
  }
  return value;
}

export interface ApplyValuesOptions {
  /** The process environment `{{ $NAME }}` placeholders read (the worker's own environment). */
  environ?: Record<string, string | undefined>;
  removeNotSet?: boolean;
}

export function applyValues(
  template: unknown,
  values: JsonObject,
  options: ApplyValuesOptions = {},
): unknown {
  const { environ = {}, removeNotSet = true } = options;
  if (template === NOT_SET || template === null || template === undefined) return template;
  if (typeof template === "number" || typeof template === "bigint" || template instanceof PyFloat)
    return template;
  if (typeof template === "boolean") return template;
  if (typeof template === "string") {
    const placeholders = findPlaceholders(template);
    if (placeholders.length === 0) return template;
    const sole = soleStandardPlaceholder(template, placeholders);
    if (sole && sole.type === "standard") return getFromDict(values, sole.name);
    let result = template;
    for (const p of placeholders) {
      let value: unknown;
      if (p.type === "standard") value = getFromDict(values, p.name);
      else if (p.type === "env_var") value = environ[p.name.replace(/^\$+/, "")] ?? NOT_SET;
      else continue;
      if (value === NOT_SET) {
        if (removeNotSet) result = result.replaceAll(p.fullMatch, "");
      } else {
        const text = pyStr(value);
        result = result.replaceAll(p.fullMatch, () => text);
      }
    }
    return result;
  }
  if (Array.isArray(template)) {
    const out: unknown[] = [];
    for (const item of template) {
      const updated = applyValues(item, values, options);
      if (updated !== NOT_SET) out.push(updated);
    }
    return out;
  }
  if (isObject(template)) {
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(template)) {
      const updated = applyValues(value, values, options);
      if (updated !== NOT_SET) out[key] = updated;
      else if (!removeNotSet) out[key] = value;
    }
    return out;
  }
  throw new Error(`Unexpected template type '${typeof template}'`);
}
