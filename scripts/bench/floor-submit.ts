// The THROUGHPUT FLOOR: only the calls per flow run that any Kubernetes worker must make, in the order
// both workers make them (prefect/workers/base.py `_submit_run`; src/worker/submission.ts):
//
//   poll   POST /work_pools/{pool}/get_scheduled_flow_runs  (work_queue_names [], scheduled_before now +
//          prefetch: the same call as both workers), every FLOOR_QUERY_SECONDS after the previous poll ended
//   per run, through a first-come-first-served gate of FLOOR_CONCURRENCY (default 16) submissions at once,
//          as our worker's (…_WORKER_SUBMISSION_CONCURRENCY); a run waiting there is not claimed yet
//          POST /flow_runs/{id}/set_state PENDING (force false; WAIT is slept through)
//          POST /apis/batch/v1/namespaces/{ns}/jobs  a fixed suspended Job: no templating at all
//          PATCH /flow_runs/{id} {infrastructure_pid: "<ns>:<job>"}
//
// Left out, because a worker could do without them: reading the deployment and the flow (templating
// input), labels, the Submitting state, events and flow-run logs, heartbeats. Neither worker proposes
// RUNNING: the flow's own process does, inside the pod. Transient answers (429, 502, 503, connection
// errors) are retried as Prefect's client does (5 retries, 2^attempt s with ±20 % jitter); a run whose
// calls still fail is proposed CRASHED, as a worker would.
//
// Only Node built-ins (the benchmark strips the types and runs it as JavaScript with the worker's node).
// Environment: PREFECT_API_URL, FLOOR_POOL, FLOOR_NAMESPACE, FLOOR_QUERY_SECONDS, FLOOR_PREFETCH_SECONDS,
// FLOOR_API_SERVER, FLOOR_CA, FLOOR_CERT, FLOOR_KEY. One JSON line per poll and per run on stdout.
import { readFileSync } from "node:fs";
import { Agent, request } from "node:https";
import { setTimeout as sleep } from "node:timers/promises";

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const prefectUrl = env("PREFECT_API_URL").replace(/\/$/, "");
const pool = env("FLOOR_POOL");
const namespace = env("FLOOR_NAMESPACE");
const querySeconds = Number(env("FLOOR_QUERY_SECONDS"));
const prefetchSeconds = Number(env("FLOOR_PREFETCH_SECONDS"));
// Our worker's default gate; the benchmark passes the value ours runs with.
const concurrency = Number(process.env.FLOOR_CONCURRENCY || 16);
const kubeBase = new URL(env("FLOOR_API_SERVER"));
const agent = new Agent({
  ca: readFileSync(env("FLOOR_CA")),
  cert: readFileSync(env("FLOOR_CERT")),
  key: readFileSync(env("FLOOR_KEY")),
  keepAlive: true,
});

const log = (record: Record<string, unknown>) =>
  process.stdout.write(JSON.stringify({ t: new Date().toISOString(), ...record }) + "\n");

const RETRY_STATUS = new Set([429, 502, 503]);
const MAX_RETRIES = 5;

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

async function withRetries<T>(what: string, call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const transient = error instanceof HttpError ? RETRY_STATUS.has(error.status) : true;
      if (!transient || attempt > MAX_RETRIES) throw error;
      const delay = 2 ** attempt * (0.8 + 0.4 * Math.random());
      log({ retry: what, attempt, delaySeconds: delay, error: (error as Error).message.slice(0, 200) });
      await sleep(delay * 1000);
    }
  }
}

