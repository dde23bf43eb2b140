// The stack's PKI, made with openssl: one CA; the API server's serving certificate; an admin client
// certificate in system:masters (the only group that bypasses RBAC); the ServiceAccount token signing key;
// and the local kubelet's serving certificate.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface Pki {
  dir: string;
  caCert: string;
  caKey: string;
  apiServerCert: string;
  apiServerKey: string;
  adminCert: string;
  adminKey: string;
  serviceAccountKey: string;
  serviceAccountPub: string;
  kubeletCert: string;
  kubeletKey: string;
}

function openssl(dir: string, ...args: string[]): void {
  execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
}

function leafCertificate(dir: string, name: string, subject: string, extensions: string): void {
  writeFileSync(join(dir, `${name}.ext`), extensions);
  openssl(
    dir,
    "req",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-keyout",
    `${name}.key`,
    "-out",
    `${name}.csr`,
    "-subj",
    subject,
  );
  openssl(
    dir,
    "x509",
    "-req",
    "-in",
    `${name}.csr`,
    "-CA",
    "ca.crt",
    "-CAkey",
    "ca.key",
    "-CAcreateserial",
    "-days",
    "365",
    "-out",
    `${name}.crt`,
    "-extfile",
    `${name}.ext`,
  );
}

export function pkiPaths(dir: string): Pki {
  const p = (f: string) => join(dir, f);
  return {
    dir,
    caCert: p("ca.crt"),
    caKey: p("ca.key"),
    apiServerCert: p("apiserver.crt"),
    apiServerKey: p("apiserver.key"),
    adminCert: p("admin.crt"),
    adminKey: p("admin.key"),
    serviceAccountKey: p("sa.key"),
    serviceAccountPub: p("sa.pub"),
    kubeletCert: p("kubelet.crt"),
    kubeletKey: p("kubelet.key"),
  };
}

/** Creates the PKI in `dir` unless it is already complete. */
export function ensurePki(dir: string, nodeName: string): Pki {
  const pki = pkiPaths(dir);
  if (Object.values(pki).every((f) => f === dir || existsSync(f))) return pki;
  mkdirSync(dir, { recursive: true });
  openssl(
    dir,
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-keyout",
    "ca.key",
    "-out",
    "ca.crt",
    "-days",
    "3650",
    "-subj",
    "/CN=prefect-worker-test-ca",
    "-addext",
    "basicConstraints=critical,CA:TRUE",
    "-addext",
    "keyUsage=critical,keyCertSign,cRLSign",
  );
  const serverUsage = "extendedKeyUsage=serverAuth\nkeyUsage=digitalSignature,keyEncipherment\n";
  leafCertificate(
    dir,
    "apiserver",
    "/CN=kube-apiserver",
    "subjectAltName=DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc," +
      "DNS:kubernetes.default.svc.cluster.local,IP:127.0.0.1,IP:10.0.0.1\n" +
      serverUsage,
  );
  leafCertificate(
    dir,
    "admin",
    "/O=system:masters/CN=kubernetes-admin",
    "extendedKeyUsage=clientAuth\nkeyUsage=digitalSignature,keyEncipherment\n",
  );
  leafCertificate(
    dir,
    "kubelet",
    `/O=system:nodes/CN=system:node:${nodeName}`,
    `subjectAltName=DNS:${nodeName},DNS:localhost,IP:127.0.0.1\n` + serverUsage,
  );
  openssl(dir, "genrsa", "-out", "sa.key", "2048");
  openssl(dir, "rsa", "-in", "sa.key", "-pubout", "-out", "sa.pub");
  return pki;
}
