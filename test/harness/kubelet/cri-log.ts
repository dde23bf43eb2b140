// Container logs in the CRI format that real runtimes write and the kubelet reads:
//   <RFC3339Nano timestamp> <stdout|stderr> <F|P> <content>
// F ends a line, P is a piece of a longer line. Writing splits process output into such records; reading
// applies the kubelet's log options (tail, since, limitBytes, timestamps, stream) to them.
import { closeSync, openSync, writeSync } from "node:fs";

export type LogStream = "stdout" | "stderr";

export interface CriRecord {
  timestamp: string;
  stream: LogStream;
  partial: boolean;
  content: Buffer;
}

/** Runtimes cut lines longer than this into P records (containerd's default). */
export const maxRecordBytes = 16 * 1024;

// Wall clock at start plus a monotonic offset: nanosecond resolution and never going backwards.
const wallBaseNs = BigInt(Date.now()) * 1_000_000n - process.hrtime.bigint();

export function nowNs(): bigint {
  return wallBaseNs + process.hrtime.bigint();
}

/** RFC3339 with exactly nine fractional digits in UTC (the kubelet's RFC3339NanoFixed). */
export function formatTimestamp(ns: bigint): string {
  const ms = Number(ns / 1_000_000n);
  const fraction = (((ns % 1_000_000_000n) + 1_000_000_000n) % 1_000_000_000n).toString().padStart(9, "0");
  return `${new Date(ms).toISOString().slice(0, 19)}.${fraction}Z`;
}

/** Nanoseconds since the epoch of an RFC3339 timestamp with any fraction; undefined when malformed. */
export function parseTimestampNs(text: string): bigint | undefined {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/i.exec(text);
  if (!m) return undefined;
  const ms = Date.parse(`${m[1]}${m[3]!.toUpperCase()}`);
  if (Number.isNaN(ms)) return undefined;
  return BigInt(ms) * 1_000_000n + BigInt((m[2] ?? "").padEnd(9, "0"));
}

export function formatRecord(
  timestamp: string,
  stream: LogStream,
  partial: boolean,
  content: Buffer,
): Buffer {
  return Buffer.concat([
    Buffer.from(`${timestamp} ${stream} ${partial ? "P" : "F"} `),
    content,
    Buffer.from("\n"),
  ]);
}

/** One record from one file line (without its newline); undefined for a line that is not CRI format. */
export function parseRecord(line: Buffer): CriRecord | undefined {
  const s1 = line.indexOf(0x20);
  const s2 = s1 === -1 ? -1 : line.indexOf(0x20, s1 + 1);
  if (s2 === -1) return undefined;
  const s3 = line.indexOf(0x20, s2 + 1);
  const timestamp = line.subarray(0, s1).toString();
  const stream = line.subarray(s1 + 1, s2).toString();
  const tag = line.subarray(s2 + 1, s3 === -1 ? line.length : s3).toString();
  if (stream !== "stdout" && stream !== "stderr") return undefined;
  if (parseTimestampNs(timestamp) === undefined) return undefined;
  const flag = tag.split(":")[0];
  if (flag !== "F" && flag !== "P") return undefined;
  return {
    timestamp,
    stream,
    partial: flag === "P",
    content: s3 === -1 ? Buffer.alloc(0) : line.subarray(s3 + 1),
  };
}

/** Complete lines of a chunk of a log file, and the unterminated rest to prepend to the next chunk. */
export function splitLines(data: Buffer): { lines: Buffer[]; rest: Buffer } {
  const lines: Buffer[] = [];
  let start = 0;
  for (let nl = data.indexOf(0x0a); nl !== -1; nl = data.indexOf(0x0a, start)) {
    lines.push(data.subarray(start, nl));
    start = nl + 1;
  }
  return { lines, rest: data.subarray(start) };
}

export function parseRecords(lines: Buffer[]): CriRecord[] {
  return lines.map(parseRecord).filter((r): r is CriRecord => r !== undefined);
}

/**
 * Turns one container instance's output into CRI records in `path`. Each stream is buffered separately
 * so that a line written in several chunks stays one record.
 */
export class CriLogWriter {
  private fd: number | undefined;
  private readonly pending: Record<LogStream, Buffer> = { stdout: Buffer.alloc(0), stderr: Buffer.alloc(0) };
  private readonly clock: () => bigint;

  constructor(path: string, clock: () => bigint = nowNs) {
    this.fd = openSync(path, "a", 0o640);
    this.clock = clock;
  }

  write(stream: LogStream, chunk: Buffer): void {
    let buf = this.pending[stream].length > 0 ? Buffer.concat([this.pending[stream], chunk]) : chunk;
    const { lines, rest } = splitLines(buf);
    for (let line of lines) {
      while (line.length > maxRecordBytes) {
        this.emit(stream, true, line.subarray(0, maxRecordBytes));
        line = line.subarray(maxRecordBytes);
      }
      this.emit(stream, false, line);
    }
    buf = rest;
    while (buf.length >= maxRecordBytes) {
      this.emit(stream, true, buf.subarray(0, maxRecordBytes));
      buf = buf.subarray(maxRecordBytes);
    }
    this.pending[stream] = Buffer.from(buf);
  }

