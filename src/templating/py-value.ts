// JSON values as the reference (Python) sees them. JavaScript cannot tell `1.0` from `1`, but Python
// can, and it shows: str(1.0) is "1.0", json.dumps(1.0) is "1.0", and JSON-patch treats 1 and 1.0 as
// different values. Integral floats therefore travel as PyFloat; non-integral numbers are floats anyway.

export class PyFloat {
  readonly value: number;
  constructor(value: number) {
    this.value = value;
  }
  // Serialises as a float literal, so a manifest or an oracle case keeps its float-ness in JSON.
  toJSON(): unknown {
    return (JSON as unknown as { rawJSON(text: string): unknown }).rawJSON(pyFloatRepr(this.value));
  }
}

export type JsonObject = { [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof PyFloat);
}

export function isFloat(value: unknown): value is number | PyFloat {
  return value instanceof PyFloat || (typeof value === "number" && !Number.isInteger(value));
}

export function isInt(value: unknown): value is number | bigint {
  return typeof value === "bigint" || (typeof value === "number" && Number.isInteger(value));
}

/** The numeric value of a Python int/float/bool, or undefined for anything else. */
export function numericValue(value: unknown): number | undefined {
  if (value instanceof PyFloat) return value.value;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  return undefined;
}

/** Python's `type(value).__name__`. */
export function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  if (typeof value === "boolean") return "bool";
  if (isInt(value)) return "int";
  if (isFloat(value)) return "float";
  if (typeof value === "string") return "str";
  if (Array.isArray(value)) return "list";
  return "dict";
}

export function deepCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => deepCopy(item)) as T;
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) out[k] = deepCopy(v);
    return out as T;
  }
  return value;
}

/** Drops the PyFloat wrappers: what a Kubernetes client or JSON consumer should see. */
export function toPlainJson(value: unknown): unknown {
  if (value instanceof PyFloat) return value.value;
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlainJson(v);
    return out;
  }
  return value;
}

/**
 * JSON.parse that keeps Python's view of numbers: integral values written as floats (`1.0`, `1e3`)
 * become PyFloat and integers beyond 2^53 become bigint.
 */
export function parsePythonJson(text: string): unknown {
  type Reviver = (this: unknown, key: string, value: unknown, context: { source?: string }) => unknown;
  const reviver: Reviver = (_key, value, context) => {
    if (typeof value !== "number" || context?.source === undefined) return value;
    const source = context.source;
    if (/[.eE]/.test(source)) return Number.isInteger(value) ? new PyFloat(value) : value;
    if (!Number.isSafeInteger(value)) return BigInt(source);
    return value;
  };
  return JSON.parse(text, reviver as Parameters<typeof JSON.parse>[1]);
}

/** Python float repr: shortest round-trip digits, exponent form outside 1e-4 <= |x| < 1e16. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  const [mantissa, expText] = Math.abs(x).toExponential().split("e");
  const digits = mantissa!.replace(".", "");
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp).toString().padStart(2, "0");
    return `${sign}${m}e${exp < 0 ? "-" : "+"}${e}`;
  }
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${"0".repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}
