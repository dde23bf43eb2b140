// The sync loop's workload: read the pool (create it, or repair an empty template), warn on a type
// mismatch, and heartbeat — in the OSS form, or the Cloud form that asks once for the worker's id and
// sends the integration metadata once.
import { isNotFound, PrefectApiError } from "../prefect/errors.ts";
import type { WorkPool, WorkerHeartbeat } from "../prefect/types.ts";
import type { Logger } from "../observability/logger.ts";
import type { PrefectApi } from "./ports.ts";
import defaultBaseJobTemplate from "../templating/default-base-job-template.json" with { type: "json" };

export const DEFAULT_BASE_JOB_TEMPLATE: unknown = defaultBaseJobTemplate;

/** What the Cloud heartbeat reports once per process, as the reference does for its integrations. */
const INTEGRATIONS_METADATA = { integrations: [{ name: "prefect-kubernetes", version: "0.7.12" }] };

export interface WorkPoolSyncOptions {
  api: PrefectApi;
  logger: Logger;
  poolName: string;
  workerName: string;
  heartbeatSeconds: number;
  createPoolIfNotFound: boolean;
  /** Used only when the worker creates the pool. */
  baseJobTemplate?: unknown;
  onWorkerId?: (id: string) => void;
}

export class WorkPoolSync {
  readonly #options: WorkPoolSyncOptions;
  #pool: WorkPool | undefined;
  #workerId: string | undefined;
  #metadataSent = false;

  constructor(options: WorkPoolSyncOptions) {
    this.#options = options;
  }

  get pool(): WorkPool | undefined {
    return this.#pool;
  }

  get workerId(): string | undefined {
    return this.#workerId;
  }

  async sync(): Promise<void> {
    const pool = await this.#readOrCreatePool();
    if (!pool) return;
    this.#pool = pool;
    await this.#heartbeat();
  }

  async #readOrCreatePool(): Promise<WorkPool | undefined> {
    const { api, logger, poolName } = this.#options;
    let pool: WorkPool;
    try {
      pool = await api.readWorkPool(poolName);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      if (!this.#options.createPoolIfNotFound) {
        logger.warn(`Work pool '${poolName}' not found!`);
        if (this.#options.baseJobTemplate !== undefined) {
          logger.warn("Ignoring supplied base job template because the work pool already exists");
        }
        return undefined;
      }
      pool = await this.#createPool();
    }
    if (isEmptyTemplate(pool.base_job_template)) {
      // A pool created without a template (API, older clients) gets the worker's default.
      await api.updateWorkPool(poolName, { base_job_template: DEFAULT_BASE_JOB_TEMPLATE });
      pool = await api.readWorkPool(poolName);
      logger.info(`Work pool '${poolName}' had no base job template; set the default one.`);
    }
    // Warned once per change of type, as the reference does.
    if (pool.type !== "kubernetes" && pool.type !== this.#pool?.type) {
      logger.warn(
        "Worker type mismatch! This worker process expects type 'kubernetes' but received " +
          `'${pool.type}' from the server. Unexpected behavior may occur.`,
      );
    }
    return pool;
  }

  async #createPool(): Promise<WorkPool> {
    const { api, logger, poolName } = this.#options;
    const body = {
      name: poolName,
      type: "kubernetes",
      ...(this.#options.baseJobTemplate !== undefined
        ? { base_job_template: this.#options.baseJobTemplate }
        : {}),
    };
    try {
      const pool = await api.createWorkPool(body);
      logger.info(`Work pool '${poolName}' created.`);
      return pool;
    } catch (error) {
      // Another worker created it first.
      if (error instanceof PrefectApiError && error.status === 409) return api.readWorkPool(poolName);
      throw error;
    }
  }

  async #heartbeat(): Promise<void> {
    const { api, logger, poolName, workerName } = this.#options;
    const body: WorkerHeartbeat = {
      name: workerName,
      heartbeat_interval_seconds: Math.trunc(this.#options.heartbeatSeconds),
    };
    const cloud = api.isCloud;
    if (cloud && this.#workerId === undefined) body.return_id = true;
    if (cloud && !this.#metadataSent) body.metadata = INTEGRATIONS_METADATA;
    // The client retries a 422 on return_id without it (older Cloud) and then returns no id.
    const id = await api.sendWorkerHeartbeat(poolName, body);
    if (body.return_id && id === undefined)
      logger.warn("Failed to retrieve worker ID from the Prefect API server.");
    if (cloud) this.#metadataSent = true;
    if (id && this.#workerId === undefined) {
      this.#workerId = id;
      api.setWorkerAttribution({ id });
      this.#options.onWorkerId?.(id);
    }
  }
}

function isEmptyTemplate(template: unknown): boolean {
  return (
    template === undefined ||
    template === null ||
    (typeof template === "object" && Object.keys(template as object).length === 0)
  );
}
