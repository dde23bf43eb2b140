// The THROUGHPUT FLOOR: the Prefect and Kubernetes calls per flow run, with no worker logic (no templating,
// no validation, no observer). FLOOR_CALLS picks which calls:
//
//   worker (default): the calls both workers make per run, in their order (prefect/workers/base.py
//          `_submit_run`, `_submit_run_and_capture_errors`; src/worker/submission.ts):
//          GET /deployments/{id} · POST /flow_runs/{id}/set_state PENDING · GET /flows/{id} ·
//          event prefect.worker.submitted-flow-run · PATCH /flow_runs/{id}/labels (the four worker labels) ·
//          set_state Submitting · POST /apis/batch/v1/namespaces/{ns}/jobs · PATCH /flow_runs/{id}
//          {infrastructure_pid} · event prefect.worker.executed-flow-run; four flow-run log lines per run,
//          batched to POST /logs/ every 2 s; events over one WebSocket to /events/in.
//   minimal: only what any Kubernetes worker must do: set_state PENDING, create the Job, PATCH the pid.
//
//   poll   POST /work_pools/{pool}/get_scheduled_flow_runs  (work_queue_names [], scheduled_before now +
//          prefetch: the same call as both workers), every FLOOR_QUERY_SECONDS after the previous poll ended
//   per run, through a first-come-first-served gate of FLOOR_CONCURRENCY (default 16) submissions at once,
//          as our worker's (…_WORKER_SUBMISSION_CONCURRENCY); a run waiting there is not claimed yet.
//          The Job is a fixed suspended one (WAIT answers are slept through).
//
// Neither worker proposes RUNNING: the flow's own process does, inside the pod. Transient answers (429,
// 502, 503, connection errors) are retried as Prefect's client does (5 retries, 2^attempt s with ±20 %
// jitter); a run whose calls still fail is proposed CRASHED, as a worker would.
//
// Only Node built-ins (the benchmark strips the types and runs it as JavaScript with the worker's node).
// Environment: PREFECT_API_URL, FLOOR_POOL, FLOOR_NAMESPACE, FLOOR_QUERY_SECONDS, FLOOR_PREFETCH_SECONDS,
// FLOOR_CALLS, FLOOR_API_SERVER, FLOOR_CA, FLOOR_CERT, FLOOR_KEY. One JSON line per poll and per run on stdout.
import { randomUUID } from "node:crypto";
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
const calls = process.env.FLOOR_CALLS || "worker";
if (calls !== "worker" && calls !== "minimal")
  throw new Error(`FLOOR_CALLS must be worker or minimal, got ${calls}`);
const workerName = `floor-${process.pid}`;
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

interface DueRun {
  id: string;
  flow_id: string;
  deployment_id?: string | null;
}

// Flow-run logs, batched as both workers batch them (the reference's APILogWorker: every 2 s).
let logBuffer: Record<string, unknown>[] = [];
function runLog(flowRunId: string, message: string): void {
  logBuffer.push({
    name: "prefect.flow_runs.worker",
    level: 20,
    message,
    timestamp: new Date().toISOString(),
    flow_run_id: flowRunId,
  });
}
async function flushLogs(): Promise<void> {
  while (logBuffer.length > 0) {
    const batch = logBuffer;
    logBuffer = [];
    await prefect("POST", "/logs/", batch).catch((error: Error) => log({ logsFailed: error.message }));
  }
}
const logTimer = setInterval(() => void flushLogs(), 2000);

