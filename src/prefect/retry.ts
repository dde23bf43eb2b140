// Retry timing as prefect.client.base computes it: `Retry-After` (seconds or HTTP date) when the server
// sends one, else 2**attempt seconds; then Poisson jitter from prefect.utilities.math, which never waits
// less than a server-requested delay and keeps the average of the exponential one.

export type Random = () => number;

/** Seconds to wait for a `Retry-After` value; undefined when it cannot be interpreted. */
export function parseRetryAfter(value: string, nowMs: number = Date.now()): number | undefined {
  const trimmed = value.trim();
  let seconds: number;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) {
    seconds = Number(trimmed);
  } else {
    const at = Date.parse(trimmed);
    if (Number.isNaN(at)) return undefined;
    seconds = (at - nowMs) / 1000;
  }
  if (!Number.isFinite(seconds)) return undefined;
  return Math.max(0, seconds);
}

function uniform(random: Random, lower: number, upper: number): number {
  return lower + (upper - lower) * random();
}

function poissonInterval(average: number, lower: number, upper: number, random: Random): number {
  return -Math.log(Math.max(1 - uniform(random, lower, upper), 1e-10)) * average;
}

function exponentialCdf(x: number, average: number): number {
  return 1 - Math.exp(-x / average);
}

function lowerClampMultiple(k: number): number {
  if (k >= 50) return 0;
  return Math.log2(Math.max(2 ** k / (2 ** k - 1), 1e-10));
}

/** An interval around `average`, at most average × (1 + factor), whose mean stays about `average`. */
export function clampedPoissonInterval(average: number, factor: number, random: Random): number {
  if (average <= 0) return 0;
  const upperBound = average * (1 + factor);
  const lowerBound = Math.max(0, average * lowerClampMultiple(1 + factor));
  return poissonInterval(
    average,
    exponentialCdf(lowerBound, average),
    exponentialCdf(upperBound, average),
    random,
  );
}

/** An interval within [lower, upper]. */
export function boundedPoissonInterval(lower: number, upper: number, random: Random): number {
  const average = (lower + upper) / 2;
  return poissonInterval(average, exponentialCdf(lower, average), exponentialCdf(upper, average), random);
}

export interface RetryDelayInput {
  /** Attempts made so far (1 after the first). */
  attempt: number;
  /** Seconds from a parsed `Retry-After`, if any. */
  retryAfter: number | undefined;
  jitterFactor: number;
  random: Random;
}

export function retryDelaySeconds({ attempt, retryAfter, jitterFactor, random }: RetryDelayInput): number {
  const base = retryAfter ?? 2 ** attempt;
  if (base <= 0 || jitterFactor <= 0) return base;
  return retryAfter !== undefined
    ? boundedPoissonInterval(base, base * (1 + jitterFactor), random)
    : clampedPoissonInterval(base, jitterFactor, random);
}
