import assert from "node:assert/strict";
import net from "node:net";
import { test } from "node:test";
import { FaultProxy, seededRandom } from "../../scripts/chaos/fault-proxy.ts";

/** An echo server on a loopback port that also counts the bytes it received. */
async function echoServer(): Promise<{ port: number; received: () => number; close: () => Promise<void> }> {
  let received = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    socket.on("data", (chunk: Buffer) => {
      received += chunk.length;
      socket.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    received: () => received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Sends `message` on a fresh connection; resolves with what came back, or the error code. */
function exchange(port: number, message: string): Promise<{ echoed?: string; error?: string; ms: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = net.connect({ host: "127.0.0.1", port });
    let echoed = "";
    socket.on("connect", () => socket.write(message));
    socket.on("data", (chunk: Buffer) => {
      echoed += chunk.toString();
      if (echoed.length >= message.length) {
        socket.end();
        resolve({ echoed, ms: performance.now() - started });
      }
    });
    socket.on("error", (error: NodeJS.ErrnoException) =>
      resolve({ error: error.code ?? error.message, ms: performance.now() - started }),
    );
    socket.on("close", () => resolve({ echoed, ms: performance.now() - started }));
  });
}

test("latency: a round trip through the proxy takes at least twice the per-direction delay", async (t) => {
  const echo = await echoServer();
  const proxy = await FaultProxy.start({ target: { host: "127.0.0.1", port: echo.port }, latencyMs: 120 });
  t.after(async () => {
    await proxy.close();
    await echo.close();
  });
  const direct = await exchange(echo.port, "ping");
  const proxied = await exchange(proxy.port, "ping");
  assert.equal(proxied.echoed, "ping");
  assert.ok(proxied.ms >= 240, `proxied round trip ${proxied.ms.toFixed(1)} ms, want ≥ 240`);
  assert.ok(direct.ms < 100, `direct round trip ${direct.ms.toFixed(1)} ms (the baseline)`);
  assert.equal(proxy.stats.bytesUp, 4);
  assert.equal(proxy.stats.bytesDown, 4);
  assert.equal(proxy.stats.connections, 1);
});

test("ordering: many small writes come back in the order they were sent", async (t) => {
  const echo = await echoServer();
  const proxy = await FaultProxy.start({ target: { host: "127.0.0.1", port: echo.port }, latencyMs: 30 });
  t.after(async () => {
    await proxy.close();
    await echo.close();
  });
  const parts = Array.from({ length: 300 }, (_, i) => `<${i}:${"x".repeat(i % 17)}>`);
  const expected = parts.join("");
  const got = await new Promise<string>((resolve, reject) => {
    const socket = net.connect({ host: "127.0.0.1", port: proxy.port });
    let text = "";
    socket.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      if (text.length >= expected.length) {
        socket.end();
        resolve(text);
      }
    });
    socket.on("error", reject);
    socket.on("connect", async () => {
      // Spread over several event-loop turns, so the proxy sees many chunks at different times.
      for (const part of parts) {
        socket.write(part);
        if (Math.random() < 0.3) await new Promise((r) => setTimeout(r, 1));
      }
    });
  });
  assert.equal(got, expected);
});

test("resets: about the configured share of connections, the same ones for the same seed", async (t) => {
  const echo = await echoServer();
  t.after(() => echo.close());
  const runOnce = async (seed: number) => {
    const proxy = await FaultProxy.start({
      target: { host: "127.0.0.1", port: echo.port },
      resetFraction: 0.2,
      seed,
    });
    const failed: number[] = [];
    // One at a time: the accept order is the connection order, so the seed decides the same connections.
    for (let i = 0; i < 400; i++) {
      const result = await exchange(proxy.port, `m${i}`);
      if (result.error !== undefined) {
        assert.equal(result.error, "ECONNRESET");
        failed.push(i);
      } else {
        assert.equal(result.echoed, `m${i}`);
      }
    }
    for (let i = 0; i < 100 && proxy.stats.active > 0; i++) await new Promise((r) => setTimeout(r, 10));
    const stats = { ...proxy.stats };
    await proxy.close();
    return { failed, stats };
  };
  const first = await runOnce(42);
  // 400 connections at p = 0.2: mean 80, sd 8; 50..110 is beyond 3.5 sd either side.
  assert.ok(first.failed.length >= 50 && first.failed.length <= 110, `${first.failed.length} of 400 reset`);
  assert.equal(first.stats.resets, first.failed.length);
  assert.equal(first.stats.resetsBeforeUpstream + first.stats.resetsAfterUpstream, first.stats.resets);
  assert.ok(first.stats.resetsBeforeUpstream > 0 && first.stats.resetsAfterUpstream > 0, "both points used");
  // Every connection, reset or ended by its client, has been let go of.
  assert.equal(first.stats.active, 0);
  const again = await runOnce(42);
  assert.deepEqual(again.failed, first.failed);
  const other = await runOnce(7);
  assert.notDeepEqual(other.failed, first.failed);
});

test("reset points: 'after' forwards the request before resetting, 'before' forwards nothing", async (t) => {
  const echo = await echoServer();
  t.after(() => echo.close());
  for (const [share, upstreamBytes] of [
    [1, 20 * 3],
    [0, 0],
  ] as const) {
    const proxy = await FaultProxy.start({
      target: { host: "127.0.0.1", port: echo.port },
      resetFraction: 1,
      afterUpstreamShare: share,
      latencyMs: 5,
    });
    const before = echo.received();
    for (let i = 0; i < 20; i++) {
      const result = await exchange(proxy.port, "abc");
      assert.equal(result.error, "ECONNRESET", `share ${share}, connection ${i}`);
    }
    // The echo server has seen every "after" request: the client was reset once the answer started.
    assert.equal(echo.received() - before, upstreamBytes, `share ${share}`);
    assert.equal(proxy.stats.resets, 20);
    await proxy.close();
  }
});

test("close() ends open connections", async (t) => {
  const echo = await echoServer();
  t.after(() => echo.close());
  const proxy = await FaultProxy.start({ target: { host: "127.0.0.1", port: echo.port } });
  const socket = net.connect({ host: "127.0.0.1", port: proxy.port });
  await new Promise((resolve) => socket.once("connect", resolve));
  const closed = new Promise((resolve) => socket.once("close", resolve));
  socket.on("error", () => undefined);
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(proxy.stats.active, 1);
  await proxy.close();
  await closed;
  assert.equal(proxy.stats.active, 0);
});

test("seededRandom: reproducible and spread over [0, 1)", () => {
  const a = seededRandom(3);
  const b = seededRandom(3);
  const xs = Array.from({ length: 1000 }, () => a());
  assert.deepEqual(
    xs.slice(0, 5),
    Array.from({ length: 5 }, () => b()),
  );
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  assert.ok(Math.abs(mean - 0.5) < 0.05, `mean ${mean}`);
});
