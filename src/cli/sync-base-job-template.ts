// `prefect-worker sync-base-job-template --pool <name> --base-job-template <file>`: what the chart's
// `sync-base-job-template` init container runs, without a shell. It makes an existing pool's template
// equal to the file. A pool that does not exist yet is fine (exit 0): the worker creates it from the same
// file. Any other failure — credentials, network, a template the server refuses, bad settings — exits 1
// with one line naming the cause, so the init container fails instead of starting a worker that would run
// flows on a stale template.
import { SettingsError } from "../config/settings.ts";
import type { PrefectClient } from "../prefect/client.ts";
import { PrefectApiError, PrefectTransportError, isNotFound } from "../prefect/errors.ts";
import { PyFloat, isObject } from "../templating/py-value.ts";
import { prefectClientFromEnv } from "./api-client.ts";
import { readBaseJobTemplateFile } from "./base-job-template-file.ts";
import type { CommandOutcome } from "./work-pool.ts";
import { maskUrlCredentials, urlWithoutCredentials } from "../prefect/url-credentials.ts";

const failed = (code: number, line: string): CommandOutcome => ({
  code,
  stdout: "",
  stderr: `Error: ${line}\n`,
});
const done = (line: string): CommandOutcome => ({ code: 0, stdout: `${line}\n`, stderr: "" });

export async function syncBaseJobTemplate(
  pool: string,
  templatePath: string,
  env: NodeJS.ProcessEnv,
): Promise<CommandOutcome> {
  const file = readBaseJobTemplateFile(templatePath);
  if (file.problem !== undefined) return failed(2, file.problem);

  let client: PrefectClient;
  try {
    client = prefectClientFromEnv(env);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    return failed(1, `invalid configuration: ${error.problems.join("; ")}`);
  }

  let current: unknown;
  try {
    current = (await client.readWorkPool(pool)).base_job_template;
  } catch (error) {
    if (isNotFound(error)) {
      return done(
        `Work pool '${pool}' does not exist yet; nothing to update. A worker started with ` +
          "--base-job-template creates the pool with that template on its first start " +
          "(unless started with --no-create-pool-if-not-found).",
      );
    }
    return failed(1, redact(`cannot read work pool '${pool}': ${describeFailure(error, client)}`, env));
  }
  if (sameJson(current, file.template)) return done(`Base job template of work pool '${pool}' is up to date`);

  try {
    await client.updateWorkPool(pool, { base_job_template: file.template });
  } catch (error) {
    const hint =
      error instanceof PrefectApiError && error.status === 422
        ? ` (the server refused '${templatePath}': every {{ placeholder }} in job_configuration must be ` +
          "declared under variables.properties, and neither section may be empty)"
        : "";
    const cause = `${describeFailure(error, client)}${hint}`;
    return failed(1, redact(`cannot update the base job template of work pool '${pool}': ${cause}`, env));
  }
  return done(`Updated base job template of work pool '${pool}'`);
}

/** One line, no credentials: the client's errors carry only method, route, status and the server's detail. */
function describeFailure(error: unknown, client: PrefectClient): string {
  if (error instanceof PrefectApiError && (error.status === 401 || error.status === 403)) {
    return `${error.message} (check PREFECT_API_KEY or PREFECT_API_AUTH_STRING)`;
  }
  if (error instanceof PrefectTransportError)
    return `${error.message} (PREFECT_API_URL ${urlWithoutCredentials(client.apiUrl)})`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Belt and braces for lines that quote lower layers: fetch's own messages repeat a URL with its
 * user:password part, so URL credentials and the configured secrets are masked whatever the source.
 */
function redact(line: string, env: NodeJS.ProcessEnv): string {
  let masked = maskUrlCredentials(line);
  for (const secret of [env.PREFECT_API_KEY, env.PREFECT_API_AUTH_STRING]) {
    if (secret) masked = masked.replaceAll(secret, "***");
  }
  return masked;
}

/**
 * Deep equality of two JSON documents as Python's json module reads them: key order does not matter, and
 * `1.0` (PyFloat) differs from `1`, so a file that changed only that way is still written to the pool.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a instanceof PyFloat || b instanceof PyFloat) {
    return a instanceof PyFloat && b instanceof PyFloat && Object.is(a.value, b.value);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameJson(item, b[i]))
    );
  }
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return false;
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]))
    );
  }
  return a === b;
}
