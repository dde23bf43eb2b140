// `prefect work-pool update --base-job-template FILE` (the compatibility binary, as a process) against the
// stack's server: the file is read exactly as `start --base-job-template` reads it — Python's numbers kept
// (a 1.0 default stays a float on the server), the template's shape checked, problems naming the flag.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { uniqueName } from "../harness/k8s.ts";
import { repoRoot } from "../harness/paths.ts";
import { createPool, defaultBaseJobTemplate } from "../harness/prefect-fixtures.ts";
import { prefectApi } from "../harness/prefect.ts";
import { readStackEnv } from "../harness/stack/state.ts";

let dir = "";
const pools: string[] = [];

before(() => {
  dir = mkdtempSync(join(tmpdir(), "cli-work-pool-update-"));
});

after(async () => {
  for (const pool of pools) {
    await prefectApi("DELETE", `/work_pools/${encodeURIComponent(pool)}`).catch(() => undefined);
  }
  rmSync(dir, { recursive: true, force: true });
});

function update(pool: string, file: string) {
  const result = spawnSync(
    process.execPath,
    [join(repoRoot, "src/cli/prefect.ts"), "work-pool", "update", pool, "--base-job-template", file],
    {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        HOME: dir,
        PREFECT_API_URL: readStackEnv().prefectApiUrl,
      },
      encoding: "utf8",
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("a template file is sent with Python's numbers: a 1.0 default is still 1.0 on the server", async () => {
  const pool = uniqueName("cli-wp-update");
  pools.push(pool);
  await createPool(pool);
  // A number variable whose default is written 1.0: JSON.parse would make it 1.
  const template = JSON.stringify(defaultBaseJobTemplate()).replace(
    '"properties":{',
    '"properties":{"ratio":{"type":"number","default":1.0},',
  );
  assert.ok(template.includes('"default":1.0'));
  const file = join(dir, "float.json");
  writeFileSync(file, template);
  const result = update(pool, file);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout, `Updated work pool '${pool}'\n`);
  const raw = await fetch(`${readStackEnv().prefectApiUrl}/work_pools/${encodeURIComponent(pool)}`).then(
    (r) => r.text(),
  );
  assert.match(raw, /"ratio":\{"type":"number","default":1\.0\}/);
});

test("a file that is not a template is refused before any call, naming the flag and the file", () => {
  const cases: [string, string, RegExp][] = [
    ["list.json", "[]", /--base-job-template: '.*list\.json' must hold a JSON object/],
    [
      "no-vars.json",
      '{"job_configuration": {}}',
      /--base-job-template: '.*no-vars\.json' has no 'variables'/,
    ],
    ["broken.json", "{", /--base-job-template: '.*broken\.json' is not JSON/],
  ];
  for (const [name, text, message] of cases) {
    const file = join(dir, name);
    writeFileSync(file, text);
    const result = update("any-pool", file);
    assert.equal(result.code, 2, `${name}: ${result.stderr}`);
    assert.match(result.stderr, message);
    assert.doesNotMatch(result.stderr, /\n\s+at /, "no stack trace");
  }
  const missing = update("any-pool", join(dir, "missing.json"));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /--base-job-template: cannot read '.*missing\.json': ENOENT/);
});
