// `npm run stack -- up | down | status | env`: the local stack (Kubernetes control plane, local kubelet,
// Prefect server) that tests, benchmarks and the demo run against.
//
//   up      build/install what is missing, start what is not running, wait until everything is ready
//   down    stop every component by pid, check its ports are free, wipe cluster and server state
//   status  one line per component; exit 1 unless all are running and ready
//   env     export lines for a shell: eval "$(npm run -s stack -- env)"
//
// PREFECT_WORKER_STACK_DATABASE=postgres|sqlite picks the Prefect server's database at `up` (default
// postgres; see postgres.ts); env.json records the choice.
// STACK_SKIP_KUBELET=1 leaves the kubelet out (to run one by hand while working on it).
import { createServer } from "node:net";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { stackDir } from "../paths.ts";
import {
  apiServerUrl,
  type Component,
  controlPlane,
  databaseUrl,
  kubeletComponent,
  kubeletRoot,
  type Layout,
  nodeName,
  postgresComponent,
  prefectApiUrl,
  prefectComponent,
  writeConfigFiles,
} from "./components.ts";
import { waitFor } from "./http.ts";
import { ensurePki, pkiPaths } from "./pki.ts";
import {
  chooseDatabase,
  type Database,
  databaseEnvVar,
  defaultDatabase,
  ensurePostgres,
  parseDatabase,
  wipePostgres,
} from "./postgres.ts";
import { ProcessTable, stackProcesses } from "./processes.ts";
import { readStackEnv, stackDatabase, stackEnvFile, writeStackEnv } from "./state.ts";
import { ensureTools } from "./tools.ts";

const table = new ProcessTable(stackDir);
const allComponents = (): Component[] => [
  ...controlPlane,
  kubeletComponent,
  postgresComponent,
  prefectComponent,
];
const wanted = (database: Database): Component[] =>
  allComponents().filter(
    (c) =>
      !(c === kubeletComponent && process.env.STACK_SKIP_KUBELET === "1") &&
      !(c === postgresComponent && database !== "postgres"),
  );

/** Written by `up` before it starts a database component: which backend this stack's server uses. */
const databaseFile = join(stackDir, "database");

/** The backend of the running stack: undefined when neither the Prefect server nor postgres runs. */
function runningDatabase(): Database | undefined {
  if (![prefectComponent, postgresComponent].some((c) => table.runningPid(c.name) !== undefined)) {
    return undefined;
  }
  try {
    return parseDatabase(readFileSync(databaseFile, "utf8")) ?? "sqlite";
  } catch {
    // A stack brought up before the backend was selectable ran SQLite.
    return "sqlite";
  }
}

function say(message: string): void {
  process.stderr.write(`[stack] ${message}\n`);
}

async function startComponent(component: Component, layout: Layout): Promise<void> {
  let startedAt: Date | undefined;
  if (table.runningPid(component.name) === undefined) {
    const busy = await busyPorts(component.ports);
    if (busy.length > 0) {
      throw new Error(
        `${component.name}: port ${busy.join(", ")} already in use by a process the stack did not start`,
      );
    }
    startedAt = new Date();
    const pid = table.start(component.spec(layout));
    say(`${component.name}: started (pid ${pid}), waiting until ready`);
  }
  const started = Date.now();
  await waitFor(`${component.name}`, () => component.ready(layout, startedAt), {
    timeoutMs: component.readyTimeoutS * 1000,
    alive: () => table.runningPid(component.name) !== undefined,
    describe: () => `last lines of ${table.logFile(component.name)}:\n${table.tail(component.name)}`,
  });
  say(`${component.name}: ready (${((Date.now() - started) / 1000).toFixed(1)}s)`);
}

async function up(): Promise<void> {
  const t0 = Date.now();
  say(`stack directory ${stackDir}`);
  const { database, note } = chooseDatabase(process.env[databaseEnvVar], runningDatabase());
  if (note) say(note);
  say(`Prefect server database: ${database} (${databaseEnvVar}=postgres|sqlite, default ${defaultDatabase})`);
  mkdirSync(stackDir, { recursive: true });
  writeFileSync(databaseFile, `${database}\n`);
  const [tools, postgres] = await Promise.all([
    ensureTools(),
    database === "postgres" ? ensurePostgres(stackDir) : undefined,
  ]);
  const layout: Layout = {
    stackDir,
    pki: ensurePki(join(stackDir, "pki"), nodeName),
    tools,
    adminKubeconfig: join(stackDir, "admin.kubeconfig"),
    imageMap: join(stackDir, "image-map.json"),
    database,
    postgres,
  };
  writeConfigFiles(layout);
  const components = wanted(database);
  const prefect = (async () => {
    if (components.includes(postgresComponent)) await startComponent(postgresComponent, layout);
    if (components.includes(prefectComponent)) await startComponent(prefectComponent, layout);
  })();
  // Keep the Prefect start from becoming an unhandled rejection while the control plane starts.
  prefect.catch(() => undefined);
  for (const component of controlPlane) await startComponent(component, layout);
  if (components.includes(kubeletComponent)) await startComponent(kubeletComponent, layout);
  await prefect;
  writeStackEnv({
    kubeconfig: layout.adminKubeconfig,
    apiServerUrl,
    caFile: layout.pki.caCert,
    nodeName,
    prefectApiUrl,
    prefectVenv: tools.prefectVenv,
    tools: postgres ? { ...tools.bins, psql: postgres.psql } : tools.bins,
    toolEnv: tools.env,
    database,
    databaseUrl: databaseUrl(database, stackDir),
  });
  say(`up in ${((Date.now() - t0) / 1000).toFixed(1)}s; state in ${stackEnvFile}`);
}

