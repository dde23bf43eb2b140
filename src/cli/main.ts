#!/usr/bin/env node
// Entry point of the `prefect-worker` CLI (the image's ENTRYPOINT): `start` (the worker), `render`
// (preview a run's Job), `sync-base-job-template` (the chart's init container), the work-pool helpers, and
// `prefect …`: the `prefect` binary's commands behind a leading `prefect` word, so the official chart's
// argv `[prefect, worker, start, …]` runs as is when passed as args to this entrypoint.
import yargs from "yargs";
import { processIo, report, runParser, startCommand, workPoolCommands, type CliIo } from "./parser.ts";
import { prefectCommands } from "./prefect.ts";
import { render } from "./render.ts";
import { syncBaseJobTemplate } from "./sync-base-job-template.ts";

export type { CliIo } from "./parser.ts";

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  return runParser(
    (state) => {
      let parser = yargs(argv).demandCommand(1, "a command is required");
      parser = startCommand(parser, io, state);
      parser = parser.command(
        "render",
        "print the Job manifest the worker would create, from a JSON document on stdin: " +
          '{"base_job_template", "work_pool"?, "deployment"?, "flow"?, "flow_run", "worker_name"?, "env"?}',
        () => {},
        () => {
          state.action = async () => report(io, state, await render(await io.stdin(), io.env));
        },
      );
      parser = parser.command(
        "sync-base-job-template",
        "make an existing work pool's base job template equal to a file (a missing pool is left to the " +
          "worker, which creates it from --base-job-template)",
        (y) =>
          y
            .option("pool", { alias: "p", type: "string", demandOption: true, description: "work pool name" })
            .option("base-job-template", {
              type: "string",
              demandOption: true,
              description: "JSON file with the base job template",
            }),
        (args) => {
          state.action = async () =>
            report(io, state, await syncBaseJobTemplate(args.pool, args["base-job-template"], io.env));
        },
      );
      parser = workPoolCommands(parser, io, state);
      return parser.command(
        "prefect",
        "the `prefect` compatibility commands (`prefect worker start …`, `prefect work-pool …`)",
        (y) => prefectCommands(y, io, state).demandCommand(1, "a command is required"),
      );
    },
    argv,
    io,
    "prefect-worker",
  );
}

if (import.meta.main) {
  process.exitCode = await runCli(process.argv.slice(2), processIo());
}
