// Job-configuration templating: from a work pool's base job template, a deployment, a flow and a flow
// run to the Kubernetes Job manifest the reference worker (prefect-kubernetes 0.7.12) would create.
import { TemplatingError } from "./errors.ts";
import { fromTemplateAndValues } from "./job-configuration.ts";
import { prepareForFlowRun } from "./prepare.ts";
import { deepCopy, toPlainJson, type JsonObject } from "./py-value.ts";
import { forwardedSettingsEnv } from "./settings-env.ts";
import type { BaseJobTemplate, Deployment, Flow, FlowRun, ReferenceResolver, WorkPool } from "./types.ts";
import type { JobConfiguration } from "./validation.ts";
import { mergeJobVariables } from "./variables.ts";

export { TemplatingError } from "./errors.ts";
export { PyFloat, parsePythonJson, toPlainJson } from "./py-value.ts";
export type { BaseJobTemplate, Deployment, Flow, FlowRun, ReferenceResolver, WorkPool } from "./types.ts";
export type { JobConfiguration } from "./validation.ts";

/**
 * Deliberate divergences from the reference (see DIVERGENCES.md). The reference uses
 * `prefecthq/prefect:<its prefect version>-python<its python X.Y>`; we have no Python.
 */
export const DEFAULT_IMAGE = "prefecthq/prefect:3-latest";
/** The reference labels jobs with its Python package version; we report the Prefect line we mirror. */
export const DEFAULT_VERSION_LABEL = "3.8.8";

export interface RenderInput {
  baseJobTemplate: BaseJobTemplate;
  workPool?: WorkPool;
  deployment?: Deployment;
  flow?: Flow;
  flowRun: FlowRun;
  workerName?: string;
  /** The worker's backend id, once the server has assigned one. */
  workerId?: string;
  /** The worker's own environment; only recognised PREFECT_* settings are forwarded. */
  env?: Record<string, string | undefined>;
  /** Overrides DEFAULT_VERSION_LABEL (parity tests pass the reference's version). */
  versionLabel?: string;
  /** Overrides DEFAULT_IMAGE. */
  defaultImage?: string;
}

export interface RenderResult {
  /** Where the Job is created: the configuration's namespace, not metadata.namespace. */
  namespace: string;
  /** The Job manifest, plain JSON. */
  manifest: JsonObject;
  configuration: JobConfiguration;
}

/**
 * Renders the Job for a flow run. Throws TemplatingError carrying the Python exception class and message
 * the reference reports (`Failed to submit flow run to infrastructure: <class>: <message>`).
 */
export async function renderJob(input: RenderInput, resolver?: ReferenceResolver): Promise<RenderResult> {
  const env = input.env ?? {};
  const values = mergeJobVariables(input.deployment?.job_variables, input.flowRun.job_variables);
  const configuration = await fromTemplateAndValues(deepCopy(input.baseJobTemplate), values, {
    ...(resolver ? { resolver } : {}),
    environ: env,
  });
  prepareForFlowRun(configuration, {
    flowRun: input.flowRun,
    deployment: input.deployment,
    flow: input.flow,
    workPool: input.workPool,
    workerName: input.workerName,
    workerId: input.workerId,
    baseEnv: forwardedSettingsEnv(env),
    version: input.versionLabel ?? DEFAULT_VERSION_LABEL,
    defaultImage: input.defaultImage ?? DEFAULT_IMAGE,
  });
  const manifest = toPlainJson(configuration.job_manifest) as JsonObject;
  return {
    namespace: configuration.namespace,
    manifest,
    configuration: { ...configuration, job_manifest: manifest },
  };
}

export function isTemplatingError(error: unknown): error is TemplatingError {
  return error instanceof TemplatingError;
}
