// `prefect-worker sync-base-job-template` against a scripted loopback server: file checks before any
// request, one-line errors with exit 1 for everything but a missing pool, no secrets in the output, and
// the comparison that decides between "up to date" and a PATCH. The real server's answers are covered by
// test/integration/cli-sync-base-job-template.test.ts.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { runCli } from "../../src/cli/main.ts";
import { sameJson } from "../../src/cli/sync-base-job-template.ts";
import { PyFloat, parsePythonJson } from "../../src/templating/index.ts";
import { FakePrefectHttp, type FakeReply, type FakeRequest } from "../harness/fake-prefect-http.ts";

const SECRET = "pnu_SYNCSECRET";
let dir = "";
let api: FakePrefectHttp;
let answer: (request: FakeRequest) => FakeReply = () => ({ status: 500 });

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "cli-sync-"));
  api = await FakePrefectHttp.start((request) => answer(request));
});

after(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function sync(template: string, env: NodeJS.ProcessEnv = { PREFECT_API_URL: `${api.origin}/api` }) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(
    ["sync-base-job-template", "--pool", "my-pool", "--base-job-template", template],
    {
      stdin: async () => "",
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      env: { PREFECT_CLIENT_MAX_RETRIES: "0", ...env },
    },
  );
  return { code, stdout, stderr };
}

