// The HTTP layer of the Prefect client: headers, CSRF tokens, retries and timeouts as the reference's
// PrefectHttpxAsyncClient (prefect/client/base.py) does them, on the process's one fetch (src/http-stack.ts).
import { randomUUID } from "node:crypto";
import { fetch } from "../http-stack.ts";
import { DEFAULT_CLOUD_API_URL, SERVER_API_VERSION, USER_AGENT } from "./constants.ts";
import { PrefectApiError, PrefectTransportError, parseErrorDetail } from "./errors.ts";
import { parseRetryAfter, retryDelaySeconds, type Random } from "./retry.ts";
import { classifyTransportError, transportReason } from "./transport-errors.ts";

export interface RequestObservation {
  method: string;
  /** Path template ("/work_pools/{name}"), never ids. */
  route: string;
  /** undefined when the attempt got no response. */
  status: number | undefined;
  durationSeconds: number;
}

export interface PrefectHttpOptions {
  apiUrl: string;
  apiKey?: string;
  authString?: string;
  cloudApiUrl?: string;
  requestTimeoutSeconds?: number;
  maxRetries?: number;
  retryJitterFactor?: number;
  extraRetryCodes?: number[];
  customHeaders?: Record<string, string>;
  csrfEnabled?: boolean;
  userAgent?: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: Random;
  /** Called once per HTTP attempt (metrics). */
  onRequest?: (observation: RequestObservation) => void;
  /** Told about ignored custom headers and retries; never given header values. */
  logger?: { debug(msg: string): void; warn(msg: string): void };
}

export interface RequestOptions {
  path?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

export interface HttpResponse {
  status: number;
  text: string;
}

const BASE_RETRY_CODES = [408, 429, 502, 503];
const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const PROTECTED_HEADERS = new Set(["user-agent", "prefect-csrf-token", "prefect-csrf-client"]);

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class PrefectHttp {
  readonly apiUrl: string;
  readonly isCloud: boolean;
  readonly #headers: Record<string, string>;
  readonly #attribution: Record<string, string> = {};
  readonly #timeoutSeconds: number;
  readonly #maxRetries: number;
  readonly #jitter: number;
  readonly #retryCodes: Set<number>;
  readonly #fetch: typeof fetch;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #random: Random;
  readonly #onRequest: PrefectHttpOptions["onRequest"];
  readonly #logger: PrefectHttpOptions["logger"];
  #csrfEnabled: boolean;
  readonly #csrfClient = randomUUID();
  #csrfToken: { token: string; expiresAt: number | undefined } | undefined;
  #csrfFetch: Promise<void> | undefined;
  #hasConnected = false;

  constructor(options: PrefectHttpOptions) {
    this.apiUrl = options.apiUrl.replace(/\/+$/, "");
    this.isCloud = options.apiUrl.startsWith(options.cloudApiUrl ?? DEFAULT_CLOUD_API_URL);
    this.#timeoutSeconds = options.requestTimeoutSeconds ?? 60;
    this.#maxRetries = options.maxRetries ?? 5;
    this.#jitter = options.retryJitterFactor ?? 0.2;
    this.#retryCodes = new Set([...BASE_RETRY_CODES, ...(options.extraRetryCodes ?? [])]);
    this.#fetch = options.fetch ?? fetch;
    this.#sleep = options.sleep ?? defaultSleep;
    this.#random = options.random ?? Math.random;
    this.#onRequest = options.onRequest;
    this.#logger = options.logger;
    // The reference never fetches CSRF tokens from Cloud.
    this.#csrfEnabled = (options.csrfEnabled ?? true) && !this.isCloud;
    this.#headers = { "X-PREFECT-API-VERSION": SERVER_API_VERSION };
    if (options.authString) {
      this.#headers["Authorization"] = `Basic ${Buffer.from(options.authString, "utf8").toString("base64")}`;
    } else if (options.apiKey) {
      this.#headers["Authorization"] = `Bearer ${options.apiKey}`;
    }
    this.#headers["User-Agent"] = options.userAgent ?? USER_AGENT;
    for (const [name, value] of Object.entries(options.customHeaders ?? {})) {
      if (PROTECTED_HEADERS.has(name.toLowerCase())) {
        this.#logger?.warn(
          `Custom header '${name}' is ignored because it conflicts with a protected header managed by ` +
            "Prefect. Protected headers include: User-Agent, Prefect-Csrf-Token, Prefect-Csrf-Client",
        );
      } else {
        this.#headers[name] = value;
      }
    }
  }

  /** Attribution headers sent with every request from now on (the reference reads them from env). */
  setWorkerAttribution({ name, id }: { name?: string; id?: string }): void {
    const trimmed = (value: string) => value.replace(/^[ \t]+|[ \t]+$/g, "");
    if (name !== undefined && trimmed(name)) this.#attribution["X-Prefect-Worker-Name"] = trimmed(name);
    if (id !== undefined && trimmed(id)) this.#attribution["X-Prefect-Worker-Id"] = trimmed(id);
  }