async function down(): Promise<void> {
  for (const component of [...allComponents()].reverse()) {
    const result = await table.stop(component.name);
    if (result === "stopped") say(`${component.name}: stopped`);
  }
  const leftovers = stackProcesses(stackDir, kubeletRoot(stackDir));
  for (const { pid, command } of leftovers) {
    say(`killing leftover process ${pid}: ${command.slice(0, 120)}`);
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  const busy = await busyPorts(allComponents().flatMap((c) => c.ports));
  // Cluster and server state belong to one `up`; logs stay for post-mortems until the next `up`.
  for (const entry of [
    "etcd",
    "kubelet",
    "prefect-home",
    "prefect-cli-home",
    "prefect.db",
    "prefect.db-shm",
    "prefect.db-wal",
    "pki",
    "run",
    "env.json",
    "database",
  ]) {
    rmSync(join(stackDir, entry), { recursive: true, force: true });
  }
  // The cluster's data and the server's copy, also when they live outside the stack dir.
  wipePostgres(stackDir);
  if (busy.length > 0) throw new Error(`ports still in use after down: ${busy.join(", ")}`);
  // A component that leaves processes behind is a bug in the stack (or the kubelet): fail loudly.
  if (leftovers.length > 0) throw new Error(`${leftovers.length} process(es) outlived their component`);
  say("down");
}

async function status(): Promise<boolean> {
  let allReady = true;
  const layoutForProbes = { pki: pkiPaths(join(stackDir, "pki")) } as Layout;
  const running = runningDatabase();
  let database = running;
  if (database === undefined) {
    try {
      database = chooseDatabase(process.env[databaseEnvVar], undefined).database;
    } catch {
      database = defaultDatabase;
    }
  }
  for (const component of allComponents()) {
    if (!wanted(database).includes(component)) {
      // Postgres under a SQLite server is listed but not counted ("stopped" while the stack is down, like
      // every other line then); a kubelet left out by STACK_SKIP_KUBELET is not listed.
      if (component === postgresComponent) {
        const state = running === undefined ? "stopped" : `not used (database ${database})`;
        process.stdout.write(`${component.name.padEnd(24)} ${state}\n`);
      }
      continue;
    }
    const pid = table.runningPid(component.name);
    let state = "stopped";
    if (pid !== undefined) {
      const ready = await component.ready(layoutForProbes).catch(() => false);
      state = ready ? `ready (pid ${pid})` : `running, not ready (pid ${pid})`;
      if (component === prefectComponent) state += `, database ${database}`;
      allReady &&= ready;
    } else {
      allReady = false;
    }
    process.stdout.write(`${component.name.padEnd(24)} ${state}\n`);
  }
  return allReady;
}

function env(): void {
  const stack = readStackEnv();
  const toolDirs = ["kubectl", "helm", "untt", "ct", "etcdctl", "psql"]
    .filter((t) => stack.tools[t] !== undefined)
    .map((t) => dirname(stack.tools[t]!));
  const path = [...new Set([...toolDirs, ...stack.toolEnv.PATH_PREPEND!.split(":")])].join(":");
  const lines = [
    `export KUBECONFIG=${stack.kubeconfig}`,
    `export PREFECT_API_URL=${stack.prefectApiUrl}`,
    `export PREFECT_WORKER_STACK_DIR=${stackDir}`,
    `export PREFECT_VENV=${stack.prefectVenv}`,
    `export ${databaseEnvVar}=${stackDatabase(stack)}`,
    ...Object.entries(stack.toolEnv)
      .filter(([k]) => k !== "PATH_PREPEND")
      .map(([k, v]) => `export ${k}=${v}`),
    `export PATH=${path}:$PATH`,
  ];
  process.stdout.write(lines.join("\n") + "\n");
}

/** Ports on 127.0.0.1 that cannot be bound right now. */
async function busyPorts(ports: number[]): Promise<number[]> {
  const busy: number[] = [];
  for (const port of ports) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (!free) busy.push(port);
  }
  return busy;
}

const usage = "usage: npm run stack -- up | down | status | env";

async function main(argv: string[]): Promise<number> {
  switch (argv[0]) {
    case "up":
      await up();
      return 0;
    case "down":
      await down();
      return 0;
    case "status":
      if (!existsSync(stackDir)) say(`no stack directory at ${stackDir}`);
      return (await status()) ? 0 : 1;
    case "env":
      env();
      return 0;
    default:
      process.stderr.write(`${usage}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    say(`error: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
