// A second real Prefect server (from the pinned venv), started with an auth string and CSRF protection:
// the stack's server has neither. Its own PREFECT_HOME and SQLite database in a temp dir, loopback only,
// on a free port; stop() ends its process group and removes the dir.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { freePort } from "./ports.ts";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readStackEnv } from "./stack/state.ts";

export interface AuthPrefectServer {
  /** http://127.0.0.1:<port>/api */
  apiUrl: string;
  stop(): Promise<void>;
}

async function waitForHealth(server: ChildProcess, url: string, logFile: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `auth-enabled Prefect server did not become healthy:\n${readFileSync(logFile, "utf8").slice(-3000)}`,
  );
}

async function stopProcessGroup(server: ChildProcess): Promise<void> {
  if (server.pid === undefined || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  process.kill(-server.pid, "SIGTERM");
  const timer = setTimeout(() => process.kill(-server.pid!, "SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

export async function startAuthPrefectServer(options: {
  authString: string;
  csrf?: boolean;
}): Promise<AuthPrefectServer> {
  const home = mkdtempSync(join(tmpdir(), "prefect-auth-"));
  const port = await freePort();
  const apiUrl = `http://127.0.0.1:${port}/api`;
  const logFile = join(home, "server.log");
  const log = openSync(logFile, "a");
  const server = spawn(
    join(readStackEnv().prefectVenv, "bin", "prefect"),
    ["server", "start", "--host", "127.0.0.1", "--port", String(port)],
    {
      // Its own process group, so the uvicorn child goes down with it.
      detached: true,
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        PREFECT_HOME: home,
        PREFECT_API_DATABASE_CONNECTION_URL: `sqlite+aiosqlite:///${join(home, "prefect.db")}`,
        PREFECT_SERVER_API_AUTH_STRING: options.authString,
        PREFECT_SERVER_CSRF_PROTECTION_ENABLED: String(options.csrf ?? true),
        PREFECT_SERVER_ANALYTICS_ENABLED: "false",
        PREFECT_UI_ENABLED: "false",
        DO_NOT_TRACK: "1",
        PREFECT_API_URL: "",
        PREFECT_API_KEY: "",
        PREFECT_API_AUTH_STRING: "",
      },
    },
  );
  const stop = async () => {
    await stopProcessGroup(server);
    rmSync(home, { recursive: true, force: true });
  };
  try {
    await waitForHealth(server, apiUrl, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { apiUrl, stop };
}
