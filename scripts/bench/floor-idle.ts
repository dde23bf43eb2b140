// The memory FLOOR: the least a Node process doing what an idle worker's Kubernetes side does can use —
// one HTTPS request to the kube-apiserver (TLS with the admin kubeconfig's client certificate) and one
// watch held open, then nothing. Its RSS beside the workers' tells how much of theirs is Node itself.
//
// Only Node built-ins, no imports of this repository: the benchmark strips the types
// (module.stripTypeScriptTypes) and runs the result as plain JavaScript with the same node binary the
// worker runs on, so neither pays for TypeScript loading. Configuration comes in the environment:
//   FLOOR_API_SERVER  https://127.0.0.1:<port>     FLOOR_CA / FLOOR_CERT / FLOOR_KEY  PEM file paths
//   FLOOR_WATCH_PATH  the path to watch (e.g. /apis/batch/v1/jobs?labelSelector=...)
// Prints "ready" on stdout once the first call answered and the watch is open; exits on SIGTERM.
import { readFileSync } from "node:fs";
import { Agent, request } from "node:https";

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const base = new URL(env("FLOOR_API_SERVER"));
const agent = new Agent({
  ca: readFileSync(env("FLOOR_CA")),
  cert: readFileSync(env("FLOOR_CERT")),
  key: readFileSync(env("FLOOR_KEY")),
  keepAlive: true,
});

function get(path: string, onData: (chunk: Buffer) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { agent, method: "GET" }, (res) => {
      res.on("data", onData);
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

let watchOpen = false;
function watch(): void {
  const path = env("FLOOR_WATCH_PATH");
  const req = request(
    new URL(`${path}${path.includes("?") ? "&" : "?"}watch=true`, base),
    { agent, method: "GET" },
    (res) => {
      if (!watchOpen && res.statusCode === 200) {
        watchOpen = true;
        process.stdout.write("ready\n");
      }
      // The events are read and dropped: the floor holds the connection, it keeps no cache.
      res.on("data", () => undefined);
      res.on("end", () => setTimeout(watch, 1000));
      res.on("error", () => setTimeout(watch, 1000));
    },
  );
  req.on("error", () => setTimeout(watch, 1000));
  req.end();
}

const status = await get("/api/v1/namespaces/default", () => undefined);
if (status !== 200) throw new Error(`GET /api/v1/namespaces/default answered ${status}`);
watch();
process.on("SIGTERM", () => process.exit(0));
