import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { runCli, type CliIo } from "../../src/cli/main.ts";
import { runPrefectCli } from "../../src/cli/prefect.ts";

const packageVersion = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;
const fixtureText = readFileSync(
  new URL("../fixtures/kubernetes-default-base-job-template.json", import.meta.url),
  "utf8",
);

// A loopback "Prefect API" that must never be called: settings are refused before any request.
let api: Server;
let apiUrl = "";
const requests: string[] = [];
const stopWorker = new AbortController();
let dir = "";

before(async () => {
  api = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    // Should a bad configuration get through, end the worker it started instead of hanging the suite: a
    // 401 is not retried, and the stop signal covers the case where it would be.
    stopWorker.abort();
    res.writeHead(401, { "content-type": "application/json" });
    res.end(JSON.stringify({ detail: "Unauthorized" }));
  });
  await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}/api`;
  dir = mkdtempSync(join(tmpdir(), "cli-start-"));
});

after(async () => {
  api.closeAllConnections();
  await new Promise((resolve) => api.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

type Runner = (argv: string[], io: CliIo) => Promise<number>;

const BINARIES: [string, Runner, string[]][] = [
  ["prefect-worker start", runCli, ["start"]],
  ["prefect worker start", runPrefectCli, ["worker", "start"]],
];

async function run(runner: Runner, argv: string[], env: NodeJS.ProcessEnv) {
  let stdout = "";
  let stderr = "";
  const code = await runner(argv, {
    stdin: async () => "",
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env,
    stopSignal: stopWorker.signal,
  });
  return { code, stdout, stderr };
}

function invalid(...problems: string[]): string {
  return `Error: invalid configuration\n${problems.map((p) => `  - ${p}`).join("\n")}\n`;
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

interface BadStart {
  name: string;
  argv: string[];
  env?: NodeJS.ProcessEnv;
  /** Without PREFECT_API_URL pointing at the loopback API. */
  noApi?: boolean;
  stderr: () => string;
}

const BAD_STARTS: BadStart[] = [
  {
    name: "no --pool",
    argv: [],
    stderr: () => invalid("Missing required option '--pool' / '-p'."),
  },
  {
    name: "no PREFECT_API_URL",
    argv: ["--pool", "p"],
    noApi: true,
    stderr: () => invalid("PREFECT_API_URL must be set to start a Worker."),
  },
  {
    name: "a PREFECT_API_URL that is not a URL",
    argv: ["-p", "p"],
    noApi: true,
    env: { PREFECT_API_URL: "localhost:4200" },
    stderr: () =>
      invalid(
        'PREFECT_API_URL: must match pattern "^https?://" (got "localhost:4200"); expects an http(s) URL',
      ),
  },
  {
    name: "--type docker",
    argv: ["-p", "p", "-t", "docker"],
    stderr: () =>
      invalid(
        '--type: must be one of kubernetes (got "docker"); this worker only runs Kubernetes work pools',
      ),
  },
  {
    name: "--name with '/'",
    argv: ["-p", "p", "-n", "a/b"],
    stderr: () =>
      invalid(`--name: must match pattern "^[^/%]*$" (got "a/b"); a worker name cannot contain '/' or '%'`),
  },
  {
    name: "--limit 0 and --prefetch-seconds x together",
    argv: ["-p", "p", "--limit", "0", "--prefetch-seconds", "x"],
    // In the schema's order (flags first, as declared), not the command line's.
    stderr: () => invalid('--prefetch-seconds: must be number (got "x")', "--limit: must be >= 1 (got 0)"),
  },
  {
    name: "--install-policy bogus",
    argv: ["-p", "p", "--install-policy", "bogus"],
    stderr: () =>
      invalid('--install-policy: must be one of always, if-not-present, never, prompt (got "bogus")'),
  },
  {
    name: "a bad variable, with secrets set that must not be echoed",
    argv: ["-p", "p"],
    env: {
      PREFECT_WORKER_QUERY_SECONDS: "0",
      PREFECT_API_KEY: "pnu_CLISECRET",
      PREFECT_CLIENT_CUSTOM_HEADERS: '{"X-Token": 42, "X-Other": "CLISECRET"}',
    },
    stderr: () =>
      invalid(
        "PREFECT_CLIENT_CUSTOM_HEADERS at X-Token: must be string; " +
          'expects a JSON object of strings, e.g. {"X-Custom": "value"}',
        "PREFECT_WORKER_QUERY_SECONDS: must be > 0 (got 0)",
      ),
  },
  {
    name: "--base-job-template naming a missing file",
    argv: ["-p", "p", "--base-job-template", "/nonexistent/template.json"],
    stderr: () => invalid("--base-job-template: cannot read '/nonexistent/template.json': ENOENT"),
  },
  {
    name: "--base-job-template that is not JSON",
    argv: ["-p", "p", "--base-job-template", "<not-json>"],
    stderr: () => "",
  },
  {
    name: "--base-job-template without job_configuration",
    argv: ["-p", "p", "--base-job-template", "<no-job-configuration>"],
    stderr: () => invalid(`--base-job-template: '${join(dir, "no-jc.json")}' has no 'job_configuration'`),
  },
  {
    name: "--base-job-template problems listed with the others",
    argv: ["--base-job-template", "/nonexistent/template.json"],
    stderr: () =>
      invalid(
        "Missing required option '--pool' / '-p'.",
        "--base-job-template: cannot read '/nonexistent/template.json': ENOENT",
      ),
  },
];

for (const [binary, runner, prefix] of BINARIES) {
  for (const bad of BAD_STARTS) {
    test(`${binary}: ${bad.name} exits 2 before any request`, async () => {
      const argv = bad.argv.map((arg) =>
        arg === "<not-json>"
          ? file("not-json.json", "{ nope")
          : arg === "<no-job-configuration>"
            ? file("no-jc.json", JSON.stringify({ variables: {} }))
            : arg,
      );
      const before = requests.length;
      const env = { ...(bad.noApi ? {} : { PREFECT_API_URL: apiUrl }), ...bad.env };
      const { code, stdout, stderr } = await run(runner, [...prefix, ...argv], env);
      assert.equal(code, 2, stderr);
      assert.equal(stdout, "");
      if (bad.argv.includes("<not-json>")) {
        assert.match(
          stderr,
          new RegExp(
            `^Error: invalid configuration\\n  - --base-job-template: '${join(dir, "not-json.json")}' is not JSON: .+\\n$`,
          ),
        );
      } else {
        assert.equal(stderr, bad.stderr());
      }
      assert.ok(!stderr.includes("CLISECRET"), stderr);
      assert.equal(requests.length, before, `requests made: ${requests.slice(before).join(", ")}`);
    });
  }

  test(`${binary} --help lists every flag`, async () => {
    const { code, stdout } = await run(runner, [...prefix, "--help"], {});
    assert.equal(code, 0);
    for (const [short, long] of [
      ["-p", "--pool"],
      ["-q", "--work-queue"],
      ["-n", "--name"],
      ["-t", "--type"],
      ["-l", "--limit"],
    ]) {
      assert.match(stdout, new RegExp(`^\\s+${short}, ${long}\\s`, "m"), `${short}, ${long}`);
    }
    for (const long of [
      "--prefetch-seconds",
      "--run-once",
      "--with-healthcheck",
      "--install-policy",
      "--base-job-template",
      "--create-pool-if-not-found",
    ]) {
      assert.match(stdout, new RegExp(`^\\s+${long}\\s`, "m"), long);
    }
  });

  test(`${binary}: an unknown flag is refused by name`, async () => {
    const { code, stderr } = await run(runner, [...prefix, "--pool", "p", "--frobnicate"], {});
    assert.equal(code, 2);
    assert.match(stderr, /Unknown argument: frobnicate/);
  });

  test(`${binary}: an unknown flag stops the command before the worker starts`, async () => {
    // No PREFECT_API_URL: if the handler ran it would get as far as the settings check.
    const { stderr } = await run(runner, [...prefix, "--pool", "p", "--frobnicate"], {});
    assert.doesNotMatch(stderr, /invalid configuration/);
  });
}

test("--version of both binaries prints package.json's version", async () => {
  for (const runner of [runCli, runPrefectCli]) {
    const { code, stdout } = await run(runner, ["--version"], {});
    assert.equal(code, 0);
    assert.equal(stdout, `${packageVersion}\n`);
  }
});

for (const [binary, runner] of [
  ["prefect-worker", runCli],
  ["prefect", runPrefectCli],
] as const) {
  test(`${binary} work-pool get-default-base-job-template --type kubernetes prints the default template`, async () => {
    const { code, stdout, stderr } = await run(
      runner,
      ["work-pool", "get-default-base-job-template", "--type", "kubernetes"],
      {},
    );
    assert.equal(code, 0, stderr);
    assert.deepEqual(JSON.parse(stdout), JSON.parse(fixtureText));
    // The reference prints json.dumps(template, indent=2): the same bytes for this ASCII document.
    assert.equal(stdout, `${JSON.stringify(JSON.parse(fixtureText), null, 2)}\n`);
    assert.match(stdout, /^\{\n {2}"job_configuration": \{\n {4}"/);
  });

  test(`${binary} work-pool get-default-base-job-template --type docker exits 1`, async () => {
    const { code, stdout, stderr } = await run(
      runner,
      ["work-pool", "get-default-base-job-template", "-t", "docker"],
      {},
    );
    assert.equal(code, 1);
    assert.equal(stdout, "");
    assert.equal(stderr, "Unknown work pool type 'docker'. Please choose from kubernetes.\n");
  });
}
