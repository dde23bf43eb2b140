// Expected values from Python's shlex.split (posix=True).
import assert from "node:assert/strict";
import { test } from "node:test";
import { ShlexError, shlexSplit } from "../../src/templating/shlex.ts";

test("splits like shlex.split", () => {
  assert.deepEqual(shlexSplit("prefect flow-run execute"), ["prefect", "flow-run", "execute"]);
  assert.deepEqual(shlexSplit(`python -c "print('hi there')" --flag='a b' plain\\ arg`), [
    "python",
    "-c",
    "print('hi there')",
    "--flag=a b",
    "plain arg",
  ]);
  assert.deepEqual(shlexSplit(`a "b\\"c" 'd\\e'`), ["a", 'b"c', "d\\e"]);
  assert.deepEqual(shlexSplit("  spaced\ttabs\n  "), ["spaced", "tabs"]);
  assert.deepEqual(shlexSplit(""), []);
  assert.deepEqual(shlexSplit("''"), [""]);
});

test("raises Python's messages on unbalanced input", () => {
  assert.throws(() => shlexSplit('echo "oops'), new ShlexError("No closing quotation"));
  assert.throws(() => shlexSplit("echo \\"), new ShlexError("No escaped character"));
  assert.throws(() => shlexSplit("it's"), new ShlexError("No closing quotation"));
});
