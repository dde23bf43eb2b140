// A loopback TCP proxy that makes a link slow and unreliable: every chunk, in each direction, is held for
// `latencyMs` (one FIFO per direction, so order is kept), and a seeded share of connections is reset
// (RST to the client, `socket.resetAndDestroy()`). It works below HTTP, so the client under test sees
// what a bad network gives it: slow answers and ECONNRESET, never a made-up status code.
//
// A reset connection is reset at its first request, at one of two points, both drawn from the seed:
//   "before": the request never goes upstream; a retry is safe whatever the request was.
//   "after":  the request is forwarded whole and the proxy waits for the server's first response byte,
//             then resets the client instead of delivering it. The server has applied the request (a state
//             change, a Job name written) and the client cannot know: the hard case for duplicates.
// Choices are made per connection in accept order, so the same seed and the same sequence of connections
// give the same faults.
import net from "node:net";

export interface FaultProxyOptions {
  target: { host: string; port: number };
  /** Added to every chunk, each direction (so a request/response round trip gains at least twice this). */
  latencyMs?: number;
  /** Share of connections reset, 0..1. */
  resetFraction?: number;
  /** Of the reset connections, the share reset after their request went upstream (the rest: before). */
  afterUpstreamShare?: number;
  seed?: number;
}

export interface FaultProxyStats {
  connections: number;
  /** Connections open now. */
  active: number;
  resets: number;
  /** Resets before any byte went upstream. */
  resetsBeforeUpstream: number;
  /** Resets after the request was forwarded and the server had started answering. */
  resetsAfterUpstream: number;
  /** Client connections closed because the upstream could not be reached (the server was down). */
  upstreamFailures: number;
  bytesUp: number;
  bytesDown: number;
}

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Plan = "none" | "before" | "after";

/**
 * Delivers chunks to `dest` `latencyMs` after they arrived, in arrival order (one timer per direction: the
 * due times are monotonic, so the head of the queue is always the next one due). `null` is the end (FIN).
 */
class DelayedLane {
  #queue: { due: number; chunk: Buffer | null }[] = [];
  #timer: NodeJS.Timeout | undefined;
  readonly #latencyMs: number;
  readonly #deliver: (chunk: Buffer | null) => boolean;

  /** `deliver` returns false to drop the rest (the connection was reset). */
  constructor(latencyMs: number, deliver: (chunk: Buffer | null) => boolean) {
    this.#latencyMs = latencyMs;
    this.#deliver = deliver;
  }

  push(chunk: Buffer | null): void {
    this.#queue.push({ due: performance.now() + this.#latencyMs, chunk });
    if (!this.#timer) this.#schedule();
  }

  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#queue = [];
  }

  #schedule(): void {
    const head = this.#queue[0];
    if (!head) return;
    this.#timer = setTimeout(this.#flush, Math.max(0, head.due - performance.now()));
  }

  #flush = (): void => {
    this.#timer = undefined;
    const now = performance.now();
    while (this.#queue.length > 0 && this.#queue[0]!.due <= now) {
      if (!this.#deliver(this.#queue.shift()!.chunk)) {
        this.cancel();
        return;
      }
    }
    this.#schedule();
  };
}

export class FaultProxy {
  readonly stats: FaultProxyStats = {
    connections: 0,
    active: 0,
    resets: 0,
    resetsBeforeUpstream: 0,
    resetsAfterUpstream: 0,
    upstreamFailures: 0,
    bytesUp: 0,
    bytesDown: 0,
  };
  readonly #server: net.Server;
  readonly #options: Required<FaultProxyOptions>;
  readonly #random: () => number;
  readonly #open = new Set<() => void>();
  #port = 0;

  private constructor(options: FaultProxyOptions) {
    this.#options = { latencyMs: 0, resetFraction: 0, afterUpstreamShare: 0.5, seed: 1, ...options };
    this.#random = seededRandom(this.#options.seed);
    this.#server = net.createServer({ allowHalfOpen: true }, (client) => this.#accept(client));
  }

  /** Listens on 127.0.0.1 on a free port. */
  static async start(options: FaultProxyOptions): Promise<FaultProxy> {
    const proxy = new FaultProxy(options);
    await new Promise<void>((resolve, reject) => {
      proxy.#server.once("error", reject);
      proxy.#server.listen(0, "127.0.0.1", () => resolve());
    });
    proxy.#port = (proxy.#server.address() as net.AddressInfo).port;
    return proxy;
  }

  get port(): number {
    return this.#port;
  }

  /** Stops accepting and ends every open connection. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    for (const end of [...this.#open]) end();
    await closed;
  }

  #plan(): Plan {
    // Two draws per connection whatever the outcome, so one connection's plan never shifts the next one's.
    const reset = this.#random() < this.#options.resetFraction;
    const after = this.#random() < this.#options.afterUpstreamShare;
    return reset ? (after ? "after" : "before") : "none";
  }

  #accept(client: net.Socket): void {
    const { stats } = this;
    stats.connections += 1;
    stats.active += 1;
    const plan = this.#plan();
    const upstream = net.connect({ ...this.#options.target, allowHalfOpen: true });
    let armed = false; // "after": the request went upstream; reset on the first response byte
    let firstChunk = true;
    let finished = false;

    const finish = (how: "reset" | "destroy") => {
      if (finished) return;
      finished = true;
      up.cancel();
      down.cancel();
      if (how === "reset" && !client.destroyed) client.resetAndDestroy();
      else client.destroy();
      upstream.destroy();
      stats.active -= 1;
      this.#open.delete(end);
    };
    const end = () => finish("destroy");
    this.#open.add(end);

    const reset = (point: "before" | "after") => {
      stats.resets += 1;
      if (point === "before") stats.resetsBeforeUpstream += 1;
      else stats.resetsAfterUpstream += 1;
      finish("reset");
    };

    const up = new DelayedLane(this.#options.latencyMs, (chunk) => {
      if (finished) return false;
      if (chunk === null) {
        upstream.end();
        return true;
      }
      if (firstChunk && plan === "before") {
        reset("before");
        return false;
      }
      firstChunk = false;
      stats.bytesUp += chunk.length;
      upstream.write(chunk);
      if (plan === "after") armed = true;
      return true;
    });
    const down = new DelayedLane(this.#options.latencyMs, (chunk) => {
      if (finished) return false;
      if (chunk === null) {
        client.end();
        return true;
      }
      if (armed) {
        reset("after");
        return false;
      }
      stats.bytesDown += chunk.length;
      client.write(chunk);
      return true;
    });

    client.on("data", (chunk: Buffer) => up.push(chunk));
    client.on("end", () => up.push(null));
    upstream.on("data", (chunk: Buffer) => down.push(chunk));
    upstream.on("end", () => down.push(null));
    let connected = false;
    upstream.once("connect", () => (connected = true));
    upstream.on("error", () => {
      if (!connected && !finished) {
        stats.upstreamFailures += 1;
        // As a refused connection looks to the client: an error, not a clean close it might take for an answer.
        finish("reset");
      } else {
        finish("destroy");
      }
    });
    client.on("error", end);
    // Both directions closed (after each side's FIN was delivered): the connection is over.
    let closedSides = 0;
    const sideClosed = () => {
      closedSides += 1;
      if (closedSides === 2) finish("destroy");
    };
    client.on("close", sideClosed);
    upstream.on("close", sideClosed);
  }
}
