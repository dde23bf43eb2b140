// `npm run docs:chart`: regenerates charts/prefect-worker/README.md from README.md.gotmpl and the helm-docs
// annotations in values.yaml, with helm-docs v1.14.2 (the generator the official chart uses) built from its
// pinned wrapper module. `npm run docs:chart -- --check` writes nothing and exits 1 when the README is stale.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "../test/harness/paths.ts";

const execFileAsync = promisify(execFile);

export const chartDir = join(repoRoot, "charts/prefect-worker");
export const readmePath = join(chartDir, "README.md");

/**
 * The helm-docs binary: built (or found in the cache, keyed by the pin) by build-go-tools.sh, so the script
 * works with or without the local stack up.
 */
export async function helmDocsBinary(): Promise<string> {
  const { stdout } = await execFileAsync("bash", [
    join(repoRoot, "test/harness/tools/build-go-tools.sh"),
    "helm-docs",
  ]);
  const dir = /^helm-docs (\S+)$/m.exec(stdout)?.[1];
  if (!dir) throw new Error(`build-go-tools.sh did not report helm-docs:\n${stdout}`);
  return join(dir, "helm-docs");
}

/**
 * The README helm-docs renders for the chart, as text. helm-docs only logs a warning (and exits 0) when a
 * template or values.yaml does not parse, so anything it logs at warning level or above is a failure here.
 */
export async function renderChartReadme(helmDocs: string): Promise<string> {
  let stdout: string;
  let stderr: string;
  try {
    ({ stdout, stderr } = await execFileAsync(
      helmDocs,
      [
        "--chart-search-root",
        chartDir,
        "--template-files",
        "README.md.gotmpl",
        "--dry-run",
        "--log-level",
        "warning",
      ],
      { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 },
    ));
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`helm-docs failed: ${e.stderr || e.message}`, { cause: err });
  }
  if (stderr.trim()) throw new Error(`helm-docs reported problems:\n${stderr}`);
  if (!stdout.trim()) throw new Error("helm-docs rendered nothing (is README.md.gotmpl there?)");
  return stdout;
}

/** A unified diff of the committed README against the fresh one, for the --check hint (git is always there). */
async function readmeDiff(fresh: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "chart-readme-"));
  try {
    const freshFile = join(dir, "README.md");
    writeFileSync(freshFile, fresh);
    await execFileAsync("git", ["diff", "--no-index", "--no-color", readmePath, freshFile]);
    return "";
  } catch (err) {
    // git diff --no-index exits 1 when the files differ; the diff is on stdout.
    return ((err as { stdout?: string }).stdout ?? "").split("\n").slice(0, 60).join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes("--check");
  const fresh = await renderChartReadme(await helmDocsBinary());
  const committed = existsSync(readmePath) ? readFileSync(readmePath, "utf8") : undefined;
  const shown = relative(repoRoot, readmePath);
  if (check) {
    if (committed === fresh) {
      process.stdout.write(`${shown} is up to date\n`);
      return 0;
    }
    process.stderr.write(
      committed === undefined
        ? `${shown} is missing; run: npm run docs:chart\n`
        : `${shown} is stale (first lines of the diff, committed -> generated):\n${await readmeDiff(fresh)}\n` +
            "run: npm run docs:chart\n",
    );
    return 1;
  }
  if (committed === fresh) {
    process.stdout.write(`${shown} is already up to date\n`);
  } else {
    writeFileSync(readmePath, fresh);
    process.stdout.write(`${shown} regenerated\n`);
  }
  return 0;
}

if (import.meta.main) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
