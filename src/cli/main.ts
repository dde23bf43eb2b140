#!/usr/bin/env node
// Entry point of the `prefect-worker` CLI: `start` (the worker), `render` (preview a run's Job) and the
// work-pool helpers. The `prefect` compatibility binary (prefect.ts) maps `prefect worker start` etc. here.
import { text } from "node:stream/consumers";
import yargs, { type Argv } from "yargs";
import { version } from "../version.ts";
import { render } from "./render.ts";
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

interface CommandState {
  exitCode: number;
  /** The chosen command's work, run only once parsing (strict: unknown flags fail) has succeeded. */
  action?: () => Promise<void> | void;
}

function report(io: CliIo, state: CommandState, outcome: CommandOutcome): void {
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
      return workPoolCommands(parser, io, state);
    },
    argv,
    io,
    "prefect-worker",
  );
}

export function processIo(): CliIo {
  return {
    stdin: () => text(process.stdin),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
  };
}

if (import.meta.main) {
  process.exitCode = await runCli(process.argv.slice(2), processIo());
}
