// Keeping credentials and (optionally) the whole plain env out of the Job manifest, as the reference's
// `_create_job` does just before POSTing the Job: Secret references for PREFECT_API_KEY and
// PREFECT_API_AUTH_STRING, and a per-Job env Secret owned by the Job.
import { ApiException, type V1Secret } from "./client-node.ts";
import type { CoreApi } from "./rest.ts";
import { randomBytes } from "node:crypto";
import { KubernetesApiError, formatKubernetesError } from "./errors.ts";
import { FLOW_RUN_ID_LABEL } from "./jobs.ts";
import {
  AUTH_STRING_IN_MANIFEST_WARNING,
  apiKeySecretName,
  envSecretName,
  firstContainer,
  plainEnvValue,
  referenceSecret,
  splitPlainEnv,
} from "./manifest-env.ts";

export interface JobSecretsSettings {
  createSecretForApiKey: boolean;
  apiKeySecretName?: string;
  apiKeySecretKey?: string;
  apiAuthStringSecretName?: string;
  apiAuthStringSecretKey?: string;
  storeEnvAsSecret: boolean;
}

export interface JobSecretsLogger {
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

export interface JobSecretsOptions {
  /** The client for runs that bring none (the worker's default cluster). */
  core?: CoreApi | (() => CoreApi);
  settings: JobSecretsSettings;
  workerName: string;
  logger: JobSecretsLogger;
  /** Eight hex characters for env Secret names (uuid4().hex[:8] in the reference). */
  randomHex?: () => string;
}

/** What `prepare` did, for `afterJobCreated` / `afterJobFailed`. */
export interface JobSecretsHandle {
  namespace: string;
  core: CoreApi;
  envSecretName?: string;
}

function isNotFound(err: unknown): boolean {
  return err instanceof ApiException && err.code === 404;
}

async function kubernetesCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw new KubernetesApiError(err);
  }
}

export class JobSecrets {
  readonly #options: JobSecretsOptions;
  readonly #randomHex: () => string;
  /** API key Secrets this worker created or replaced, deleted at shutdown. */
  readonly #created = new Map<string, { name: string; namespace: string; core: CoreApi }>();

  constructor(options: JobSecretsOptions) {
    this.#options = options;
    this.#randomHex = options.randomHex ?? (() => randomBytes(4).toString("hex"));
  }

