// `npm run bench` flags. --quick sets small numbers everywhere (a smoke test well under two minutes);
// any flag given explicitly wins over both the defaults and --quick.
import { parseArgs } from "node:util";
import type { LoopSettings, WorkerKind } from "./workers.ts";

export interface Options {
  quick: boolean;
  runs: number;
  /** The short burst (the project once saw 30 runs take 52.8 s); 0 skips it. */
  tailRuns: number;
  kinds: WorkerKind[];
  /** Idle RSS is sampled this long after the first poll. */
  idleSeconds: number;
  settleSeconds: number;
  createConcurrency: number;
  gated: boolean;
  burstTimeoutSeconds: number;
  loops: LoopSettings;
  /** Run the throughput floor (scripts/bench/floor-submit.ts). */
  floor: boolean;
  /** Live Jobs (Pending pods that never run) per worker for the observer phase; 0 skips it and the soak. */
  liveJobs: number;
  liveConcurrency: number;
  liveTimeoutSeconds: number;
  soakMinutes: number;
  soakIntervalSeconds: number;
  /** 0: no crash-latency phase. */
  crashRuns: number;
  onlyCrash: boolean;
  crashConcurrency: number;
  crashTimeoutSeconds: number;
}

const USAGE = `usage: npm run bench -- [flags]
  --quick                     small numbers everywhere (10 runs, 20 live Jobs, idle 5 s, soak 0.5 min,
                              5 crash runs): a smoke test
  --only ts|python            one worker (the floors still run)
  --runs N                    the burst: N due runs -> every run has its Job (default 500)
  --tail-runs N               the short burst, timed per run (default 30; 0 skips it)
  --no-gated                  create the runs while the worker polls (default: the queue is paused while
                              they are created and the clock starts when it resumes)
  --concurrency N             run creation requests in flight (default 10)
  --idle-seconds S            idle RSS this long after the first poll (default 60)
  --settle-seconds S          RSS this long after a burst (default 10)
  --burst-timeout-seconds S   (default 900)
  --query-seconds S --heartbeat-seconds S --prefetch-seconds S   the workers' loops (2, 2, 10)
  --no-floor                  skip the throughput floor (scripts/bench/floor-submit.ts)
  --live-jobs N               live Jobs whose pods stay Pending, per worker, for the observer's RSS
                              (default 1000; 0 skips this and the soak)
  --live-concurrency N        run creation requests in flight for them (default 5)
  --live-timeout-seconds S    (default 1800)
  --soak-minutes M            RSS sampled every --soak-interval-seconds (10) for M minutes (default 10)
  --crash-runs N              crash-detection latency over N runs per worker (default 50; 0 skips it)
  --only-crash                only the crash-detection latency
  --crash-concurrency N --crash-timeout-seconds S                (5, 60)
`;

export function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    allowNegative: true,
    options: {
      quick: { type: "boolean", default: false },
      runs: { type: "string" },
      "tail-runs": { type: "string" },
      only: { type: "string" },
      "idle-seconds": { type: "string" },
      "settle-seconds": { type: "string" },
      concurrency: { type: "string", default: "10" },
      "burst-timeout-seconds": { type: "string", default: "900" },
      "query-seconds": { type: "string", default: "2" },
      "heartbeat-seconds": { type: "string", default: "2" },
      "prefetch-seconds": { type: "string", default: "10" },
      gated: { type: "boolean", default: true },
      floor: { type: "boolean", default: true },
      "live-jobs": { type: "string" },
      "live-concurrency": { type: "string", default: "5" },
      "live-timeout-seconds": { type: "string", default: "1800" },
      "soak-minutes": { type: "string" },
      "soak-interval-seconds": { type: "string", default: "10" },
      "crash-runs": { type: "string" },
      "only-crash": { type: "boolean", default: false },
      "crash-concurrency": { type: "string", default: "5" },
      "crash-timeout-seconds": { type: "string", default: "60" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const quick = values.quick;
  const pick = (raw: string | undefined, normal: number, small: number): string =>
    raw ?? String(quick ? small : normal);
  const number = (name: string, raw: string, { integer = false, zero = false } = {}): number => {
    const value = Number(raw);
    if (
      !Number.isFinite(value) ||
      value < 0 ||
      (value === 0 && !zero) ||
      (integer && !Number.isInteger(value))
    ) {
      throw new Error(
        `--${name} must be a ${zero ? "non-negative" : "positive"} ${integer ? "integer" : "number"}, got ${raw}`,
      );
    }
    return value;
  };
  if (values.only !== undefined && values.only !== "ts" && values.only !== "python") {
    throw new Error(`--only must be ts or python, got ${values.only}`);
  }
  const crashRuns = number("crash-runs", pick(values["crash-runs"], 50, 5), { integer: true, zero: true });
  if (values["only-crash"] && crashRuns === 0) throw new Error("--only-crash needs --crash-runs above 0");
  return {
    quick,
    runs: number("runs", pick(values.runs, 500, 10), { integer: true }),
    tailRuns: number("tail-runs", pick(values["tail-runs"], 30, 5), { integer: true, zero: true }),
    kinds: values.only ? [values.only as WorkerKind] : ["ts", "python"],
    idleSeconds: number("idle-seconds", pick(values["idle-seconds"], 60, 5)),
    settleSeconds: number("settle-seconds", pick(values["settle-seconds"], 10, 2)),
    createConcurrency: number("concurrency", values.concurrency, { integer: true }),
    gated: values.gated,
    burstTimeoutSeconds: number("burst-timeout-seconds", values["burst-timeout-seconds"]),
    loops: {
      querySeconds: number("query-seconds", values["query-seconds"]),
      heartbeatSeconds: number("heartbeat-seconds", values["heartbeat-seconds"]),
      prefetchSeconds: number("prefetch-seconds", values["prefetch-seconds"]),
    },
    floor: values.floor,
    liveJobs: number("live-jobs", pick(values["live-jobs"], 1000, 20), { integer: true, zero: true }),
    liveConcurrency: number("live-concurrency", values["live-concurrency"], { integer: true }),
    liveTimeoutSeconds: number("live-timeout-seconds", values["live-timeout-seconds"]),
    soakMinutes: number("soak-minutes", pick(values["soak-minutes"], 10, 0.5), { zero: true }),
    soakIntervalSeconds: number("soak-interval-seconds", values["soak-interval-seconds"]),
    crashRuns,
    onlyCrash: values["only-crash"],
    crashConcurrency: number("crash-concurrency", values["crash-concurrency"], { integer: true }),
    crashTimeoutSeconds: number("crash-timeout-seconds", values["crash-timeout-seconds"]),
  };
}
