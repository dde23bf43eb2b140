#!/usr/bin/env node
// Entry point of the `prefect-worker` CLI. The worker commands (`start`, the `prefect` compatibility
// surface) arrive with the worker-core issue.
import { text } from "node:stream/consumers";
import yargs from "yargs";
import { version } from "../version.ts";
import { render } from "./render.ts";

export interface CliIo {
  stdin: () => Promise<string>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const parser = yargs(argv)
    .scriptName("prefect-worker")
    .version(version)
    .strict()
    .demandCommand(1, "a command is required")
    .command(
      "render",
      "print the Job manifest the worker would create, from a JSON document on stdin: " +
        '{"base_job_template", "work_pool"?, "deployment"?, "flow"?, "flow_run", "worker_name"?, "env"?}',
      () => {},
      async () => {
        const outcome = await render(await io.stdin(), io.env);
        io.stdout(outcome.stdout);
        io.stderr(outcome.stderr);
        exitCode = outcome.code;
      },
    )
    .exitProcess(false)
    .fail((message, err) => {
      if (err) throw err;
      io.stderr(`${message}\n\nRun prefect-worker --help for usage.\n`);
      exitCode = 2;
    });
  let output = "";
  await parser.parseAsync(argv, {}, (_err, _argv, text) => {
    output = text;
  });
  if (output) (exitCode === 0 ? io.stdout : io.stderr)(`${output}\n`);
  return exitCode;
}

if (import.meta.main) {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdin: () => text(process.stdin),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
  });
}
