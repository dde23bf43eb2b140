// `npm test`: every suite, in order, against a local stack it brings up (and takes down again if it
// started it). Exits non-zero when any step fails; ends with one "N passed, N failed" line over all suites.
//
//   npm test                                   everything
//   npm test -- unit integration               only these suites (typecheck lint unit image integration chart
//                                              e2e; integration, chart and e2e bring the image step, whose
//                                              image they run, and e2e the build step, whose bundle it runs)
//   npm test -- integration --test-name-pattern=Forbidden   extra flags go to `node --test`
//   npm test -- --keep-stack                   leave the stack running afterwards
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { repoRoot } from "../test/harness/paths.ts";

interface Step {
  name: string;
  needsStack: boolean;
  /** Test files, for node --test suites; undefined for command steps. */
  files?: () => string[];
  command?: string[];
  /** Steps that run first whenever this one is chosen. */
  needs?: string[];
  env?: Record<string, string>;
}

function testFiles(dir: string): string[] {
  const root = join(repoRoot, dir);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".test.ts"))
    .map((f) => relative(repoRoot, join(root, f)))
    .sort();
}

/** Worker pods must run as containers of the image the image step built (test/harness/run-mode.ts). */
const containerMode = { PREFECT_WORKER_IMAGE_MODE: "container" };

const steps: Step[] = [
  { name: "typecheck", needsStack: false, command: ["tsc", "-p", "tsconfig.json"] },
  {
    name: "lint",
    needsStack: false,
    command: ["sh", "-c", "eslint . && prettier --check . --log-level warn"],
  },
  { name: "unit", needsStack: false, files: () => testFiles("test/unit") },
  // The worker image (scripts/image/build.ts; cached by its inputs): the image tests run it, and the local
  // kubelet runs the chart's worker pods as containers of it.
  { name: "image", needsStack: false, command: ["node", "scripts/image/build.ts"] },
  {
    name: "integration",
    needsStack: true,
    files: () => testFiles("test/integration"),
    needs: ["image"],
    env: containerMode,
  },
  {
    name: "chart",
    needsStack: true,
    files: () => testFiles("test/chart"),
    needs: ["image"],
    env: containerMode,
  },
  // The e2e workers run the bundle the image ships (test/harness/worker-process.ts), built here first.
  { name: "build", needsStack: false, command: ["node", "scripts/build.ts"] },
  {
    name: "e2e",
    needsStack: true,
    files: () => testFiles("test/e2e"),
    needs: ["build", "image"],
    env: { PREFECT_WORKER_UNDER_TEST: "dist", ...containerMode },
  },
];

interface Outcome {
  code: number;
  passed: number;
  failed: number;
}

function run(command: string[], env: Record<string, string> = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let tail = "";
    child.stdout.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-2000);
    });
    child.on("close", (code, signal) => {
      // node --test's closing summary ("ℹ pass 3", "ℹ fail 0") counts the tests of this suite.
      const count = (label: string) => Number(new RegExp(`^ℹ ${label} (\\d+)$`, "m").exec(tail)?.[1] ?? 0);
      resolve({ code: code ?? (signal ? 1 : 0), passed: count("pass"), failed: count("fail") });
    });
  });
}

async function main(argv: string[]): Promise<number> {
  const keepStack = argv.includes("--keep-stack");
  const chosen = argv.filter((a) => steps.some((s) => s.name === a));
  const nodeTestFlags = argv.filter((a) => a.startsWith("--") && a !== "--keep-stack");
  const wanted = new Set(
    chosen.flatMap((name) => [name, ...(steps.find((s) => s.name === name)?.needs ?? [])]),
  );
  const selected = steps.filter((s) => chosen.length === 0 || wanted.has(s.name));

  const stack = ["node", "test/harness/stack/cli.ts"];
  const stackWasUp = (await run([...stack, "status"])).code === 0;
  let stackStarted = false;
  const results: { step: string; outcome: Outcome; seconds: number }[] = [];
  try {
    for (const step of selected) {
      const files = step.files?.();
      if (files && files.length === 0) continue;
      if (step.needsStack && !stackWasUp && !stackStarted) {
        const started = Date.now();
        process.stderr.write("\n== stack up\n");
        const up = await run([...stack, "up"]);
        results.push({ step: "stack up", outcome: up, seconds: (Date.now() - started) / 1000 });
        if (up.code !== 0) break;
        stackStarted = true;
      }
      process.stderr.write(`\n== ${step.name}\n`);
      const started = Date.now();
      const command = files
        ? [
            "node",
            "--test",
            "--test-reporter=spec",
            // One file at a time: the suites share one stack on a 2-core machine.
            "--test-concurrency=1",
            "--test-timeout=600000",
            ...nodeTestFlags,
            ...files,
          ]
        : step.command!;
      const outcome = await run(command, step.env);
      results.push({ step: step.name, outcome, seconds: (Date.now() - started) / 1000 });
    }
  } finally {
    if (stackStarted && !keepStack) {
      process.stderr.write("\n== stack down\n");
      const down = await run([...stack, "down"]);
      results.push({ step: "stack down", outcome: down, seconds: 0 });
    }
  }

  process.stdout.write("\n== summary\n");
  for (const { step, outcome, seconds } of results) {
    const counts =
      outcome.passed + outcome.failed > 0 ? ` (${outcome.passed} passed, ${outcome.failed} failed)` : "";
    process.stdout.write(`${outcome.code === 0 ? "ok  " : "FAIL"} ${step}${counts} ${seconds.toFixed(1)}s\n`);
  }
  const passed = results.reduce((n, r) => n + r.outcome.passed, 0);
  const failedTests = results.reduce((n, r) => n + r.outcome.failed, 0);
  // A failed step that reports no test counts (typecheck, lint, stack up, a crashed runner) counts as one.
  const failedSteps = results.filter((r) => r.outcome.code !== 0 && r.outcome.failed === 0).length;
  process.stdout.write(`tests: ${passed} passed, ${failedTests + failedSteps} failed\n`);
  return failedTests + failedSteps > 0 || results.some((r) => r.outcome.code !== 0) ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
