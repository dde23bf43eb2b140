// Prefect helpers for tests: plain REST calls against the local stack's server, and the reference CLI
// from the pinned venv (the oracle).
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { stackDir } from "./paths.ts";
import { readStackEnv } from "./stack/state.ts";

const execFileAsync = promisify(execFile);

export async function prefectApi<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const url = `${readStackEnv().prefectApiUrl}${path}`;
  let res: Response;
  let text: string;
  // The SQLite-backed server answers 503 while another writer holds the database; test setup retries.
  for (let attempt = 1; ; attempt++) {
    res = await fetch(url, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    text = await res.text();
    if (res.status !== 503 || attempt >= 5) break;
    await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
  }
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Runs the reference `prefect` CLI against the stack's server; resolves to stdout. */
export async function referencePrefect(args: string[]): Promise<string> {
  const stack = readStackEnv();
  const { stdout } = await execFileAsync(stack.tools.prefect!, args, {
    env: {
      ...process.env,
      PREFECT_API_URL: stack.prefectApiUrl,
      PREFECT_API_KEY: "",
      // Keep the reference CLI's profile out of the user's ~/.prefect.
      PREFECT_HOME: join(stackDir, "prefect-cli-home"),
    },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}
