// Just enough of resource.Quantity for the downward API: a quantity string to a plain number of base
// units (cores, bytes).

const binary: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};
const decimal: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  "": 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

export function parseQuantity(text: string): number {
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))([eE][+-]?\d+|[KMGTPE]i|[numkMGTPE])?$/.exec(text.trim());
  if (!m) throw new Error(`invalid quantity ${JSON.stringify(text)}`);
  const value = Number(m[1]);
  const suffix = m[2] ?? "";
  if (/^[eE]/.test(suffix)) return value * 10 ** Number(suffix.slice(1));
  const factor = binary[suffix] ?? decimal[suffix];
  if (factor === undefined) throw new Error(`invalid quantity suffix in ${JSON.stringify(text)}`);
  return value * factor;
}

/**
 * The kubelet's rendering of a resource for env and downwardAPI: ceil(value / divisor), computed in
 * millicores for cpu so "250m" with divisor "1m" gives 250, not a float.
 */
export function renderResource(resource: string, value: string, divisor: string | undefined): string {
  const v = parseQuantity(value);
  const d = parseQuantity(divisor && divisor !== "" ? divisor : "1");
  if (d <= 0) throw new Error(`invalid divisor ${JSON.stringify(divisor)}`);
  if (resource.endsWith("cpu")) {
    return String(Math.ceil(Math.round(v * 1000) / Math.round(d * 1000)));
  }
  return String(Math.ceil(v / d));
}
