// A burst as the scenarios stage it: the pool's queue paused while the runs are created, then resumed, so
// the worker meets them all at once; and a wait until the burst is under way, for the fault to land in
// the middle of it.
import { setTimeout as sleep } from "node:timers/promises";
import { readFileSync } from "node:fs";
import { createRuns, setQueuePaused, type Setup } from "./fixtures.ts";
import { FINAL_STATES, readRuns, type RunRecord } from "./outcome.ts";

export async function startBurst(
  setup: Setup,
  count: number,
  options: { jobVariables?: Record<string, unknown> } = {},
): Promise<{ ids: string[]; releasedAt: number }> {
  await setQueuePaused(setup.pool, true);
  const ids = await createRuns(setup.deploymentId, count, options);
  await setQueuePaused(setup.pool, false);
  return { ids, releasedAt: Date.now() };
}

/** Waits until `predicate` holds for at least `atLeast` runs; returns the records then. */
export async function waitForRuns(
  ids: string[],
  atLeast: number,
  predicate: (run: RunRecord) => boolean,
  what: string,
  timeoutMs = 120_000,
): Promise<RunRecord[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const records = await readRuns(ids);
    if (records.filter(predicate).length >= atLeast) return records;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${atLeast} runs ${what}`);
    }
    await sleep(200);
  }
}

export const hasJobOrEnded = (run: RunRecord): boolean =>
  run.infrastructure_pid !== null || FINAL_STATES.has(run.state_type ?? "");

/** PENDING with no infrastructure_pid: between its claim and its recorded Job. */
export const midSubmission = (run: RunRecord): boolean =>
  run.state_type === "PENDING" && run.infrastructure_pid === null;

/** Lines of a worker's JSON log whose message matches. */
export function logLines(logFile: string, message: RegExp): string[] {
  let text: string;
  try {
    text = readFileSync(logFile, "utf8");
  } catch {
    return [];
  }
  return text.split("\n").filter((line) => {
    if (!line.startsWith("{")) return false;
    try {
      return message.test(String((JSON.parse(line) as { msg?: unknown }).msg ?? ""));
    } catch {
      return false;
    }
  });
}