async function prefect<T>(method: string, path: string, body?: unknown): Promise<T> {
  return withRetries(`${method} ${path}`, async () => {
    const res = await fetch(`${prefectUrl}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    if (!res.ok)
      throw new HttpError(res.status, `${method} ${path}: HTTP ${res.status} ${text.slice(0, 200)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  });
}

function kube<T>(method: string, path: string, body: unknown): Promise<T> {
  return withRetries(
    `${method} ${path}`,
    () =>
      new Promise<T>((resolve, reject) => {
        const payload = JSON.stringify(body);
        const req = request(
          new URL(path, kubeBase),
          {
            agent,
            method,
            headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload) },
          },
          (res) => {
            let text = "";
            res.setEncoding("utf8");
            res.on("data", (chunk: string) => (text += chunk));
            res.on("end", () => {
              const status = res.statusCode ?? 0;
              if (status >= 200 && status < 300) resolve(JSON.parse(text) as T);
              else reject(new HttpError(status, `${method} ${path}: HTTP ${status} ${text.slice(0, 200)}`));
            });
            res.on("error", reject);
          },
        );
        req.on("error", reject);
        req.end(payload);
      }),
  );
}

interface Orchestration {
  status: string;
  state?: { type?: string } | null;
  details?: { delay_seconds?: number };
}

async function propose(id: string, state: { type: string; name: string; message?: string }) {
  for (;;) {
    const result = await prefect<Orchestration>("POST", `/flow_runs/${id}/set_state`, {
      state,
      force: false,
    });
    if (result.status !== "WAIT") return result;
    await sleep(Math.max(0, result.details?.delay_seconds ?? 0) * 1000);
  }
}

function manifest(flowRunId: string) {
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: { generateName: "floor-", namespace, labels: { "prefect.io/flow-run-id": flowRunId } },
    spec: {
      suspend: true,
      backoffLimit: 0,
      template: {
        spec: {
          restartPolicy: "Never",
          containers: [{ name: "prefect-job", image: "busybox", command: ["true"] }],
        },
      },
    },
  };
}

const inFlight = new Set<string>();
let running = 0;
const waiting: (() => void)[] = [];

async function submit(id: string): Promise<void> {
  if (running < concurrency) running++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  const started = Date.now();
  try {
    const claim = await propose(id, { type: "PENDING", name: "Pending" });
    if (claim.status !== "ACCEPT" || claim.state?.type !== "PENDING") {
      log({ run: id, outcome: "not claimed", status: claim.status, ms: Date.now() - started });
      return;
    }
    const job = await kube<{ metadata: { name: string } }>(
      "POST",
      `/apis/batch/v1/namespaces/${namespace}/jobs`,
      manifest(id),
    );
    await prefect("PATCH", `/flow_runs/${id}`, { infrastructure_pid: `${namespace}:${job.metadata.name}` });
    log({ run: id, outcome: "submitted", ms: Date.now() - started });
  } catch (error) {
    log({ run: id, outcome: "crashed", error: (error as Error).message.slice(0, 300) });
    await propose(id, {
      type: "CRASHED",
      name: "Crashed",
      message: `Failed to submit flow run to infrastructure: ${(error as Error).message.slice(0, 300)}`,
    }).catch(() => undefined);
  } finally {
    inFlight.delete(id);
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

let stopping = false;
process.on("SIGTERM", () => {
  stopping = true;
});

while (!stopping) {
  const polledAt = Date.now();
  try {
    const due = await prefect<{ flow_run: { id: string } }[]>(
      "POST",
      `/work_pools/${encodeURIComponent(pool)}/get_scheduled_flow_runs`,
      {
        work_queue_names: [],
        scheduled_before: new Date(Date.now() + Math.trunc(prefetchSeconds) * 1000).toISOString(),
      },
    );
    let started = 0;
    for (const { flow_run: run } of due) {
      if (inFlight.has(run.id)) continue;
      inFlight.add(run.id);
      started++;
      void submit(run.id);
    }
    log({ poll: due.length, started, ms: Date.now() - polledAt });
  } catch (error) {
    log({ pollFailed: (error as Error).message.slice(0, 300) });
  }
  await sleep(querySeconds * 1000);
}
while (inFlight.size > 0) await sleep(100);
process.exit(0);
