// `npm run demo`: the product's main job on the local stack. Brings the stack up, installs
// charts/prefect-worker with helm as a user would, waits until the worker polls its pool, runs a sample
// flow through it and prints the run's states, final state, Job, and logs (pod, Prefect, worker), then how
// to look around and tear down. Exits 0 only when the run COMPLETED. See scripts/demo/options.ts for flags.
import type * as k8s from "@kubernetes/client-node";
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { containerLog, uninstallChart } from "../test/harness/helm.ts";
import { adminKubeConfig, deleteNamespace } from "../test/harness/k8s.ts";
import { cacheDir, repoRoot } from "../test/harness/paths.ts";
import { prefectApi } from "../test/harness/prefect.ts";
import { runDeployment } from "../test/harness/flows.ts";
import { readStackEnv } from "../test/harness/stack/state.ts";
import {
  deleteDeployment,
  describeState,
  FLOW_ENTRYPOINT,
  followRun,
  registerDeployment,
  type RunState,
  writeFlows,
} from "./demo/flow.ts";
import { type InstallPlan, installChart, writeInstallFiles } from "./demo/install.ts";
import { type DemoOptions, parseOptions, usage } from "./demo/options.ts";
import {
  block,
  DemoFailure,
  displayPath,
  gap,
  heading,
  messageOf,
  say,
  secondsSince,
} from "./demo/output.ts";
import {
  findJob,
  flowRunLogs,
  jobPods,
  jobSummary,
  podLog,
  printLines,
  waitForJobToFinish,
  workerLinesAbout,
} from "./demo/report.ts";
import { waitForNamespaceGone } from "./demo/teardown.ts";
import { waitForOnlineWorker, waitForWorkerPod } from "./demo/wait.ts";
import { buildWorkerImage } from "./image/build.ts";
import { describeRunMode } from "../test/harness/run-mode.ts";

const stackCli = join(repoRoot, "test/harness/stack/cli.ts");

/** The worker image, so the worker pod runs what users deploy; without it the kubelet runs the checkout's CLI. */
async function buildImageOrFallBack(): Promise<void> {
  say("building the worker image (npm run image; cached while the Dockerfile and its inputs are unchanged)");
  try {
    const image = await buildWorkerImage();
    say(
      `image ${image.reference}: ${(image.bytes / 1e6).toFixed(1)} MB (${(image.gzipBytes / 1e6).toFixed(1)} MB gzip)`,
    );
  } catch (error) {
    say(
      `the image could not be built, so the worker pod runs this checkout's CLI as a process: ${messageOf(error)}`,
    );
  }
}

function bringStackUp(): void {
  const status = spawnSync(process.execPath, [stackCli, "status"], { encoding: "utf8" });
  if (status.status === 0) {
    say("the local stack is already up:");
    block(status.stdout);
    return;
  }
  say("bringing the local stack up (the first time, this downloads and builds its tools: several minutes)");
  const up = spawnSync(process.execPath, [stackCli, "up"], { stdio: "inherit" });
  if (up.status !== 0) {
    throw new DemoFailure(
      `npm run stack -- up exited ${up.status ?? up.signal}; its output is above ` +
        `(component logs are in the stack directory it named)`,
    );
  }
}

