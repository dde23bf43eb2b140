// Events to `<api>/events/in` over a WebSocket, as prefect.events.clients does it: self-hosted servers
// get the "prefect" subprotocol and an auth message (plus a Basic header when an auth string is set, for
// proxies that check it at the upgrade); Cloud gets a bearer header and no handshake.
// emit() never blocks or throws: events wait in a bounded queue while the client (re)connects.
import { WebSocket } from "../http-stack.ts";
import { USER_AGENT } from "./constants.ts";
import { maskUrlCredentials, urlWithoutCredentials } from "./url-credentials.ts";

export interface PrefectEvent {
  id: string;
  /** ISO 8601. */
  occurred: string;
  event: string;
  resource: Record<string, string>;
  related: Record<string, string>[];
  payload: Record<string, unknown>;
  follows: string | null;
}

type WebSocketCtor = new (
  url: string,
  init: { protocols?: string[]; headers?: Record<string, string> },
) => WebSocket;

export interface EventsClientOptions {
  apiUrl: string;
  apiKey?: string;
  authString?: string;
  isCloud: boolean;
  WebSocket?: WebSocketCtor;
  logger?: { debug(msg: string): void; warn(msg: string): void };
  userAgent?: string;
  customHeaders?: Record<string, string>;
  /** Oldest events are dropped beyond this many waiting. */
  maxQueue?: number;
  sleep?: (ms: number) => Promise<void>;
  connectTimeoutMs?: number;
}

const PROTECTED_WS_HEADERS = new Set([
  "user-agent",
  "sec-websocket-key",
  "sec-websocket-version",
  "sec-websocket-extensions",
  "sec-websocket-protocol",
  "connection",
  "upgrade",
  "host",
]);
// Without a ping frame to confirm receipt (the WHATWG WebSocket has none), an event is assumed delivered
// once its connection has stayed up this long after sending it; earlier ones are resent on reconnect.
const CONFIRM_AFTER_MS = 30_000;
const MAX_BACKOFF_MS = 30_000;

// Backoff timers must not keep a finished process alive.
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export function eventsInUrl(apiUrl: string): string {
  return `${apiUrl.replace("https://", "wss://").replace("http://", "ws://").replace(/\/+$/, "")}/events/in`;
}

export class EventsClient {
  readonly #url: string;
  readonly #options: EventsClientOptions;
  readonly #WebSocket: WebSocketCtor;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #maxQueue: number;
  #queue: PrefectEvent[] = [];
  #unconfirmed: { event: PrefectEvent; sentAt: number }[] = [];
  #socket: WebSocket | undefined;
  #running: Promise<void> | undefined;
  #failures = 0;
  #stopped = false;
  #abortConnect: (() => void) | undefined;

  constructor(options: EventsClientOptions) {
    this.#options = options;
    this.#url = eventsInUrl(options.apiUrl);
    this.#WebSocket = options.WebSocket ?? (WebSocket as unknown as WebSocketCtor);
    this.#sleep = options.sleep ?? defaultSleep;
    this.#maxQueue = options.maxQueue ?? 1000;
  }

  /** Events waiting to be sent. */
  get pending(): number {
    return this.#queue.length;
  }

