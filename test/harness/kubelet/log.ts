// Structured logging for the kubelet: one JSON object per line on stderr, so the stack's log file stays
// greppable and a test failure can be traced to a pod by its namespace/name.

export type Fields = Record<string, unknown>;

export interface Logger {
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
  child(fields: Fields): Logger;
}

type Level = "info" | "warn" | "error";

function describe(value: unknown): unknown {
  if (value instanceof Error) return value.message;
  return value;
}

export function createLogger(
  base: Fields = {},
  write: (line: string) => void = (l) => process.stderr.write(l),
): Logger {
  const emit = (level: Level, msg: string, fields?: Fields): void => {
    const record: Fields = { time: new Date().toISOString(), level, msg, ...base };
    for (const [k, v] of Object.entries(fields ?? {})) record[k] = describe(v);
    write(JSON.stringify(record) + "\n");
  };
  return {
    info: (msg, fields) => emit("info", msg, fields),
    warn: (msg, fields) => emit("warn", msg, fields),
    error: (msg, fields) => emit("error", msg, fields),
    child: (fields) => createLogger({ ...base, ...fields }, write),
  };
}
