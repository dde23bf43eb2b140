// Builds or installs what the stack runs: the Go tools (through build-go-tools.sh) and the Python venvs
// (pinned requirements under test/harness/python/). Everything lands in the cache, keyed by version or by
// the hash of the pins, so a fresh clone on the same machine reuses it and a new machine builds it.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cacheDir, repoRoot } from "../paths.ts";

export interface Tools {
  /** Absolute paths by tool name. */
  bins: Record<string, string>;
  /** Environment the chart tools need (HELM_PLUGINS, CT_CONFIG_DIR, PATH additions). */
  env: Record<string, string>;
  prefectVenv: string;
}

export interface RunOptions {
  env?: Record<string, string>;
  /** Also copy stdout's lines to stderr with the prefix, for commands that report progress on stdout. */
  echoStdout?: boolean;
  cwd?: string;
}

/** Runs a command, passing its stderr lines through with a prefix; resolves with its stdout. */
export function run(
  command: string,
  args: string[],
  prefix: string,
  options: RunOptions = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderrTail = "";
    const echo = (text: string): void => {
      for (const line of text.split("\n")) if (line.trim()) process.stderr.write(`${prefix}${line}\n`);
    };
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (options.echoStdout) echo(chunk.toString());
    });
    child.stderr.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      stderrTail = (stderrTail + text).slice(-4000);
      // Progress lines from the build and from pip go straight to the user.
      echo(text);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${command} ${args.join(" ")} exited ${code}\n${stderrTail}`));
    });
  });
}

async function ensureGoTools(): Promise<Record<string, string>> {
  const out = await run("bash", [join(repoRoot, "test/harness/tools/build-go-tools.sh")], "");
  const dirs: Record<string, string> = {};
  for (const line of out.trim().split("\n")) {
    const [tool, dir] = line.split(" ");
    if (tool && dir) dirs[tool] = dir;
  }
  return dirs;
}

/** A venv with exactly the pins in test/harness/python/<name>.txt, at $CACHE/venvs/<name>-<hash>. */
export async function ensureVenv(name: string): Promise<string> {
  const requirements = join(repoRoot, "test/harness/python", `${name}.txt`);
  const hash = createHash("sha256").update(readFileSync(requirements)).digest("hex").slice(0, 12);
  const venv = join(cacheDir, "venvs", `${name}-${hash}`);
  const stamp = join(venv, ".complete");
  if (existsSync(stamp)) return venv;
  // venv scripts hard-code the venv's path, so it is built in place; the stamp marks it complete.
  rmSync(venv, { recursive: true, force: true });
  mkdirSync(join(cacheDir, "venvs"), { recursive: true });
  process.stderr.write(`[venv] creating the ${name} venv from pinned requirements in ${venv}\n`);
  await run("python3", ["-m", "venv", venv], `[venv ${name}] `);
  await run(
    join(venv, "bin/pip"),
    ["install", "--disable-pip-version-check", "--progress-bar", "off", "-r", requirements],
    `[venv ${name}] `,
  );
  writeFileSync(stamp, `${hash}\n`);
  // Venvs for earlier pins are dead weight (~500 MB each).
  for (const entry of readdirSync(join(cacheDir, "venvs"))) {
    if (entry.startsWith(`${name}-`) && entry !== `${name}-${hash}`) {
      rmSync(join(cacheDir, "venvs", entry), { recursive: true, force: true });
    }
  }
  return venv;
}

export async function ensureTools(): Promise<Tools> {
  const [dirs, prefectVenv, chartLintVenv] = await Promise.all([
    ensureGoTools(),
    ensureVenv("prefect"),
    ensureVenv("chart-lint"),
  ]);
  const dir = (tool: string): string => {
    const d = dirs[tool];
    if (!d) throw new Error(`build-go-tools.sh did not report ${tool}`);
    return d;
  };
  const bins: Record<string, string> = {
    etcd: join(dir("etcd"), "etcd"),
    etcdctl: join(dir("etcd"), "etcdctl"),
    "kube-apiserver": join(dir("kubernetes"), "kube-apiserver"),
    "kube-controller-manager": join(dir("kubernetes"), "kube-controller-manager"),
    "kube-scheduler": join(dir("kubernetes"), "kube-scheduler"),
    kubectl: join(dir("kubernetes"), "kubectl"),
    helm: join(dir("helm"), "helm"),
    untt: join(dir("helm-unittest"), "untt"),
    ct: join(dir("chart-testing"), "ct"),
    "helm-docs": join(dir("helm-docs"), "helm-docs"),
    prefect: join(prefectVenv, "bin/prefect"),
    python: join(prefectVenv, "bin/python"),
    yamllint: join(chartLintVenv, "bin/yamllint"),
    yamale: join(chartLintVenv, "bin/yamale"),
  };
  const env = {
    HELM_PLUGINS: join(dir("helm-unittest"), "plugins"),
    CT_CONFIG_DIR: join(dir("chart-testing"), "etc"),
    // ct finds helm, yamllint and yamale on PATH.
    PATH_PREPEND: [dir("helm"), join(chartLintVenv, "bin"), dir("kubernetes")].join(":"),
  };
  return { bins, env, prefectVenv };
}
