// `prefect-worker sync-base-job-template` as the chart's init container runs it (a process, no shell)
// against real Prefect servers: the stack's, and one with an auth string for 401s. A missing pool is exit 0
// (and the worker then creates it from the same file, as the message says); everything else that goes
// wrong is exit 1 with one line.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { uniqueName } from "../harness/k8s.ts";
import { repoRoot } from "../harness/paths.ts";
import { startAuthPrefectServer, type AuthPrefectServer } from "../harness/prefect-auth-server.ts";
import { createPool, defaultBaseJobTemplate } from "../harness/prefect-fixtures.ts";
import { prefectApi } from "../harness/prefect.ts";
import { readStackEnv } from "../harness/stack/state.ts";
import { spawnWorker } from "../harness/worker-process.ts";

const AUTH_STRING = "admin:sync-s3cret";
let dir = "";
const pools: string[] = [];

before(() => {
  dir = mkdtempSync(join(tmpdir(), "cli-sync-it-"));
});

after(async () => {
  for (const pool of pools) {
    await prefectApi("DELETE", `/work_pools/${encodeURIComponent(pool)}`).catch(() => undefined);
  }
  rmSync(dir, { recursive: true, force: true });
});

function poolName(): string {
  const name = uniqueName("cli-sync");
  pools.push(name);
  return name;
}

function templateFile(name: string, template: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof template === "string" ? template : JSON.stringify(template, null, 2));
  return path;
}

/** The default template with one more variable whose defaults are floats (1.0 must stay a float). */
function changedTemplate(): Record<string, unknown> {
  const template = defaultBaseJobTemplate() as {
    job_configuration: Record<string, unknown>;
    variables: { properties: Record<string, unknown> };
  };
  template.variables.properties.ratio = { type: "number", default: 1.5 };
  template.job_configuration.labels = "{{ labels }}";
  return template;
}

function sync(pool: string, file: string, env: Record<string, string>) {
  const result = spawnSync(
    process.execPath,
    [
      join(repoRoot, "src/cli/main.ts"),
      "sync-base-job-template",
      "--pool",
      pool,
      "--base-job-template",
      file,
    ],
    // A clean environment, as in a pod: only what the chart's init container sets.
    { cwd: dir, env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: dir, ...env }, encoding: "utf8" },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function readPoolTemplate(pool: string): Promise<unknown> {
  return (await prefectApi<{ base_job_template: unknown }>("GET", `/work_pools/${encodeURIComponent(pool)}`))
    .base_job_template;
}

async function poolStatus(pool: string): Promise<number> {
  return (await fetch(`${readStackEnv().prefectApiUrl}/work_pools/${encodeURIComponent(pool)}`)).status;
}

describe("against the stack's Prefect server", () => {
  const env = () => ({ PREFECT_API_URL: readStackEnv().prefectApiUrl });

  test("a missing pool: exit 0, nothing created; the worker then creates it with the file's template", async () => {
    const pool = poolName();
    const file = templateFile("missing.json", changedTemplate());
    const { code, stdout, stderr } = sync(pool, file, env());
    assert.equal(code, 0, stderr);
    assert.equal(stderr, "");
    assert.match(stdout, new RegExp(`^Work pool '${pool}' does not exist yet; nothing to update\\. `));
    assert.match(stdout, /A worker started with --base-job-template creates the pool with that template/);
    assert.equal(await poolStatus(pool), 404);

    // What the message promises: the worker's first start creates the pool from the same file.
    const worker = spawnWorker({
      args: ["--pool", pool, "--base-job-template", file, "--run-once"],
      namespace: null,
    });
    assert.equal(await worker.exited, 0, worker.stderr());
    assert.deepEqual(await readPoolTemplate(pool), changedTemplate());
    // And the init container of the next rollout finds it up to date.
    assert.equal(sync(pool, file, env()).stdout, `Base job template of work pool '${pool}' is up to date\n`);
  });

  test("an existing pool: updated to the file, then up to date; floats stay floats", async () => {
    const pool = poolName();
    await createPool(pool);
    const file = templateFile(
      "changed.json",
      JSON.stringify(changedTemplate()).replace('"default":1.5', '"default":2.0'),
    );
    const first = sync(pool, file, env());
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout, `Updated base job template of work pool '${pool}'\n`);
    assert.equal(first.stderr, "");
    const raw = await (await fetch(`${readStackEnv().prefectApiUrl}/work_pools/${pool}`)).text();
    assert.match(raw, /"ratio":\{"type":"number","default":2\.0\}/);
    const expected = changedTemplate() as { variables: { properties: { ratio: { default: number } } } };
    expected.variables.properties.ratio.default = 2;
    assert.deepEqual(await readPoolTemplate(pool), expected);

    const second = sync(pool, file, env());
    assert.equal(second.code, 0, second.stderr);
    assert.equal(second.stdout, `Base job template of work pool '${pool}' is up to date\n`);
  });

  test("a template the server refuses (422): exit 1, one line, the pool unchanged", async () => {
    const pool = poolName();
    await createPool(pool);
    const bad = changedTemplate() as { job_configuration: Record<string, unknown> };
    bad.job_configuration.extra = "{{ undeclared_variable }}";
    const { code, stdout, stderr } = sync(pool, templateFile("refused.json", bad), env());
    assert.equal(code, 1);
    assert.equal(stdout, "");
    assert.match(
      stderr,
      new RegExp(
        `^Error: cannot update the base job template of work pool '${pool}': PATCH /work_pools/\\{name\\} → 422 `,
      ),
    );
    assert.equal(stderr.split("\n").length, 2, stderr);
    // The server's reason, from its exception_detail, not only "Invalid request received.".
    assert.match(stderr, /base_job_template: .*undeclared variable\(s\): undeclared_variable/);
    assert.deepEqual(await readPoolTemplate(pool), defaultBaseJobTemplate());
  });

  test("an unreachable API URL: exit 1 naming the URL, not 'pool missing'", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const url = `http://127.0.0.1:${port}/api`;
    const { code, stdout, stderr } = sync(poolName(), templateFile("unreachable.json", changedTemplate()), {
      PREFECT_API_URL: url,
    });
    assert.equal(code, 1);
    assert.equal(stdout, "");
    assert.match(
      stderr,
      /^Error: cannot read work pool '.*': GET \/work_pools\/\{name\} failed: .*ECONNREFUSED/,
    );
    assert.ok(stderr.endsWith(`(PREFECT_API_URL ${url})\n`), stderr);
  });

  test("no PREFECT_API_URL: exit 1 naming the variable", () => {
    const { code, stderr } = sync(poolName(), templateFile("no-url.json", changedTemplate()), {});
    assert.equal(code, 1);
    assert.equal(stderr, "Error: invalid configuration: PREFECT_API_URL must be set to start a Worker.\n");
  });

  test("a file that is not a base job template: exit 2 naming the file and the flag", () => {
    const file = templateFile("not-a-template.json", { job_configuration: {} });
    const { code, stderr } = sync(poolName(), file, env());
    assert.equal(code, 2);
    assert.equal(stderr, `Error: --base-job-template: '${file}' has no 'variables'\n`);
  });
});

