// A periodic workload that survives outages. The reference's critical_service_loop exits the worker after
// about twelve consecutive transient failures; ours keeps going with a capped backoff instead (a worker
// that exits during an API outage only gets restarted into the same outage), and still stops at once on
// an error that retrying cannot fix.

export interface ServiceLoopOptions {
  name: string;
  intervalSeconds: number;
  workload: () => Promise<void>;
  /** Errors for which the loop keeps going (transport errors, HTTP ≥ 500). Others end the loop. */
  isTransient: (error: unknown) => boolean;
  /** ±fraction of the interval, drawn as the reference draws it (clamped Poisson). */
  jitterRange?: number;
  /** Consecutive failures before each doubling of the interval. */
  consecutive?: number;
  /** The interval never grows beyond this many times the base interval. */
  maxBackoffFactor?: number;
  signal: AbortSignal;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
  onFailure?: (error: unknown, consecutiveFailures: number) => void;
  onRecovery?: (failuresBefore: number) => void;
}

/** Runs until the signal aborts (resolves) or a non-transient error occurs (rejects with it). */
export async function runServiceLoop(options: ServiceLoopOptions): Promise<void> {
  const consecutive = options.consecutive ?? 3;
  const maxFactor = options.maxBackoffFactor ?? 8;
  const random = options.random ?? Math.random;
  let failures = 0;
  while (!options.signal.aborted) {
    try {
      await options.workload();
      if (failures > 0) options.onRecovery?.(failures);
      failures = 0;
    } catch (error) {
      if (options.signal.aborted) return;
      if (!options.isTransient(error)) throw error;
      failures += 1;
      options.onFailure?.(error, failures);
    }
    const factor = Math.min(maxFactor, 2 ** Math.floor(failures / consecutive));
    const interval = options.intervalSeconds * factor;
    const seconds =
      options.jitterRange === undefined
        ? interval
        : clampedPoissonInterval(interval, options.jitterRange, random);
    await options.sleep(seconds * 1000, options.signal);
  }
}

/**
 * prefect.utilities.math.clamped_poisson_interval: an exponential draw with mean `average` bounded above
 * by average·(1+c) and below by a multiple chosen so the median stays at the average.
 */
export function clampedPoissonInterval(
  average: number,
  clampingFactor: number,
  random: () => number,
): number {
  if (average <= 0) return 0;
  if (clampingFactor <= 0) return average;
  const upperMultiple = 1 + clampingFactor;
  const lowerMultiple =
    upperMultiple >= 50 ? 0 : Math.log2(Math.max(2 ** upperMultiple / (2 ** upperMultiple - 1), 1e-10));
  const cdf = (x: number) => 1 - Math.exp(-x / average);
  const lower = cdf(Math.max(0, average * lowerMultiple));
  const upper = cdf(average * upperMultiple);
  const u = lower + random() * (upper - lower);
  return -Math.log(Math.max(1 - u, 1e-10)) * average;
}

/** A sleep that ends early, without throwing, when the signal aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
