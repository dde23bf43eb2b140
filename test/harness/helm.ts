// The chart tools (helm, helm-unittest, chart-testing, kubectl) driven from tests: the environment they need
// (plugins, config dirs, PATH, the stack's kubeconfig), a runner that returns exit code and output instead of
// throwing, and helm install/upgrade/uninstall helpers. Nothing here passes `--wait`: tests poll the cluster
// themselves, so a timeout names what never happened instead of helm's generic "context deadline exceeded".
import * as k8s from "@kubernetes/client-node";
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseAllDocuments, stringify } from "yaml";
import { containerRunMode, describeRunMode } from "./run-mode.ts";
import { eventually } from "./k8s.ts";
import { repoRoot } from "./paths.ts";
import { prefectApi } from "./prefect.ts";
import { readStackEnv } from "./stack/state.ts";

const execFileAsync = promisify(execFile);

/** The chart under test, relative to the repository root (the tools run there). */
export const chartPath = "./charts/prefect-worker";

/** The environment every chart tool needs: the stack's tool env, its kubeconfig, and the tools on PATH. */
export function toolEnv(): NodeJS.ProcessEnv {
  const stack = readStackEnv();
  const { PATH_PREPEND, ...rest } = stack.toolEnv;
  return {
    ...process.env,
    ...rest,
    KUBECONFIG: stack.kubeconfig,
    PATH: `${PATH_PREPEND}:${process.env.PATH}`,
  };
}

/** Same as toolEnv(): the name says what a helm caller wants from it. */
export const helmEnv = toolEnv;

