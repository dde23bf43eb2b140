// Formatting of Kubernetes API and transport errors, and the reference's hint rules. Expected hints were
// computed with prefect-kubernetes 0.7.12's `KubernetesWorker._get_k8s_error_hint`.
import { ApiException } from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  InfrastructureError,
  KubernetesApiError,
  describeKubernetesError,
  formatKubernetesError,
  httpReasonPhrase,
  jobCreationErrorMessage,
  kubernetesErrorHint,
} from "../../src/kubernetes/errors.ts";

function status(code: number, reason: string, message: string): ApiException<string> {
  const body = JSON.stringify({ kind: "Status", apiVersion: "v1", status: "Failure", message, reason, code });
  return new ApiException(code, "Unknown API Status Code!", body, { "content-type": "application/json" });
}

const QUOTA = "Check the resource quotas for the namespace and ensure the job does not exceed them.";
const RBAC = "Check that your service account has the required RBAC permissions for this operation.";

describe("describeKubernetesError / formatKubernetesError", () => {
  test("an API error is its code, the Status reason and message", () => {
    const err = status(409, "AlreadyExists", 'jobs.batch "x" already exists');
    assert.deepEqual(describeKubernetesError(err), {
      status: 409,
      reason: "AlreadyExists",
      message: 'jobs.batch "x" already exists',
    });
    assert.equal(formatKubernetesError(err), '409 AlreadyExists: jobs.batch "x" already exists');
  });

  test("a body that is not a Status falls back to the HTTP reason phrase and the text", () => {
    const err = new ApiException(502, "Unknown API Status Code!", "<html>bad gateway</html>", {});
    assert.equal(formatKubernetesError(err), "502 Bad Gateway: <html>bad gateway</html>");
  });

  test("a 401, whose body client-node drops, still reads Unauthorized", () => {
    const err = new ApiException(401, "Unauthorized", undefined, {});
    assert.equal(formatKubernetesError(err), "401 Unauthorized: Unauthorized");
  });

  test("a transport error names the failing cause and its code", () => {
    const cause = Object.assign(new Error("connect ECONNREFUSED 10.0.0.1:443"), { code: "ECONNREFUSED" });
    const err = new TypeError("fetch failed", { cause });
    assert.deepEqual(describeKubernetesError(err), {
      reason: "ECONNREFUSED",
      message: "fetch failed: connect ECONNREFUSED 10.0.0.1:443",
    });
    assert.equal(formatKubernetesError(err), "ECONNREFUSED: fetch failed: connect ECONNREFUSED 10.0.0.1:443");
  });

  test("formatting never serialises the error object (client-node errors hold circular sockets)", () => {
    const cause = new Error("socket hang up") as Error & { socket?: unknown };
    cause.socket = { self: cause };
    assert.equal(
      formatKubernetesError(new TypeError("fetch failed", { cause })),
      "fetch failed: socket hang up",
    );
    assert.equal(formatKubernetesError("plain string"), "plain string");
  });

  test("KubernetesApiError carries the Python type the reference would raise", () => {
    const api = new KubernetesApiError(status(403, "Forbidden", "secrets is forbidden"));
    assert.deepEqual(
      [api.pythonType, api.status, api.message],
      ["ApiException", 403, "403 Forbidden: secrets is forbidden"],
    );
    const transport = new KubernetesApiError(new TypeError("fetch failed"));
    assert.equal(transport.pythonType, "ClientConnectorError");
    assert.equal(transport.status, undefined);
  });
});

describe("httpReasonPhrase", () => {
  test("uses Go's phrases, which the API server writes", () => {
    assert.equal(httpReasonPhrase(404), "Not Found");
    assert.equal(httpReasonPhrase(422), "Unprocessable Entity");
    assert.equal(httpReasonPhrase(413), "Request Entity Too Large");
    assert.equal(httpReasonPhrase(599), undefined);
  });
});

describe("kubernetesErrorHint", () => {
  test("quota wins over a 403", () => {
    assert.equal(kubernetesErrorHint(403, "Forbidden", '{"message":"exceeded quota: q"}', "ns"), QUOTA);
  });
  test("403, or a reason phrase mentioning forbidden, is RBAC", () => {
    assert.equal(kubernetesErrorHint(403, "Forbidden", '{"message":"jobs.batch is forbidden"}', "ns"), RBAC);
    assert.equal(kubernetesErrorHint(401, "Forbidden-ish", "", "ns"), RBAC);
  });
  test("404 names the namespace only when the body mentions it (case-insensitively)", () => {
    const body = '{"message":"namespaces \\"Prod\\" not found"}';
    assert.equal(
      kubernetesErrorHint(404, "Not Found", body, "prod"),
      "Verify that the namespace 'prod' exists in the cluster.",
    );
    assert.equal(kubernetesErrorHint(404, "Not Found", '{"message":"no such resource"}', "prod"), undefined);
  });
  test("other errors have no hint", () => {
    assert.equal(kubernetesErrorHint(500, "Internal Server Error", '{"message":"boom"}', "ns"), undefined);
    assert.equal(
      kubernetesErrorHint(422, "Unprocessable Entity", '{"message":"is invalid"}', "ns"),
      undefined,
    );
  });
});

describe("jobCreationErrorMessage", () => {
  test("HTTP reason phrase, Status message, hint", () => {
    const err = status(404, "NotFound", 'namespaces "gone" not found');
    assert.equal(
      jobCreationErrorMessage(err, "gone"),
      'Unable to create Kubernetes job: Not Found: namespaces "gone" not found. ' +
        "Hint: Verify that the namespace 'gone' exists in the cluster.",
    );
  });
  test("a body without a message adds only the reason phrase", () => {
    const err = new ApiException(503, "Unknown API Status Code!", "upstream unavailable", {});
    assert.equal(jobCreationErrorMessage(err, "ns"), "Unable to create Kubernetes job: Service Unavailable");
  });
  test("InfrastructureError reports as the reference's crash message", () => {
    const err = new InfrastructureError("Unable to create Kubernetes job: Forbidden: no");
    assert.equal(err.pythonType, "InfrastructureError");
    assert.equal(
      err.crashMessage,
      "Failed to submit flow run to infrastructure: InfrastructureError: Unable to create Kubernetes job: Forbidden: no",
    );
  });
});
