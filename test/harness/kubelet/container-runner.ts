// One container of a pod, one instance at a time: "pull" the image, build env/argv/filesystem (waiting
// in the kubelet's waiting reasons while that is impossible), run the process, record how it ended, and
// back off before a restart. The pod runner decides whether there is a next instance.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { V1Container, V1Pod } from "@kubernetes/client-node";
import { errorMessage } from "./api-errors.ts";
import { ContainerProcess, StartError } from "./container-process.ts";
import { ContainerConfigError, expandArgv, referencedObjects, resolvePodEnv } from "./env.ts";
import { imagePullError, type FailureModes } from "./failure-modes.ts";
import { buildArgv, findImageRule, imagePath, type ImageMap } from "./image-map.ts";
import type { KubeletApi } from "./kube-api.ts";
import type { Logger } from "./log.ts";
import { removePidFile, writePidFile } from "./orphans.ts";
import {
  builtImage,
  containerMounts,
  containerName,
  imageUser,
  nonRootViolation,
  podmanRunCommand,
  podmanSignal,
  type ContainerRule,
} from "./podman-container.ts";
import type { ContainerRuntime, Terminated } from "./pod-status.ts";
import { containerRootfs, defaultHome, prepareRootfs } from "./rootfs.ts";
import { kubernetesServiceEnv, type ApiServerInfo } from "./service-account.ts";

export interface RunnerDeps {
  api: KubeletApi;
  imageMap: ImageMap;
  nodeName: string;
  nodeAddress: string;
  apiServer: ApiServerInfo;
  rootDir: string;
  /** The kubelet's PATH, behind the image map's pathPrepend. */
  hostPath: string | undefined;
  log: Logger;
}

export type LogLookup =
  | { kind: "file"; path: string; finished: () => boolean }
  | { kind: "error"; status: number; message: string };

/** What a container needs from its pod. */
export interface PodContext {
  readonly deps: RunnerDeps;
  readonly log: Logger;
  readonly podDir: string;
  readonly modes: FailureModes;
  pod(): V1Pod;
  /** The pod is being stopped (deletion, deadline, kubelet shutdown): start nothing new. */
  stopped(): boolean;
  /** Sleeps, waking early when the pod starts stopping. */
  pause(ms: number): Promise<void>;
  /** Schedules a status write. */
  push(): void;
  volumeDirs(): ReadonlyMap<string, string>;
  kubeconfigPath(): string | undefined;
}

interface Prepared {
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  /** Set in container mode: the podman container this instance is. */
  container?: { rule: ContainerRule; name: string };
}

const imagePullErrorMs = 3000;
const configRetryMs = 3000;

/** 1 s, 2 s, 4 s, ... capped at 10 s (a real kubelet caps at 5 min; tests cannot wait that long). */
export function restartBackoffMs(restartCount: number): number {
  return Math.min(10_000, 1000 * 2 ** Math.min(restartCount, 10));
}

export class ContainerRunner {
  readonly spec: V1Container;
  readonly runtime: ContainerRuntime;
  private readonly ctx: PodContext;
  private process: ContainerProcess | undefined;
  /** restartCount of the instance whose log file is still being written. */
  private liveInstance: number | undefined;

  constructor(ctx: PodContext, spec: V1Container, waitingReason: string, restartCount: number) {
    this.ctx = ctx;
    this.spec = spec;
    this.runtime = {
      name: spec.name,
      image: spec.image ?? "",
      restartCount,
      state: { kind: "waiting", reason: waitingReason },
    };
  }

  get name(): string {
    return this.spec.name;
  }

  /** The running process, if any. */
  get liveProcess(): ContainerProcess | undefined {
    return this.process && !this.process.finished ? this.process : undefined;
  }

  logLookup(podName: string, previous: boolean): LogLookup {
    const instance = this.runtime.restartCount - (previous ? 1 : 0);
    const path = this.logFile(instance);
    if (instance < 0 || !existsSync(path)) {
      if (previous) {
        const message = `previous terminated container "${this.name}" in pod "${podName}" not found`;
        return { kind: "error", status: 400, message };
      }
      return {
        kind: "error",
        status: 400,
        message: `container "${this.name}" in pod "${podName}" is waiting to start: ${this.waitingDescription()}`,
      };
    }
    return { kind: "file", path, finished: () => this.liveInstance !== instance };
  }

  /** The kubelet's wording for why a container has no log yet. */
  private waitingDescription(): string {
    const s = this.runtime.state;
    if (s.kind !== "waiting") return "ContainerCreating";
    if (s.reason === "ErrImagePull") return "image can't be pulled";
    if (s.reason === "ImagePullBackOff") return "trying and failing to pull image";
    return s.reason;
  }

  private logFile(instance: number): string {
    return join(this.ctx.podDir, "logs", this.name, `${instance}.log`);
  }

