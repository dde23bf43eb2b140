// The Prefect client as every command builds it from the validated settings.
import { loadSettings, type WorkerSettings } from "../config/settings.ts";
import { PrefectClient, type PrefectClientOptions } from "../prefect/client.ts";

export function prefectClientOptions(settings: WorkerSettings): PrefectClientOptions {
  return {
    apiUrl: settings.apiUrl,
    ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
    ...(settings.apiAuthString ? { authString: settings.apiAuthString } : {}),
    cloudApiUrl: settings.cloudApiUrl,
    requestTimeoutSeconds: settings.apiRequestTimeout,
    maxRetries: settings.clientMaxRetries,
    retryJitterFactor: settings.clientRetryJitterFactor,
    extraRetryCodes: settings.clientRetryExtraCodes,
    customHeaders: settings.clientCustomHeaders,
    csrfEnabled: settings.clientCsrfSupportEnabled,
  };
}

/** For commands that need only the API settings (no --pool): throws SettingsError naming bad variables. */
export function prefectClientFromEnv(env: NodeJS.ProcessEnv): PrefectClient {
  return new PrefectClient(prefectClientOptions(loadSettings({ pool: "-" }, env)));
}
