import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { ensurePki } from "../harness/stack/pki.ts";

const dir = mkdtempSync(join(tmpdir(), "pki-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const pki = ensurePki(join(dir, "pki"), "node-a");

const openssl = (...args: string[]) => execFileSync("openssl", args, { encoding: "utf8" });

test("every certificate is signed by the stack's CA", () => {
  for (const cert of [pki.apiServerCert, pki.adminCert, pki.kubeletCert]) {
    assert.match(openssl("verify", "-CAfile", pki.caCert, cert), /: OK/);
  }
});

test("the API server certificate covers loopback and the in-cluster names", () => {
  const text = openssl("x509", "-in", pki.apiServerCert, "-noout", "-ext", "subjectAltName");
  for (const name of ["IP Address:127.0.0.1", "DNS:localhost", "DNS:kubernetes.default.svc.cluster.local"]) {
    assert.ok(text.includes(name), `missing ${name} in ${text}`);
  }
});

test("the admin client certificate is in system:masters", () => {
  assert.match(openssl("x509", "-in", pki.adminCert, "-noout", "-subject"), /O\s*=\s*system:masters/);
});

test("the kubelet certificate names the node", () => {
  assert.match(openssl("x509", "-in", pki.kubeletCert, "-noout", "-subject"), /CN\s*=\s*system:node:node-a/);
});

test("a complete PKI is reused, not regenerated", () => {
  const before = statSync(pki.caCert).mtimeMs;
  ensurePki(join(dir, "pki"), "node-a");
  assert.equal(statSync(pki.caCert).mtimeMs, before);
});
