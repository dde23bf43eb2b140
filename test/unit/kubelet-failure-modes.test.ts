import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  imagePullError,
  parseFailureModes,
  qualifiedImage,
  registryHost,
} from "../harness/kubelet/failure-modes.ts";

describe("failure-mode annotations", () => {
  it("are all off for a plain pod", () => {
    assert.deepEqual(parseFailureModes(undefined), {
      neverStart: false,
      failAllPulls: false,
      oomKillAfterMs: undefined,
      problems: [],
    });
  });
  it("parse never-start, image-pull and oom-kill-after-seconds", () => {
    const modes = parseFailureModes({
      "kubelet.test.prefect.io/never-start": "True",
      "kubelet.test.prefect.io/image-pull": "fail",
      "kubelet.test.prefect.io/oom-kill-after-seconds": "2.5",
    });
    assert.equal(modes.neverStart, true);
    assert.equal(modes.failAllPulls, true);
    assert.equal(modes.oomKillAfterMs, 2500);
    assert.deepEqual(modes.problems, []);
  });
  it("report values they cannot use", () => {
    const modes = parseFailureModes({
      "kubelet.test.prefect.io/image-pull": "sometimes",
      "kubelet.test.prefect.io/oom-kill-after-seconds": "soon",
      "kubelet.test.prefect.io/never-start": "yes",
    });
    assert.equal(modes.failAllPulls, false);
    assert.equal(modes.oomKillAfterMs, undefined);
    assert.equal(modes.neverStart, false);
    assert.equal(modes.problems.length, 2);
  });
});

describe("image pull failures", () => {
  const none = { failAllPulls: false };
  it("recognise the registry host of an image", () => {
    assert.equal(registryHost("unpullable.invalid/x:1"), "unpullable.invalid");
    assert.equal(registryHost("localhost:5000/x"), "localhost");
    assert.equal(registryHost("prefecthq/prefect:3"), undefined);
    assert.equal(registryHost("busybox"), undefined);
  });
  it("fail for the unpullable registry, :does-not-exist tags and the annotation", () => {
    assert.match(imagePullError("unpullable.invalid/x:1", none)!, /pull access denied/);
    assert.match(
      imagePullError("busybox:does-not-exist", none)!,
      /^rpc error: .*"docker.io\/library\/busybox:does-not-exist"/,
    );
    assert.match(imagePullError("busybox", { failAllPulls: true })!, /pull access denied/);
    assert.equal(imagePullError("busybox:1.36", none), undefined);
    assert.equal(imagePullError("unpullable.invalid.example.com/x", none), undefined);
  });
  it("qualify references the way containerd reports them", () => {
    assert.equal(qualifiedImage("busybox"), "docker.io/library/busybox:latest");
    assert.equal(qualifiedImage("prefecthq/prefect:3"), "docker.io/prefecthq/prefect:3");
    assert.equal(qualifiedImage("ghcr.io/a/b@sha256:00"), "ghcr.io/a/b@sha256:00");
  });
});