  /** Flushes unterminated output as a final full line and closes the file. */
  close(): void {
    for (const stream of ["stdout", "stderr"] as const) {
      if (this.pending[stream].length > 0) this.emit(stream, false, this.pending[stream]);
      this.pending[stream] = Buffer.alloc(0);
    }
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private emit(stream: LogStream, partial: boolean, content: Buffer): void {
    if (this.fd === undefined) return;
    writeSync(this.fd, formatRecord(formatTimestamp(this.clock()), stream, partial, content));
  }
}

export interface LogOptions {
  follow: boolean;
  previous: boolean;
  timestamps: boolean;
  tailLines: number | undefined;
  /** Records before this instant (ns since the epoch) are skipped. */
  sinceNs: bigint | undefined;
  limitBytes: number | undefined;
  stream: "All" | "Stdout" | "Stderr";
}

function parseBool(name: string, value: string | null): boolean {
  if (value === null) return false;
  if (["true", "1", "t", "TRUE", "True", "T"].includes(value)) return true;
  if (["false", "0", "f", "FALSE", "False", "F", ""].includes(value)) return false;
  throw new Error(`invalid value for ${name}: ${JSON.stringify(value)}`);
}

function parseInteger(name: string, value: string | null, min: number): number | undefined {
  if (value === null || value === "") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`invalid value for ${name}: ${JSON.stringify(value)}`);
  return n;
}

/** The kubelet's /containerLogs query parameters; throws with a message for a 400 on bad values. */
export function parseLogQuery(query: URLSearchParams, now: bigint = nowNs()): LogOptions {
  const sinceSeconds = parseInteger("sinceSeconds", query.get("sinceSeconds"), 1);
  const sinceTime = query.get("sinceTime");
  if (sinceSeconds !== undefined && sinceTime)
    throw new Error("at most one of sinceTime or sinceSeconds may be set");
  let sinceNs: bigint | undefined;
  if (sinceSeconds !== undefined) sinceNs = now - BigInt(sinceSeconds) * 1_000_000_000n;
  if (sinceTime) {
    sinceNs = parseTimestampNs(sinceTime);
    if (sinceNs === undefined) throw new Error(`invalid value for sinceTime: ${JSON.stringify(sinceTime)}`);
  }
  const stream = query.get("stream") ?? "All";
  if (stream !== "All" && stream !== "Stdout" && stream !== "Stderr") {
    throw new Error(`invalid value for stream: ${JSON.stringify(stream)}`);
  }
  return {
    follow: parseBool("follow", query.get("follow")),
    previous: parseBool("previous", query.get("previous")),
    timestamps: parseBool("timestamps", query.get("timestamps")),
    tailLines: parseInteger("tailLines", query.get("tailLines"), 0),
    sinceNs,
    limitBytes: parseInteger("limitBytes", query.get("limitBytes"), 1),
    stream,
  };
}

function wanted(record: CriRecord, options: LogOptions): boolean {
  if (options.stream === "Stdout" && record.stream !== "stdout") return false;
  if (options.stream === "Stderr" && record.stream !== "stderr") return false;
  if (options.sinceNs !== undefined) {
    const ts = parseTimestampNs(record.timestamp);
    if (ts !== undefined && ts < options.sinceNs) return false;
  }
  return true;
}

/** The records that make up the last `lines` lines (an unterminated last line counts as one). */
export function tailRecords(records: CriRecord[], lines: number | undefined): CriRecord[] {
  if (lines === undefined) return records;
  if (lines === 0) return [];
  // Lines end at F records; trailing P records form one more, unterminated line.
  let counted = records.at(-1)?.partial ? 1 : 0;
  for (let i = records.length - 1; i >= 0; i--) {
    if (records[i]!.partial) continue;
    if (counted === lines) return records.slice(i + 1);
    counted++;
  }
  return records;
}

/**
 * Renders records as the kubelet returns them: content plus newline for full lines, the timestamp in front
 * of each line when asked, and output cut off after limitBytes. Stateful so that a follow can feed it
 * records as they arrive.
 */
export class LogRenderer {
  private written = 0;
  private atLineStart = true;
  private readonly options: LogOptions;

  constructor(options: LogOptions) {
    this.options = options;
  }

  /** True once limitBytes has been reached; nothing more will be rendered. */
  get exhausted(): boolean {
    return this.options.limitBytes !== undefined && this.written >= this.options.limitBytes;
  }

  render(records: readonly CriRecord[]): Buffer {
    const parts: Buffer[] = [];
    for (const record of records) {
      if (this.exhausted) break;
      if (!wanted(record, this.options)) continue;
      let out = record.partial ? record.content : Buffer.concat([record.content, Buffer.from("\n")]);
      if (this.options.timestamps && this.atLineStart) {
        const ns = parseTimestampNs(record.timestamp);
        const ts = ns === undefined ? record.timestamp : formatTimestamp(ns);
        out = Buffer.concat([Buffer.from(`${ts} `), out]);
      }
      this.atLineStart = !record.partial;
      if (this.options.limitBytes !== undefined) {
        const remaining = this.options.limitBytes - this.written;
        if (out.length > remaining) out = out.subarray(0, remaining);
      }
      this.written += out.length;
      parts.push(out);
    }
    return Buffer.concat(parts);
  }

  /** The initial read of a file: filter, then tail, then render. */
  renderInitial(records: readonly CriRecord[]): Buffer {
    const selected = tailRecords(
      records.filter((r) => wanted(r, this.options)),
      this.options.tailLines,
    );
    return this.render(selected);
  }
}
