import assert from "node:assert/strict";
import { test } from "node:test";
import { SlotLimiter } from "../../src/worker/slot-limiter.ts";

/** Whether the promise has settled once pending microtasks and one macrotask turn have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

test("the limit is respected and a released slot can be taken again", () => {
  const slots = new SlotLimiter(2);
  assert.equal(slots.tryAcquire("a"), true);
  assert.equal(slots.tryAcquire("b"), true);
  assert.equal(slots.tryAcquire("c"), false);
  assert.equal(slots.used, 2);
  assert.equal(slots.available, 0);
  slots.release("a");
  assert.equal(slots.available, 1);
  assert.equal(slots.tryAcquire("c"), true);
  assert.equal(slots.tryAcquire("d"), false);
});

test("a run that already holds a slot gets it again without taking a second one", () => {
  const slots = new SlotLimiter(1);
  assert.equal(slots.tryAcquire("a"), true);
  assert.equal(slots.tryAcquire("a"), true);
  assert.equal(slots.used, 1);
});

test("releasing twice frees one slot only", () => {
  const slots = new SlotLimiter(2);
  slots.tryAcquire("a");
  slots.tryAcquire("b");
  slots.release("a");
  slots.release("a");
  assert.equal(slots.used, 1);
  assert.equal(slots.available, 1);
  assert.equal(slots.tryAcquire("c"), true);
  assert.equal(slots.tryAcquire("d"), false);
});

test("releasing a run that holds no slot changes nothing", () => {
  const slots = new SlotLimiter(1);
  slots.tryAcquire("a");
  slots.release("never-acquired");
  assert.equal(slots.used, 1);
  assert.equal(slots.tryAcquire("b"), false);
});

test("idle() resolves once every slot is released, not before", async () => {
  const slots = new SlotLimiter(3);
  slots.tryAcquire("a");
  slots.tryAcquire("b");
  const idle = slots.idle();
  const idleToo = slots.idle();
  slots.release("a");
  slots.release("unknown");
  assert.equal(await settled(idle), false);
  slots.release("b");
  assert.equal(await settled(idle), true);
  assert.equal(await settled(idleToo), true);
});

test("idle() resolves at once when nothing is held", async () => {
  const slots = new SlotLimiter(1);
  assert.equal(await settled(slots.idle()), true);
  slots.tryAcquire("a");
  slots.release("a");
  assert.equal(await settled(slots.idle()), true);
});

test("without a limit every run gets a slot, and idle() still waits for them", async () => {
  const slots = new SlotLimiter(undefined);
  for (let i = 0; i < 1000; i += 1) assert.equal(slots.tryAcquire(`run-${i}`), true);
  assert.equal(slots.used, 1000);
  assert.equal(slots.available, undefined);
  const idle = slots.idle();
  for (let i = 0; i < 999; i += 1) slots.release(`run-${i}`);
  assert.equal(await settled(idle), false);
  slots.release("run-999");
  assert.equal(await settled(idle), true);
});
