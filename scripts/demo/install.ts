// Step 2: the chart install, as a user would do it — a values file, the pool's base job template from our
// CLI, and `helm upgrade --install` — with every file and the command printed before it runs.
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { chartPath, helm } from "../../test/harness/helm.ts";
import { repoRoot } from "../../test/harness/paths.ts";
import { block, DemoFailure, displayPath, gap, say, shellCommand } from "./output.ts";

const execFileAsync = promisify(execFile);

export interface InstallPlan {
  release: string;
  namespace: string;
  pool: string;
  apiUrl: string;
  /** Where the demo writes its files (values, template, flows). */
  dir: string;
}

/**
 * The values file. Written as text, not serialized, so the comments explain each setting to the reader
 * (it is printed, and users copy it).
 */
export function valuesYaml(plan: InstallPlan): string {
  return `# Values for charts/prefect-worker, written by \`npm run demo\`.
worker:
  # A self-hosted Prefect server (no API key): the local stack's.
  apiConfig: selfHostedServer
  selfHostedServerApiConfig:
    apiUrl: ${plan.apiUrl}
  config:
    # The work pool the worker polls (the worker creates it when it is missing).
    workPool: ${plan.pool}
  # GET /health on the worker's health server (the chart starts the worker with --with-healthcheck).
  livenessProbe:
    enabled: true
  # Only for the local stack: its kubelet runs pods as host processes that share the host's network, so the
  # health server takes a free port instead of 8080 (which another worker may hold). Leave this out on a
  # real cluster, where the probe checks port 8080 of the pod.
  extraEnvVars:
    - name: PREFECT_WORKER_WEBSERVER_PORT
      value: "0"
`;
}

/**
 * The default Kubernetes base job template from our CLI, with the `namespace` variable's default set to the
 * release namespace: the chart's Role lets the worker create Jobs there and nowhere else.
 */
export async function baseJobTemplate(namespace: string): Promise<Record<string, unknown>> {
  const cli = join(repoRoot, "src/cli/main.ts");
  let stdout: string;
  try {
    ({ stdout } = await execFileAsync(
      process.execPath,
      [cli, "work-pool", "get-default-base-job-template", "--type", "kubernetes"],
      { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 },
    ));
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new DemoFailure(
      `prefect-worker work-pool get-default-base-job-template failed:\n${e.stderr ?? e.message}`,
    );
  }
  const template = JSON.parse(stdout) as {
    variables: { properties: Record<string, { default?: unknown }> };
  };
  const variable = template.variables.properties.namespace;
  if (!variable) throw new DemoFailure("the default base job template has no `namespace` variable");
  variable.default = namespace;
  return template as unknown as Record<string, unknown>;
}

/** Writes the values file and the base job template, prints them, and returns their paths. */
export async function writeInstallFiles(plan: InstallPlan): Promise<{ values: string; template: string }> {
  mkdirSync(plan.dir, { recursive: true });
  const values = join(plan.dir, "values.yaml");
  writeFileSync(values, valuesYaml(plan));
  say(`values file ${displayPath(values)}:`);
  gap();
  block(valuesYaml(plan));
  gap();

  const template = join(plan.dir, "base-job-template.json");
  const content = await baseJobTemplate(plan.namespace);
  writeFileSync(template, JSON.stringify(content, null, 2) + "\n");
  say(`base job template ${displayPath(template)}: the default Kubernetes template, from our CLI's`);
  gap();
  block("prefect-worker work-pool get-default-base-job-template --type kubernetes");
  gap();
  say(
    `(run from source here: node src/cli/main.ts …), with the \`namespace\` variable's default set to ` +
      `${plan.namespace}, where the chart's Role lets the worker create Jobs:`,
  );
  gap();
  const variables = content.variables as { properties: { namespace: unknown } };
  block(JSON.stringify({ namespace: variables.properties.namespace }, null, 2));
  gap();
  return { values, template };
}

export function helmInstallArgs(plan: InstallPlan, files: { values: string; template: string }): string[] {
  return [
    "upgrade",
    "--install",
    plan.release,
    chartPath,
    "--namespace",
    plan.namespace,
    "--create-namespace",
    "-f",
    files.values,
    "--set-file",
    `worker.config.baseJobTemplate.configuration=${files.template}`,
  ];
}

/** Runs `helm upgrade --install`, printing the command first and helm's output (the chart's NOTES) after. */
export async function installChart(
  plan: InstallPlan,
  files: { values: string; template: string },
): Promise<void> {
  const args = helmInstallArgs(plan, files);
  say("installing the chart (from the repository root):");
  gap();
  block(shellCommand(["helm", ...args]));
  gap();
  const started = Date.now();
  const result = await helm(args);
  if (result.code !== 0) {
    block(result.output);
    throw new DemoFailure(`helm upgrade --install exited ${result.code} (its output is above)`);
  }
  say(`helm finished in ${((Date.now() - started) / 1000).toFixed(1)}s:`);
  gap();
  block(result.output);
}