/** The worker's health server: the demo runs it on a free port (see the values file); its log names it. */
async function showHealth(kc: k8s.KubeConfig, namespace: string, pod: string): Promise<void> {
  const log = await containerLog(kc, namespace, pod, "prefect-worker");
  const port = /Health server listening on [^:"]+:(\d+)/.exec(log)?.[1];
  if (!port) {
    say("the worker's log does not name its health server's port yet");
    return;
  }
  const url = `http://127.0.0.1:${port}/health`;
  try {
    const res = await fetch(url);
    say(
      `the worker's health server (what the livenessProbe checks): GET ${url} → ${res.status} ${await res.text()}`,
    );
  } catch (error) {
    say(`GET ${url} failed: ${messageOf(error)}`);
  }
}

interface RunOutcome {
  id: string;
  name: string;
  state: RunState | undefined;
}

async function runFlow(
  options: DemoOptions,
  dir: string,
  workerPod: string,
  deployments: string[],
): Promise<RunOutcome> {
  const flowsDir = join(dir, "flows");
  const flowsPy = writeFlows(flowsDir);
  say(`the flow, ${displayPath(flowsPy)}:`);
  gap();
  block(readFileSync(flowsPy, "utf8"));
  gap();
  const deployment = await registerDeployment(options.pool, flowsDir);
  deployments.push(deployment.id);
  say(
    `deployment "demo-hello/${deployment.name}" on pool ${options.pool}: entrypoint ${FLOW_ENTRYPOINT}, ` +
      `pull step set_working_directory ${displayPath(flowsDir)}`,
  );
  const run = await runDeployment(deployment.id);
  say(`created flow run "${run.name}" (${run.id}), scheduled for now; its states:`);
  const state = await followRun(run.id, {
    timeoutMs: 600_000,
    onSlow: (last, seconds) =>
      say(
        `  … still ${last ? describeState(last) : "without a state"} after ${seconds}s; the worker's log: ` +
          `kubectl -n ${options.namespace} logs ${workerPod} -c prefect-worker`,
      ),
  });
  return { id: run.id, name: run.name, state };
}

async function report(kc: k8s.KubeConfig, options: DemoOptions, run: RunOutcome, workerPod: string) {
  heading("5. The run's final state, its Job and its logs");
  say(`flow run "${run.name}" (${run.id}): ${run.state ? describeState(run.state) : "no state"}`);

  const job = await findJob(kc, options.namespace, run.id, run.state ? 60_000 : 5_000);
  if (!job) {
    say(`no Job labelled prefect.io/flow-run-id=${run.id} in namespace ${options.namespace}`);
  } else {
    const finished = await waitForJobToFinish(kc, job);
    gap();
    say("its Job, read through the Kubernetes API (like kubectl get job -o wide):");
    gap();
    block(jobSummary(finished));
    const pods = await jobPods(kc, finished);
    for (const pod of pods) {
      gap();
      say(`log of the Job's pod ${pod.metadata?.name} (${pod.status?.phase}):`);
      gap();
      block((await podLog(kc, pod)) || "(empty)");
    }
    if (pods.length === 0) say("the Job has no pod (any more)");
  }

  gap();
  say("the flow run's logs in Prefect (POST /api/logs/filter):");
  gap();
  printLines(await flowRunLogs(run.id), "(no logs)");

  gap();
  say(`the worker's log lines about this run (pod ${workerPod}, container prefect-worker):`);
  gap();
  const workerLog = await containerLog(kc, options.namespace, workerPod, "prefect-worker");
  printLines(workerLinesAbout(workerLog, run.id, run.name), "(none)");
}

/** Commands with an aligned `# comment` after those that have one. */
function commented(lines: [string, string?][]): string {
  const width = Math.max(...lines.filter(([, c]) => c).map(([cmd]) => cmd.length));
  return lines.map(([cmd, comment]) => (comment ? `${cmd.padEnd(width)}   # ${comment}` : cmd)).join("\n");
}

function lookAround(options: DemoOptions, apiUrl: string, runId: string | undefined): void {
  const { namespace: ns, release, pool } = options;
  heading("6. Look around, tear down");
  block(
    [
      `# the stack's tools (kubectl, helm), KUBECONFIG and PREFECT_API_URL in this shell:`,
      `eval "$(npm run -s stack -- env)"`,
      ``,
      commented([
        [`kubectl -n ${ns} get deploy,pods,jobs -o wide`],
        [`kubectl -n ${ns} logs deploy/prefect-worker -c prefect-worker`, "the worker (JSON lines)"],
        [`kubectl -n ${ns} logs -l prefect.io/flow-run-id --tail=-1`, "the flow runs' pods"],
        [`helm -n ${ns} status ${release}`],
        [`helm -n ${ns} get values ${release}`],
        [`$PREFECT_VENV/bin/prefect work-pool inspect ${pool}`, "the reference CLI, on the stack's server"],
        ...(runId ? ([[`$PREFECT_VENV/bin/prefect flow-run inspect ${runId}`]] as [string][]) : []),
      ]),
      ``,
      `# The Prefect UI is off in the local stack (its server is API-only); the API's docs are at`,
      `# ${apiUrl.replace(/\/api\/?$/, "")}/docs. The worker pod is a podman container on the host's`,
      `# network; flow-run pods are local processes. No port-forward, no probes.`,
      ``,
      `# tear down:`,
      commented([
        [`helm uninstall ${release} -n ${ns}`],
        [`kubectl delete namespace ${ns}`, "the flow runs' Jobs"],
        [`npm run stack -- down`, "the whole local stack"],
      ]),
    ].join("\n"),
  );
}

async function uninstall(options: DemoOptions, dir: string, deployments: string[]): Promise<void> {
  heading("Uninstall (--uninstall)");
  const kc = adminKubeConfig();
  say(`helm uninstall ${options.release} -n ${options.namespace}`);
  const result = await uninstallChart(options.release, options.namespace);
  block(result.output);
  say(`deleting namespace ${options.namespace} (and the Jobs in it)`);
  await deleteNamespace(kc, options.namespace);
  await waitForNamespaceGone(kc, options.namespace);
  for (const id of deployments) await deleteDeployment(id);
  await prefectApi("DELETE", `/work_pools/${encodeURIComponent(options.pool)}`).catch(() => undefined);
  say(`deleted the demo deployment and work pool ${options.pool}`);
  rmSync(dir, { recursive: true, force: true });
  say(`removed ${displayPath(dir)}`);
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseOptions(argv);
  if ("help" in parsed) {
    process.stdout.write(usage);
    return 0;
  }
  if ("error" in parsed) {
    process.stderr.write(`${parsed.error}\n${usage}`);
    return 2;
  }
  const options = parsed;
  const started = Date.now();
  const dir = join(cacheDir, "demo", options.namespace);
  const deployments: string[] = [];
  let installed = false;
  let outcome: RunOutcome | undefined;
  let failure: string | undefined;
  try {
    heading("1. The local stack");
    bringStackUp();
    const stack = readStackEnv();
    say(`Kubernetes API ${stack.apiServerUrl}, Prefect API ${stack.prefectApiUrl}`);
    const kc = adminKubeConfig();

    await buildImageOrFallBack();

    heading(`2. Install the chart: release ${options.release} in namespace ${options.namespace}`);
    const plan: InstallPlan = {
      release: options.release,
      namespace: options.namespace,
      pool: options.pool,
      apiUrl: stack.prefectApiUrl,
      dir,
    };
    const files = await writeInstallFiles(plan);
    installed = true;
    await installChart(plan, files);

    heading("3. Wait for the worker to run and poll its pool");
    say(`the worker pod (namespace ${options.namespace}):`);
    const pod = await waitForWorkerPod(kc, options);
    const podName = pod.metadata!.name!;
    say(describeRunMode(pod, "prefect-worker"));
    say(`work pool ${options.pool} in Prefect:`);
    const worker = await waitForOnlineWorker(options.pool, options, podName);
    say(`worker "${worker.name}" is ONLINE (last heartbeat ${worker.last_heartbeat_time})`);
    await showHealth(kc, options.namespace, podName);

    heading("4. Run a flow on the pool");
    outcome = await runFlow(options, dir, podName, deployments);
    await report(kc, options, outcome, podName);
  } catch (error) {
    failure = messageOf(error);
    if (!(error instanceof DemoFailure) && error instanceof Error && error.stack) {
      failure = error.stack;
    }
  }

  if (installed) lookAround(options, readStackEnv().prefectApiUrl, outcome?.id);
  if (options.uninstall && installed) {
    try {
      await uninstall(options, dir, deployments);
    } catch (error) {
      failure = `${failure ? `${failure}\n` : ""}uninstall failed: ${messageOf(error)}`;
    }
  }

  heading("Result");
  if (failure) {
    say(`FAILED after ${secondsSince(started)}: ${failure}`);
    return 1;
  }
  const state = outcome?.state;
  if (state?.type === "COMPLETED") {
    say(`flow run "${outcome!.name}" COMPLETED through the chart's worker (${secondsSince(started)} in all)`);
    return 0;
  }
  const fullLog = options.uninstall
    ? ""
    : `; the worker's full log: kubectl -n ${options.namespace} logs deploy/prefect-worker -c prefect-worker`;
  say(
    `flow run "${outcome?.name}" did not complete: ${state ? describeState(state) : "it never got a state"}. ` +
      `The Job, pod log, run logs and worker lines above say why${fullLog}`,
  );
  return 1;
}

process.exitCode = await main(process.argv.slice(2));
