// Flow-run logs from the worker, batched to POST /logs/ like the reference's APILogWorker (every 2 s or
// when a batch is full). A failed batch is reported once and dropped: logs must never stop the worker.
import type { LogCreate } from "./types.ts";

/** The reference's `get_flow_run_logger(flow_run)`: "prefect.flow_runs" + child "worker". */
export const FLOW_RUN_LOGGER_NAME = "prefect.flow_runs.worker";

const LEVELS: Record<string, number> = {
  CRITICAL: 50,
  FATAL: 50,
  ERROR: 40,
  WARNING: 30,
  WARN: 30,
  INFO: 20,
  DEBUG: 10,
  NOTSET: 0,
};
// PREFECT_LOGGING_TO_API_MAX_LOG_SIZE: larger records get their message truncated.
export const MAX_LOG_SIZE = 1_000_000;

export interface FlowRunLogRecord {
  flowRunId: string;
  /** Python logging level name ("INFO") or number. */
  level: string | number;
  message: string;
  /** Defaults to FLOW_RUN_LOGGER_NAME. */
  name?: string;
  timestamp?: Date;
  /** Cloud only: the worker's backend id. */
  workerId?: string;
}

export interface FlowRunLogSinkOptions {
  client: { createLogs(logs: LogCreate[]): Promise<void> };
  logger?: { warn(msg: string): void };
  intervalMs?: number;
  maxBatch?: number;
}

export function levelNumber(level: string | number): number {
  if (typeof level === "number") return level;
  return LEVELS[level.toUpperCase()] ?? 20;
}

let lastMicros = 0;

/**
 * Now, in microseconds as Python's logging records have it, and strictly after the previous call: lines
 * logged in one go (a crashed pod's tail) keep their order on servers that sort ties arbitrarily
 * (PostgreSQL), as the reference's records, each stamped by its own time.time(), do.
 */
function uniqueNow(): string {
  lastMicros = Math.max(Date.now() * 1000, lastMicros + 1);
  const micros = String(lastMicros % 1000).padStart(3, "0");
  return new Date(Math.floor(lastMicros / 1000)).toISOString().replace("Z", `${micros}Z`);
}

export function toLogCreate(record: FlowRunLogRecord): LogCreate {
  const log: LogCreate & { worker_id?: string } = {
    name: record.name ?? FLOW_RUN_LOGGER_NAME,
    level: levelNumber(record.level),
    message: record.message,
    timestamp: record.timestamp ? record.timestamp.toISOString() : uniqueNow(),
    flow_run_id: record.flowRunId,
    task_run_id: null,
  };
  if (record.workerId) log.worker_id = record.workerId;
  const size = Buffer.byteLength(JSON.stringify(log));
  if (size > MAX_LOG_SIZE) {
    const keep = Math.max(record.message.length - (size - MAX_LOG_SIZE) - 50, 0);
    log.message = `${record.message.slice(0, keep)}... [truncated]`;
  }
  return log;
}

export class FlowRunLogSink {
  readonly #client: FlowRunLogSinkOptions["client"];
  readonly #logger: FlowRunLogSinkOptions["logger"];
  readonly #intervalMs: number;
  readonly #maxBatch: number;
  #buffer: LogCreate[] = [];
  #timer: NodeJS.Timeout | undefined;
  #sending: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(options: FlowRunLogSinkOptions) {
    this.#client = options.client;
    this.#logger = options.logger;
    this.#intervalMs = options.intervalMs ?? 2000;
    this.#maxBatch = options.maxBatch ?? 100;
  }

  log(record: FlowRunLogRecord): void {
    if (this.#closed) return;
    this.#buffer.push(toLogCreate(record));
    if (this.#buffer.length >= this.#maxBatch) {
      void this.flush();
    } else if (!this.#timer) {
      this.#timer = setTimeout(() => void this.flush(), this.#intervalMs);
      this.#timer.unref();
    }
  }

  /** Sends everything buffered so far; resolves when it has been sent or reported as failed. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const batches: LogCreate[][] = [];
    while (this.#buffer.length > 0) batches.push(this.#buffer.splice(0, this.#maxBatch));
    // Batches go one after another so the server receives them in order.
    this.#sending = this.#sending.then(async () => {
      for (const batch of batches) await this.#send(batch);
    });
    return this.#sending;
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.flush();
  }

  async #send(batch: LogCreate[]): Promise<void> {
    try {
      await this.#client.createLogs(batch);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      this.#logger?.warn(`Failed to send ${batch.length} flow run log(s) to the API: ${reason}`);
    }
  }
}
