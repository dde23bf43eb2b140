// The stack's components, in start order: how each is started and how we know it is ready. Everything
// listens on loopback only.
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { podmanGlobalArgs, workerImageFile } from "../../../scripts/image/podman.ts";
import { repoRoot } from "../paths.ts";
import { httpGet, type TlsFiles } from "./http.ts";
import type { Pki } from "./pki.ts";
import {
  type Database,
  postgresAccepts,
  postgresDatabase,
  type PostgresInstall,
  postgresUser,
} from "./postgres.ts";
import type { ProcessSpec } from "./processes.ts";
import type { Tools } from "./tools.ts";

export const ports = {
  etcdClient: 12379,
  etcdPeer: 12380,
  apiServer: 16443,
  controllerManager: 10257,
  scheduler: 10259,
  kubelet: 10250,
  prefect: 14200,
  postgres: 15432,
} as const;

export const nodeName = "local-node";

/** Where the local kubelet keeps its pods' directories (and so where pod processes run). */
export const kubeletRoot = (stackDir: string): string => join(stackDir, "kubelet");

export interface Layout {
  stackDir: string;
  pki: Pki;
  tools: Tools;
  adminKubeconfig: string;
  imageMap: string;
  /** The Prefect server's database backend. */
  database: Database;
  /** The installed PostgreSQL, when the backend is postgres. */
  postgres?: PostgresInstall;
}

export interface Component {
  name: string;
  /** Ports the component listens on; `down` checks they are released. */
  ports: number[];
  spec(layout: Layout): ProcessSpec;
  /** `startedAt`: when this `up` started the process, so state left by an earlier run does not count. */
  ready(layout: Layout, startedAt?: Date): Promise<boolean>;
  /** Seconds to wait for readiness (first start of the Prefect server migrates its database). */
  readyTimeoutS: number;
}

export const apiServerUrl = `https://127.0.0.1:${ports.apiServer}`;
export const prefectApiUrl = `http://127.0.0.1:${ports.prefect}/api`;

export function adminTls(pki: Pki): TlsFiles {
  return { ca: pki.caCert, cert: pki.adminCert, key: pki.adminKey };
}

function kubeconfigYaml(pki: Pki): string {
  return [
    "apiVersion: v1",
    "kind: Config",
    "clusters:",
    "- name: local",
    "  cluster:",
    `    server: ${apiServerUrl}`,
    `    certificate-authority: ${pki.caCert}`,
    "users:",
    "- name: admin",
    "  user:",
    `    client-certificate: ${pki.adminCert}`,
    `    client-key: ${pki.adminKey}`,
    "contexts:",
    "- name: admin@local",
    "  context:",
    "    cluster: local",
    "    user: admin",
    "current-context: admin@local",
    "",
  ].join("\n");
}

/** Where `stack up` writes the commands our worker image has on its PATH (`prefect-worker`, `prefect`). */
export const imageBinDir = (stackDir: string): string => join(stackDir, "image-bin");

function shellQuote(word: string): string {
  return `'${word.replaceAll("'", "'\\''")}'`;
}

/**
 * Stand-ins for the worker image's two commands, as in the Dockerfile: `prefect-worker` (the ENTRYPOINT)
 * and `prefect`, each running this checkout's CLI from source with the Node that runs the stack: what the
 * kubelet runs while no image has been built (`npm run image`). Generated, not committed, because they
 * name absolute paths of this machine.
 */
export function writeImageShims(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [command, entry] of [
    ["prefect-worker", "src/cli/main.ts"],
    ["prefect", "src/cli/prefect.ts"],
  ] as const) {
    const script = [
      "#!/bin/sh",
      `# Written by \`npm run stack -- up\`: the worker image's \`${command}\` command, from this checkout.`,
      `exec ${shellQuote(process.execPath)} ${shellQuote(join(repoRoot, entry))} "$@"`,
      "",
    ].join("\n");
    writeFileSync(join(dir, command), script);
    chmodSync(join(dir, command), 0o755);
  }
}

/** The local kubelet's image map: which local command stands in for an image's entrypoint. */
export function imageMapJson(tools: Pick<Tools, "prefectVenv">, stackDir: string): string {
  const images = [
    // Our worker image (the chart's default repository), as the Dockerfile builds it: ENTRYPOINT
    // `prefect-worker`, found on a PATH that has it and `prefect` (this checkout's CLI) and no Python.
    // Once `npm run image` has built the image, the kubelet runs that image as a container instead.
    {
      match: "*prefect-worker:*",
      entrypoint: ["prefect-worker"],
      cmd: [],
      pathPrepend: [imageBinDir(stackDir)],
      container: { podman: ["podman", ...podmanGlobalArgs], referenceFile: workerImageFile },
    },
    // Prefect's images run the pinned reference venv (their entrypoint just execs the arguments).
    { match: "prefecthq/prefect:*", entrypoint: [], cmd: [], pathPrepend: [join(tools.prefectVenv, "bin")] },
  ];
  return JSON.stringify({ images }, null, 2) + "\n";
}

