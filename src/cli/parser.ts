// Parser plumbing and the commands both binaries share: `prefect-worker` (main.ts) and the `prefect`
// compatibility binary (prefect.ts) build their command trees from these, and main.ts mounts prefect.ts's
// tree under a leading `prefect` word, so neither entry module imports the other's runner.
import { text } from "node:stream/consumers";
import type { Argv } from "yargs";
import { version } from "../version.ts";
import { flagInput, startOptions } from "./start-command.ts";
import { startWorker } from "./start.ts";
import { defaultBaseJobTemplate, inspectWorkPool, updateWorkPool, type CommandOutcome } from "./work-pool.ts";

export interface CliIo {
  stdin: () => Promise<string>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** In-process runs of `start` (tests) stop the worker with this instead of a signal. */
  stopSignal?: AbortSignal;
}

export interface CommandState {
  exitCode: number;
  /** The chosen command's work, run only once parsing (strict: unknown flags fail) has succeeded. */
  action?: () => Promise<void> | void;
}

export function report(io: CliIo, state: CommandState, outcome: CommandOutcome): void {
  io.stdout(outcome.stdout);
  io.stderr(outcome.stderr);
  state.exitCode = outcome.code;
}

/** `start` — shared by `prefect-worker start` and `prefect worker start`. */
export function startCommand<T>(parser: Argv<T>, io: CliIo, state: CommandState): Argv<T> {
  return parser.command(
    "start",
    "start a Kubernetes worker polling a work pool",
    (y) => startOptions(y),
    (argv) => {
      state.action = async () => {
        state.exitCode = await startWorker(flagInput(argv as Record<string, unknown>), {
          env: io.env,
          stderr: io.stderr,
          ...(io.stopSignal ? { stopSignal: io.stopSignal, installSignalHandlers: false } : {}),
        });
      };
    },
  );
}

/** `work-pool inspect | update | get-default-base-job-template`. */
export function workPoolCommands<T>(parser: Argv<T>, io: CliIo, state: CommandState): Argv<T> {
  return parser.command("work-pool", "inspect or update a work pool", (y) =>
    y
      .command(
        "inspect <name>",
        "print a work pool as JSON",
        (c) =>
          c.positional("name", { type: "string", demandOption: true }).option("output", {
            alias: "o",
            type: "string",
            choices: ["json"],
            description: "output format",
          }),
        (argv) => {
          state.action = async () => report(io, state, await inspectWorkPool(String(argv.name), io.env));
        },
      )
      .command(
        "update <name>",
        "update a work pool's base job template",
        (c) =>
          c.positional("name", { type: "string", demandOption: true }).option("base-job-template", {
            type: "string",
            description: "JSON file with the base job template",
          }),
        (argv) => {
          state.action = async () =>
            report(io, state, await updateWorkPool(String(argv.name), argv["base-job-template"], io.env));
        },
      )
      .command(
        "get-default-base-job-template",
        "print the default base job template of a worker type",
        (c) =>
          c.option("type", { alias: "t", type: "string", demandOption: true, description: "worker type" }),
        (argv) => {
          state.action = () => report(io, state, defaultBaseJobTemplate(argv.type));
        },
      )
      .demandCommand(1, "a work-pool command is required"),
  );
}

/** Parses and runs; shared by both binaries. */
export async function runParser(
  build: (state: CommandState) => Argv,
  argv: string[],
  io: CliIo,
  scriptName: string,
): Promise<number> {
  const state: CommandState = { exitCode: 0 };
  const parser = build(state)
    .scriptName(scriptName)
    .version(version)
    .strict()
    .exitProcess(false)
    .fail((message, err) => {
      if (err) throw err;
      io.stderr(`${message}\n\nRun ${scriptName} --help for usage.\n`);
      state.exitCode = 2;
    });
  let output = "";
  await parser.parseAsync(argv, {}, (_err, _argv, text) => {
    output = text;
  });
  if (output) (state.exitCode === 0 ? io.stdout : io.stderr)(`${output}\n`);
  if (state.exitCode === 0 && state.action) await state.action();
  return state.exitCode;
}

export function processIo(): CliIo {
  return {
    stdin: () => text(process.stdin),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
  };
}
