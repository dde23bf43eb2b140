// python-slugify 9.0.0 (legacy algorithm, default options) and the prefect-kubernetes slug rules built on
// it (prefect_kubernetes/utilities.py): job names, label keys and label values.
import { HTML4_ENTITIES } from "./html-entities.ts";
import { transliterate } from "./transliterate.ts";

const CHAR_ENTITY = new RegExp(`&(${Object.keys(HTML4_ENTITIES).join("|")});`, "g");
const DECIMAL = /&#(\d+);/g;
const HEX = /&#x([\da-fA-F]+);/g;
const QUOTES = /'+/g;
const NUMBER_COMMA = /(?<=\p{Nd}),(?=\p{Nd})/gu;
const DUPLICATE_DASH = /-{2,}/g;

// Legacy python-slugify substitutes numeric references all-or-nothing: one reference beyond U+10FFFF
// (chr() raises) leaves every reference of that kind untouched.
function decodeNumeric(text: string, pattern: RegExp, base: number): string {
  const codes = [...text.matchAll(pattern)].map((m) => parseInt(m[1]!, base));
  if (codes.some((code) => code > 0x10ffff)) return text;
  return text.replace(pattern, (_m, digits: string) => String.fromCodePoint(parseInt(digits, base)));
}

function stripChars(text: string, chars: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && chars.includes(text[start]!)) start++;
  while (end > start && chars.includes(text[end - 1]!)) end--;
  return text.slice(start, end);
}

export interface SlugifyOptions {
  maxLength?: number;
  lowercase?: boolean;
  /** Matches runs of disallowed characters (must be global). */
  disallowed?: RegExp;
}

export function slugify(input: string, options: SlugifyOptions = {}): string {
  const { maxLength = 0, lowercase = true, disallowed = /[^-a-zA-Z0-9]+/g } = options;
  let text = input.replace(QUOTES, "-");
  text = transliterate(text.normalize("NFKD"));
  text = text.replace(CHAR_ENTITY, (_m, name: string) => String.fromCodePoint(HTML4_ENTITIES[name]!));
  text = decodeNumeric(text, DECIMAL, 10);
  text = decodeNumeric(text, HEX, 16);
  text = text.normalize("NFKD");
  if (lowercase) text = text.toLowerCase();
  text = text.replace(QUOTES, "").replace(NUMBER_COMMA, "");
  text = text.replace(disallowed, "-");
  text = stripChars(text.replace(DUPLICATE_DASH, "-"), "-");
  if (maxLength > 0) {
    // smart_truncate without word boundaries
    text = stripChars(text, "-");
    if (text.length >= maxLength) text = stripChars(text.slice(0, maxLength), "-");
  }
  return text;
}

/** Job names (generateName prefix): lower-case `[a-z0-9-]`, at most 45 chars; undefined when empty. */
export function slugifyName(name: string, maxLength = 45): string | undefined {
  return slugify(name, { maxLength, disallowed: /[^a-zA-Z0-9-]+/g }) || undefined;
}

/** Label values: `[A-Za-z0-9-_.]`, case kept, at most 63; the original when nothing is left. */
export function slugifyLabelValue(value: string, maxLength = 63): string {
  const slug = stripChars(
    slugify(value, { lowercase: false, maxLength, disallowed: /[^a-zA-Z0-9\-_.]+/g }),
    "_-.",
  );
  return slug || value;
}

/** Label and annotation keys: optional prefix (before the first `/`, `[A-Za-z0-9-.]`, ≤253) and name. */
export function slugifyLabelKey(key: string, maxLength = 63, prefixMaxLength = 253): string {
  const slash = key.indexOf("/");
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  const nameSlug =
    stripChars(slugify(name, { lowercase: false, maxLength, disallowed: /[^a-zA-Z0-9\-_.]+/g }), "_-.") ||
    name;
  if (prefix) {
    const prefixSlug =
      stripChars(
        slugify(prefix, { lowercase: false, maxLength: prefixMaxLength, disallowed: /[^a-zA-Z0-9\-.]+/g }),
        "_-.",
      ) || prefix;
    return `${prefixSlug}/${nameSlug}`;
  }
  return nameSlug;
}
