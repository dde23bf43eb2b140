// `prefect-worker render`: the user's preview of the Job the worker would create for a run, and the surface
// of the parity tests. Reads one JSON document on stdin:
//   {"base_job_template", "work_pool"?, "deployment"?, "flow"?, "flow_run", "worker_name"?, "env"?}
// with objects shaped like the Prefect API's; `env` stands for the worker's environment (default: this
// process's). Prints the Job manifest as JSON, or the error the worker would report for the run.
import {
  parsePythonJson,
  renderJob,
  TemplatingError,
  type BaseJobTemplate,
  type Deployment,
  type Flow,
  type FlowRun,
  type ReferenceResolver,
  type WorkPool,
} from "../templating/index.ts";
import { SettingsError } from "../config/settings.ts";
import { apiReferenceResolver } from "../prefect/resolver.ts";
import { prefectClientFromEnv } from "./api-client.ts";

export interface RenderDocument {
  base_job_template: BaseJobTemplate;
  work_pool?: WorkPool;
  deployment?: Deployment;
  flow?: Flow;
  flow_run: FlowRun;
  worker_name?: string;
  env?: Record<string, string>;
}

/** Thrown for input that is not a render document; names the offending field. */
export class RenderInputError extends Error {}

const objectFields = ["base_job_template", "work_pool", "deployment", "flow", "flow_run", "env"] as const;

export function parseRenderDocument(text: string): RenderDocument {
  let doc: unknown;
  try {
    doc = parsePythonJson(text);
  } catch (err) {
    throw new RenderInputError(`stdin is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    throw new RenderInputError("stdin must be a JSON object with base_job_template and flow_run");
  }
  const record = doc as Record<string, unknown>;
  for (const field of ["base_job_template", "flow_run"]) {
    if (!(field in record)) throw new RenderInputError(`missing required field '${field}'`);
  }
  for (const field of objectFields) {
    const value = record[field];
    if (value !== undefined && (typeof value !== "object" || value === null || Array.isArray(value))) {
      throw new RenderInputError(`field '${field}' must be an object`);
    }
  }
  if (record.worker_name !== undefined && typeof record.worker_name !== "string") {
    throw new RenderInputError("field 'worker_name' must be a string");
  }
  return record as unknown as RenderDocument;
}

export interface RenderOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Block and variable references are resolved through the API named by the caller's environment; the
 * client is only built when a template actually holds a reference, so plain renders need no network.
 */
function lazyApiResolver(env: NodeJS.ProcessEnv): ReferenceResolver {
  let resolver: ReferenceResolver | undefined;
  const get = () => (resolver ??= apiReferenceResolver(prefectClientFromEnv(env)));
  return {
    blockDocument: (id) => get().blockDocument(id),
    blockDocumentByName: (slug, name) => get().blockDocumentByName(slug, name),
    variable: (name) => get().variable(name),
  };
}

export async function render(text: string, processEnv: NodeJS.ProcessEnv): Promise<RenderOutcome> {
  let doc: RenderDocument;
  try {
    doc = parseRenderDocument(text);
  } catch (err) {
    if (err instanceof RenderInputError) return { code: 2, stdout: "", stderr: `render: ${err.message}\n` };
    throw err;
  }
  try {
    const result = await renderJob(
      {
        baseJobTemplate: doc.base_job_template,
        flowRun: doc.flow_run,
        ...(doc.work_pool ? { workPool: doc.work_pool } : {}),
        ...(doc.deployment ? { deployment: doc.deployment } : {}),
        ...(doc.flow ? { flow: doc.flow } : {}),
        ...(doc.worker_name !== undefined ? { workerName: doc.worker_name } : {}),
        env: doc.env ?? processEnv,
      },
      lazyApiResolver(processEnv),
    );
    return { code: 0, stdout: `${JSON.stringify(result.manifest, null, 2)}\n`, stderr: "" };
  } catch (err) {
    // The run would be proposed Crashed with exactly this message.
    if (err instanceof TemplatingError) return { code: 1, stdout: "", stderr: `${err.crashMessage}\n` };
    // A reference needs the API, and its settings are wrong or missing.
    if (err instanceof SettingsError) return { code: 2, stdout: "", stderr: `render: ${err.message}\n` };
    throw err;
  }
}