// Events over one WebSocket, reconnected when it closes; queued while it connects.
const eventsUrl = `${prefectUrl.replace(/^http/, "ws")}/events/in`;
let socket: WebSocket | undefined;
let pendingEvents: string[] = [];
function connectEvents(): void {
  const ws = new WebSocket(eventsUrl);
  socket = ws;
  ws.addEventListener("open", () => {
    for (const event of pendingEvents) ws.send(event);
    pendingEvents = [];
  });
  ws.addEventListener("close", () => {
    if (socket === ws) socket = undefined;
  });
  ws.addEventListener("error", () => undefined);
}
function emit(event: string, run: DueRun): void {
  const related = [
    { "prefect.resource.id": `prefect.flow-run.${run.id}`, "prefect.resource.role": "flow-run" },
    { "prefect.resource.id": `prefect.flow.${run.flow_id}`, "prefect.resource.role": "flow" },
    { "prefect.resource.id": `prefect.work-pool.${poolId}`, "prefect.resource.role": "work-pool" },
  ];
  if (run.deployment_id)
    related.push({
      "prefect.resource.id": `prefect.deployment.${run.deployment_id}`,
      "prefect.resource.role": "deployment",
    });
  const text = JSON.stringify({
    id: randomUUID(),
    occurred: new Date().toISOString(),
    event,
    resource: {
      "prefect.resource.id": `prefect.worker.kubernetes.${workerName}`,
      "prefect.resource.name": workerName,
    },
    related,
    payload: {},
  });
  if (!socket) connectEvents();
  if (socket!.readyState === WebSocket.OPEN) socket!.send(text);
  else pendingEvents.push(text);
}

const inFlight = new Set<string>();
let running = 0;
const waiting: (() => void)[] = [];

async function submit(run: DueRun): Promise<void> {
  if (running < concurrency) running++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  const started = Date.now();
  const id = run.id;
  const worker = calls === "worker";
  try {
    if (worker) {
      runLog(id, `Worker '${workerName}' submitting flow run '${id}'`);
      if (run.deployment_id) await prefect("GET", `/deployments/${run.deployment_id}`);
    }
    const claim = await propose(id, { type: "PENDING", name: "Pending" });
    if (claim.status !== "ACCEPT" || claim.state?.type !== "PENDING") {
      log({ run: id, outcome: "not claimed", status: claim.status, ms: Date.now() - started });
      return;
    }
    if (worker) {
      await prefect("GET", `/flows/${run.flow_id}`);
      emit("prefect.worker.submitted-flow-run", run);
      await prefect("PATCH", `/flow_runs/${id}/labels`, {
        "prefect.worker.name": workerName,
        "prefect.worker.type": "kubernetes",
        "prefect.work-pool.name": pool,
        "prefect.work-pool.id": poolId,
      });
      await propose(id, { type: "PENDING", name: "Submitting" });
      runLog(id, "Creating Kubernetes job...");
    }
    const job = await kube<{ metadata: { name: string } }>(
      "POST",
      `/apis/batch/v1/namespaces/${namespace}/jobs`,
      manifest(id),
    );
    if (worker) runLog(id, `Kubernetes job '${job.metadata.name}' created in namespace '${namespace}'`);
    await prefect("PATCH", `/flow_runs/${id}`, { infrastructure_pid: `${namespace}:${job.metadata.name}` });
    if (worker) {
      runLog(id, `Flow run '${id}' submitted to infrastructure`);
      emit("prefect.worker.executed-flow-run", run);
    }
    log({ run: id, outcome: "submitted", ms: Date.now() - started });
  } catch (error) {
    log({ run: id, outcome: "crashed", error: (error as Error).message.slice(0, 300) });
    await propose(id, {
      type: "CRASHED",
      name: "Crashed",
      message: `Failed to submit flow run to infrastructure: ${(error as Error).message.slice(0, 300)}`,
    }).catch(() => undefined);
  } finally {
    inFlight.delete(run.id);
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

const poolId =
  calls === "worker"
    ? (await prefect<{ id: string }>("GET", `/work_pools/${encodeURIComponent(pool)}`)).id
    : undefined;

let stopping = false;
process.on("SIGTERM", () => {
  stopping = true;
});

while (!stopping) {
  const polledAt = Date.now();
  try {
    const due = await prefect<{ flow_run: DueRun }[]>(
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
      void submit(run);
    }
    log({ poll: due.length, started, ms: Date.now() - polledAt });
  } catch (error) {
    log({ pollFailed: (error as Error).message.slice(0, 300) });
  }
  await sleep(querySeconds * 1000);
}
while (inFlight.size > 0) await sleep(100);
clearInterval(logTimer);
await flushLogs();
socket?.close();
process.exit(0);
