import assert from "node:assert/strict";
import { test } from "node:test";
import { SubmissionGate } from "../../src/worker/submission-gate.ts";

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

test("at most `capacity` inside; the rest enter in arrival order as places are given back", async () => {
  const gate = new SubmissionGate(2);
  const entered: number[] = [];
  const attempts = [1, 2, 3, 4, 5].map((n) => gate.enter().then((ok) => ok && entered.push(n)));
  await tick();
  assert.deepEqual(entered, [1, 2]);
  assert.equal(gate.running, 2);
  assert.equal(gate.waiting, 3);
  gate.leave();
  await tick();
  assert.deepEqual(entered, [1, 2, 3]);
  gate.leave();
  gate.leave();
  await tick();
  assert.deepEqual(entered, [1, 2, 3, 4, 5]);
  assert.equal(gate.running, 2);
  gate.leave();
  gate.leave();
  assert.equal(gate.running, 0);
  await Promise.all(attempts);
});

test("close turns away who waits and whoever comes later; those inside may still leave", async () => {
  const gate = new SubmissionGate(1);
  assert.equal(await gate.enter(), true);
  const waiting = gate.enter();
  gate.close();
  assert.equal(await waiting, false);
  assert.equal(await gate.enter(), false);
  gate.leave();
  assert.equal(gate.running, 0);
});

test("a capacity below 1 is refused", () => {
  assert.throws(() => new SubmissionGate(0), RangeError);
  assert.throws(() => new SubmissionGate(1.5), RangeError);
});
