// The README's settings table and flag list are the user's reference: every setting and flag the schema
// knows must be documented there.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { FLAGS } from "../../src/config/flags.ts";
import { SETTINGS } from "../../src/config/definitions.ts";
import { repoRoot } from "../harness/paths.ts";

const readme = readFileSync(join(repoRoot, "README.md"), "utf8");

test("every environment variable the worker reads is in the README's settings table", () => {
  const missing = Object.values(SETTINGS)
    .flatMap((def) => def.env)
    .filter((name) => !readme.includes(`\`${name}\``));
  assert.deepEqual(missing, []);
});

test("every start flag is in the README", () => {
  const missing = Object.values(FLAGS)
    .map((def) => def.flag)
    .filter((flag) => !readme.includes(`\`${flag}`));
  assert.deepEqual(missing, []);
});
