// Prometheus metrics on a private registry (never prom-client's global one, so tests and embedders can
// run several workers in one process). Names follow the conventions table: app prefix, base units,
// bounded label values only — never a flow-run id or a job name.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { version } from "../version.ts";

export type PollResult = "success" | "error" | "skipped";
export type SubmissionResult =
  "submitted" | "crashed" | "aborted" | "rejected" | "cancelled" | "failed" | "abandoned";

export class WorkerMetrics {
  readonly registry = new Registry();
  readonly polls = new Counter({
    name: "prefect_worker_polls_total",
    help: "Polls for scheduled flow runs, by result.",
    labelNames: ["result"] as const,
    registers: [this.registry],
  });
  readonly lastPoll = new Gauge({
    name: "prefect_worker_last_poll_timestamp_seconds",
    help: "Unix time of the last successful poll.",
    registers: [this.registry],
  });
  readonly pollDuration = new Histogram({
    name: "prefect_worker_poll_duration_seconds",
    help: "Duration of a poll, including starting the submissions it found.",
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  readonly slots = new Gauge({
    name: "prefect_worker_slots",
    help: "Submission slots (--limit), by state; absent when there is no limit.",
    labelNames: ["state"] as const,
    registers: [this.registry],
  });
  readonly inFlight = new Gauge({
    name: "prefect_worker_submissions_in_flight",
    help: "Flow runs being claimed or submitted right now.",
    registers: [this.registry],
  });
  readonly submissions = new Counter({
    name: "prefect_worker_flow_runs_submitted_total",
    help: "Flow runs the worker finished handling, by result.",
    labelNames: ["result"] as const,
    registers: [this.registry],
  });
  readonly submissionDuration = new Histogram({
    name: "prefect_worker_submission_duration_seconds",
    help: "From claiming a flow run to its Job existing (or the run being crashed).",
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });
  readonly heartbeats = new Counter({
    name: "prefect_worker_heartbeats_total",
    help: "Worker heartbeats sent, by result.",
    labelNames: ["result"] as const,
    registers: [this.registry],
  });
  readonly apiRequests = new Counter({
    name: "prefect_worker_api_requests_total",
    help: "Prefect API requests, by method, route template and status code (0 = transport error).",
    labelNames: ["method", "route", "code"] as const,
    registers: [this.registry],
  });
  readonly apiRequestDuration = new Histogram({
    name: "prefect_worker_api_request_duration_seconds",
    help: "Prefect API request duration, by method and route template.",
    labelNames: ["method", "route"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly kubeRequests = new Counter({
    name: "prefect_worker_kube_requests_total",
    help: "Kubernetes API requests made for submissions, by verb, resource and status code.",
    labelNames: ["verb", "resource", "code"] as const,
    registers: [this.registry],
  });
  readonly flowRunFailures = new Counter({
    name: "prefect_worker_flow_run_failures_total",
    help: "Flow runs the observer reported Crashed, by reason (Deleted, BackoffLimitExceeded, DeadlineExceeded, Other).",
    labelNames: ["reason"] as const,
    registers: [this.registry],
  });
  readonly podEvents = new Counter({
    name: "prefect_worker_pod_events_total",
    help: "prefect.kubernetes.pod.* events emitted by the observer, by pod phase and diagnosis (none when healthy).",
    labelNames: ["phase", "diagnosis"] as const,
    registers: [this.registry],
  });
  readonly watchReconnects = new Counter({
    name: "prefect_worker_watch_reconnects_total",
    help: "Observer watch restarts, by resource and reason (gone = 410, error, stale = watchdog).",
    labelNames: ["resource", "reason"] as const,
    registers: [this.registry],
  });
  readonly watchLastEvent = new Gauge({
    name: "prefect_worker_watch_last_event_timestamp_seconds",
    help: "Unix time the observer last received a list or watch event, by resource.",
    labelNames: ["resource"] as const,
    registers: [this.registry],
  });
  readonly observerHandlerFailures = new Counter({
    name: "prefect_worker_observer_handler_failures_total",
    help: "Job or Pod events the observer could not handle (the watch carries on), by resource.",
    labelNames: ["resource"] as const,
    registers: [this.registry],
  });

  constructor(options: { defaultMetrics?: boolean } = {}) {
    new Gauge({
      name: "prefect_worker_build_info",
      help: "Always 1; the labels say which worker this is.",
      labelNames: ["version", "worker_type"] as const,
      registers: [this.registry],
    }).set({ version, worker_type: "kubernetes" }, 1);
    if (options.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry });
  }

  setSlots(used: number, limit: number | undefined): void {
    if (limit === undefined) return;
    this.slots.set({ state: "used" }, used);
    this.slots.set({ state: "available" }, limit - used);
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
