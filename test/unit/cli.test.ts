import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { runCli } from "../../src/cli/main.ts";

const packageVersion = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  }
).version;

function capture(argv: string[]): { code: number; output: string } {
  let output = "";
  const code = runCli(argv, (text) => (output += text));
  return { code, output };
}

test("--version prints package.json's version", () => {
  assert.deepEqual(capture(["--version"]), { code: 0, output: `${packageVersion}\n` });
});

test("--help prints usage and succeeds", () => {
  const { code, output } = capture(["--help"]);
  assert.equal(code, 0);
  assert.match(output, /^prefect-worker .*\n\nUsage: prefect-worker <command>/);
});

test("an unknown command is an error that names it", () => {
  const { code, output } = capture(["frobnicate"]);
  assert.equal(code, 2);
  assert.match(output, /^unknown command: frobnicate/);
});
