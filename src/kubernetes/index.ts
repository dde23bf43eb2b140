export { clearKubeConfigCache, contextNamespace, kubernetesClients, loadKubeConfig } from "./config.ts";
export type { ClusterConfig, KubernetesClients, LoadKubeConfigOptions } from "./config.ts";
export {
  InfrastructureError,
  KubernetesApiError,
  KubernetesWorkerError,
  describeKubernetesError,
  formatKubernetesError,
} from "./errors.ts";
export type { KubernetesErrorDescription } from "./errors.ts";
export {
  DEFAULT_JOB_CREATION_RETRY,
  FLOW_RUN_ID_LABEL,
  createJob,
  deleteJob,
  infrastructurePid,
  parseInfrastructurePid,
  retryDelayMs,
} from "./jobs.ts";
export type { CreateJobOptions, CreatedJob, JobCreationRetry, JobDeletion } from "./jobs.ts";
export { JobSecrets } from "./secrets.ts";
export { apiKeySecretName } from "./manifest-env.ts";
export type { JobSecretsHandle, JobSecretsLogger, JobSecretsOptions, JobSecretsSettings } from "./secrets.ts";
export { submitJob } from "./submit.ts";
export type { SubmitJobOptions, SubmittedJob } from "./submit.ts";
