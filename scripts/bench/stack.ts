// The local stack for the benchmark: reuse a running one; otherwise bring it up (and the caller takes it
// down again at the end). Other suites share the stack and may restart single components.
import * as k8s from "@kubernetes/client-node";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { adminKubeConfig } from "../../test/harness/k8s.ts";
import { repoRoot } from "../../test/harness/paths.ts";
import { readStackEnv, stackDatabase } from "../../test/harness/stack/state.ts";

export function stackCli(command: string, quiet: boolean): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(repoRoot, "test/harness/stack/cli.ts"), command], {
      cwd: repoRoot,
      // stdout is reserved for the results, so the stack's chatter goes to stderr.
      stdio: ["ignore", quiet ? "pipe" : 2, quiet ? "ignore" : 2],
    });
    let stdout = "";
    child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.on("exit", (code) => resolve({ code: code ?? 1, stdout }));
    child.on("error", () => resolve({ code: 1, stdout }));
  });
}

/** Both APIs the benchmark talks to answer (whoever started them). */
async function stackAnswers(): Promise<boolean> {
  try {
    const stack = readStackEnv();
    const health = await fetch(`${stack.prefectApiUrl}/health`, { signal: AbortSignal.timeout(5000) });
    if (!health.ok) return false;
    await adminKubeConfig().makeApiClient(k8s.CoreV1Api).readNamespace({ name: "default" });
    return true;
  } catch {
    return false;
  }
}

/**
 * "usable" when the APIs answer, "down" when no component runs, "partial" otherwise. A stack that is
 * partly up belongs to someone else (a suite restarting a component): it may be completed, never taken down.
 */
export async function stackState(): Promise<"usable" | "down" | "partial"> {
  if (await stackAnswers()) return "usable";
  const { stdout } = await stackCli("status", true);
  const lines = stdout.split("\n").filter((line) => line.trim());
  return lines.length > 0 && lines.every((line) => /\bstopped$/.test(line)) ? "down" : "partial";
}

/** Another suite (or the engineer working on the stack) may restart the Prefect server; wait it out. */
export async function waitForPrefect(
  progress: (message: string) => void,
  timeoutMs = 180_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let said = false;
  for (;;) {
    try {
      const res = await fetch(`${readStackEnv().prefectApiUrl}/health`, {
        signal: AbortSignal.timeout(5000),
      });
      if (res.ok) return;
    } catch {
      // not up (yet)
    }
    if (Date.now() > deadline) {
      throw new Error(
        `the Prefect server at ${readStackEnv().prefectApiUrl} did not answer for ${timeoutMs / 1000}s`,
      );
    }
    if (!said) progress("the Prefect server is not answering; waiting for it");
    said = true;
    await sleep(1000);
  }
}

/** The Prefect server's database backend as the stack records it (env.json `database`; absent: sqlite). */
export function databaseBackend(): string {
  return stackDatabase();
}
