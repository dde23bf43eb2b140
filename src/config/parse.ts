// Environment and flag strings parsed the way pydantic parses them. A string that does not parse is
// returned unchanged so the schema reports it with the type it should have had.

export type ParseKind =
  "string" | "bool" | "number" | "int" | "string-list" | "json-object" | "label-filters" | "status-codes";

const TRUE_STRINGS = new Set(["1", "on", "t", "true", "y", "yes"]);
const FALSE_STRINGS = new Set(["0", "off", "f", "false", "n", "no"]);

// Decimal literals only, as pydantic reads them: JavaScript's Number() would also take "0x10", "0b11" and
// (for an int) "1e3", which pydantic refuses; pydantic takes "1_000", which Number() refuses. "inf" and
// "nan", which pydantic takes for a float, are refused on purpose: no interval or timeout can be infinite.
const DIGITS = String.raw`\d(?:_?\d)*`;
const INTEGER = new RegExp(String.raw`^[+-]?${DIGITS}(?:\.0*)?$`);
const FLOAT = new RegExp(
  String.raw`^[+-]?(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?$`,
);

function parseNumber(raw: string, integer: boolean): unknown {
  const text = raw.trim();
  // pydantic accepts "3.0" for an int but not "3.5".
  if (!(integer ? INTEGER : FLOAT).test(text)) return raw;
  const n = Number(text.replaceAll("_", ""));
  if (!Number.isFinite(n)) return raw;
  return n;
}

function splitList(raw: string): string[] {
  return raw
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

export function parseRaw(kind: ParseKind, raw: string): unknown {
  switch (kind) {
    case "string":
      return raw;
    case "bool": {
      const text = raw.trim().toLowerCase();
      if (TRUE_STRINGS.has(text)) return true;
      if (FALSE_STRINGS.has(text)) return false;
      return raw;
    }
    case "number":
      return parseNumber(raw, false);
    case "int":
      return parseNumber(raw, true);
    case "string-list":
      return splitList(raw);
    case "status-codes": {
      if (raw.trim() === "") return [];
      const codes = splitList(raw.replace(/^\s*[[{]|[\]}]\s*$/g, "")).map((item) => parseNumber(item, true));
      return codes;
    }
    case "json-object": {
      if (raw.trim() === "") return {};
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return raw;
      }
    }
    case "label-filters": {
      if (raw.trim() === "") return {};
      const filters: Record<string, string> = {};
      for (const item of raw.split(",")) {
        const at = item.indexOf("=");
        // Not k=v: kept as the raw string so the schema names the variable.
        if (at < 0) return raw;
        filters[item.slice(0, at).trim()] = item.slice(at + 1).trim();
      }
      return filters;
    }
  }
}