  #defaultCore(): CoreApi {
    const { core } = this.#options;
    if (!core) throw new Error("JobSecrets needs a CoreApi for runs without a cluster config");
    return typeof core === "function" ? core() : core;
  }

  /** Rewrites `manifest` in place (and returns it with the handle) before the Job is POSTed. */
  async prepare(
    namespace: string,
    manifest: object,
    flowRunId?: string,
    core: CoreApi = this.#defaultCore(),
  ): Promise<{ manifest: object; handle: JobSecretsHandle }> {
    const { settings, logger } = this.#options;
    if (settings.apiKeySecretName) {
      // A name without a key references nothing, and create-secret is not consulted (as the reference).
      if (settings.apiKeySecretKey) {
        referenceSecret(manifest, "PREFECT_API_KEY", settings.apiKeySecretName, settings.apiKeySecretKey);
      }
    } else if (settings.createSecretForApiKey) {
      const apiKey = plainEnvValue(manifest, "PREFECT_API_KEY");
      if (typeof apiKey === "string" && apiKey) {
        const name = await this.#upsertApiKeySecret(core, namespace, apiKey);
        referenceSecret(manifest, "PREFECT_API_KEY", name, "value");
      }
    }
    if (settings.apiAuthStringSecretName && settings.apiAuthStringSecretKey) {
      referenceSecret(
        manifest,
        "PREFECT_API_AUTH_STRING",
        settings.apiAuthStringSecretName,
        settings.apiAuthStringSecretKey,
      );
    } else if (plainEnvValue(manifest, "PREFECT_API_AUTH_STRING")) {
      logger.warn(AUTH_STRING_IN_MANIFEST_WARNING);
    }
    const handle: JobSecretsHandle = { namespace, core };
    if (settings.storeEnvAsSecret) {
      const name = await this.#storeEnvAsSecret(core, namespace, manifest, flowRunId);
      if (name) handle.envSecretName = name;
    }
    return { manifest, handle };
  }

  async #upsertApiKeySecret(core: CoreApi, namespace: string, apiKey: string): Promise<string> {
    const name = apiKeySecretName(this.#options.workerName);
    const data = { value: Buffer.from(apiKey, "utf8").toString("base64") };
    const secret = await kubernetesCall(async () => {
      try {
        const current = await core.readNamespacedSecret({ name, namespace });
        return await core.replaceNamespacedSecret({ name, namespace, body: { ...current, data } });
      } catch (err) {
        if (!isNotFound(err)) throw err;
        const body: V1Secret = { apiVersion: "v1", kind: "Secret", metadata: { name, namespace }, data };
        return await core.createNamespacedSecret({ namespace, body });
      }
    });
    const created = {
      name: secret.metadata?.name ?? name,
      namespace: secret.metadata?.namespace ?? namespace,
    };
    this.#created.set(`${created.namespace}/${created.name}`, { ...created, core });
    this.#options.logger.debug(
      `Stored the Prefect API key in Secret '${created.name}' in '${created.namespace}'`,
    );
    return created.name;
  }

  async #storeEnvAsSecret(
    core: CoreApi,
    namespace: string,
    manifest: object,
    flowRunId: string | undefined,
  ): Promise<string | undefined> {
    const container = firstContainer(manifest);
    const { plain, kept } = splitPlainEnv(container.env ?? []);
    if (Object.keys(plain).length === 0) return undefined;
    const metadata = (manifest as { metadata?: { generateName?: string; labels?: Record<string, string> } })
      .metadata;
    const name = envSecretName(metadata?.generateName, this.#randomHex());
    const labels: Record<string, string> = { "app.kubernetes.io/managed-by": "prefect" };
    // The reference copies the manifest's label; the argument covers templates that dropped it.
    const runLabel = metadata?.labels?.[FLOW_RUN_ID_LABEL] ?? flowRunId;
    if (runLabel) labels[FLOW_RUN_ID_LABEL] = runLabel;
    const body = {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name, namespace, labels },
      stringData: plain as Record<string, string>,
    };
    const secret = await kubernetesCall(() => core.createNamespacedSecret({ namespace, body }));
    const secretName = secret.metadata?.name ?? name;
    container.env = kept;
    container.envFrom = [...(container.envFrom ?? []), { secretRef: { name: secretName } }];
    return secretName;
  }

  /** Makes the Job own its env Secret, so the garbage collector deletes both together. */
  async afterJobCreated(handle: JobSecretsHandle, job: { name: string; uid: string }): Promise<void> {
    if (!handle.envSecretName) return;
    const body = {
      metadata: { ownerReferences: [{ apiVersion: "batch/v1", kind: "Job", name: job.name, uid: job.uid }] },
    };
    try {
      await handle.core.patchNamespacedSecret({
        name: handle.envSecretName,
        namespace: handle.namespace,
        body,
      });
    } catch {
      this.#options.logger.warn(
        `Failed to set owner reference on env secret '${handle.envSecretName}'; ` +
          "it will not be automatically cleaned up when the Job is deleted",
      );
    }
  }

  /** Deletes the env Secret of a Job that was never created (nothing would own it). */
  async afterJobFailed(handle: JobSecretsHandle): Promise<void> {
    if (!handle.envSecretName) return;
    try {
      await handle.core.deleteNamespacedSecret({ name: handle.envSecretName, namespace: handle.namespace });
    } catch {
      this.#options.logger.warn(
        `Failed to clean up env secret '${handle.envSecretName}' after Job creation failure`,
      );
    }
  }

  /** Shutdown: deletes the API key Secrets this worker created; failures are logged, not thrown. */
  async deleteCreatedApiKeySecrets(): Promise<void> {
    const secrets = [...this.#created.values()];
    this.#created.clear();
    for (const { name, namespace, core } of secrets) {
      try {
        await core.deleteNamespacedSecret({ name, namespace });
      } catch (err) {
        this.#options.logger.warn(
          `Failed to delete created secret with exception: ${formatKubernetesError(err)}`,
        );
      }
    }
  }

  /** The API key Secrets pending deletion, as `<namespace>/<name>`. */
  createdApiKeySecrets(): string[] {
    return [...this.#created.keys()];
  }
}