/** A loopback port nothing listens on (fetch refuses some low ports outright, so not port 1). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const TEMPLATE =
  '{"variables": {"properties": {"x": {"default": 1.0}}}, "job_configuration": {"x": "{{ x }}"}}';

describe("the template file is checked before any request (exit 2)", () => {
  const cases: [string, () => string, (path: string) => string][] = [
    [
      "a missing file",
      () => join(dir, "missing.json"),
      (p) => `--base-job-template: cannot read '${p}': ENOENT`,
    ],
    [
      "an array",
      () => file("array.json", "[]"),
      (p) => `--base-job-template: '${p}' must hold a JSON object`,
    ],
    [
      "no variables",
      () => file("no-variables.json", '{"job_configuration": {}}'),
      (p) => `--base-job-template: '${p}' has no 'variables'`,
    ],
    [
      "job_configuration a string",
      () => file("string-jc.json", '{"job_configuration": "x", "variables": {}}'),
      (p) => `--base-job-template: '${p}': 'job_configuration' must be a JSON object, not a string`,
    ],
    [
      "variables null",
      () => file("null-variables.json", '{"job_configuration": {}, "variables": null}'),
      (p) => `--base-job-template: '${p}': 'variables' must be a JSON object, not null`,
    ],
  ];
  for (const [name, path, message] of cases) {
    test(name, async () => {
      const before = api.requests.length;
      const p = path();
      const { code, stdout, stderr } = await sync(p);
      assert.equal(code, 2);
      assert.equal(stdout, "");
      assert.equal(stderr, `Error: ${message(p)}\n`);
      assert.equal(api.requests.length, before);
    });
  }

  test("not JSON", async () => {
    const p = file("not-json.json", "{ nope");
    const { code, stderr } = await sync(p);
    assert.equal(code, 2);
    assert.match(stderr, new RegExp(`^Error: --base-job-template: '${p}' is not JSON: .+\\n$`));
  });
});

describe("settings and server failures exit 1 with one line", () => {
  test("no PREFECT_API_URL", async () => {
    const { code, stdout, stderr } = await sync(file("t1.json", TEMPLATE), {});
    assert.equal(code, 1);
    assert.equal(stdout, "");
    assert.equal(stderr, "Error: invalid configuration: PREFECT_API_URL must be set to start a Worker.\n");
  });

  test("a PREFECT_API_URL that is not a URL, with an API key that is not echoed", async () => {
    const { code, stderr } = await sync(file("t2.json", TEMPLATE), {
      PREFECT_API_URL: "localhost:4200",
      PREFECT_API_KEY: SECRET,
    });
    assert.equal(code, 1);
    assert.match(stderr, /^Error: invalid configuration: PREFECT_API_URL: must match pattern .*\n$/);
    assert.ok(!stderr.includes(SECRET));
  });

  test("403: names the status and the credential variables, sends the key, never prints it", async () => {
    answer = () => ({ status: 403, body: { detail: "Forbidden" } });
    const before = api.requests.length;
    const { code, stdout, stderr } = await sync(file("t3.json", TEMPLATE), {
      PREFECT_API_URL: `${api.origin}/api`,
      PREFECT_API_KEY: SECRET,
    });
    assert.equal(code, 1);
    assert.equal(stdout, "");
    assert.equal(
      stderr,
      "Error: cannot read work pool 'my-pool': GET /work_pools/{name} → 403 Forbidden: Forbidden " +
        "(check PREFECT_API_KEY or PREFECT_API_AUTH_STRING)\n",
    );
    assert.equal(api.requests[before]?.headers.authorization, `Bearer ${SECRET}`);
  });

  test("500 (retries off here): exit 1, not taken for a missing pool", async () => {
    answer = () => ({ status: 500, body: { detail: "boom" } });
    const { code, stderr } = await sync(file("t4.json", TEMPLATE));
    assert.equal(code, 1);
    assert.equal(
      stderr,
      "Error: cannot read work pool 'my-pool': GET /work_pools/{name} → 500 Internal Server Error: boom\n",
    );
  });

  test("a refused connection names the API URL", async () => {
    const url = `http://127.0.0.1:${await closedPort()}/api`;
    const { code, stderr } = await sync(file("t5.json", TEMPLATE), { PREFECT_API_URL: url });
    assert.equal(code, 1);
    assert.match(
      stderr,
      /^Error: cannot read work pool 'my-pool': GET \/work_pools\/\{name\} failed: .*ECONNREFUSED/,
    );
    assert.ok(stderr.endsWith(` (PREFECT_API_URL ${url})\n`), stderr);
  });

  test("credentials in PREFECT_API_URL never show, even where fetch quotes the URL", async () => {
    const { code, stderr } = await sync(file("t6.json", TEMPLATE), {
      PREFECT_API_URL: "http://user:pa55word@127.0.0.1:1/api",
    });
    assert.equal(code, 1);
    assert.match(
      stderr,
      /^Error: cannot read work pool 'my-pool': .*\(PREFECT_API_URL http:\/\/127\.0\.0\.1:1\/api\)\n$/,
    );
    assert.ok(!stderr.includes("pa55word"), stderr);
  });
});

describe("an existing pool", () => {
  test("with the same template in another key order is up to date: no PATCH", async () => {
    const stored = parsePythonJson(
      '{"job_configuration": {"x": "{{ x }}"}, "variables": {"properties": {"x": {"default": 1.0}}}}',
    );
    answer = () => ({
      status: 200,
      body: { name: "my-pool", type: "kubernetes", base_job_template: stored },
    });
    const before = api.requests.length;
    const { code, stdout, stderr } = await sync(file("same.json", TEMPLATE));
    assert.equal(code, 0, stderr);
    assert.equal(stdout, "Base job template of work pool 'my-pool' is up to date\n");
    assert.deepEqual(
      api.requests.slice(before).map((r) => r.method),
      ["GET"],
    );
  });

  test("with another template is PATCHed with the file's values, floats kept as floats", async () => {
    answer = (request) =>
      request.method === "GET"
        ? { status: 200, body: { name: "my-pool", type: "kubernetes", base_job_template: {} } }
        : { status: 204 };
    const before = api.requests.length;
    const { code, stdout } = await sync(file("changed.json", TEMPLATE));
    assert.equal(code, 0);
    assert.equal(stdout, "Updated base job template of work pool 'my-pool'\n");
    const patch = api.requests.slice(before).find((r) => r.method === "PATCH");
    assert.equal(patch?.url, "/api/work_pools/my-pool");
    assert.match(patch!.body, /"default":1\.0/);
    assert.ok(
      sameJson(
        (parsePythonJson(patch!.body) as { base_job_template: unknown }).base_job_template,
        parsePythonJson(TEMPLATE),
      ),
    );
  });

  test("an empty object is a template, as the server's validator has it: PATCHed as {}", async () => {
    answer = (request) =>
      request.method === "GET"
        ? {
            status: 200,
            body: { name: "my-pool", type: "kubernetes", base_job_template: parsePythonJson(TEMPLATE) },
          }
        : { status: 204 };
    const before = api.requests.length;
    const { code, stdout, stderr } = await sync(file("empty.json", "{}"));
    assert.equal(code, 0, stderr);
    assert.equal(stdout, "Updated base job template of work pool 'my-pool'\n");
    const patch = api.requests.slice(before).find((r) => r.method === "PATCH");
    assert.deepEqual(JSON.parse(patch!.body), { base_job_template: {} });
  });

  test("a 422 on the PATCH is exit 1 and says what the server checks", async () => {
    answer = (request) =>
      request.method === "GET"
        ? { status: 200, body: { name: "my-pool", type: "kubernetes", base_job_template: {} } }
        : { status: 422, body: { exception_message: "Invalid request received." } };
    const p = file("refused.json", TEMPLATE);
    const { code, stderr } = await sync(p);
    assert.equal(code, 1);
    assert.equal(
      stderr,
      "Error: cannot update the base job template of work pool 'my-pool': PATCH /work_pools/{name} → 422 " +
        `Unprocessable Entity: Invalid request received. (the server refused '${p}': every {{ placeholder }} ` +
        "in job_configuration must be declared under variables.properties, and neither section may be empty)\n",
    );
  });
});

test("missing flags are usage errors (exit 2)", async () => {
  let stderr = "";
  const code = await runCli(["sync-base-job-template", "--pool", "p"], {
    stdin: async () => "",
    stdout: () => {},
    stderr: (t) => (stderr += t),
    env: {},
  });
  assert.equal(code, 2);
  assert.match(stderr, /Missing required argument: base-job-template/);
});

test("sameJson: key order is free; types, lengths and float-ness are not", () => {
  assert.ok(sameJson({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 }));
  assert.ok(sameJson(new PyFloat(1), new PyFloat(1)));
  assert.ok(sameJson(2n ** 64n, 2n ** 64n));
  assert.ok(!sameJson(new PyFloat(1), 1));
  assert.ok(!sameJson({ a: 1 }, { a: 1, b: 2 }));
  assert.ok(!sameJson({ a: 1, b: undefined }, { a: 1, c: undefined }));
  assert.ok(!sameJson([1, 2], [2, 1]));
  assert.ok(!sameJson([], {}));
  assert.ok(!sameJson("1", 1));
  assert.ok(!sameJson(null, {}));
});