  emit(event: PrefectEvent): void {
    if (this.#stopped) {
      this.#options.logger?.debug(`events client closed; dropping event ${event.event}`);
      return;
    }
    this.#queue.push(event);
    if (this.#queue.length > this.#maxQueue) {
      const dropped = this.#queue.shift()!;
      this.#options.logger?.warn(
        `event queue full (${this.#maxQueue}); dropped ${dropped.event} ${dropped.id}`,
      );
    }
    this.#kick();
  }

  /** Sends what it can within timeoutMs, then closes the connection. */
  async close({ timeoutMs = 5000 }: { timeoutMs?: number } = {}): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    try {
      await Promise.race([this.#running ?? Promise.resolve(), deadline]);
      this.#stopped = true;
      this.#abortConnect?.();
      if (this.#queue.length > 0) {
        this.#options.logger?.warn(`events client closing with ${this.#queue.length} unsent event(s)`);
      }
      this.#queue = [];
      const socket = this.#socket;
      this.#socket = undefined;
      if (socket && socket.readyState === socket.OPEN) {
        const closed = new Promise<void>((resolve) => socket.addEventListener("close", () => resolve()));
        // A normal close flushes data already handed to send() before the close frame.
        socket.close(1000);
        await Promise.race([closed, deadline]);
      }
    } finally {
      clearTimeout(timer);
    }
  }

  #kick(): void {
    if (this.#running || this.#stopped) return;
    this.#running = this.#run().finally(() => {
      this.#running = undefined;
      if (this.#queue.length > 0) this.#kick();
    });
  }

  async #run(): Promise<void> {
    while (this.#queue.length > 0 && !this.#stopped) {
      if (!this.#socket) {
        try {
          this.#socket = await this.#connect();
          this.#failures = 0;
        } catch (err) {
          if (this.#stopped) break;
          this.#failures++;
          const reason = err instanceof Error ? err.message : String(err);
          const log = this.#failures === 1 ? this.#options.logger?.warn : this.#options.logger?.debug;
          log?.call(
            this.#options.logger,
            `Unable to connect to ${urlWithoutCredentials(this.#url)}; events may be lost until it is reachable. ` +
              `Reason: ${maskUrlCredentials(reason)}`,
          );
          await this.#sleep(Math.min(MAX_BACKOFF_MS, 500 * 2 ** (this.#failures - 1)));
          continue;
        }
      }
      this.#sendQueued(this.#socket);
    }
  }

  #sendQueued(socket: WebSocket): void {
    const now = Date.now();
    this.#unconfirmed = this.#unconfirmed.filter((entry) => now - entry.sentAt < CONFIRM_AFTER_MS);
    while (this.#queue.length > 0 && socket.readyState === socket.OPEN) {
      const event = this.#queue.shift()!;
      socket.send(JSON.stringify(event));
      this.#unconfirmed.push({ event, sentAt: now });
    }
  }

  #onClosed(socket: WebSocket, code: number): void {
    if (this.#socket !== socket) return;
    this.#socket = undefined;
    if (this.#stopped) return;
    this.#options.logger?.debug(
      `events socket closed (${code}); resending ${this.#unconfirmed.length} event(s)`,
    );
    // The server ignores an event id it has already stored, so resending is safe.
    this.#queue.unshift(...this.#unconfirmed.map((entry) => entry.event));
    this.#unconfirmed = [];
    if (this.#queue.length > 0) this.#kick();
  }

  #headers(): Record<string, string> {
    const { apiKey, authString, isCloud, customHeaders = {} } = this.#options;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(customHeaders)) {
      if (!PROTECTED_WS_HEADERS.has(name.toLowerCase())) headers[name] = value;
    }
    headers["User-Agent"] = this.#options.userAgent ?? USER_AGENT;
    if (isCloud && apiKey) headers["Authorization"] = `bearer ${apiKey}`;
    if (!isCloud && authString) {
      headers["Authorization"] = `Basic ${Buffer.from(authString, "utf8").toString("base64")}`;
    }
    return headers;
  }

  #connect(): Promise<WebSocket> {
    const { isCloud, authString } = this.#options;
    const socket = new this.#WebSocket(
      this.#url,
      isCloud ? { headers: this.#headers() } : { protocols: ["prefect"], headers: this.#headers() },
    );
    return new Promise<WebSocket>((resolve, reject) => {
      let settled = false;
      const settle = (err?: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.#abortConnect = undefined;
        if (!err) return resolve(socket);
        socket.close();
        reject(err);
      };
      const timer = setTimeout(
        () => settle(new Error("timed out opening the connection")),
        this.#options.connectTimeoutMs ?? 10_000,
      );
      timer.unref();
      this.#abortConnect = () => settle(new Error("client closed"));
      socket.addEventListener("open", () => {
        if (isCloud) return settle();
        socket.send(JSON.stringify({ type: "auth", token: authString ?? null }));
      });
      socket.addEventListener("message", (message: MessageEvent) => {
        if (settled) return;
        let reply: { type?: string; reason?: string } = {};
        try {
          reply = JSON.parse(String(message.data)) as typeof reply;
        } catch {
          // not JSON: reported below as a failed handshake
        }
        if (reply.type === "auth_success") settle();
        else
          settle(
            new Error(`Unable to authenticate to the event stream. Reason: ${reply.reason ?? "unknown"}`),
          );
      });
      socket.addEventListener("error", () => settle(new Error("connection error")));
      socket.addEventListener("close", (event: CloseEvent) => {
        if (!settled) {
          settle(new Error(`connection closed (${event.code}${event.reason ? ` ${event.reason}` : ""})`));
        } else {
          this.#onClosed(socket, event.code);
        }
      });
    });
  }
}
