import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseFlags } from "../harness/kubelet/flags.ts";

const required = [
  "--kubeconfig",
  "/k",
  "--tls-cert-file",
  "/c",
  "--tls-key-file",
  "/key",
  "--root-dir",
  "/r",
];

describe("kubelet flags", () => {
  it("apply defaults", () => {
    assert.deepEqual(parseFlags(required), {
      kubeconfig: "/k",
      nodeName: "local-node",
      address: "127.0.0.1",
      port: 10250,
      tlsCertFile: "/c",
      tlsKeyFile: "/key",
      rootDir: "/r",
      imageMap: undefined,
    });
  });
  it("accept --name=value and --name value", () => {
    const f = parseFlags([
      ...required,
      "--node-name=n1",
      "--port",
      "10350",
      "--address=127.0.0.2",
      "--image-map",
      "/m.json",
    ]);
    assert.deepEqual([f.nodeName, f.port, f.address, f.imageMap], ["n1", 10350, "127.0.0.2", "/m.json"]);
  });
  it("reject unknown, missing and malformed flags", () => {
    assert.throws(() => parseFlags([...required, "--bogus=1"]), /unknown flag --bogus/);
    assert.throws(() => parseFlags(required.slice(2)), /missing required flag --kubeconfig/);
    assert.throws(() => parseFlags([...required, "--port=http"]), /invalid --port/);
    assert.throws(() => parseFlags([...required, "--port"]), /needs a value/);
    assert.throws(() => parseFlags([...required, "stray"]), /unexpected argument/);
  });
});
