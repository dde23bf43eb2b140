import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { ProcessTable, stackProcesses } from "../harness/stack/processes.ts";

const dir = mkdtempSync(join(tmpdir(), "process-table-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test("a started process is tracked by its pid file and stopped by pid", async () => {
  const table = new ProcessTable(dir);
  const pid = table.start({ name: "sleeper", command: "sleep", args: ["30"] });
  assert.equal(table.runningPid("sleeper"), pid);
  assert.equal(await table.stop("sleeper"), "stopped");
  assert.equal(alive(pid), false);
  assert.equal(table.runningPid("sleeper"), undefined);
  assert.equal(await table.stop("sleeper"), "not running");
});

test("stop kills the whole process group, including children the component spawned", async () => {
  const table = new ProcessTable(dir);
  const childPidFile = join(dir, "child.pid");
  table.start({ name: "parent", command: "sh", args: ["-c", `sleep 30 & echo $! > ${childPidFile}; wait`] });
  let childPid = 0;
  for (let i = 0; i < 50 && !childPid; i++) {
    await sleep(50);
    try {
      childPid = Number(readFileSync(childPidFile, "utf8").trim());
    } catch {
      // Not written yet.
    }
  }
  assert.ok(childPid > 0 && alive(childPid));
  await table.stop("parent");
  assert.equal(alive(childPid), false);
});

test("a process that ignores SIGTERM is killed after the grace period", async () => {
  const table = new ProcessTable(dir);
  const pid = table.start({
    name: "stubborn",
    command: "sh",
    args: ["-c", 'trap "" TERM; while :; do sleep 0.1; done'],
  });
  await sleep(200);
  const started = Date.now();
  assert.equal(await table.stop("stubborn", 300), "stopped");
  assert.ok(Date.now() - started >= 300, "it waited for the grace period first");
  assert.equal(alive(pid), false);
});

test("a pid file whose pid now belongs to another process is not taken for ours", () => {
  const table = new ProcessTable(dir);
  writeFileSync(
    join(table.runDir, "recycled.pid"),
    JSON.stringify({ pid: process.pid, startTime: "1", command: "something else" }),
  );
  assert.equal(table.runningPid("recycled"), undefined);
});

test("stackProcesses finds processes that name the stack directory, but not log readers", async () => {
  const stack = join(dir, "stack");
  const table = new ProcessTable(dir);
  const ours = table.start({ name: "named", command: "sh", args: ["-c", `sleep 30 # ${stack}/etcd`] });
  const reader = table.start({
    name: "reader",
    command: "sh",
    args: ["-c", `sleep 30 # ${stack}/logs/etcd.log`],
  });
  try {
    const found = stackProcesses(stack, join(stack, "kubelet")).map((p) => p.pid);
    assert.ok(found.includes(ours));
    assert.ok(!found.includes(reader));
  } finally {
    await table.stop("named");
    await table.stop("reader");
  }
});
