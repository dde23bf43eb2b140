// `prefect work-pool inspect | update | get-default-base-job-template` for the Kubernetes type, with the
// reference's messages and exit codes. `inspect` prints JSON (the reference's `--output json` form); its
// default Python-repr rendering has no meaning outside Python.
import { PrefectClient } from "../prefect/client.ts";
import { isNotFound } from "../prefect/errors.ts";
import { DEFAULT_BASE_JOB_TEMPLATE } from "../worker/work-pool-sync.ts";
import { SettingsError } from "../config/settings.ts";
import { prefectClientFromEnv } from "./api-client.ts";
import { readBaseJobTemplateFile } from "./base-job-template-file.ts";

export interface CommandOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

const WORK_POOL_TYPES = "kubernetes";

export function defaultBaseJobTemplate(type: string | undefined): CommandOutcome {
  if (type !== "kubernetes") {
    return {
      code: 1,
      stdout: "",
      stderr: `Unknown work pool type '${type ?? ""}'. Please choose from ${WORK_POOL_TYPES}.\n`,
    };
  }
  return { code: 0, stdout: `${JSON.stringify(DEFAULT_BASE_JOB_TEMPLATE, null, 2)}\n`, stderr: "" };
}

function clientFrom(env: NodeJS.ProcessEnv): PrefectClient | CommandOutcome {
  try {
    return prefectClientFromEnv(env);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    return { code: 2, stdout: "", stderr: `${error.message}\n` };
  }
}

export async function inspectWorkPool(name: string, env: NodeJS.ProcessEnv): Promise<CommandOutcome> {
  const client = clientFrom(env);
  if (!(client instanceof PrefectClient)) return client;
  try {
    const pool = await client.readWorkPool(name);
    return { code: 0, stdout: `${JSON.stringify(pool, null, 2)}\n`, stderr: "" };
  } catch (error) {
    if (isNotFound(error)) return { code: 1, stdout: "", stderr: `Work pool '${name}' not found!\n` };
    return { code: 1, stdout: "", stderr: `${(error as Error).message}\n` };
  }
}

export async function updateWorkPool(
  name: string,
  templatePath: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<CommandOutcome> {
  let template: Record<string, unknown> | undefined;
  if (templatePath !== undefined) {
    // The same reading as `start --base-job-template`: Python's numbers (1.0 stays a float), the
    // template's shape checked, the problem naming the flag and the file.
    const file = readBaseJobTemplateFile(templatePath);
    if (file.problem !== undefined) return { code: 2, stdout: "", stderr: `${file.problem}\n` };
    template = file.template as Record<string, unknown>;
  }
  const client = clientFrom(env);
  if (!(client instanceof PrefectClient)) return client;
  try {
    if (template !== undefined) await client.updateWorkPool(name, { base_job_template: template });
    return { code: 0, stdout: `Updated work pool '${name}'\n`, stderr: "" };
  } catch (error) {
    if (isNotFound(error)) return { code: 1, stdout: "", stderr: `Work pool '${name}' not found!\n` };
    return { code: 1, stdout: "", stderr: `${(error as Error).message}\n` };
  }
}
