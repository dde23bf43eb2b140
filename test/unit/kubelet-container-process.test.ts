import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { ContainerProcess, groupAlive, StartError } from "../harness/kubelet/container-process.ts";
import { parseRecords, splitLines } from "../harness/kubelet/cri-log.ts";
import { processStartTime } from "../harness/kubelet/orphans.ts";

const dir = mkdtempSync(join(tmpdir(), "kubelet-process-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function start(script: string, log: string): Promise<ContainerProcess> {
  return ContainerProcess.start({
    argv: ["sh", "-c", script],
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", GREETING: "hi" },
    cwd: dir,
    logFile: join(dir, log),
  });
}

function logLines(log: string): Array<[string, string]> {
  return parseRecords(splitLines(readFileSync(join(dir, log))).lines).map((r) => [
    r.stream,
    r.content.toString(),
  ]);
}

describe("container processes", () => {
  it("record stdout and stderr as CRI lines and report the exit code", async () => {
    const p = await start('echo "$GREETING"; echo err >&2; printf partial; exit 3', "a.log");
    const exit = await p.exited;
    assert.equal(exit.exitCode, 3);
    assert.equal(exit.signal, undefined);
    assert.ok(p.finished);
    const lines = logLines("a.log");
    assert.deepEqual(
      lines.filter(([s]) => s === "stdout"),
      [
        ["stdout", "hi"],
        ["stdout", "partial"],
      ],
    );
    assert.deepEqual(
      lines.filter(([s]) => s === "stderr"),
      [["stderr", "err"]],
    );
  });

  it("report 128 + signal for a killed process and take the whole group down", async () => {
    const p = await start("sleep 30 & sleep 30; echo never", "b.log");
    assert.ok(groupAlive(p.pid));
    p.signal("SIGKILL");
    const exit = await p.exited;
    assert.equal(exit.exitCode, 137);
    assert.equal(exit.signal, 9);
    // The backgrounded sleep is killed too, but is reaped by whoever adopted it: give that a moment.
    const deadline = Date.now() + 5000;
    while (groupAlive(p.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.equal(groupAlive(p.pid), false);
  });

  it("deliver SIGTERM to the process, which may handle it", async () => {
    const p = await start(
      'trap "echo got-term; exit 0" TERM; echo ready; while true; do sleep 0.1; done',
      "c.log",
    );
    await new Promise((r) => setTimeout(r, 300));
    p.signal("SIGTERM");
    const exit = await p.exited;
    assert.equal(exit.exitCode, 0);
    assert.ok(logLines("c.log").some(([, line]) => line === "got-term"));
  });

  it("kill what the main process left behind when it exits", async () => {
    const p = await start("sleep 30 >/dev/null 2>&1 & echo $!", "d.log");
    await p.exited;
    const orphan = Number(logLines("d.log")[0]![1]);
    await new Promise((r) => setTimeout(r, 100));
    // Gone or a zombie waiting to be reaped: either way no longer running.
    assert.equal(processStartTime(orphan), undefined);
  });

  it("fail to start when the executable does not exist", async () => {
    await assert.rejects(
      ContainerProcess.start({ argv: ["/nonexistent/bin"], env: {}, cwd: dir, logFile: join(dir, "e.log") }),
      (err: unknown) => err instanceof StartError && /executable file not found/.test(err.message),
    );
    await assert.rejects(
      ContainerProcess.start({ argv: [], env: {}, cwd: dir, logFile: join(dir, "f.log") }),
      StartError,
    );
  });
});
