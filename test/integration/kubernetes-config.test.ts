// Client selection against the local API server: a work pool's cluster_config (its own context, not the
// kubeconfig's current one), the default kubeconfig, the reference's errors when neither exists, the cache,
// the keepalive switch and the connection pool all requests share.
import * as k8s from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect, createServer, type AddressInfo, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { parse, stringify } from "yaml";
import type { ClusterConfig } from "../../src/kubernetes/config.ts";
import {
  clearKubeConfigCache,
  contextNamespace,
  kubernetesClients,
  loadKubeConfig,
} from "../../src/kubernetes/config.ts";
import { KubernetesWorkerError } from "../../src/kubernetes/errors.ts";
import { adminKubeConfig, createNamespace, deleteNamespace } from "../harness/k8s.ts";
import { readStackEnv } from "../harness/stack/state.ts";

let scratch: string;

before(() => {
  scratch = mkdtempSync(join(tmpdir(), "kubernetes-config-"));
  clearKubeConfigCache();
});

after(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const base64File = (path: string) => readFileSync(path).toString("base64");

/** The admin kubeconfig as a `kubernetes-cluster-config` block holds it: inline data, several contexts. */
function clusterConfig(contextName = "admin@local"): ClusterConfig {
  const admin = parse(readFileSync(readStackEnv().kubeconfig, "utf8")) as {
    clusters: { cluster: Record<string, string> }[];
    users: { user: Record<string, string> }[];
  };
  const cluster = admin.clusters[0]!.cluster;
  const user = admin.users[0]!.user;
  return {
    context_name: contextName,
    config: {
      apiVersion: "v1",
      kind: "Config",
      clusters: [
        {
          name: "local",
          cluster: {
            server: cluster.server,
            "certificate-authority-data": base64File(cluster["certificate-authority"]!),
          },
        },
        { name: "elsewhere", cluster: { server: "https://127.0.0.1:9", "insecure-skip-tls-verify": true } },
      ],
      users: [
        {
          name: "admin",
          user: {
            "client-certificate-data": base64File(user["client-certificate"]!),
            "client-key-data": base64File(user["client-key"]!),
          },
        },
      ],
      contexts: [
        { name: "admin@local", context: { cluster: "local", user: "admin", namespace: "prefect-runs" } },
        { name: "elsewhere", context: { cluster: "elsewhere", user: "admin" } },
      ],
      "current-context": "elsewhere",
    },
  };
}

async function serverVersion(kc: k8s.KubeConfig): Promise<string> {
  return (await kc.makeApiClient(k8s.VersionApi).getCode()).gitVersion;
}

function configException(err: unknown, message: string): boolean {
  assert.ok(err instanceof KubernetesWorkerError);
  assert.deepEqual([err.pythonType, err.message], ["ConfigException", message]);
  return true;
}

/** A loopback TCP relay to the API server that counts the connections made through it. */
async function countingRelay(
  target: URL,
): Promise<{ url: string; connections: () => number; close: () => Promise<void> }> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    connections += 1;
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => {});
      socket.on("close", () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    connections: () => connections,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function whoAmI(kc: k8s.KubeConfig): Promise<string | undefined> {
  const review = await kc.makeApiClient(k8s.AuthenticationV1Api).createSelfSubjectReview({
    body: { apiVersion: "authentication.k8s.io/v1", kind: "SelfSubjectReview" },
  });
  return review.status?.userInfo?.username;
}

async function serviceAccountToken(admin: k8s.KubeConfig, namespace: string, name: string): Promise<string> {
  const core = admin.makeApiClient(k8s.CoreV1Api);
  await core.createNamespacedServiceAccount({ namespace, body: { metadata: { name } } });
  const request = await core.createNamespacedServiceAccountToken({
    name,
    namespace,
    body: { spec: { audiences: [], expirationSeconds: 3600 } },
  });
  return request.status!.token!;
}

describe("loadKubeConfig", () => {
  test("a cluster_config uses its context_name, not the kubeconfig's current context", async () => {
    const kc = loadKubeConfig(clusterConfig(), { env: {} });
    assert.equal(kc.getCurrentContext(), "admin@local");
    assert.equal(contextNamespace(kc), "prefect-runs");
    assert.match(await serverVersion(kc), /^v1\.36\./);
    await kubernetesClients(kc).core.listNamespacedPod({ namespace: "default" });
  });

  test("the same cluster_config gives the same KubeConfig and clients; another context does not", () => {
    const first = loadKubeConfig(clusterConfig(), { env: {} });
    assert.equal(loadKubeConfig(structuredClone(clusterConfig()), { env: {} }), first);
    assert.equal(kubernetesClients(first), kubernetesClients(first));
    assert.notEqual(loadKubeConfig(clusterConfig("elsewhere"), { env: {} }), first);
    assert.notEqual(loadKubeConfig(clusterConfig(), { env: {}, addTcpKeepalive: false }), first);
  });

  test("an unknown context_name fails as kubernetes_asyncio does", () => {
    assert.throws(
      () => loadKubeConfig(clusterConfig("nope"), { env: {} }),
      (err) =>
        configException(
          err,
          "Invalid kube-config file. Expected object with name nope in kube-config/contexts list",
        ),
    );
  });

  test("without cluster_config or a ServiceAccount token, KUBECONFIG is used", async () => {
    // KUBERNETES_SERVICE_HOST alone is not in-cluster: load_incluster_config also needs the token file.
    const env = { KUBECONFIG: readStackEnv().kubeconfig, KUBERNETES_SERVICE_HOST: "10.0.0.1", HOME: scratch };
    const kc = loadKubeConfig(null, { env });
    assert.equal(kc.getCurrentContext(), "admin@local");
    assert.match(await serverVersion(kc), /^v1\.36\./);
  });

  test("no kubeconfig at all fails instead of falling back to localhost:8080", () => {
    assert.throws(
      () => loadKubeConfig(undefined, { env: { HOME: scratch } }),
      (err) => configException(err, "Invalid kube-config file. Expected key current-context in kube-config"),
    );
  });

  test("keepalive (idle 30 s) is on by default and can be switched off, for every cluster", async () => {
    const tls = { ca: "x" };
    const on = loadKubeConfig(clusterConfig(), { env: {} });
    assert.deepEqual(on.createDispatcherOptions(on.getCurrentCluster(), tls), {
      type: "agent",
      connect: { ca: "x", keepAlive: true, keepAliveInitialDelay: 30_000 },
    });
    assert.deepEqual(on.createDispatcherOptions(on.getCurrentCluster(), {}), {
      type: "agent",
      connect: { keepAlive: true, keepAliveInitialDelay: 30_000 },
    });
    const off = loadKubeConfig(clusterConfig(), { env: {}, addTcpKeepalive: false });
    assert.deepEqual(off.createDispatcherOptions(off.getCurrentCluster(), tls), {
      type: "agent",
      connect: { ca: "x", keepAlive: false, keepAliveInitialDelay: 30_000 },
    });
    assert.match(await serverVersion(off), /^v1\.36\./);
  });

  test("a user's tokenFile (relative to its kubeconfig) authenticates, as kubernetes_asyncio reads it", async () => {
    const admin = adminKubeConfig();
    const namespace = await createNamespace(admin, "token-file");
    try {
      const tokenFor = (name: string) => serviceAccountToken(admin, namespace, name);
      const dir = join(scratch, "token-file");
      mkdirSync(join(dir, "secrets"), { recursive: true });
      writeFileSync(join(dir, "secrets", "token"), await tokenFor("from-file"));
      const cluster = admin.getCurrentCluster()!;
      const kubeconfig = (user: Record<string, string>) => ({
        apiVersion: "v1",
        kind: "Config",
        clusters: [
          { name: "local", cluster: { server: cluster.server, "certificate-authority": cluster.caFile } },
        ],
        users: [{ name: "sa", user }],
        contexts: [{ name: "sa@local", context: { cluster: "local", user: "sa", namespace } }],
        "current-context": "sa@local",
      });
      writeFileSync(join(dir, "config"), stringify(kubeconfig({ tokenFile: "secrets/token" })));
      const fromFile = loadKubeConfig(null, { env: { KUBECONFIG: join(dir, "config"), HOME: scratch } });
      assert.equal(await whoAmI(fromFile), `system:serviceaccount:${namespace}:from-file`);

      // An inline token wins over the file, as in client-go.
      const inline = await tokenFor("inline");
      writeFileSync(join(dir, "both"), stringify(kubeconfig({ token: inline, tokenFile: "secrets/token" })));
      const both = loadKubeConfig(null, { env: { KUBECONFIG: join(dir, "both"), HOME: scratch } });
      assert.equal(await whoAmI(both), `system:serviceaccount:${namespace}:inline`);
    } finally {
      await deleteNamespace(admin, namespace);
    }
  });
  test("every request shares one connection, sequential and concurrent ones alike", async (t) => {
    const admin = adminKubeConfig();
    const namespace = await createNamespace(admin, "one-pool");
    const relay = await countingRelay(new URL(admin.getCurrentCluster()!.server));
    t.after(async () => {
      await relay.close();
      await deleteNamespace(admin, namespace);
    });
    const dir = join(scratch, "one-pool");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "token"), await serviceAccountToken(admin, namespace, "first"));
    writeFileSync(
      join(dir, "config"),
      stringify({
        apiVersion: "v1",
        kind: "Config",
        clusters: [
          {
            name: "relay",
            cluster: { server: relay.url, "certificate-authority": admin.getCurrentCluster()!.caFile },
          },
        ],
        users: [{ name: "sa", user: { tokenFile: join(dir, "token") } }],
        contexts: [{ name: "sa@relay", context: { cluster: "relay", user: "sa", namespace } }],
        "current-context": "sa@relay",
      }),
    );
    const kc = loadKubeConfig(null, { env: { KUBECONFIG: join(dir, "config"), HOME: scratch } });
    const first = `system:serviceaccount:${namespace}:first`;

    for (let i = 0; i < 20; i++) assert.equal(await whoAmI(kc), first);
    assert.deepEqual(await Promise.all(Array.from({ length: 10 }, () => whoAmI(kc))), Array(10).fill(first));
    // client-node alone opens one TLS connection per request: 30 here.
    assert.equal(relay.connections(), 1);
  });
});
