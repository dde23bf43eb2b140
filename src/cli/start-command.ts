// The flags of `prefect worker start`, declared once for `prefect-worker start` and `prefect worker start`.
// Values stay strings here: the settings schema parses and checks them, naming the flag on error.
import type { Argv } from "yargs";
import type { FlagInput } from "../config/settings.ts";
import { FLAGS } from "../config/flags.ts";

export function startOptions<T>(yargs: Argv<T>) {
  return yargs
    .option("pool", { alias: "p", type: "string", description: FLAGS.pool.description })
    .option("work-queue", {
      alias: "q",
      type: "string",
      array: true,
      description: FLAGS.workQueues.description,
    })
    .option("name", { alias: "n", type: "string", description: FLAGS.name.description })
    .option("type", { alias: "t", type: "string", description: FLAGS.type.description })
    .option("prefetch-seconds", { type: "string", description: FLAGS.prefetchSeconds.description })
    .option("limit", { alias: "l", type: "string", description: FLAGS.limit.description })
    .option("run-once", { type: "boolean", description: FLAGS.runOnce.description })
    .option("with-healthcheck", { type: "boolean", description: FLAGS.withHealthcheck.description })
    .option("install-policy", { type: "string", description: FLAGS.installPolicy.description })
    .option("base-job-template", { type: "string", description: FLAGS.baseJobTemplatePath.description })
    .option("create-pool-if-not-found", {
      type: "boolean",
      description: `${FLAGS.createPoolIfNotFound.description} (--no-create-pool-if-not-found to never create it)`,
    })
    .epilogue(
      "Settings come from the environment under the reference's names (PREFECT_API_URL, PREFECT_API_KEY, " +
        "PREFECT_WORKER_*, PREFECT_INTEGRATIONS_KUBERNETES_*); see README.md.",
    );
}

type Parsed = Record<string, unknown>;

/** yargs' parsed flags → the settings' flag input (only flags the user gave). */
export function flagInput(argv: Parsed): FlagInput {
  const input: FlagInput = {};
  const pick = (option: string, key: keyof typeof FLAGS) => {
    if (argv[option] !== undefined) input[key] = argv[option];
  };
  pick("pool", "pool");
  pick("work-queue", "workQueues");
  pick("name", "name");
  pick("type", "type");
  pick("prefetch-seconds", "prefetchSeconds");
  pick("limit", "limit");
  pick("run-once", "runOnce");
  pick("with-healthcheck", "withHealthcheck");
  pick("install-policy", "installPolicy");
  pick("base-job-template", "baseJobTemplatePath");
  pick("create-pool-if-not-found", "createPoolIfNotFound");
  return input;
}