  /** Puts the container in a waiting state; false when it already was in exactly that state. */
  setWaiting(reason: string, message?: string): boolean {
    const s = this.runtime.state;
    if (s.kind === "waiting" && s.reason === reason && s.message === message) return false;
    this.runtime.state = { kind: "waiting", reason, message };
    this.ctx.push();
    return true;
  }

  /** CrashLoopBackOff between two instances; false when the pod started stopping meanwhile. */
  async backOff(t: Terminated): Promise<boolean> {
    const delay = restartBackoffMs(this.runtime.restartCount);
    const previousLast = this.runtime.lastTerminated;
    const meta = this.ctx.pod().metadata;
    this.runtime.lastTerminated = t;
    this.runtime.state = {
      kind: "waiting",
      reason: "CrashLoopBackOff",
      message:
        `back-off ${delay / 1000}s restarting failed container=${this.name} ` +
        `pod=${meta?.name}_${meta?.namespace}(${meta?.uid})`,
    };
    this.ctx.push();
    await this.ctx.pause(delay);
    if (this.ctx.stopped()) {
      // No restart is coming: show the instance that ran last as the current state again.
      this.runtime.state = t;
      this.runtime.lastTerminated = previousLast;
      return false;
    }
    this.runtime.restartCount++;
    return true;
  }

  /** One instance from image pull to exit; undefined when the pod stopped before it ran. */
  async runOnce(): Promise<Terminated | undefined> {
    const { ctx } = this;
    if (!(await this.pullImage())) return undefined;
    const prepared = await this.createContainer();
    if (!prepared || ctx.stopped()) return undefined;
    const instance = this.runtime.restartCount;
    let proc: ContainerProcess;
    try {
      mkdirSync(join(ctx.podDir, "logs", this.name), { recursive: true });
      const container = prepared.container;
      proc = await ContainerProcess.start({
        ...prepared,
        logFile: this.logFile(instance),
        // SIGTERM reaches the container through podman's signal proxy; SIGKILL would only kill podman.
        onSignal: container
          ? (signal) => {
              if (signal === "SIGKILL") void podmanSignal(container.rule, container.name, "SIGKILL");
            }
          : undefined,
      });
    } catch (err) {
      const now = new Date();
      const message = err instanceof StartError ? err.message : errorMessage(err);
      ctx.log.warn("container failed to start", { container: this.name, error: message });
      this.runtime.state = {
        kind: "terminated",
        exitCode: 128,
        reason: "StartError",
        message,
        startedAt: now,
        finishedAt: now,
      };
      ctx.push();
      return this.runtime.state;
    }
    const containerID = prepared.container ? `podman://${prepared.container.name}` : `local://${proc.pid}`;
    const pidFile = join(ctx.podDir, "run", `${this.name}.pid`);
    this.process = proc;
    this.liveInstance = instance;
    this.runtime.containerID = containerID;
    this.runtime.state = { kind: "running", startedAt: proc.startedAt };
    writePidFile(pidFile, proc.pid);
    ctx.log.info("container started", {
      container: this.name,
      pid: proc.pid,
      restartCount: instance,
      argv: prepared.argv,
    });
    // Termination may have begun while the process was being started; it gets no grace period.
    if (ctx.stopped()) proc.signal("SIGKILL");
    ctx.push();

    let oomKilled = false;
    let oomTimer: NodeJS.Timeout | undefined;
    if (ctx.modes.oomKillAfterMs !== undefined) {
      oomTimer = setTimeout(() => {
        oomKilled = true;
        ctx.log.info("oom-kill failure mode: killing the container", { container: this.name });
        proc.signal("SIGKILL");
      }, ctx.modes.oomKillAfterMs);
      oomTimer.unref();
    }
    const exit = await proc.exited;
    clearTimeout(oomTimer);
    if (prepared.container) await podmanSignal(prepared.container.rule, prepared.container.name, "remove");
    this.process = undefined;
    this.liveInstance = undefined;
    removePidFile(pidFile);
    const t: Terminated = {
      kind: "terminated",
      exitCode: oomKilled ? 137 : exit.exitCode,
      reason: oomKilled ? "OOMKilled" : exit.exitCode === 0 ? "Completed" : "Error",
      startedAt: proc.startedAt,
      finishedAt: exit.finishedAt,
      containerID,
    };
    this.runtime.state = t;
    ctx.log.info("container exited", { container: this.name, exitCode: t.exitCode, reason: t.reason });
    ctx.push();
    return t;
  }

  /** Emulated pull: instant, unless a failure mode says this image cannot be pulled. */
  private async pullImage(): Promise<boolean> {
    const { ctx } = this;
    const image = this.spec.image ?? "";
    const error = imagePullError(image, ctx.modes);
    if (!error) return true;
    let backoffMs = 5000;
    while (!ctx.stopped()) {
      this.setWaiting("ErrImagePull", error);
      await ctx.pause(imagePullErrorMs);
      if (ctx.stopped()) break;
      this.setWaiting("ImagePullBackOff", `Back-off pulling image "${image}"`);
      await ctx.pause(backoffMs);
      backoffMs = Math.min(backoffMs * 2, 20_000);
    }
    return false;
  }

