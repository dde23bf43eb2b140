// The Prefect REST calls the worker and observer make (spec Appendix A), typed with the pinned server's
// schemas. Objects whose values reach job templating are parsed with parsePythonJson so `1.0` stays a
// Python float; everything else with JSON.parse.
import { randomUUID } from "node:crypto";
import { parsePythonJson } from "../templating/index.ts";
import { PrefectApiError, isNotFound } from "./errors.ts";
import { PrefectHttp, type HttpResponse, type PrefectHttpOptions, type RequestOptions } from "./http.ts";
import type {
  BlockDocument,
  Deployment,
  EventFilter,
  EventPage,
  Flow,
  FlowRun,
  FlowRunFilterBody,
  LogCreate,
  OrchestrationResult,
  StateCreate,
  Variable,
  WorkPool,
  WorkPoolCreate,
  WorkQueue,
  WorkerFlowRunResponse,
  WorkerHeartbeat,
} from "./types.ts";

export type PrefectClientOptions = PrefectHttpOptions;

export interface ScheduledRunsQuery {
  /** [] means every queue of the pool. */
  work_queue_names: string[];
  scheduled_before: Date;
  limit?: number;
}

export class PrefectClient {
  readonly #http: PrefectHttp;

  constructor(options: PrefectClientOptions) {
    this.#http = new PrefectHttp(options);
  }

  get apiUrl(): string {
    return this.#http.apiUrl;
  }

  /** The server is Prefect Cloud: apiUrl starts with cloudApiUrl. */
  get isCloud(): boolean {
    return this.#http.isCloud;
  }

  setWorkerAttribution(attribution: { name?: string; id?: string }): void {
    this.#http.setWorkerAttribution(attribution);
  }

  async health(): Promise<unknown> {
    return this.#json("GET", "/health");
  }

  async readWorkPool(name: string): Promise<WorkPool> {
    return this.#python("GET", "/work_pools/{name}", { path: { name } });
  }

  /** Only the given fields are sent, as the reference's `exclude_unset` does. 409 if it already exists. */
  async createWorkPool(body: Pick<WorkPoolCreate, "name" | "type" | "base_job_template">): Promise<WorkPool> {
    return this.#python("POST", "/work_pools/", { body: dropUndefined(body) });
  }

  async updateWorkPool(name: string, body: { base_job_template: Record<string, unknown> }): Promise<void> {
    await this.#http.request("PATCH", "/work_pools/{name}", { path: { name }, body });
  }

  /** The pool's queues, or only those named. */
  async readWorkQueues(pool: string, names?: string[]): Promise<WorkQueue[]> {
    const body = names ? { work_queues: { name: { any_: names } } } : {};
    return this.#json("POST", "/work_pools/{name}/queues/filter", { path: { name: pool }, body });
  }

  /**
   * Resolves to the worker's backend id when `return_id` was asked of Cloud (200 with the id as text);
   * undefined from a self-hosted server (204). A server that refuses `return_id` (422) is asked again
   * without it, so the caller only has to warn "Failed to retrieve worker ID" when it gets undefined.
   */
  async sendWorkerHeartbeat(pool: string, heartbeat: WorkerHeartbeat): Promise<string | undefined> {
    const route = "/work_pools/{name}/workers/heartbeat";
    const send = (body: WorkerHeartbeat) => this.#http.request("POST", route, { path: { name: pool }, body });
    let res: HttpResponse;
    try {
      res = await send(dropUndefined(heartbeat));
    } catch (err) {
      if (!(heartbeat.return_id && err instanceof PrefectApiError && err.status === 422)) throw err;
      const { return_id: _ignored, ...rest } = heartbeat;
      await send(dropUndefined(rest));
      return undefined;
    }
    if (!this.isCloud || !heartbeat.return_id || res.status !== 200) return undefined;
    const id = res.text.trim().replace(/^"|"$/g, "");
    return /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(id) ? id : undefined;
  }

  /** Runs due before `scheduled_before`; an unknown pool or queue (404) means none. */
  async getScheduledFlowRuns(pool: string, query: ScheduledRunsQuery): Promise<WorkerFlowRunResponse[]> {
    const body = {
      work_queue_names: query.work_queue_names,
      scheduled_before: query.scheduled_before.toISOString(),
      ...(query.limit === undefined ? {} : { limit: query.limit }),
    };
    try {
      return await this.#python("POST", "/work_pools/{name}/get_scheduled_flow_runs", {
        path: { name: pool },
        body,
      });
    } catch (err) {
      if (isNotFound(err)) return [];
      throw err;
    }
  }

  async readDeployment(id: string): Promise<Deployment> {
    return this.#python("GET", "/deployments/{id}", { path: { id } });
  }

  async readFlow(id: string): Promise<Flow> {
    return this.#python("GET", "/flows/{id}", { path: { id } });
  }

  async readFlowRun(id: string): Promise<FlowRun> {
    return this.#python("GET", "/flow_runs/{id}", { path: { id } });
  }

  /** Like the reference, stamps the run id and a fresh transition id into the state details. */
  async setFlowRunState(
    id: string,
    state: StateCreate,
    { force }: { force: boolean },
  ): Promise<OrchestrationResult> {
    const body = {
      state: {
        ...state,
        state_details: { ...state.state_details, flow_run_id: id, transition_id: randomUUID() },
      },
      force,
    };
    return this.#json("POST", "/flow_runs/{id}/set_state", { path: { id }, body });
  }

  async updateFlowRunLabels(id: string, labels: Record<string, string | number | boolean>): Promise<void> {
    await this.#http.request("PATCH", "/flow_runs/{id}/labels", { path: { id }, body: labels });
  }

  async updateFlowRun(id: string, update: { infrastructure_pid: string }): Promise<void> {
    await this.#http.request("PATCH", "/flow_runs/{id}", { path: { id }, body: update });
  }

  async filterFlowRuns(body: Partial<FlowRunFilterBody>): Promise<FlowRun[]> {
    return this.#python("POST", "/flow_runs/filter", { body });
  }

  async readBlockDocument(id: string): Promise<BlockDocument> {
    return this.#python("GET", "/block_documents/{id}", { path: { id }, query: { include_secrets: "true" } });
  }

  async readBlockDocumentByName(blockTypeSlug: string, name: string): Promise<BlockDocument> {
    return this.#python("GET", "/block_types/slug/{slug}/block_documents/name/{name}", {
      path: { slug: blockTypeSlug, name },
      query: { include_secrets: "true" },
    });
  }

  async readVariableByName(name: string): Promise<Variable | undefined> {
    try {
      return await this.#python("GET", "/variables/name/{name}", { path: { name } });
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async createLogs(logs: LogCreate[]): Promise<void> {
    await this.#http.request("POST", "/logs/", { body: logs });
  }

  async filterEvents(body: { filter?: EventFilter; limit?: number }): Promise<EventPage> {
    return this.#json("POST", "/events/filter", { body });
  }

  async #json<T>(method: string, route: string, options?: RequestOptions): Promise<T> {
    const res = await this.#http.request(method, route, options);
    return (res.text ? JSON.parse(res.text) : undefined) as T;
  }

  async #python<T>(method: string, route: string, options?: RequestOptions): Promise<T> {
    const res = await this.#http.request(method, route, options);
    return (res.text ? parsePythonJson(res.text) : undefined) as T;
  }
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
