#!/usr/bin/env node
// The `prefect` compatibility binary: the subset of Prefect's CLI a Kubernetes worker deployment uses —
// `prefect worker start …` (same flags) and `prefect work-pool inspect | update |
// get-default-base-job-template` — so images, charts and scripts written for the Python worker run as is.
import yargs from "yargs";
import { processIo, runParser, startCommand, workPoolCommands, type CliIo } from "./main.ts";

export async function runPrefectCli(argv: string[], io: CliIo): Promise<number> {
  return runParser(
    (state) => {
      let parser = yargs(argv).demandCommand(1, "a command is required");
      parser = parser.command("worker", "start a worker", (y) =>
        startCommand(y, io, state).demandCommand(1, "a worker command is required"),
      );
      return workPoolCommands(parser, io, state);
    },
    argv,
    io,
    "prefect",
  );
}

if (import.meta.main) {
  process.exitCode = await runPrefectCli(process.argv.slice(2), processIo());
}
