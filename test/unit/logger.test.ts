import assert from "node:assert/strict";
import { test } from "node:test";
import {
  createLogger,
  errorField,
  type LoggerOptions,
  type PrefectLogLevel,
} from "../../src/observability/logger.ts";

const API_KEY = "pnu_0123456789abcdefSECRET";
const AUTH_STRING = 'admin:p@ss/w"rd\\x';

/** A logger writing into an array of raw lines (what would reach stdout). */
function capture(options: Partial<LoggerOptions> = {}) {
  const lines: string[] = [];
  const logger = createLogger({
    level: "DEBUG",
    secrets: [API_KEY, AUTH_STRING],
    destination: { write: (line: string) => void lines.push(line) },
    ...options,
  });
  return { logger, lines, text: () => lines.join("") };
}

function assertNoSecret(text: string): void {
  const forms = [
    API_KEY,
    AUTH_STRING,
    JSON.stringify(AUTH_STRING).slice(1, -1),
    Buffer.from(AUTH_STRING).toString("base64"),
    encodeURIComponent(AUTH_STRING),
    Buffer.from(API_KEY).toString("base64"),
  ];
  for (const form of forms) assert.ok(!text.includes(form), `${form} leaked in ${text}`);
}

test("lines are JSON with an ISO time, the level's name and the base fields", () => {
  const { logger, lines } = capture({ base: { worker: "w1" } });
  logger.info({ run: "r1" }, "hello");
  assert.equal(lines.length, 1);
  const line = JSON.parse(lines[0]!) as Record<string, unknown>;
  assert.equal(line.level, "info");
  assert.equal(line.msg, "hello");
  assert.equal(line.worker, "w1");
  assert.equal(line.run, "r1");
  assert.match(String(line.time), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.ok(!("pid" in line) && !("hostname" in line));
});

test("the API key and auth string never reach the output, in any form, replaced by [REDACTED]", () => {
  const { logger, text } = capture();
  const basic = `Basic ${Buffer.from(AUTH_STRING).toString("base64")}`;
  logger.info(`request failed with key ${API_KEY}`);
  logger.warn({ detail: { message: `401 for ${AUTH_STRING}` } }, "in a nested field, JSON-escaped");
  logger.error({ header: basic }, "as a Basic header");
  logger.error(`as a URL: https://h/api?auth=${encodeURIComponent(AUTH_STRING)}`);
  logger.debug({ apiKey: API_KEY, nested: { authString: AUTH_STRING } }, "by path");
  logger.info({ headers: { authorization: "Bearer some-other-token" } }, "the authorization header by path");
  const out = text();
  assertNoSecret(out);
  assert.ok(!out.includes("some-other-token"), out);
  // Every line still parses and shows where something was removed.
  const lines = out
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(lines.length, 6);
  assert.equal(lines[0]!.msg, "request failed with key [REDACTED]");
  assert.deepEqual(lines[1]!.detail, { message: "401 for [REDACTED]" });
  assert.equal(lines[2]!.header, "Basic [REDACTED]");
  assert.equal(lines[3]!.msg, "as a URL: https://h/api?auth=[REDACTED]");
  assert.deepEqual(
    [lines[4]!.apiKey, (lines[4]!.nested as { authString: string }).authString],
    ["[REDACTED]", "[REDACTED]"],
  );
  assert.deepEqual(lines[5]!.headers, { authorization: "[REDACTED]" });
});

test("a secret that contains another is replaced whole", () => {
  const { logger, lines } = capture({ secrets: ["abcd", "abcdefgh"] });
  logger.info("x abcdefgh y abcd z");
  assert.equal((JSON.parse(lines[0]!) as { msg: string }).msg, "x [REDACTED] y [REDACTED] z");
});

test("unset secrets are ignored", () => {
  const { logger, lines } = capture({ secrets: [undefined, ""] });
  logger.info("nothing to hide");
  assert.equal((JSON.parse(lines[0]!) as { msg: string }).msg, "nothing to hide");
});

test("Prefect level names map to pino's", () => {
  const expected: Record<PrefectLogLevel, string> = {
    DEBUG: "debug",
    INFO: "info",
    WARNING: "warn",
    ERROR: "error",
    CRITICAL: "fatal",
  };
  for (const [level, pinoLevel] of Object.entries(expected)) {
    assert.equal(capture({ level: level as PrefectLogLevel }).logger.level, pinoLevel, level);
  }
});

test("WARNING drops info lines and keeps warnings", () => {
  const { logger, lines } = capture({ level: "WARNING" });
  logger.info("dropped");
  logger.warn("kept");
  assert.deepEqual(
    lines.map((l) => (JSON.parse(l) as { level: string }).level),
    ["warn"],
  );
});

test("debug mode forces DEBUG whatever the level", () => {
  const { logger, lines } = capture({ level: "ERROR", debug: true });
  assert.equal(logger.level, "debug");
  logger.debug("shown");
  assert.equal(lines.length, 1);
});

test("errorField keeps the class and message only", () => {
  class ApiError extends Error {
    override name = "ApiError";
    readonly socket = { huge: true };
  }
  assert.deepEqual(errorField(new ApiError("503 Service Unavailable")), {
    type: "ApiError",
    message: "503 Service Unavailable",
  });
  assert.deepEqual(errorField(new TypeError("bad")), { type: "TypeError", message: "bad" });
  assert.deepEqual(errorField("plain"), { type: "string", message: "plain" });
  assert.deepEqual(errorField(undefined), { type: "undefined", message: "undefined" });
  assert.deepEqual(errorField({ code: 1 }), { type: "object", message: "[object Object]" });
});

test("an err field keeps errorField's type, and a raw Error is logged as errorField would", () => {
  class ApiError extends Error {
    override name = "ApiError";
    readonly request = { socket: "not for the logs" };
  }
  const { logger, lines } = capture();
  logger.warn({ err: errorField(new ApiError("503 Service Unavailable")) }, "shaped");
  logger.warn({ err: new ApiError("503 Service Unavailable") }, "raw");
  logger.warn({ err: "a string" }, "neither");
  const errs = lines.map((l) => (JSON.parse(l) as { err: unknown }).err);
  assert.deepEqual(errs, [
    { type: "ApiError", message: "503 Service Unavailable" },
    { type: "ApiError", message: "503 Service Unavailable" },
    "a string",
  ]);
});