  /** Sends with retries; resolves for 2xx/3xx, throws PrefectApiError or PrefectTransportError otherwise. */
  async request(method: string, route: string, options: RequestOptions = {}): Promise<HttpResponse> {
    const url = this.#url(route, options);
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const csrf = MUTATING.has(method) ? await this.#csrfHeaders() : undefined;
    let headers = this.#requestHeaders(body !== undefined, csrf);
    let attempt = 0;
    let last: HttpResponse | undefined;
    for (;;) {
      const outcome = await this.#attempt(method, route, url, headers, body);
      let retryAfter: number | undefined;
      if ("error" in outcome) {
        attempt++;
        if (!this.#retryable(outcome.kind) || attempt > this.#maxRetries) throw outcome.error;
        last = undefined;
      } else {
        const { response, maintenance, retryAfterHeader } = outcome;
        if (!maintenance) attempt++;
        last = response;
        if (response.status === 403 && response.text.includes("Invalid CSRF token")) {
          this.#csrfToken = undefined;
          headers = this.#requestHeaders(body !== undefined, await this.#csrfHeaders());
        } else if (!this.#retryCodes.has(response.status)) {
          return this.#finish(method, route, response);
        }
        if (retryAfterHeader !== null) retryAfter = parseRetryAfter(retryAfterHeader);
      }
      // The reference also sleeps after its final attempt; that wait changes nothing, so we skip it.
      if (attempt > this.#maxRetries) break;
      const delay = retryDelaySeconds({
        attempt,
        retryAfter,
        jitterFactor: this.#jitter,
        random: this.#random,
      });
      this.#logger?.debug(
        `${method} ${route}: retryable ${last ? `status ${last.status}` : "transport error"}; ` +
          `attempt ${attempt}/${this.#maxRetries + 1}, next in ${delay.toFixed(2)} s`,
      );
      await this.#sleep(delay * 1000);
    }
    return this.#finish(method, route, last!);
  }

  #finish(method: string, route: string, response: HttpResponse): HttpResponse {
    this.#hasConnected = true;
    if (response.status >= 400) {
      throw new PrefectApiError(method, route, response.status, parseErrorDetail(response.text));
    }
    return response;
  }

  #retryable(kind: string): boolean {
    if (kind === "connect") return this.#hasConnected;
    return kind === "timeout" || kind === "io";
  }

  async #attempt(
    method: string,
    route: string,
    url: string,
    headers: Record<string, string>,
    body: string | undefined,
  ): Promise<
    | { response: HttpResponse; maintenance: boolean; retryAfterHeader: string | null }
    | { error: PrefectTransportError; kind: string }
  > {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.#timeoutSeconds * 1000);
    const started = performance.now();
    const observe = (status: number | undefined) =>
      this.#onRequest?.({ method, route, status, durationSeconds: (performance.now() - started) / 1000 });
    try {
      const res = await this.#fetch(url, { method, headers, body, signal: controller.signal });
      const text = await res.text();
      observe(res.status);
      return {
        response: { status: res.status, text },
        maintenance: res.headers.get("Prefect-Maintenance") === "true",
        retryAfterHeader: res.headers.get("Retry-After"),
      };
    } catch (err) {
      observe(undefined);
      const kind = classifyTransportError(err, timedOut);
      const reason = transportReason(err, timedOut, this.#timeoutSeconds);
      return { error: new PrefectTransportError(method, route, reason, kind === "timeout", err), kind };
    } finally {
      clearTimeout(timer);
    }
  }

  #url(route: string, { path = {}, query }: RequestOptions): string {
    const filled = route.replace(/\{(\w+)\}/g, (_m, key: string) => {
      const value = path[key];
      if (value === undefined) throw new Error(`missing path parameter ${key} for ${route}`);
      return encodeURIComponent(value);
    });
    const search = query ? `?${new URLSearchParams(query).toString()}` : "";
    return `${this.apiUrl}${filled}${search}`;
  }

  #requestHeaders(hasBody: boolean, csrf: Record<string, string> | undefined): Record<string, string> {
    return {
      ...this.#headers,
      ...(hasBody ? { "Content-Type": "application/json" } : {}),
      ...this.#attribution,
      ...csrf,
    };
  }

  async #csrfHeaders(): Promise<Record<string, string> | undefined> {
    if (!this.#csrfEnabled) return undefined;
    const token = this.#csrfToken;
    if (!token || (token.expiresAt !== undefined && Date.now() > token.expiresAt)) {
      // Concurrent mutating requests share one token fetch.
      this.#csrfFetch ??= this.#fetchCsrfToken().finally(() => (this.#csrfFetch = undefined));
      await this.#csrfFetch;
    }
    if (!this.#csrfEnabled || !this.#csrfToken) return undefined;
    return { "Prefect-Csrf-Token": this.#csrfToken.token, "Prefect-Csrf-Client": this.#csrfClient };
  }

  async #fetchCsrfToken(): Promise<void> {
    try {
      const res = await this.request("GET", "/csrf-token", { query: { client: this.#csrfClient } });
      const body = JSON.parse(res.text) as { token: string; expiration?: string };
      const expiresAt = body.expiration ? Date.parse(body.expiration) : undefined;
      this.#csrfToken = { token: body.token, expiresAt: Number.isNaN(expiresAt) ? undefined : expiresAt };
    } catch (err) {
      // An older server (404) or one with CSRF protection off (422) needs no token: stop asking.
      const oldServer = err instanceof PrefectApiError && err.status === 404;
      const disabled =
        err instanceof PrefectApiError &&
        err.status === 422 &&
        String(err.detail).includes("CSRF protection is disabled.");
      if (!oldServer && !disabled) throw err;
      this.#csrfEnabled = false;
    }
  }
}
