// Takes the stack's Prefect server down and brings it back (same database, same port), for tests of how
// the worker rides out an API outage.
import { setTimeout as sleep } from "node:timers/promises";
import { stackDir } from "../paths.ts";
import { prefectComponent, type Layout } from "./components.ts";
import { ProcessTable } from "./processes.ts";
import { readStackEnv, stackDatabase } from "./state.ts";

const table = new ProcessTable(stackDir);

export async function stopPrefectServer(): Promise<void> {
  const result = await table.stop(prefectComponent.name);
  if (result !== "stopped") throw new Error("the stack's Prefect server was not running");
}

export async function startPrefectServer(timeoutMs = 120_000): Promise<void> {
  const stack = readStackEnv();
  // The server's spec reads only the stack directory, the prefect binary and the backend from the layout.
  const layout = {
    stackDir,
    tools: { bins: { prefect: stack.tools.prefect } },
    database: stackDatabase(stack),
  } as unknown as Layout;
  // Already back (e.g. a cleanup after a test that restarted it): a second start would lose the bind and
  // overwrite the pid file with the dead process's pid, hiding the real server from `stack down`.
  if (table.runningPid(prefectComponent.name) !== undefined) return;
  table.start(prefectComponent.spec(layout));
  const deadline = Date.now() + timeoutMs;
  while (!(await prefectComponent.ready(layout).catch(() => false))) {
    if (Date.now() > deadline)
      throw new Error(`Prefect server not ready after restart:\n${table.tail("prefect-server")}`);
    await sleep(250);
  }
}
