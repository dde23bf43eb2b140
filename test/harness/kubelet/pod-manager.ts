// The set of pods bound to this node, keyed by uid: a runner per pod, created when the pod shows up and
// retired when it disappears from the API. It also answers "which log file" for the log server.
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { V1Pod } from "@kubernetes/client-node";
import { errorMessage } from "./api-errors.ts";
import { PodRunner, type LogLookup, type RunnerDeps } from "./pod-runner.ts";

export class PodManager {
  private readonly runners = new Map<string, PodRunner>();
  private readonly retiring = new Set<Promise<void>>();
  private readonly deps: RunnerDeps;
  private firstSyncDone = false;

  constructor(deps: RunnerDeps) {
    this.deps = deps;
  }

  /** A full list of the node's pods: start the new ones, retire the ones no longer there. */
  sync(pods: V1Pod[]): void {
    const seen = new Set<string>();
    for (const pod of pods) {
      const uid = pod.metadata?.uid;
      if (uid) seen.add(uid);
      this.upsert(pod);
    }
    for (const [uid, runner] of this.runners) if (!seen.has(uid)) this.retire(uid, runner);
    if (!this.firstSyncDone) {
      this.firstSyncDone = true;
      this.removeStaleDirs(seen);
    }
  }

  upsert(pod: V1Pod): void {
    const uid = pod.metadata?.uid;
    if (!uid || pod.spec?.nodeName !== this.deps.nodeName) return;
    const existing = this.runners.get(uid);
    if (existing) {
      existing.update(pod);
      return;
    }
    const runner = new PodRunner(this.deps, pod, () => this.retire(uid, runner));
    this.runners.set(uid, runner);
    this.deps.log.info("pod added", { pod: `${runner.namespace}/${runner.name}`, uid });
    runner.start();
  }

  remove(pod: V1Pod): void {
    const uid = pod.metadata?.uid;
    const runner = uid ? this.runners.get(uid) : undefined;
    if (uid && runner) this.retire(uid, runner);
  }

  logLookup(namespace: string, name: string, container: string, previous: boolean): LogLookup {
    let found: PodRunner | undefined;
    for (const r of this.runners.values()) {
      if (
        r.namespace === namespace &&
        r.name === name &&
        !r.isGone &&
        (!found || r.createdAt > found.createdAt)
      ) {
        found = r;
      }
    }
    if (!found)
      return { kind: "error", status: 404, message: `pod "${namespace}/${name}" not found on this node` };
    return found.logLookup(container, previous);
  }

  async shutdown(): Promise<void> {
    await Promise.all([...this.runners.values()].map((r) => r.shutdown()));
    await Promise.all(this.retiring);
  }

  private retire(uid: string, runner: PodRunner): void {
    if (this.runners.get(uid) !== runner) return;
    this.runners.delete(uid);
    const done: Promise<void> = runner
      .vanished()
      .catch((err: unknown) => this.deps.log.error("pod cleanup failed", { uid, error: errorMessage(err) }))
      .finally(() => this.retiring.delete(done));
    this.retiring.add(done);
  }

  /** Pod directories of pods that no longer exist (left by an earlier kubelet process). */
  private removeStaleDirs(live: Set<string>): void {
    const podsDir = join(this.deps.rootDir, "pods");
    let entries: string[];
    try {
      entries = readdirSync(podsDir);
    } catch {
      return;
    }
    for (const uid of entries) {
      if (live.has(uid)) continue;
      rmSync(join(podsDir, uid), { recursive: true, force: true });
      this.deps.log.info("removed the directory of a pod that no longer exists", { uid });
    }
  }
}
