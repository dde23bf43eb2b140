import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { FlowRunLogSink } from "../../src/prefect/index.ts";
import { levelNumber, toLogCreate } from "../../src/prefect/flow-run-logs.ts";
import type { LogCreate } from "../../src/prefect/types.ts";

/** Records the batches it is given (the real POST /logs/ is covered by the integration tests). */
function fakeLogsClient(failures = 0) {
  const batches: LogCreate[][] = [];
  let left = failures;
  return {
    batches,
    async createLogs(logs: LogCreate[]) {
      if (left-- > 0) throw new Error("POST /logs/ → 503 Service Unavailable");
      batches.push(logs);
    },
  };
}

const at = new Date("2026-01-01T00:00:00Z");

describe("flow-run logs", () => {
  test("records become LogCreate bodies with Python level numbers and the worker's logger name", () => {
    assert.deepEqual(toLogCreate({ flowRunId: "r", level: "warning", message: "m", timestamp: at }), {
      name: "prefect.flow_runs.worker",
      level: 30,
      message: "m",
      timestamp: "2026-01-01T00:00:00.000Z",
      flow_run_id: "r",
      task_run_id: null,
    });
    assert.deepEqual(
      ["DEBUG", "INFO", "WARN", "ERROR", "CRITICAL", 15].map((l) => levelNumber(l)),
      [10, 20, 30, 40, 50, 15],
    );
    assert.equal(
      toLogCreate({ flowRunId: "r", level: "INFO", message: "m", workerId: "w-1" })["worker_id" as never],
      "w-1",
    );
  });

  test("oversized messages are truncated like the reference's", () => {
    const log = toLogCreate({ flowRunId: "r", level: "INFO", message: "x".repeat(1_200_000), timestamp: at });
    assert.ok(log.message.endsWith("... [truncated]"));
    assert.ok(Buffer.byteLength(JSON.stringify(log)) <= 1_000_000);
  });

  test("a full batch is sent at once; the rest on flush, in order", async () => {
    const client = fakeLogsClient();
    const sink = new FlowRunLogSink({ client, maxBatch: 2, intervalMs: 60_000 });
    for (const message of ["a", "b", "c"])
      sink.log({ flowRunId: "r", level: "INFO", message, timestamp: at });
    await sink.flush();
    assert.deepEqual(
      client.batches.map((b) => b.map((l) => l.message)),
      [["a", "b"], ["c"]],
    );
    await sink.close();
    sink.log({ flowRunId: "r", level: "INFO", message: "after close" });
    await sink.flush();
    assert.equal(client.batches.length, 2);
  });

  test("a failed batch is reported once and dropped, never thrown", async () => {
    const client = fakeLogsClient(1);
    const warnings: string[] = [];
    const sink = new FlowRunLogSink({
      client,
      logger: { warn: (m) => warnings.push(m) },
      intervalMs: 60_000,
    });
    sink.log({ flowRunId: "r", level: "INFO", message: "lost" });
    sink.log({ flowRunId: "r", level: "INFO", message: "lost too" });
    await sink.flush();
    sink.log({ flowRunId: "r", level: "INFO", message: "kept" });
    await sink.close();
    assert.deepEqual(warnings, [
      "Failed to send 2 flow run log(s) to the API: POST /logs/ → 503 Service Unavailable",
    ]);
    assert.deepEqual(
      client.batches.map((b) => b.map((l) => l.message)),
      [["kept"]],
    );
  });
});

test("records logged in one go get strictly increasing microsecond timestamps, in order", () => {
  const stamps = Array.from(
    { length: 50 },
    (_, i) => toLogCreate({ flowRunId: "r", level: "ERROR", message: `line ${i}` }).timestamp,
  );
  for (const stamp of stamps) assert.match(stamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  const micros = stamps.map((s) => Date.parse(s.slice(0, 23) + "Z") * 1000 + Number(s.slice(23, 26)));
  for (let i = 1; i < micros.length; i++)
    assert.ok(micros[i]! > micros[i - 1]!, `${stamps[i - 1]} < ${stamps[i]}`);
  assert.ok(Math.abs(micros.at(-1)! / 1000 - Date.now()) < 1000, "close to now");
});
