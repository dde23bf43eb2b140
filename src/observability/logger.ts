// The worker's logs: pino JSON lines on stdout. Secrets are removed twice: known secret-bearing fields
// by path, and the secret values themselves wherever they end up (an error message, a URL, a header).
import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger } from "pino";

export type PrefectLogLevel = "DEBUG" | "INFO" | "WARNING" | "ERROR" | "CRITICAL";

const PINO_LEVELS: Record<PrefectLogLevel, pino.Level> = {
  DEBUG: "debug",
  INFO: "info",
  WARNING: "warn",
  ERROR: "error",
  CRITICAL: "fatal",
};

export interface LoggerOptions {
  level: PrefectLogLevel;
  /** Debug mode (PREFECT_DEBUG_MODE / PREFECT_WORKER_DEBUG_MODE) forces DEBUG. */
  debug?: boolean;
  /** Values that must never be written (API key, auth string); their Basic-auth forms are covered too. */
  secrets?: (string | undefined)[];
  destination?: DestinationStream;
  base?: Record<string, unknown>;
}

const REDACTED = "[REDACTED]";

/** Every form in which a secret may appear in a log line: as is, JSON-escaped, base64 for Basic auth. */
function secretForms(secrets: (string | undefined)[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    forms.add(secret);
    forms.add(JSON.stringify(secret).slice(1, -1));
    forms.add(Buffer.from(secret).toString("base64"));
    forms.add(encodeURIComponent(secret));
  }
  // Longest first, so a secret containing another is replaced whole.
  return [...forms].sort((a, b) => b.length - a.length);
}

export function scrubSecrets(text: string, forms: string[]): string {
  let out = text;
  for (const form of forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
  return out;
}

export function createLogger(options: LoggerOptions): Logger {
  const forms = secretForms(options.secrets ?? []);
  return pino(
    {
      level: options.debug ? "debug" : PINO_LEVELS[options.level],
      base: options.base ?? null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // pino's own `err` serializer takes anything with a message for an Error: it would overwrite
      // errorField's type with "Object", and walk a raw Error's fields (sockets, requests) into the line.
      serializers: { err: (value: unknown) => (value instanceof Error ? errorField(value) : value) },
      redact: {
        paths: [
          "apiKey",
          "authString",
          "*.apiKey",
          "*.authString",
          "headers.authorization",
          "headers.Authorization",
          "*.headers.authorization",
          "*.headers.Authorization",
        ],
        censor: REDACTED,
      },
      hooks: forms.length > 0 ? { streamWrite: (line: string) => scrubSecrets(line, forms) } : {},
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** An error as a short log field: class and message, never the object (client errors hold sockets). */
export function errorField(error: unknown): { type: string; message: string } {
  if (error instanceof Error) return { type: error.name, message: error.message };
  return { type: typeof error, message: String(error) };
}
