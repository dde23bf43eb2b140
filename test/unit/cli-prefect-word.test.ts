// `prefect-worker prefect …` must behave as `prefect …`: the chart keeps our image's ENTRYPOINT and passes
// the official argv `[prefect, worker, start, …]` as args. Each case runs both and compares exit code and
// output; only the program name in usage lines may differ.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { runCli, type CliIo } from "../../src/cli/main.ts";
import { runPrefectCli } from "../../src/cli/prefect.ts";
import { FakePrefectHttp } from "../harness/fake-prefect-http.ts";

type Runner = (argv: string[], io: CliIo) => Promise<number>;

let dir = "";
// Answers 401 to everything: a worker that gets this far fails at its first call, without retries.
let api: FakePrefectHttp;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "cli-prefect-word-"));
  api = await FakePrefectHttp.start(() => ({ status: 401, body: { detail: "Unauthorized" } }));
});

after(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(runner: Runner, argv: string[], env: NodeJS.ProcessEnv) {
  let stdout = "";
  let stderr = "";
  const code = await runner(argv, {
    stdin: async () => "",
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env,
    stopSignal: AbortSignal.timeout(60_000),
  });
  return { code, stdout, stderr };
}

/** Usage lines name the program: `prefect-worker prefect worker start` vs `prefect worker start`. */
const asPrefect = (text: string) =>
  text
    .replaceAll("prefect-worker prefect", "prefect")
    .replaceAll("Run prefect-worker --help", "Run prefect --help");

// The official chart's default argv after `prefect` (contract: args[4]/[6] are the type and the pool).
const officialStart = (template: string) => [
  "worker",
  "start",
  "--type",
  "kubernetes",
  "--pool",
  "my-pool",
  "--install-policy",
  "prompt",
  "--with-healthcheck",
  "--name",
  "my-worker",
  "--base-job-template",
  template,
];

const CASES: { name: string; argv: () => string[]; env?: () => NodeJS.ProcessEnv; code: number }[] = [
  { name: "worker start without --pool", argv: () => ["worker", "start"], code: 2 },
  {
    name: "the official argv with a template file that does not exist",
    argv: () => officialStart(join(dir, "missing.json")),
    env: () => ({ PREFECT_API_URL: `${api.origin}/api` }),
    code: 2,
  },
  { name: "an unknown flag", argv: () => ["worker", "start", "--pool", "p", "--frobnicate"], code: 2 },
  { name: "worker without a subcommand", argv: () => ["worker"], code: 2 },
  { name: "no command at all", argv: () => [], code: 2 },
  { name: "worker start --help", argv: () => ["worker", "start", "--help"], code: 0 },
  { name: "--version", argv: () => ["--version"], code: 0 },
  {
    name: "work-pool get-default-base-job-template --type kubernetes",
    argv: () => ["work-pool", "get-default-base-job-template", "--type", "kubernetes"],
    code: 0,
  },
  {
    name: "work-pool get-default-base-job-template -t docker",
    argv: () => ["work-pool", "get-default-base-job-template", "-t", "docker"],
    code: 1,
  },
  { name: "work-pool inspect without PREFECT_API_URL", argv: () => ["work-pool", "inspect", "p"], code: 2 },
  {
    name: "work-pool inspect against a server that answers 401",
    argv: () => ["work-pool", "inspect", "p"],
    env: () => ({ PREFECT_API_URL: `${api.origin}/api`, PREFECT_CLIENT_MAX_RETRIES: "0" }),
    code: 1,
  },
];

for (const c of CASES) {
  test(`prefect-worker prefect ${c.name} = prefect ${c.name}`, async () => {
    const env = c.env?.() ?? {};
    const official = await run(runPrefectCli, c.argv(), env);
    const ours = await run(runCli, ["prefect", ...c.argv()], env);
    assert.equal(official.code, c.code, official.stderr);
    assert.equal(ours.code, official.code, ours.stderr);
    assert.equal(asPrefect(ours.stdout), official.stdout);
    assert.equal(asPrefect(ours.stderr), official.stderr);
  });
}

test("the official start argv reaches the worker, which stops at the server's 401 (exit 1)", async () => {
  const template = join(dir, "template.json");
  writeFileSync(template, JSON.stringify({ job_configuration: {}, variables: {} }));
  const env = {
    PREFECT_API_URL: `${api.origin}/api`,
    // The health server never starts (setup fails first); a free port anyway, should that change.
    PREFECT_WORKER_WEBSERVER_PORT: "0",
    PREFECT_LOGGING_LEVEL: "CRITICAL",
  };
  const before = api.requests.length;
  const { code } = await run(runCli, ["prefect", ...officialStart(template)], env);
  assert.equal(code, 1);
  assert.ok(
    api.requests.slice(before).some((r) => r.url === "/api/work_pools/my-pool"),
    "the worker asked for its pool",
  );
});

test("prefect-worker --help lists the prefect command, and its help lists prefect's commands", async () => {
  const { code, stdout } = await run(runCli, ["--help"], {});
  assert.equal(code, 0);
  assert.match(stdout, /^ {2}prefect-worker prefect\s/m);
  // The nested help has a description line the top-level `prefect --help` has not; the commands match.
  const commands = (text: string) => text.split("\n").filter((line) => /^ {2}prefect /.test(line));
  const ours = await run(runCli, ["prefect", "--help"], {});
  const official = await run(runPrefectCli, ["--help"], {});
  assert.equal(ours.code, 0);
  assert.deepEqual(commands(asPrefect(ours.stdout)), commands(official.stdout));
  assert.equal(commands(official.stdout).length, 2, official.stdout);
});

test("as a process, `prefect-worker prefect worker start --help` prints the start flags", () => {
  const out = execFileSync(
    process.execPath,
    [new URL("../../src/cli/main.ts", import.meta.url).pathname, "prefect", "worker", "start", "--help"],
    { encoding: "utf8" },
  );
  assert.match(out, /^prefect-worker prefect worker start\n/);
  assert.match(out, /--base-job-template/);
});