export interface ToolResult {
  code: number;
  /** stdout followed by stderr. */
  output: string;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the stack's tools (`helm`, `untt`, `ct`, `kubectl`, ...) from the repository root; resolves
 * with its exit code and output whatever the code (a non-zero exit is for the caller to judge).
 */
export async function runTool(name: string, args: string[]): Promise<ToolResult> {
  const binary = readStackEnv().tools[name];
  if (!binary) throw new Error(`the stack has no tool named ${name}`);
  try {
    const { stdout, stderr } = await execFileAsync(binary, args, {
      cwd: repoRoot,
      env: toolEnv(),
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number | string; stdout?: string; stderr?: string; message?: string };
    const stdout = e.stdout ?? "";
    // A spawn failure (ENOENT, ...) has no stderr; its message says what went wrong.
    const stderr = e.stderr ?? e.message ?? "";
    return { code: typeof e.code === "number" ? e.code : 1, output: stdout + stderr, stdout, stderr };
  }
}

export function helm(args: string[]): Promise<ToolResult> {
  return runTool("helm", args);
}

export function kubectl(args: string[]): Promise<ToolResult> {
  return runTool("kubectl", args);
}

export interface ChartOptions {
  release: string;
  namespace: string;
  /** Values files (`-f`), in order. */
  valuesFiles?: string[];
  /** `--set key=value` pairs, in order. */
  set?: Record<string, string>;
  /** `--set-string key=value` pairs. */
  setString?: Record<string, string>;
  /** `--set-file key=path` pairs. */
  setFile?: Record<string, string>;
  /** Defaults to the chart under test. */
  chart?: string;
  /** Further helm flags. */
  extraArgs?: string[];
}

function valueArgs(options: ChartOptions): string[] {
  const args: string[] = [];
  for (const file of options.valuesFiles ?? []) args.push("-f", file);
  for (const [key, value] of Object.entries(options.set ?? {})) args.push("--set", `${key}=${value}`);
  for (const [key, value] of Object.entries(options.setString ?? {})) {
    args.push("--set-string", `${key}=${value}`);
  }
  for (const [key, value] of Object.entries(options.setFile ?? {}))
    args.push("--set-file", `${key}=${value}`);
  return [...args, ...(options.extraArgs ?? [])];
}

async function mustSucceed(what: string, result: Promise<ToolResult>): Promise<ToolResult> {
  const done = await result;
  if (done.code !== 0) throw new Error(`${what} exited ${done.code}:\n${done.output}`);
  return done;
}

/** `helm install` (no --wait); throws with helm's output when it fails. */
export function installChart(options: ChartOptions): Promise<ToolResult> {
  return mustSucceed(
    `helm install ${options.release}`,
    helm([
      "install",
      options.release,
      options.chart ?? chartPath,
      "--namespace",
      options.namespace,
      ...valueArgs(options),
    ]),
  );
}

/** `helm upgrade` (no --wait, no --reuse-values: the options are the whole new configuration). */
export function upgradeChart(options: ChartOptions): Promise<ToolResult> {
  return mustSucceed(
    `helm upgrade ${options.release}`,
    helm([
      "upgrade",
      options.release,
      options.chart ?? chartPath,
      "--namespace",
      options.namespace,
      ...valueArgs(options),
    ]),
  );
}

/** `helm uninstall`; a release that is already gone is not an error (cleanup calls this unconditionally). */
export async function uninstallChart(release: string, namespace: string): Promise<ToolResult> {
  const result = await helm(["uninstall", release, "--namespace", namespace]);
  if (result.code !== 0 && !/not found/i.test(result.output)) {
    throw new Error(`helm uninstall ${release} exited ${result.code}:\n${result.output}`);
  }
  return result;
}

/** The manifest helm installed for the release (`helm get manifest`). */
export async function releaseManifest(release: string, namespace: string): Promise<string> {
  return (
    await mustSucceed("helm get manifest", helm(["get", "manifest", release, "--namespace", namespace]))
  ).stdout;
}

/** Pods selected by a label selector, oldest first. */
export async function listPods(kc: k8s.KubeConfig, namespace: string, labelSelector: string) {
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const pods = await core.listNamespacedPod({ namespace, labelSelector });
  return pods.items.sort(
    (a, b) =>
      (a.metadata?.creationTimestamp?.getTime() ?? 0) - (b.metadata?.creationTimestamp?.getTime() ?? 0),
  );
}

/**
 * Waits until the Deployment's rollout is complete — the controller has seen the latest spec, every replica
 * is updated and available, and no old replicas remain — and returns its one Running, Ready pod of the
 * current template. The local kubelet runs no probes, so Ready means every container is running.
 */
export async function waitForRollout(
  kc: k8s.KubeConfig,
  namespace: string,
  name: string,
  timeoutMs = 120_000,
): Promise<k8s.V1Pod> {
  const apps = kc.makeApiClient(k8s.AppsV1Api);
  let last = "";
  try {
    return await eventually(
      `Deployment ${namespace}/${name} to roll out`,
      async () => {
        const d = await apps.readNamespacedDeployment({ name, namespace });
        const want = d.spec?.replicas ?? 1;
        const s = d.status ?? {};
        last =
          `generation ${d.metadata?.generation}, observed ${s.observedGeneration}, replicas ${s.replicas}, ` +
          `updated ${s.updatedReplicas}, available ${s.availableReplicas}`;
        if ((s.observedGeneration ?? 0) < (d.metadata?.generation ?? 0)) return undefined;
        if (s.updatedReplicas !== want || s.availableReplicas !== want || s.replicas !== want)
          return undefined;
        const hash = await currentTemplateHash(apps, namespace, d);
        if (!hash) return undefined;
        const pods = await listPods(kc, namespace, `pod-template-hash=${hash}`);
        return pods.find(
          (p) =>
            !p.metadata?.deletionTimestamp &&
            p.status?.phase === "Running" &&
            p.status.conditions?.some((c) => c.type === "Ready" && c.status === "True"),
        );
      },
      timeoutMs,
      500,
    ).then((pod) => {
      reportRunMode(pod, "prefect-worker");
      return pod;
    });
  } catch (err) {
    throw new Error(`${(err as Error).message} (last seen: ${last})`, { cause: err });
  }
}

/**
 * Prints how the kubelet ran the worker container. `npm test` builds the image first and sets
 * PREFECT_WORKER_IMAGE_MODE=container, and then a worker that ran as a process fails the install.
 */
export function reportRunMode(pod: k8s.V1Pod, container: string): void {
  console.log(`# ${pod.metadata?.name}: ${describeRunMode(pod, container)}`);
  const expected = process.env.PREFECT_WORKER_IMAGE_MODE;
  const mode = containerRunMode(pod, container);
  if (expected && pod.spec?.containers.some((c) => c.name === container) && mode !== expected) {
    throw new Error(`${pod.metadata?.name}: container ${container} ran as ${mode}, expected ${expected}`);
  }
}

/** The pod-template-hash of the Deployment's newest ReplicaSet (the one whose revision matches). */
async function currentTemplateHash(
  apps: k8s.AppsV1Api,
  namespace: string,
  deployment: k8s.V1Deployment,
): Promise<string | undefined> {
  const revision = deployment.metadata?.annotations?.["deployment.kubernetes.io/revision"];
  const selector = Object.entries(deployment.spec?.selector.matchLabels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(",");
  const sets = await apps.listNamespacedReplicaSet({ namespace, labelSelector: selector });
  const current = sets.items.find(
    (rs) =>
      rs.metadata?.ownerReferences?.some((o) => o.uid === deployment.metadata?.uid) &&
      rs.metadata?.annotations?.["deployment.kubernetes.io/revision"] === revision,
  );
  return current?.metadata?.labels?.["pod-template-hash"];
}

/** A container's log (the local kubelet serves it through the API), or "" when it has none yet. */
export async function containerLog(
  kc: k8s.KubeConfig,
  namespace: string,
  pod: string,
  container: string,
  previous = false,
): Promise<string> {
  const core = kc.makeApiClient(k8s.CoreV1Api);
  try {
    return await core.readNamespacedPodLog({ name: pod, namespace, container, previous });
  } catch {
    return "";
  }
}

/**
 * Waits until a worker container of the release (current or previous instance: a refused worker may have
 * restarted) has logged a line matching `pattern`, and returns those logs.
 */
export function waitForWorkerLog(
  kc: k8s.KubeConfig,
  namespace: string,
  release: string,
  pattern: RegExp,
  timeoutMs = 120_000,
): Promise<string> {
  return eventually(
    `a worker of release ${release} to log ${pattern}`,
    async () => {
      for (const pod of await listPods(kc, namespace, `app.kubernetes.io/instance=${release}`)) {
        const name = pod.metadata!.name!;
        const text =
          (await containerLog(kc, namespace, name, "prefect-worker")) +
          (await containerLog(kc, namespace, name, "prefect-worker", true));
        if (pattern.test(text)) return text;
      }
      return undefined;
    },
    timeoutMs,
    1000,
  );
}

/** Writes `values` as a YAML values file into `dir` and returns its path. */
export function writeValuesFile(dir: string, name: string, values: Record<string, unknown>): string {
  const path = join(dir, name);
  writeFileSync(path, stringify(values));
  return path;
}

/** The objects of a manifest (`helm get manifest`), skipping empty documents. */
export function manifestObjects(manifest: string): KubeObject[] {
  return parseAllDocuments(manifest)
    .map((doc) => doc.toJSON() as KubeObject | null)
    .filter((o): o is KubeObject => o !== null && typeof o === "object");
}

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [key: string]: unknown };
  [key: string]: unknown;
}

/** One object of the manifest by kind (and name, when the manifest has several of that kind). */
export function manifestObject(manifest: string, kind: string, name?: string): KubeObject {
  const found = manifestObjects(manifest).filter(
    (o) => o.kind === kind && (name === undefined || o.metadata.name === name),
  );
  if (found.length !== 1)
    throw new Error(`expected one ${kind} ${name ?? ""} in the manifest, found ${found.length}`);
  return found[0]!;
}

/**
 * An object as the API server returns it, in its wire (JSON) form — the same shape as the rendered
 * manifest, so the two compare directly (the client library's models rename and retype fields).
 */
export async function getJson<T>(kind: string, name: string, namespace: string): Promise<T> {
  const result = await kubectl(["get", kind, name, "--namespace", namespace, "--output", "json"]);
  if (result.code !== 0)
    throw new Error(`kubectl get ${kind} ${name} exited ${result.code}: ${result.output}`);
  return JSON.parse(result.stdout) as T;
}

/** A Prefect REST call, so the same waits work against the stack's server and a second one. */
export type PrefectCall = <T = unknown>(method: string, path: string, body?: unknown) => Promise<T>;

export interface PoolView {
  name: string;
  status: string | null;
  base_job_template: Record<string, unknown>;
}

export interface PoolWorkerView {
  name: string;
  status: string;
}

/**
 * What an installed worker shows in Prefect once it polls: its pool exists, is READY (a worker heartbeated
 * recently) and lists an ONLINE worker.
 */
export async function waitForPolledPool(
  pool: string,
  api: PrefectCall = prefectApi,
  timeoutMs = 120_000,
): Promise<{ pool: PoolView; workers: PoolWorkerView[] }> {
  return eventually(
    `work pool ${pool} to be READY with an online worker`,
    async () => {
      const view = await api<PoolView>("GET", `/work_pools/${pool}`).catch(() => undefined);
      if (view?.status !== "READY") return undefined;
      const workers = await api<PoolWorkerView[]>("POST", `/work_pools/${pool}/workers/filter`, {});
      return workers.some((w) => w.status === "ONLINE") ? { pool: view, workers } : undefined;
    },
    timeoutMs,
    1000,
  );
}
