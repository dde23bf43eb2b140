// One connection pool per cluster identity. client-node 2.0.1 builds a new undici Agent for every request
// (applySecurityAuthentication → createDispatcher), so each Kubernetes call made its own TLS handshake and
// left its connection idle until undici's keep-alive timeout: in a 500-run burst some 40 HTTP/2 sessions
// were open at once. The worker keeps one dispatcher per KubeConfig, built from the DispatcherOptions
// client-node computes, and replaces it only when they change (an exec plugin's new client certificate, a
// rewritten CA file): connections are reused and multiplexed, and rotated credentials still take effect.
import { createHash } from "node:crypto";
import { Agent, ProxyAgent, type Dispatcher } from "undici";
import type { KubeConfig } from "./client-node.ts";

export type DispatcherOptions = ReturnType<KubeConfig["createDispatcherOptions"]>;

/** A digest of the options, TLS material included (key material is not kept twice in memory). */
export function dispatcherFingerprint(options: DispatcherOptions): string {
  const canonical = JSON.stringify(options, function (this: Record<string, unknown>, key, value: unknown) {
    // `this[key]` is the value before Buffer#toJSON turned it into an array of numbers.
    const raw = this[key];
    return Buffer.isBuffer(raw) ? `base64:${raw.toString("base64")}` : value;
  });
  return createHash("sha256").update(canonical).digest("hex");
}

export class SharedDispatcher {
  #current: { fingerprint: string; dispatcher: Dispatcher } | undefined;

  /** The dispatcher for these options: the same one while they stay the same; undefined for undici's global. */
  for(options: DispatcherOptions): Dispatcher | undefined {
    if (options.type === "none") return undefined;
    if (options.type === "socks") {
      throw new Error("SOCKS proxies keep client-node's own dispatcher (its connector is not exported)");
    }
    const fingerprint = dispatcherFingerprint(options);
    if (this.#current?.fingerprint === fingerprint) return this.#current.dispatcher;
    const previous = this.#current?.dispatcher;
    const dispatcher =
      options.type === "proxy"
        ? new ProxyAgent({ uri: options.uri, requestTls: options.requestTls, connect: options.connect })
        : new Agent({ connect: options.connect });
    this.#current = { fingerprint, dispatcher };
    // Requests already under way (a watch among them) finish on the old pool; it closes after them.
    void previous?.close().catch(() => {});
    return dispatcher;
  }
}
