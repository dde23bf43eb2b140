import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  boundedPoissonInterval,
  clampedPoissonInterval,
  parseRetryAfter,
  retryDelaySeconds,
} from "../../src/prefect/retry.ts";
import { PrefectClient } from "../../src/prefect/index.ts";

const randoms = [0, 1e-9, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999999];

describe("Retry-After", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");

  test("delay-seconds, including fractions; negatives clamp to 0", () => {
    assert.equal(parseRetryAfter("7", now), 7);
    assert.equal(parseRetryAfter(" 1.5 ", now), 1.5);
    assert.equal(parseRetryAfter("-3", now), 0);
  });

  test("an HTTP date counts from now; a past date means no wait", () => {
    assert.equal(parseRetryAfter("Thu, 01 Jan 2026 00:00:30 GMT", now), 30);
    assert.equal(parseRetryAfter("Wed, 31 Dec 2025 23:59:00 GMT", now), 0);
  });

  test("anything else is ignored, so the exponential backoff applies", () => {
    assert.equal(parseRetryAfter("soon", now), undefined);
    assert.equal(parseRetryAfter("inf", now), undefined);
    assert.equal(parseRetryAfter("", now), undefined);
  });
});

describe("jitter", () => {
  test("clamped: at most 20 % above the average and above the lower clamp", () => {
    for (const average of [2, 4, 32]) {
      const values = randoms.map((r) => clampedPoissonInterval(average, 0.2, () => r));
      for (const v of values) assert.ok(v > 0 && v <= average * 1.2 + 1e-9, `${average}: ${v}`);
      assert.ok(Math.min(...values) < average && Math.max(...values) > average, `${average} straddled`);
    }
  });

  test("bounded: within [lower, upper]", () => {
    for (const r of randoms) {
      const v = boundedPoissonInterval(7, 8.4, () => r);
      assert.ok(v >= 7 - 1e-9 && v <= 8.4 + 1e-9, `${r}: ${v}`);
    }
  });

  test("retryDelaySeconds: 2**attempt without a header; the header's value when jitter is off", () => {
    const random = () => 0.5;
    assert.equal(retryDelaySeconds({ attempt: 1, retryAfter: undefined, jitterFactor: 0, random }), 2);
    assert.equal(retryDelaySeconds({ attempt: 3, retryAfter: undefined, jitterFactor: 0, random }), 8);
    assert.equal(retryDelaySeconds({ attempt: 3, retryAfter: 7, jitterFactor: 0, random }), 7);
    assert.equal(retryDelaySeconds({ attempt: 3, retryAfter: 0, jitterFactor: 0.2, random }), 0);
    const jittered = retryDelaySeconds({ attempt: 2, retryAfter: 5, jitterFactor: 0.2, random });
    assert.ok(jittered >= 5 && jittered <= 6, String(jittered));
  });
});

describe("Cloud detection", () => {
  test("Cloud iff the API URL starts with the Cloud API URL", () => {
    const cloud = "https://api.prefect.cloud/api/accounts/a/workspaces/w";
    assert.equal(new PrefectClient({ apiUrl: cloud }).isCloud, true);
    assert.equal(new PrefectClient({ apiUrl: "http://prefect-server:4200/api" }).isCloud, false);
    assert.equal(
      new PrefectClient({ apiUrl: "https://cloud.example/api/x", cloudApiUrl: "https://cloud.example/api" })
        .isCloud,
      true,
    );
    assert.equal(
      new PrefectClient({ apiUrl: cloud, cloudApiUrl: "https://cloud.example/api" }).isCloud,
      false,
    );
  });
});
