// What the worker needs from its collaborators. The composition root passes the real PrefectClient,
// EventsClient, FlowRunLogSink and Kubernetes services; tests may pass anything with these shapes.
import type {
  Deployment,
  Flow,
  FlowRun,
  FlowRunFilterBody,
  OrchestrationResult,
  StateCreate,
  WorkPool,
  WorkerFlowRunResponse,
  WorkerHeartbeat,
} from "../prefect/types.ts";
import type { PrefectEvent } from "../prefect/events.ts";

export interface PrefectApi {
  readonly isCloud: boolean;
  setWorkerAttribution(attribution: { name?: string; id?: string }): void;
  readWorkPool(name: string): Promise<WorkPool>;
  createWorkPool(body: { name: string; type: string; base_job_template?: unknown }): Promise<WorkPool>;
  updateWorkPool(name: string, body: { base_job_template: unknown }): Promise<void>;
  sendWorkerHeartbeat(pool: string, body: WorkerHeartbeat): Promise<string | undefined>;
  getScheduledFlowRuns(
    pool: string,
    body: { work_queue_names: string[]; scheduled_before: Date },
  ): Promise<WorkerFlowRunResponse[]>;
  readDeployment(id: string): Promise<Deployment>;
  readFlow(id: string): Promise<Flow>;
  setFlowRunState(id: string, state: StateCreate, options: { force: boolean }): Promise<OrchestrationResult>;
  updateFlowRunLabels(id: string, labels: Record<string, string>): Promise<void>;
  updateFlowRun(id: string, body: { infrastructure_pid: string }): Promise<void>;
  readFlowRun(id: string): Promise<FlowRun>;
  filterFlowRuns(body: Partial<FlowRunFilterBody>): Promise<FlowRun[]>;
}

export interface EventSink {
  emit(event: PrefectEvent): void;
  close(options?: { timeoutMs?: number }): Promise<void>;
}

export type FlowRunLogLevel = "DEBUG" | "INFO" | "WARNING" | "ERROR" | "CRITICAL";

export interface FlowRunLogs {
  log(record: {
    flowRunId: string;
    level: FlowRunLogLevel;
    message: string;
    workerId?: string;
    timestamp?: Date;
  }): void;
  close(): Promise<void>;
}

export interface LaunchedJob {
  name: string;
  namespace: string;
  uid: string;
}

/** Creates a run's Job (and the Secrets it needs) in its cluster; throws InfrastructureError on failure. */
export interface JobLauncher {
  launch(input: {
    namespace: string;
    manifest: Record<string, unknown>;
    flowRunId: string;
    clusterConfig: unknown;
  }): Promise<LaunchedJob>;
  /**
   * kill_infrastructure: deletes the Job named by an `infrastructure_pid` (`namespace:job`) in the run's
   * cluster (the default cluster when its cluster_config is not known).
   */
  kill(pid: string, clusterConfig?: unknown): Promise<"deleted" | "not-found">;
  /**
   * The Jobs labelled with the flow run's id in the namespace (the run's cluster), oldest first: the truth
   * about whether a run whose submission was cut short got its Job.
   */
  findJobs(input: { flowRunId: string; namespace: string; clusterConfig: unknown }): Promise<LaunchedJob[]>;
  /**
   * Follows the `prefect-job` container log of the Job's pods (each retry's pod in turn) until the Job
   * is finished or gone, or `signal` aborts; never rejects.
   */
  followLogs?(
    job: LaunchedJob & { clusterConfig: unknown },
    /** `timestamp` is the container runtime's RFC 3339 time of the line. */
    onLine: (line: string, timestamp: string) => void,
    signal: AbortSignal,
  ): Promise<void>;
  /** Removes what the launcher created for the worker's lifetime (API-key Secrets). */
  shutdown(): Promise<void>;
}
