// Our side of a parity case: renderJob on the case's objects, shaped like the oracle's answer (the
// manifest, the namespace and the configuration fields render.py returns, or the Python error).
import {
  renderJob,
  TemplatingError,
  toPlainJson,
  type BaseJobTemplate,
  type ReferenceResolver,
} from "../../../src/templating/index.ts";
import { deepCopy } from "../../../src/templating/py-value.ts";
import type { OracleCase } from "./run.ts";

// PyFloat-aware: structuredClone would turn 1.0 into a plain object.
const clone = <T>(value: T): T => (value === undefined ? value : (deepCopy(value) as T));

export async function renderLikeOracle(
  c: OracleCase,
  options: { versionLabel: string; resolver?: ReferenceResolver },
): Promise<unknown> {
  try {
    const r = await renderJob(
      {
        baseJobTemplate: clone(c.base_job_template) as BaseJobTemplate,
        workPool: c.work_pool as never,
        deployment: clone(c.deployment) as never,
        flow: c.flow as never,
        flowRun: clone(c.flow_run) as never,
        ...(c.worker_name !== undefined ? { workerName: c.worker_name } : {}),
        ...(c.worker_id !== undefined ? { workerId: c.worker_id } : {}),
        env: c.env ?? {},
        versionLabel: options.versionLabel,
      },
      options.resolver,
    );
    const { configuration } = r;
    return toPlainJson({
      manifest: r.manifest,
      namespace: r.namespace,
      configuration: {
        name: configuration.name,
        command: configuration.command,
        env: configuration.env,
        labels: configuration.labels,
        annotations: configuration.annotations,
        namespace: configuration.namespace,
        cluster_config: configuration.cluster_config,
        job_watch_timeout_seconds: configuration.job_watch_timeout_seconds,
        pod_watch_timeout_seconds: configuration.pod_watch_timeout_seconds,
        stream_output: configuration.stream_output,
      },
    });
  } catch (error) {
    if (error instanceof TemplatingError)
      return { error: { type: error.pythonType, message: error.message } };
    throw error;
  }
}