describe("against a server with an auth string (and CSRF protection)", () => {
  let server: AuthPrefectServer | undefined;
  before(async () => {
    server = await startAuthPrefectServer({ authString: AUTH_STRING, csrf: true });
  });
  after(async () => {
    await server?.stop();
  });

  test("without or with a wrong auth string: 401, exit 1, the secret never printed", () => {
    const file = templateFile("auth.json", changedTemplate());
    for (const auth of [undefined, "admin:wr0ng-sync"]) {
      const { code, stdout, stderr } = sync("auth-pool", file, {
        PREFECT_API_URL: server!.apiUrl,
        ...(auth ? { PREFECT_API_AUTH_STRING: auth } : {}),
      });
      assert.equal(code, 1, stderr);
      assert.equal(stdout, "");
      assert.equal(
        stderr,
        "Error: cannot read work pool 'auth-pool': GET /work_pools/{name} → 401 Unauthorized: Unauthorized " +
          "(check PREFECT_API_KEY or PREFECT_API_AUTH_STRING)\n",
      );
      for (const secret of ["wr0ng-sync", "sync-s3cret"]) assert.ok(!stderr.includes(secret), stderr);
    }
  });

  test("with the auth string: missing pool exit 0; an existing pool is updated (PATCH with CSRF)", async () => {
    const file = templateFile("auth-ok.json", changedTemplate());
    const env = { PREFECT_API_URL: server!.apiUrl, PREFECT_API_AUTH_STRING: AUTH_STRING };
    const missing = sync("auth-pool", file, env);
    assert.equal(missing.code, 0, missing.stderr);
    assert.match(missing.stdout, /^Work pool 'auth-pool' does not exist yet/);

    const headers = {
      authorization: `Basic ${Buffer.from(AUTH_STRING).toString("base64")}`,
      "content-type": "application/json",
    };
    const token = (await (
      await fetch(`${server!.apiUrl}/csrf-token?client=cli-sync-test`, { headers })
    ).json()) as { token: string };
    const created = await fetch(`${server!.apiUrl}/work_pools/`, {
      method: "POST",
      headers: { ...headers, "prefect-csrf-token": token.token, "prefect-csrf-client": "cli-sync-test" },
      body: JSON.stringify({
        name: "auth-pool",
        type: "kubernetes",
        base_job_template: defaultBaseJobTemplate(),
      }),
    });
    assert.equal(created.status, 201, await created.text());

    const updated = sync("auth-pool", file, env);
    assert.equal(updated.code, 0, updated.stderr);
    assert.equal(updated.stdout, "Updated base job template of work pool 'auth-pool'\n");
    const pool = (await (await fetch(`${server!.apiUrl}/work_pools/auth-pool`, { headers })).json()) as {
      base_job_template: unknown;
    };
    assert.deepEqual(pool.base_job_template, changedTemplate());
  });
});
