import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import {
  CriLogWriter,
  formatTimestamp,
  LogRenderer,
  maxRecordBytes,
  parseLogQuery,
  parseRecord,
  parseRecords,
  parseTimestampNs,
  splitLines,
  tailRecords,
  type CriRecord,
  type LogOptions,
} from "../harness/kubelet/cri-log.ts";

const dir = mkdtempSync(join(tmpdir(), "kubelet-cri-log-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const base = 1_700_000_000_000_000_000n;
const sec = 1_000_000_000n;

function rec(offsetS: number, stream: "stdout" | "stderr", content: string, partial = false): CriRecord {
  return {
    timestamp: formatTimestamp(base + BigInt(offsetS) * sec),
    stream,
    partial,
    content: Buffer.from(content),
  };
}

function options(overrides: Partial<LogOptions> = {}): LogOptions {
  return {
    follow: false,
    previous: false,
    timestamps: false,
    tailLines: undefined,
    sinceNs: undefined,
    limitBytes: undefined,
    stream: "All",
    ...overrides,
  };
}

describe("timestamps", () => {
  it("format with nine fractional digits and parse back", () => {
    const ts = formatTimestamp(1_700_000_000_123_456_789n);
    assert.equal(ts, "2023-11-14T22:13:20.123456789Z");
    assert.equal(parseTimestampNs(ts), 1_700_000_000_123_456_789n);
  });
  it("parse short fractions, none, and offsets", () => {
    assert.equal(parseTimestampNs("2023-11-14T22:13:20Z"), 1_700_000_000n * sec);
    assert.equal(parseTimestampNs("2023-11-14T22:13:20.5Z"), 1_700_000_000n * sec + 500_000_000n);
    assert.equal(parseTimestampNs("2023-11-14T23:13:20+01:00"), 1_700_000_000n * sec);
    assert.equal(parseTimestampNs("yesterday"), undefined);
  });
});

describe("CRI records", () => {
  it("parse full and partial lines, keeping spaces in content", () => {
    const r = parseRecord(Buffer.from("2023-11-14T22:13:20.000000001Z stderr F hello  world "))!;
    assert.equal(r.stream, "stderr");
    assert.equal(r.partial, false);
    assert.equal(r.content.toString(), "hello  world ");
    assert.equal(parseRecord(Buffer.from("2023-11-14T22:13:20Z stdout P"))!.content.length, 0);
    assert.equal(parseRecord(Buffer.from("garbage line")), undefined);
    assert.equal(parseRecord(Buffer.from("2023-11-14T22:13:20Z stdin F x")), undefined);
  });
  it("split a chunk into complete lines and a rest", () => {
    const { lines, rest } = splitLines(Buffer.from("a\nb\nc"));
    assert.deepEqual(
      lines.map((l) => l.toString()),
      ["a", "b"],
    );
    assert.equal(rest.toString(), "c");
  });
});

describe("CriLogWriter", () => {
  it("joins lines written in pieces, keeps streams apart and flushes the rest on close", () => {
    const file = join(dir, "w1.log");
    let t = base;
    const w = new CriLogWriter(file, () => (t += 1000n));
    w.write("stdout", Buffer.from("hel"));
    w.write("stderr", Buffer.from("oops\n"));
    w.write("stdout", Buffer.from("lo\nwor"));
    w.write("stdout", Buffer.from("ld\nno newline"));
    w.close();
    const records = parseRecords(splitLines(readFileSync(file)).lines);
    assert.deepEqual(
      records.map((r) => [r.stream, r.partial, r.content.toString()]),
      [
        ["stderr", false, "oops"],
        ["stdout", false, "hello"],
        ["stdout", false, "world"],
        ["stdout", false, "no newline"],
      ],
    );
    assert.ok(
      records.every(
        (r, i) => i === 0 || parseTimestampNs(r.timestamp)! > parseTimestampNs(records[i - 1]!.timestamp)!,
      ),
    );
  });
  it("cuts very long lines into partial records", () => {
    const file = join(dir, "w2.log");
    const w = new CriLogWriter(file);
    w.write("stdout", Buffer.from("x".repeat(maxRecordBytes * 2 + 10) + "\n"));
    w.close();
    const records = parseRecords(splitLines(readFileSync(file)).lines);
    assert.deepEqual(
      records.map((r) => [r.partial, r.content.length]),
      [
        [true, maxRecordBytes],
        [true, maxRecordBytes],
        [false, 10],
      ],
    );
  });
});

describe("reading logs", () => {
  const records = [
    rec(0, "stdout", "one"),
    rec(1, "stderr", "two"),
    rec(2, "stdout", "thr", true),
    rec(2, "stdout", "ee"),
    rec(3, "stdout", "four"),
  ];

  it("renders lines without timestamps by default", () => {
    assert.equal(new LogRenderer(options()).renderInitial(records).toString(), "one\ntwo\nthree\nfour\n");
  });
  it("prefixes each line, not each piece, with its timestamp", () => {
    const out = new LogRenderer(options({ timestamps: true })).renderInitial(records).toString();
    assert.deepEqual(out.split("\n").slice(0, 3), [
      `${formatTimestamp(base)} one`,
      `${formatTimestamp(base + sec)} two`,
      `${formatTimestamp(base + 2n * sec)} three`,
    ]);
  });
  it("tails whole lines", () => {
    assert.equal(
      new LogRenderer(options({ tailLines: 2 })).renderInitial(records).toString(),
      "three\nfour\n",
    );
    assert.equal(new LogRenderer(options({ tailLines: 0 })).renderInitial(records).toString(), "");
    assert.equal(
      new LogRenderer(options({ tailLines: 99 })).renderInitial(records).toString(),
      "one\ntwo\nthree\nfour\n",
    );
    const unterminated = [...records, rec(4, "stdout", "fi", true)];
    assert.deepEqual(
      tailRecords(unterminated, 1).map((r) => r.content.toString()),
      ["fi"],
    );
  });
  it("filters by time and stream", () => {
    const since = new LogRenderer(options({ sinceNs: base + 2n * sec })).renderInitial(records).toString();
    assert.equal(since, "three\nfour\n");
    assert.equal(new LogRenderer(options({ stream: "Stderr" })).renderInitial(records).toString(), "two\n");
  });
  it("stops after limitBytes, mid-line if need be", () => {
    const r = new LogRenderer(options({ limitBytes: 6 }));
    assert.equal(r.renderInitial(records).toString(), "one\ntw");
    assert.ok(r.exhausted);
    assert.equal(r.render([rec(9, "stdout", "more")]).length, 0);
  });
  it("keeps state across calls while following", () => {
    const r = new LogRenderer(options({ timestamps: true }));
    r.render([rec(0, "stdout", "a", true)]);
    assert.equal(r.render([rec(1, "stdout", "b")]).toString(), "b\n");
  });
});

describe("log query", () => {
  it("parses the kubelet's parameters", () => {
    const now = base + 100n * sec;
    const o = parseLogQuery(
      new URLSearchParams("follow=true&previous=1&timestamps=true&tailLines=5&limitBytes=10&sinceSeconds=10"),
      now,
    );
    assert.deepEqual(o, {
      follow: true,
      previous: true,
      timestamps: true,
      tailLines: 5,
      sinceNs: now - 10n * sec,
      limitBytes: 10,
      stream: "All",
    });
    assert.equal(parseLogQuery(new URLSearchParams("sinceTime=2023-11-14T22:13:20Z")).sinceNs, base);
    assert.deepEqual(parseLogQuery(new URLSearchParams("")), options());
  });
  it("rejects bad values", () => {
    for (const q of [
      "tailLines=-1",
      "limitBytes=0",
      "follow=maybe",
      "sinceTime=x",
      "sinceSeconds=1&sinceTime=2023-11-14T22:13:20Z",
      "stream=both",
    ]) {
      assert.throws(() => parseLogQuery(new URLSearchParams(q)), Error, q);
    }
  });
});
