#!/usr/bin/env node
// The `prefect` compatibility binary: the subset of Prefect's CLI a Kubernetes worker deployment uses —
// `prefect worker start …` (same flags) and `prefect work-pool inspect | update |
// get-default-base-job-template` — so images, charts and scripts written for the Python worker run as is.
// `prefect-worker prefect …` runs the same command tree (main.ts mounts prefectCommands under `prefect`).
import yargs, { type Argv } from "yargs";
import {
  processIo,
  runParser,
  startCommand,
  workPoolCommands,
  type CliIo,
  type CommandState,
} from "./parser.ts";

/** `worker start` and `work-pool …`, as `prefect` has them. */
export function prefectCommands<T>(parser: Argv<T>, io: CliIo, state: CommandState): Argv<T> {
  const withWorker = parser.command("worker", "start a worker", (y) =>
    startCommand(y, io, state).demandCommand(1, "a worker command is required"),
  );
  return workPoolCommands(withWorker, io, state);
}

export async function runPrefectCli(argv: string[], io: CliIo): Promise<number> {
  return runParser(
    (state) => prefectCommands(yargs(argv).demandCommand(1, "a command is required"), io, state),
    argv,
    io,
    "prefect",
  );
}

if (import.meta.main) {
  process.exitCode = await runPrefectCli(process.argv.slice(2), processIo());
}
