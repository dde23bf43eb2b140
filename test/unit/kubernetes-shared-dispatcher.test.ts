// One pool per cluster identity: kept while client-node's DispatcherOptions stay the same (equal TLS material
// read into new Buffers for every request), replaced, and the old one closed, when they change.
import assert from "node:assert/strict";
import { test } from "node:test";
import { SharedDispatcher, dispatcherFingerprint } from "../../src/kubernetes/shared-dispatcher.ts";

const connect = (cert: string) => ({
  ca: Buffer.from("the CA"),
  cert: Buffer.from(cert),
  key: Buffer.from("the key"),
  keepAlive: true,
  keepAliveInitialDelay: 30_000,
});

test("equal options read afresh give the same pool; a new certificate gives a new one and closes the old", async () => {
  const shared = new SharedDispatcher();
  const first = shared.for({ type: "agent", connect: connect("cert 1") });
  assert.ok(first);
  assert.equal(shared.for({ type: "agent", connect: connect("cert 1") }), first);

  const rotated = shared.for({ type: "agent", connect: connect("cert 2") });
  assert.notEqual(rotated, first);
  assert.equal((first as unknown as { closed: boolean }).closed, true);
  assert.equal((rotated as unknown as { closed: boolean }).closed, false);
  await rotated?.close();
});

test("the fingerprint covers the Buffers' contents and every option; no options means undici's global pool", () => {
  const agent = (cert: string, keepAlive = true) => ({
    type: "agent" as const,
    connect: { ...connect(cert), keepAlive },
  });
  assert.equal(dispatcherFingerprint(agent("a")), dispatcherFingerprint(agent("a")));
  assert.notEqual(dispatcherFingerprint(agent("a")), dispatcherFingerprint(agent("b")));
  assert.notEqual(dispatcherFingerprint(agent("a")), dispatcherFingerprint(agent("a", false)));
  const proxy = { type: "proxy" as const, uri: "http://proxy:3128", requestTls: {}, connect: {} };
  assert.notEqual(
    dispatcherFingerprint(proxy),
    dispatcherFingerprint({ ...proxy, uri: "http://other:3128" }),
  );
  assert.equal(new SharedDispatcher().for({ type: "none" }), undefined);
});