  /** Env, argv and filesystem for the next instance; waits (in a waiting state) while that is impossible. */
  private async createContainer(): Promise<Prepared | undefined> {
    const { ctx } = this;
    const image = this.spec.image ?? "";
    const warn = (reason: string, message: string): void => {
      if (this.setWaiting(reason, message)) ctx.log.warn(reason, { container: this.name, error: message });
    };
    while (!ctx.stopped()) {
      const rule = findImageRule(ctx.deps.imageMap, image);
      const containerImage = rule?.container ? builtImage(rule.container) : undefined;
      let env: Record<string, string>;
      let homeDefaulted: boolean;
      try {
        ({ env, homeDefaulted } = await this.containerEnv(containerImage !== undefined));
      } catch (err) {
        warn(
          "CreateContainerConfigError",
          err instanceof ContainerConfigError ? err.message : errorMessage(err),
        );
        await ctx.pause(configRetryMs);
        continue;
      }
      const argv = expandArgv(buildArgv(rule, this.spec.command, this.spec.args), env);
      if (argv.length === 0) {
        warn(
          "CreateContainerError",
          `failed to generate container spec: no command specified (the pod sets no command and the ` +
            `image map gives image "${image}" no entrypoint)`,
        );
        await ctx.pause(10_000);
        continue;
      }
      if (rule?.container && containerImage !== undefined) {
        const violation = nonRootViolation(
          ctx.pod(),
          this.spec,
          await imageUser(rule.container, containerImage),
        );
        if (violation) {
          warn("CreateContainerConfigError", `Error: ${violation}`);
          await ctx.pause(configRetryMs);
          continue;
        }
        const name = containerName(ctx.pod(), this.name, this.runtime.restartCount);
        const command = podmanRunCommand(
          rule.container,
          {
            name,
            image: containerImage,
            argv,
            env,
            mounts: containerMounts(this.spec, ctx.volumeDirs(), env),
            pod: ctx.pod(),
            container: this.spec,
          },
          process.env,
        );
        return { ...command, cwd: ctx.podDir, container: { rule: rule.container, name } };
      }
      try {
        const { cwd } = prepareRootfs(ctx.podDir, this.spec, ctx.volumeDirs(), env, ctx.log);
        if (homeDefaulted) mkdirSync(env.HOME!, { recursive: true });
        return { argv, env, cwd };
      } catch (err) {
        warn("CreateContainerError", errorMessage(err));
        await ctx.pause(configRetryMs);
      }
    }
    return undefined;
  }

  /**
   * In container mode the image supplies PATH and HOME and the pod reaches the API server in-cluster (the
   * token volume at its real path); otherwise the process gets the image map's PATH, a HOME in its
   * rootfs and a kubeconfig for its token.
   */
  private async containerEnv(
    containerMode: boolean,
  ): Promise<{ env: Record<string, string>; homeDefaulted: boolean }> {
    const { deps } = this.ctx;
    const pod = this.ctx.pod();
    const namespace = pod.metadata?.namespace ?? "default";
    const refs = referencedObjects(this.spec);
    const configMaps = new Map(
      await Promise.all(
        refs.configMaps.map(async (n) => [n, await deps.api.getConfigMap(namespace, n)] as const),
      ),
    );
    const secrets = new Map(
      await Promise.all(refs.secrets.map(async (n) => [n, await deps.api.getSecret(namespace, n)] as const)),
    );
    const rootfs = containerRootfs(this.ctx.podDir, this.name);
    const kubeletEnv: Record<string, string> = {
      ...kubernetesServiceEnv(deps.apiServer),
      HOSTNAME: pod.spec?.hostname || (pod.metadata?.name ?? ""),
    };
    if (!containerMode) {
      kubeletEnv.HOME = defaultHome(rootfs);
      kubeletEnv.KUBELET_POD_ROOTFS = rootfs;
      const kubeconfig = this.ctx.kubeconfigPath();
      if (kubeconfig) kubeletEnv.KUBECONFIG = kubeconfig;
    }
    const podEnv = resolvePodEnv({
      pod,
      podIP: deps.nodeAddress,
      hostIP: deps.nodeAddress,
      container: this.spec,
      configMaps,
      secrets,
      serviceEnv: kubeletEnv,
    });
    const rule = findImageRule(deps.imageMap, this.spec.image ?? "");
    const env: Record<string, string> = {
      ...(containerMode ? {} : { PATH: imagePath(rule, deps.hostPath) }),
      ...rule?.env,
      ...kubeletEnv,
      ...Object.fromEntries(podEnv),
    };
    return { env, homeDefaulted: !containerMode && !podEnv.has("HOME") };
  }
}
