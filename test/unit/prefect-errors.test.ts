// What an API error keeps of the server's body: FastAPI's `detail`, or Prefect's `exception_message` with the
// reasons of its `exception_detail` (never the echoed `input` or `request_body`).
import assert from "node:assert/strict";
import { test } from "node:test";
import { PrefectApiError, parseErrorDetail } from "../../src/prefect/errors.ts";
import { transportReason } from "../../src/prefect/transport-errors.ts";

test("a 422's reasons come from exception_detail, without the echoed input", () => {
  const body = JSON.stringify({
    exception_message: "Invalid request received.",
    exception_detail: [
      {
        type: "value_error",
        loc: ["body", "base_job_template"],
        msg: "Value error, Your job configuration uses the following undeclared variable(s): nope.",
        input: { secret: "pnu_INPUT" },
      },
      { type: "missing", loc: ["body", "name"], msg: "Field required" },
    ],
    request_body: { secret: "pnu_BODY" },
  });
  const detail = parseErrorDetail(body);
  assert.equal(
    detail,
    "Invalid request received. base_job_template: Value error, Your job configuration uses the following " +
      "undeclared variable(s): nope.; name: Field required",
  );
  const error = new PrefectApiError("PATCH", "/work_pools/{name}", 422, detail);
  assert.ok(!error.message.includes("pnu_"), error.message);
});

test("exception_message alone, FastAPI's detail, and text bodies are kept as they were", () => {
  assert.equal(
    parseErrorDetail('{"exception_message": "Invalid request received."}'),
    "Invalid request received.",
  );
  assert.equal(parseErrorDetail('{"exception_message": "x", "exception_detail": [{"loc": []}]}'), "x");
  assert.deepEqual(parseErrorDetail('{"detail": [{"msg": "m"}]}'), [{ msg: "m" }]);
  assert.equal(parseErrorDetail("Bad Gateway"), "Bad Gateway");
  assert.equal(parseErrorDetail(""), undefined);
});

test("a transport error never quotes the password of a URL with credentials", async () => {
  const err = await fetch("http://admin:s3cret-pw@127.0.0.1:9/api/health").catch((e: unknown) => e);
  const reason = transportReason(err, false, 30);
  assert.match(reason, /\/\/\*\*\*@127\.0\.0\.1:9/, reason);
  assert.ok(!reason.includes("s3cret-pw"), reason);
});
