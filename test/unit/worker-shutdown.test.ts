import assert from "node:assert/strict";
import { EventEmitter } from "node:events";
import { test } from "node:test";
import { handleSignals } from "../../src/worker/shutdown.ts";

/** A stand-in for `process`: signals are emitted by hand and exit() only records its code. */
class FakeProcess extends EventEmitter {
  readonly exits: (number | undefined)[] = [];
  exit(code?: number): never {
    this.exits.push(code);
    return undefined as never;
  }
}

function install(proc: FakeProcess, extra: Partial<Parameters<typeof handleSignals>[0]> = {}) {
  const graceful: NodeJS.Signals[] = [];
  const remove = handleSignals({
    onGraceful: (signal) => graceful.push(signal),
    process: proc as unknown as Pick<NodeJS.Process, "on" | "off" | "exit">,
    ...extra,
  });
  return { graceful, remove };
}

test("the first signal asks for a graceful stop once; the second SIGTERM exits with 143", () => {
  const proc = new FakeProcess();
  const { graceful } = install(proc);
  proc.emit("SIGTERM", "SIGTERM");
  assert.deepEqual(graceful, ["SIGTERM"]);
  assert.deepEqual(proc.exits, []);
  proc.emit("SIGTERM", "SIGTERM");
  assert.deepEqual(graceful, ["SIGTERM"]);
  assert.deepEqual(proc.exits, [143]);
});

test("a second SIGINT exits with 130", () => {
  const proc = new FakeProcess();
  const { graceful } = install(proc);
  proc.emit("SIGINT", "SIGINT");
  proc.emit("SIGINT", "SIGINT");
  assert.deepEqual(graceful, ["SIGINT"]);
  assert.deepEqual(proc.exits, [130]);
});

test("the two signals may differ: the second one's number sets the exit code", () => {
  const proc = new FakeProcess();
  const { graceful } = install(proc);
  proc.emit("SIGTERM", "SIGTERM");
  proc.emit("SIGINT", "SIGINT");
  assert.deepEqual(graceful, ["SIGTERM"]);
  assert.deepEqual(proc.exits, [130]);
});

test("onForce replaces the exit on the second signal", () => {
  const proc = new FakeProcess();
  const forced: NodeJS.Signals[] = [];
  install(proc, { onForce: (signal) => forced.push(signal) });
  proc.emit("SIGTERM", "SIGTERM");
  proc.emit("SIGTERM", "SIGTERM");
  assert.deepEqual(forced, ["SIGTERM"]);
  assert.deepEqual(proc.exits, []);
});

test("only the chosen signals are handled", () => {
  const proc = new FakeProcess();
  const { graceful } = install(proc, { signals: ["SIGINT"] });
  assert.equal(proc.listenerCount("SIGTERM"), 0);
  assert.equal(proc.listenerCount("SIGINT"), 1);
  proc.emit("SIGINT", "SIGINT");
  assert.deepEqual(graceful, ["SIGINT"]);
});

test("the remover detaches every handler", () => {
  const proc = new FakeProcess();
  const { graceful, remove } = install(proc);
  assert.equal(proc.listenerCount("SIGTERM"), 1);
  assert.equal(proc.listenerCount("SIGINT"), 1);
  remove();
  assert.equal(proc.listenerCount("SIGTERM"), 0);
  assert.equal(proc.listenerCount("SIGINT"), 0);
  proc.emit("SIGTERM", "SIGTERM");
  assert.deepEqual(graceful, []);
  assert.deepEqual(proc.exits, []);
});
