// The Python reference (prefect + prefect-kubernetes) used as the parity oracle.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { cacheDir } from "./paths.ts";
import { readStackEnv } from "./stack/state.ts";

/** The reference venv's python: the running stack's venv, else the newest cached prefect venv. */
export function referencePython(): string {
  try {
    const python = join(readStackEnv().prefectVenv, "bin", "python");
    if (existsSync(python)) return python;
  } catch {
    // stack not up: fall back to the cache
  }
  const venvs = join(cacheDir, "venvs");
  const candidates = existsSync(venvs)
    ? readdirSync(venvs)
        .filter((name) => name.startsWith("prefect-"))
        .map((name) => join(venvs, name))
        .filter((dir) => existsSync(join(dir, "bin", "python")))
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    : [];
  if (candidates.length === 0) {
    throw new Error(
      `no reference Python venv: neither a running stack nor ${venvs}/prefect-*; ` +
        "run `npm run stack -- up`, or create one with " +
        "`python3 -m venv /tmp/ref && /tmp/ref/bin/pip install -r test/harness/python/prefect.txt`",
    );
  }
  return join(candidates[0]!, "bin", "python");
}