export function writeConfigFiles(layout: Layout): void {
  mkdirSync(layout.stackDir, { recursive: true });
  writeFileSync(layout.adminKubeconfig, kubeconfigYaml(layout.pki), { mode: 0o600 });
  writeImageShims(imageBinDir(layout.stackDir));
  writeFileSync(layout.imageMap, imageMapJson(layout.tools, layout.stackDir));
}

async function apiOk(layout: Layout, path: string): Promise<boolean> {
  return (await httpGet(`${apiServerUrl}${path}`, adminTls(layout.pki))).status === 200;
}

/** Flags shared by the controller-manager and the scheduler: the admin identity, and open health paths. */
function controllerFlags(adminKubeconfig: string): string[] {
  return [
    `--kubeconfig=${adminKubeconfig}`,
    `--authentication-kubeconfig=${adminKubeconfig}`,
    `--authorization-kubeconfig=${adminKubeconfig}`,
    "--authorization-always-allow-paths=/healthz,/readyz,/livez,/metrics",
  ];
}

/** Their serving certificates are self-signed, hence insecure. */
async function healthz(port: number): Promise<boolean> {
  return (await httpGet(`https://127.0.0.1:${port}/healthz`, { insecure: true })).status === 200;
}

const etcd: Component = {
  name: "etcd",
  ports: [ports.etcdClient, ports.etcdPeer],
  readyTimeoutS: 30,
  spec: ({ stackDir, tools }) => {
    const client = `http://127.0.0.1:${ports.etcdClient}`;
    const peer = `http://127.0.0.1:${ports.etcdPeer}`;
    return {
      name: "etcd",
      command: tools.bins.etcd!,
      args: [
        "--name=local",
        `--data-dir=${join(stackDir, "etcd")}`,
        `--listen-client-urls=${client}`,
        `--advertise-client-urls=${client}`,
        `--listen-peer-urls=${peer}`,
        `--initial-advertise-peer-urls=${peer}`,
        `--initial-cluster=local=${peer}`,
        "--listen-metrics-urls=",
        "--auto-compaction-retention=1",
        "--quota-backend-bytes=8589934592",
        // Test data is thrown away at `down`; durability buys nothing here.
        "--unsafe-no-fsync",
      ],
    };
  },
  ready: async () => (await httpGet(`http://127.0.0.1:${ports.etcdClient}/health`)).body.includes('"true"'),
};

const apiServer: Component = {
  name: "kube-apiserver",
  ports: [ports.apiServer],
  readyTimeoutS: 90,
  spec: ({ pki, tools }) => ({
    name: "kube-apiserver",
    command: tools.bins["kube-apiserver"]!,
    args: [
      `--etcd-servers=http://127.0.0.1:${ports.etcdClient}`,
      "--bind-address=127.0.0.1",
      // Without it the API server looks for a default route and fails on hosts that have none.
      "--advertise-address=127.0.0.1",
      `--secure-port=${ports.apiServer}`,
      `--tls-cert-file=${pki.apiServerCert}`,
      `--tls-private-key-file=${pki.apiServerKey}`,
      `--client-ca-file=${pki.caCert}`,
      "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
      `--service-account-key-file=${pki.serviceAccountPub}`,
      `--service-account-signing-key-file=${pki.serviceAccountKey}`,
      "--authorization-mode=Node,RBAC",
      "--service-cluster-ip-range=10.0.0.0/24",
      // A loopback address may not go into the `kubernetes` Service's endpoints.
      "--endpoint-reconciler-type=none",
      "--allow-privileged=true",
      // pods/log is proxied to the local kubelet at the node's InternalIP.
      "--kubelet-preferred-address-types=InternalIP,Hostname",
      "--enable-priority-and-fairness=false",
      "--profiling=false",
    ],
  }),
  ready: (layout) => apiOk(layout, "/readyz"),
};

const controllerManager: Component = {
  name: "kube-controller-manager",
  ports: [ports.controllerManager],
  readyTimeoutS: 60,
  spec: ({ pki, tools, adminKubeconfig }) => ({
    name: "kube-controller-manager",
    command: tools.bins["kube-controller-manager"]!,
    args: [
      ...controllerFlags(adminKubeconfig),
      `--service-account-private-key-file=${pki.serviceAccountKey}`,
      `--root-ca-file=${pki.caCert}`,
      "--use-service-account-credentials=true",
      "--leader-elect=false",
      "--bind-address=127.0.0.1",
      `--secure-port=${ports.controllerManager}`,
      "--controllers=*",
    ],
  }),
  ready: () => healthz(ports.controllerManager),
};

