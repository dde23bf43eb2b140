// One pod's life on this node: sandbox (pod dir and volumes), init containers one at a time, then all
// containers with the pod's restart policy, until the pod ends, exceeds its deadline, or is deleted.
// Every step re-checks `stopped`, because deletion can arrive at any point.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { V1Container, V1Pod, V1PodStatus } from "@kubernetes/client-node";
import { errorMessage, statusCode } from "./api-errors.ts";
import type { ContainerProcess } from "./container-process.ts";
import { ContainerRunner, type LogLookup, type PodContext, type RunnerDeps } from "./container-runner.ts";
import type { PodFieldContext } from "./env.ts";
import { parseFailureModes, type FailureModes } from "./failure-modes.ts";
import type { Logger } from "./log.ts";
import {
  computePhase,
  isTerminal,
  orphanedStatus,
  renderPodStatus,
  startedByEarlierKubelet,
  type PodRuntime,
  type RestartPolicy,
} from "./pod-status.ts";
import { podKubeconfigYaml, tokenRefreshDelayMs } from "./service-account.ts";
import { StatusWriter } from "./status-writer.ts";
import { materializeVolumes, refreshToken, type MaterializedVolumes, type TokenFile } from "./volumes.ts";

export type { LogLookup, RunnerDeps } from "./container-runner.ts";

const graceOnVanishMs = 2000;
const graceOnShutdownMs = 4000;
/** After SIGKILL, how long to wait for a stuck lifecycle step before giving up on it. */
const settleMs = 3000;

export function shouldRestart(policy: RestartPolicy, exitCode: number): boolean {
  return policy === "Always" || (policy === "OnFailure" && exitCode !== 0);
}

function restartPolicyOf(pod: V1Pod): RestartPolicy {
  const p = pod.spec?.restartPolicy;
  return p === "Never" || p === "OnFailure" ? p : "Always";
}

export class PodRunner {
  readonly uid: string;
  readonly namespace: string;
  readonly name: string;
  readonly podDir: string;
  readonly createdAt = Date.now();
  private pod: V1Pod;
  private readonly deps: RunnerDeps;
  private readonly log: Logger;
  private readonly onGone: () => void;
  /** Every container by name, init containers included (names are unique across both). */
  private readonly containers = new Map<string, ContainerRunner>();
  private readonly initRunners: ContainerRunner[];
  private readonly appRunners: ContainerRunner[];
  private readonly runtime: PodRuntime;
  private readonly modes: FailureModes;
  private readonly stopping = new AbortController();
  private readonly writer: StatusWriter;
  private readonly timers = new Set<NodeJS.Timeout>();
  private main: Promise<void> = Promise.resolve();
  private volumes: MaterializedVolumes | undefined;
  private kubeconfigPath: string | undefined;
  /** Pods this kubelet does not run: already finished, or started by an earlier kubelet process. */
  private adopted = false;
  private orphan = false;
  private deleting = false;
  private gone = false;
  private shuttingDown = false;

