#!/usr/bin/env node
// Entry point of the `prefect-worker` CLI. The worker commands arrive with the worker-core issue; until
// then the CLI answers --version and --help so the image and the local kubelet's image map have a target.
import { version } from "../version.ts";

const usage = `prefect-worker ${version}

Usage: prefect-worker <command> [options]

Options:
  --version  print the version
  --help     show this help
`;

export function runCli(argv: string[], out: (text: string) => void): number {
  if (argv.includes("--version")) {
    out(`${version}\n`);
    return 0;
  }
  if (argv.length === 0 || argv.includes("--help")) {
    out(usage);
    return argv.length === 0 ? 1 : 0;
  }
  out(`unknown command: ${argv[0]}\n\n${usage}`);
  return 2;
}

if (import.meta.main) {
  process.exitCode = runCli(process.argv.slice(2), (text) => process.stdout.write(text));
}