const scheduler: Component = {
  name: "kube-scheduler",
  ports: [ports.scheduler],
  readyTimeoutS: 60,
  spec: ({ tools, adminKubeconfig }) => ({
    name: "kube-scheduler",
    command: tools.bins["kube-scheduler"]!,
    args: [
      ...controllerFlags(adminKubeconfig),
      "--leader-elect=false",
      "--bind-address=127.0.0.1",
      `--secure-port=${ports.scheduler}`,
    ],
  }),
  ready: () => healthz(ports.scheduler),
};

const kubelet: Component = {
  name: "kubelet",
  ports: [ports.kubelet],
  readyTimeoutS: 60,
  spec: ({ pki, stackDir, adminKubeconfig, imageMap }) => ({
    name: "kubelet",
    command: process.execPath,
    args: [
      join(repoRoot, "test/harness/kubelet/main.ts"),
      `--kubeconfig=${adminKubeconfig}`,
      `--node-name=${nodeName}`,
      "--address=127.0.0.1",
      `--port=${ports.kubelet}`,
      `--tls-cert-file=${pki.kubeletCert}`,
      `--tls-key-file=${pki.kubeletKey}`,
      `--root-dir=${kubeletRoot(stackDir)}`,
      `--image-map=${imageMap}`,
    ],
  }),
  // Ready means this kubelet is heartbeating: a Ready Node alone may be left over from an earlier one.
  ready: async (layout, startedAt) => {
    const res = await httpGet(`${apiServerUrl}/api/v1/nodes/${nodeName}`, adminTls(layout.pki));
    if (res.status !== 200) return false;
    const node = JSON.parse(res.body) as { status?: { conditions?: { type: string; status: string }[] } };
    if (!node.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True")) return false;
    const lease = await httpGet(
      `${apiServerUrl}/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/${nodeName}`,
      adminTls(layout.pki),
    );
    if (lease.status !== 200) return false;
    const renewTime = Date.parse(
      (JSON.parse(lease.body) as { spec?: { renewTime?: string } }).spec?.renewTime ?? "",
    );
    const freshSince = Math.max(Date.now() - 30_000, (startedAt?.getTime() ?? 0) - 1_000);
    return renewTime >= freshSince;
  },
};

/** What the Prefect server's PREFECT_API_DATABASE_CONNECTION_URL is for a backend. */
export function databaseUrl(database: Database, stackDir: string): string {
  return database === "postgres"
    ? `postgresql+asyncpg://${postgresUser}@127.0.0.1:${ports.postgres}/${postgresDatabase}`
    : `sqlite+aiosqlite:///${join(stackDir, "prefect.db")}`;
}

const postgres: Component = {
  name: "postgres",
  ports: [ports.postgres],
  readyTimeoutS: 30,
  spec: ({ postgres: pg }) => {
    if (!pg) throw new Error("postgres: not installed (the stack's backend is not postgres)");
    return {
      name: "postgres",
      command: join(pg.bin, "postgres"),
      args: [
        `--listen_addresses=127.0.0.1`,
        `--port=${ports.postgres}`,
        "-D",
        pg.data,
        // TCP on loopback only: no socket file to place where the server's uid may write.
        "--unix_socket_directories=",
        // Test data is thrown away at `down`; durability buys nothing here (as etcd's --unsafe-no-fsync).
        "--fsync=off",
        "--synchronous_commit=off",
        "--full_page_writes=off",
      ],
      cwd: pg.data,
      uid: pg.runAs?.uid,
      gid: pg.runAs?.gid,
    };
  },
  ready: () => postgresAccepts(ports.postgres, postgresUser, postgresDatabase),
};

const prefectServer: Component = {
  name: "prefect-server",
  ports: [ports.prefect],
  readyTimeoutS: 180,
  spec: ({ stackDir, tools, database }) => ({
    name: "prefect-server",
    command: tools.bins.prefect!,
    args: ["server", "start", "--host", "127.0.0.1", "--port", String(ports.prefect)],
    env: {
      PREFECT_HOME: join(stackDir, "prefect-home"),
      PREFECT_API_DATABASE_CONNECTION_URL: databaseUrl(database, stackDir),
      PREFECT_SERVER_ANALYTICS_ENABLED: "false",
      PREFECT_UI_ENABLED: "false",
      DO_NOT_TRACK: "1",
      // The server must not talk to itself through a user's profile settings.
      PREFECT_API_URL: "",
      PREFECT_API_KEY: "",
    },
  }),
  ready: async () => (await httpGet(`${prefectApiUrl}/health`)).status === 200,
};

/**
 * In start order; `down` stops them in reverse. The kubelet and the Prefect server are independent; postgres
 * (when it is the backend) starts before the Prefect server.
 */
export const controlPlane: Component[] = [etcd, apiServer, controllerManager, scheduler];
export const kubeletComponent = kubelet;
export const postgresComponent = postgres;
export const prefectComponent = prefectServer;