  constructor(deps: RunnerDeps, pod: V1Pod, onGone: () => void) {
    this.deps = deps;
    this.pod = pod;
    this.onGone = onGone;
    this.uid = pod.metadata?.uid ?? "";
    this.namespace = pod.metadata?.namespace ?? "default";
    this.name = pod.metadata?.name ?? "";
    this.podDir = join(deps.rootDir, "pods", this.uid);
    this.log = deps.log.child({ pod: `${this.namespace}/${this.name}`, uid: this.uid });
    this.modes = parseFailureModes(pod.metadata?.annotations);
    const hasInit = (pod.spec?.initContainers ?? []).length > 0;
    const previous = new Map(
      [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])].map((s) => [
        s.name,
        s.restartCount,
      ]),
    );
    const ctx = this.podContext();
    const runner = (spec: V1Container, reason: string): ContainerRunner => {
      const r = new ContainerRunner(ctx, spec, reason, previous.get(spec.name) ?? 0);
      this.containers.set(spec.name, r);
      return r;
    };
    this.initRunners = (pod.spec?.initContainers ?? []).map((c) => runner(c, "PodInitializing"));
    this.appRunners = (pod.spec?.containers ?? []).map((c) =>
      runner(c, hasInit ? "PodInitializing" : "ContainerCreating"),
    );
    this.runtime = {
      restartPolicy: restartPolicyOf(pod),
      startTime: new Date(),
      sandboxReady: false,
      initContainers: this.initRunners.map((r) => r.runtime),
      containers: this.appRunners.map((r) => r.runtime),
    };
    this.writer = new StatusWriter({
      api: deps.api,
      namespace: this.namespace,
      name: this.name,
      uid: this.uid,
      render: (current, latest) => this.render(current, latest),
      onGone: () => this.onGone(),
      log: this.log,
    });
  }

  get isGone(): boolean {
    return this.gone;
  }

  private get stopped(): boolean {
    return this.stopping.signal.aborted;
  }

  start(): void {
    this.main = this.run().catch((err: unknown) => {
      this.log.error("pod lifecycle failed", { error: errorMessage(err) });
    });
    this.update(this.pod);
  }

  /** A newer version of the pod from the API. Only deletion matters: the rest of a pod spec is immutable. */
  update(pod: V1Pod): void {
    if (pod.metadata?.uid !== this.uid) return;
    this.pod = pod;
    if (pod.metadata?.deletionTimestamp && !this.deleting && !this.gone) {
      this.deleting = true;
      void this.terminateForDeletion().catch((err: unknown) => {
        this.log.error("pod termination failed", { error: errorMessage(err) });
      });
    }
  }

  /** The pod is gone from the API: kill what is left and remove its directory. */
  async vanished(): Promise<void> {
    if (this.gone) return;
    this.gone = true;
    this.writer.close();
    await this.killAll(graceOnVanishMs);
    this.clearTimers();
    rmSync(this.podDir, { recursive: true, force: true });
    this.log.info("pod gone; cleaned up");
  }

  /** The kubelet is stopping: kill the processes, leave API objects and the pod directory alone. */
  async shutdown(): Promise<void> {
    this.shuttingDown = true;
    this.writer.close();
    await this.killAll(graceOnShutdownMs);
    this.clearTimers();
  }

  logLookup(containerName: string, previous: boolean): LogLookup {
    const c = this.containers.get(containerName);
    if (!c) {
      return {
        kind: "error",
        status: 404,
        message: `container "${containerName}" not found in pod "${this.name}"`,
      };
    }
    return c.logLookup(this.name, previous);
  }

  /** The view of this pod its containers get. */
  private podContext(): PodContext {
    return {
      deps: this.deps,
      log: this.log,
      podDir: this.podDir,
      modes: this.modes,
      pod: () => this.pod,
      stopped: () => this.stopped,
      pause: (ms) => this.pause(ms),
      push: () => void this.push(),
      volumeDirs: () => this.volumes?.dirs ?? new Map<string, string>(),
      kubeconfigPath: () => this.kubeconfigPath,
    };
  }

  private async run(): Promise<void> {
    if (isTerminal(this.pod.status?.phase)) {
      this.adopted = true;
      return;
    }
    if (startedByEarlierKubelet(this.pod)) {
      // Its processes died with the earlier kubelet (or were killed at this one's start); say so.
      this.adopted = true;
      this.orphan = true;
      this.log.warn("pod was started by an earlier kubelet process; marking it Failed");
      await this.writer.push();
      return;
    }
    for (const problem of this.modes.problems) this.log.warn(problem);
    void this.push();
    if (this.modes.neverStart) {
      this.log.info("never-start failure mode: the pod stays in ContainerCreating");
      return;
    }
    this.armDeadline();
    if (!(await this.prepareSandbox())) return;
    for (const c of this.initRunners) {
      if (!(await this.runInitContainer(c))) return;
    }
    for (const c of this.appRunners) {
      if (c.runtime.state.kind === "waiting")
        c.runtime.state = { kind: "waiting", reason: "ContainerCreating" };
    }
    await Promise.all(this.appRunners.map((c) => this.runContainer(c)));
    void this.push();
    if (isTerminal(computePhase(this.runtime))) {
      this.log.info("pod finished", { phase: computePhase(this.runtime) });
      this.clearTimers();
    }
  }

  private render(current: V1PodStatus | undefined, latest: V1Pod): V1PodStatus {
    if (this.orphan) return orphanedStatus(current, new Date());
    return renderPodStatus(current, this.runtime, {
      nodeAddress: this.deps.nodeAddress,
      generation: latest.metadata?.generation,
      now: new Date(),
    });
  }

  private push(): Promise<void> {
    return this.writer.push();
  }

  /** Sleeps, but wakes up early when the pod starts stopping. */
  private async pause(ms: number): Promise<void> {
    try {
      await sleep(ms, undefined, { signal: this.stopping.signal });
    } catch {
      // Aborted: the pod is stopping.
    }
  }

  private later(ms: number, fn: () => void): void {
    if (this.stopped) return;
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        if (!this.stopped) fn();
      },
      Math.min(ms, 2 ** 31 - 1),
    );
    timer.unref();
    this.timers.add(timer);
  }

  private clearTimers(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private fieldContext(): PodFieldContext {
    return { pod: this.pod, podIP: this.deps.nodeAddress, hostIP: this.deps.nodeAddress };
  }

  private async prepareSandbox(): Promise<boolean> {
    let lastError: string | undefined;
    while (!this.stopped) {
      try {
        for (const d of ["volumes", "logs", "rootfs", "run"])
          mkdirSync(join(this.podDir, d), { recursive: true });
        this.volumes = await materializeVolumes(
          this.pod,
          this.podDir,
          this.deps.api,
          this.fieldContext(),
          this.log,
        );
        if (this.stopped) return false;
        this.writeKubeconfig(this.volumes.tokens);
        for (const token of this.volumes.tokens) this.scheduleTokenRefresh(token);
        this.runtime.sandboxReady = true;
        void this.push();
        return true;
      } catch (err) {
        const message = errorMessage(err);
        if (message !== lastError) this.log.warn("FailedMount; retrying every 2 s", { error: message });
        lastError = message;
        await this.pause(2000);
      }
    }
    return false;
  }

  private writeKubeconfig(tokens: TokenFile[]): void {
    const token = tokens.find((t) => t.volume.startsWith("kube-api-access-")) ?? tokens[0];
    if (!token) return;
    this.kubeconfigPath = join(this.podDir, "kubeconfig");
    writeFileSync(this.kubeconfigPath, podKubeconfigYaml(this.deps.apiServer, token.file, this.namespace), {
      mode: 0o600,
    });
  }

  private scheduleTokenRefresh(token: TokenFile): void {
    this.later(tokenRefreshDelayMs(token.issuedAt, token.expiresAt), () => {
      refreshToken(this.pod, this.deps.api, token).then(
        (next) => this.scheduleTokenRefresh(next),
        (err: unknown) => {
          this.log.warn("service account token refresh failed; retrying", { error: errorMessage(err) });
          this.later(10_000, () =>
            this.scheduleTokenRefresh({ ...token, issuedAt: new Date(0), expiresAt: new Date(0) }),
          );
        },
      );
    });
  }

  private armDeadline(): void {
    const seconds = this.pod.spec?.activeDeadlineSeconds;
    if (!seconds) return;
    const startTime = this.pod.status?.startTime
      ? new Date(this.pod.status.startTime)
      : this.runtime.startTime;
    const delay = Math.max(0, startTime.getTime() + seconds * 1000 - Date.now());
    this.later(delay, () => {
      void this.terminateForDeadline().catch((err: unknown) => {
        this.log.error("deadline termination failed", { error: errorMessage(err) });
      });
    });
  }

  private graceMs(): number {
    return (this.pod.spec?.terminationGracePeriodSeconds ?? 30) * 1000;
  }

  private async terminateForDeadline(): Promise<void> {
    if (this.stopped || isTerminal(computePhase(this.runtime))) return;
    this.log.info("activeDeadlineSeconds exceeded; killing the pod");
    this.runtime.forced = {
      phase: "Failed",
      reason: "DeadlineExceeded",
      message: "Pod was active on the node longer than the specified deadline",
    };
    void this.push();
    await this.killAll(this.graceMs());
    void this.push();
  }

  private async terminateForDeletion(): Promise<void> {
    const graceSeconds =
      this.pod.metadata?.deletionGracePeriodSeconds ?? this.pod.spec?.terminationGracePeriodSeconds ?? 30;
    if (!this.adopted) {
      this.log.info("pod deleted; stopping its containers", { graceSeconds });
      await this.killAll(graceSeconds * 1000);
      if (!this.runtime.forced && !isTerminal(computePhase(this.runtime))) {
        const allSucceeded = this.runtime.containers.every(
          (c) => c.state.kind === "terminated" && c.state.exitCode === 0,
        );
        this.runtime.forced = { phase: allSucceeded ? "Succeeded" : "Failed" };
      }
      // The final status must land before the object goes away, so watchers see how it ended.
      await this.push();
    }
    this.clearTimers();
    for (let attempt = 0; !this.gone && !this.shuttingDown; attempt++) {
      try {
        await this.deps.api.deletePod(this.namespace, this.name, this.uid);
        this.log.info("pod object deleted");
        return;
      } catch (err) {
        // 409: the uid precondition failed, so the name now belongs to another pod.
        if (statusCode(err) === 409) return;
        this.log.warn("deleting the pod object failed; retrying", { error: errorMessage(err) });
        await sleep(Math.min(10_000, 500 * 2 ** Math.min(attempt, 5)));
      }
    }
  }

  /** SIGTERM to every process group, SIGKILL after the grace period; resolves when they are gone. */
  private async killAll(graceMs: number): Promise<void> {
    this.stopping.abort();
    const live = (): ContainerProcess[] =>
      [...this.containers.values()].flatMap((c) => (c.liveProcess ? [c.liveProcess] : []));
    const processes = live();
    if (processes.length > 0) this.log.info("stopping containers", { pids: processes.map((p) => p.pid) });
    for (const p of processes) p.signal("SIGTERM");
    const settled = this.main.then(() => true);
    const inTime = await Promise.race([settled, sleep(graceMs, false, { ref: false })]);
    if (!inTime) {
      for (const p of live()) p.signal("SIGKILL");
      await Promise.race([settled, sleep(settleMs, false, { ref: false })]);
      for (const p of live()) p.signal("SIGKILL");
    }
  }

  private async runInitContainer(c: ContainerRunner): Promise<boolean> {
    for (;;) {
      const t = await c.runOnce();
      if (!t) return false;
      if (t.exitCode === 0) return true;
      if (this.stopped) return false;
      if (this.runtime.restartPolicy === "Never") {
        void this.push();
        this.log.info("init container failed; the pod fails", { container: c.name, exitCode: t.exitCode });
        this.clearTimers();
        return false;
      }
      if (!(await c.backOff(t))) return false;
    }
  }

  private async runContainer(c: ContainerRunner): Promise<void> {
    for (;;) {
      const t = await c.runOnce();
      if (!t || this.stopped || !shouldRestart(this.runtime.restartPolicy, t.exitCode)) return;
      if (!(await c.backOff(t))) return;
    }
  }
}
