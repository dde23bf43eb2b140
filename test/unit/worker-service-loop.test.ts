import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { abortableSleep, clampedPoissonInterval, runServiceLoop } from "../../src/worker/service-loop.ts";
import { referencePython } from "../harness/reference-venv.ts";

class Transient extends Error {}

/**
 * Runs the loop over scripted workload outcomes ("ok", "fail" = transient, or an Error to throw as is) and
 * records every sleep; the loop is aborted from inside the sleep that follows the last outcome.
 */
async function drive(
  outcomes: ("ok" | "fail" | Error)[],
  options: { intervalSeconds?: number; consecutive?: number; maxBackoffFactor?: number } = {},
) {
  const controller = new AbortController();
  const sleeps: number[] = [];
  const failures: number[] = [];
  const recoveries: number[] = [];
  let calls = 0;
  const done = runServiceLoop({
    name: "test",
    intervalSeconds: options.intervalSeconds ?? 10,
    ...(options.consecutive !== undefined ? { consecutive: options.consecutive } : {}),
    ...(options.maxBackoffFactor !== undefined ? { maxBackoffFactor: options.maxBackoffFactor } : {}),
    signal: controller.signal,
    isTransient: (error) => error instanceof Transient,
    workload: async () => {
      const outcome = outcomes[calls++];
      if (outcome === "fail") throw new Transient("API down");
      if (outcome instanceof Error) throw outcome;
    },
    sleep: async (ms) => {
      sleeps.push(ms);
      if (calls >= outcomes.length) controller.abort();
    },
    onFailure: (_error, consecutive) => failures.push(consecutive),
    onRecovery: (before) => recoveries.push(before),
  });
  return { done, sleeps, failures, recoveries, calls: () => calls };
}

test("transient failures keep the loop going; every 3 in a row double the interval, up to the cap", async () => {
  const run = await drive(Array<"fail">(12).fill("fail"));
  await run.done;
  assert.equal(run.calls(), 12);
  // Failures 1-2 at the base interval, 3-5 doubled, 6-8 ×4, then ×8 (the default cap) from the 9th on.
  assert.deepEqual(
    run.sleeps,
    [10, 10, 20, 20, 20, 40, 40, 40, 80, 80, 80, 80].map((s) => s * 1000),
  );
  assert.deepEqual(run.failures, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
});

test("the backoff step and cap are configurable", async () => {
  const run = await drive(Array<"fail">(6).fill("fail"), {
    intervalSeconds: 1,
    consecutive: 2,
    maxBackoffFactor: 4,
  });
  await run.done;
  assert.deepEqual(run.sleeps, [1000, 2000, 2000, 4000, 4000, 4000]);
});

test("a success resets the backoff and reports the recovery", async () => {
  const run = await drive(["fail", "fail", "fail", "fail", "ok", "fail", "ok"]);
  await run.done;
  assert.deepEqual(
    run.sleeps,
    [10, 10, 20, 20, 10, 10, 10].map((s) => s * 1000),
  );
  assert.deepEqual(run.failures, [1, 2, 3, 4, 1]);
  assert.deepEqual(run.recoveries, [4, 1]);
});

test("a non-transient error ends the loop with that error", async () => {
  const fatal = new Error("401 Unauthorized");
  const run = await drive(["ok", "fail", fatal, "ok"]);
  await assert.rejects(run.done, (error) => error === fatal);
  assert.equal(run.calls(), 3);
  assert.equal(run.sleeps.length, 2);
});

test("an abort during the workload ends the loop without sleeping or reporting the error", async () => {
  const controller = new AbortController();
  let sleeps = 0;
  let failures = 0;
  await runServiceLoop({
    name: "test",
    intervalSeconds: 10,
    signal: controller.signal,
    // Even an error that would end the loop is the shutdown's doing once the signal has fired.
    isTransient: () => false,
    workload: async () => {
      controller.abort();
      throw new Error("request aborted");
    },
    sleep: async () => {
      sleeps += 1;
    },
    onFailure: () => (failures += 1),
  });
  assert.equal(sleeps, 0);
  assert.equal(failures, 0);
});

test("an abort during the sleep ends the loop promptly with the real sleep", async () => {
  const controller = new AbortController();
  let calls = 0;
  const done = runServiceLoop({
    name: "test",
    // An hour: the test only finishes if the abort cuts the sleep short.
    intervalSeconds: 3600,
    signal: controller.signal,
    isTransient: () => true,
    workload: async () => {
      calls += 1;
      queueMicrotask(() => controller.abort());
    },
    sleep: abortableSleep,
  });
  await done;
  assert.equal(calls, 1);
});

test("an already aborted signal runs nothing", async () => {
  let calls = 0;
  await runServiceLoop({
    name: "test",
    intervalSeconds: 1,
    signal: AbortSignal.abort(),
    isTransient: () => true,
    workload: async () => {
      calls += 1;
    },
    sleep: async () => {},
  });
  assert.equal(calls, 0);
});

test("with a jitter range the sleep is the clamped Poisson draw of the backed-off interval", async () => {
  const controller = new AbortController();
  const sleeps: number[] = [];
  let calls = 0;
  const random = () => 0.5;
  await runServiceLoop({
    name: "test",
    intervalSeconds: 10,
    jitterRange: 0.3,
    random,
    signal: controller.signal,
    isTransient: () => true,
    workload: async () => {
      calls += 1;
      if (calls <= 3) throw new Error("down");
    },
    sleep: async (ms) => {
      sleeps.push(ms);
      if (calls === 4) controller.abort();
    },
  });
  const at = (interval: number) => clampedPoissonInterval(interval, 0.3, random) * 1000;
  assert.deepEqual(sleeps, [at(10), at(10), at(20), at(10)]);
  assert.notEqual(sleeps[0], 10_000);
});

test("abortableSleep resolves at once for an aborted signal and removes its listener", async () => {
  await abortableSleep(3_600_000, AbortSignal.abort());
  const controller = new AbortController();
  let added = 0;
  let removed = 0;
  const signal = controller.signal;
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = ((...args: Parameters<typeof add>) => {
    added += 1;
    add(...args);
  }) as typeof signal.addEventListener;
  signal.removeEventListener = ((...args: Parameters<typeof remove>) => {
    removed += 1;
    remove(...args);
  }) as typeof signal.removeEventListener;
  // A zero-length sleep ends by its timer; a listener left behind would pile up on a long-lived signal.
  await abortableSleep(0, signal);
  assert.equal(added, 1);
  assert.equal(removed, 1);
});

test("clampedPoissonInterval stays within the reference's bounds", () => {
  for (const [average, factor] of [
    [10, 0.3],
    [30, 0.3],
    [5, 1],
    [1, 0.01],
    [120, 49],
    [60, 60],
  ] as const) {
    const upper = average * (1 + factor);
    const k = 1 + factor;
    const lower = k >= 50 ? 0 : average * Math.log2(2 ** k / (2 ** k - 1));
    for (const u of [0, 1e-9, 0.1, 0.5, 0.9, 1 - 1e-9, 1]) {
      const value = clampedPoissonInterval(average, factor, () => u);
      assert.ok(value >= lower - 1e-9 && value <= upper + 1e-9, `${average}/${factor}/${u}: ${value}`);
    }
    assert.ok(Math.abs(clampedPoissonInterval(average, factor, () => 0) - lower) < 1e-9);
    // Beyond ~23 × the average the reference's log(max(1 - u, 1e-10)) stops short of the upper bound.
    if (k < 20) assert.ok(Math.abs(clampedPoissonInterval(average, factor, () => 1) - upper) < 1e-9);
  }
  assert.equal(
    clampedPoissonInterval(0, 0.3, () => 0.5),
    0,
  );
  assert.equal(
    clampedPoissonInterval(-1, 0.3, () => 0.5),
    0,
  );
});

test("clampedPoissonInterval without a clamping factor is the interval itself", () => {
  // Divergence: the reference raises for a factor <= 0; the loop only passes one when jitter is wanted.
  assert.equal(
    clampedPoissonInterval(10, 0, () => 0.9),
    10,
  );
});

let python: string | undefined;
let noPython = "";
try {
  python = referencePython();
} catch (error) {
  noPython = `no reference Python venv to compute expected intervals with: ${(error as Error).message}`;
}

test(
  "clampedPoissonInterval equals prefect.utilities.math for fixed uniforms",
  { skip: noPython || false },
  () => {
    const cases: [number, number, number][] = [];
    for (const [average, factor] of [
      [10, 0.3],
      [30, 0.3],
      [120, 0.3],
      [5, 2],
      [60, 49],
      [60, 55],
    ])
      for (const u of [0, 0.123, 0.5, 0.987, 1]) cases.push([average!, factor!, u]);
    // random.uniform(a, b) is a + (b - a) * random(); replacing it fixes the draw at the fraction u.
    const code = [
      "import json, random, sys",
      "import prefect.utilities.math as m",
      "out = []",
      "for average, factor, u in json.loads(sys.argv[1]):",
      "    random.uniform = lambda a, b, u=u: a + (b - a) * u",
      "    out.append(m.clamped_poisson_interval(average, factor))",
      "print(json.dumps(out))",
    ].join("\n");
    const expected = JSON.parse(
      execFileSync(python!, ["-c", code, JSON.stringify(cases)], { encoding: "utf8" }).trim(),
    ) as number[];
    cases.forEach(([average, factor, u], i) => {
      const ours = clampedPoissonInterval(average, factor, () => u);
      const theirs = expected[i]!;
      // Python computes 1/average then multiplies, and log(x, 2) instead of log2: the last bits may differ.
      assert.ok(
        Math.abs(ours - theirs) <= 1e-12 * Math.max(1, theirs),
        `${average}/${factor}/${u}: ${ours} vs ${theirs}`,
      );
    });
  },
);
