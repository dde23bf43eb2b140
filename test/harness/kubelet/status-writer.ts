// Pod status goes to the API server by read-modify-write (GET, render, PUT pods/status), retried on
// conflicts. Writes for one pod are serialized and coalesced: whoever calls push() while a write is in
// flight gets one more write afterwards that includes their change.
import { setTimeout as sleep } from "node:timers/promises";
import type { V1Pod, V1PodStatus } from "@kubernetes/client-node";
import { errorMessage, isConflict, statusCode } from "./api-errors.ts";
import type { KubeletApi } from "./kube-api.ts";
import type { Logger } from "./log.ts";

export interface StatusWriterOptions {
  api: KubeletApi;
  namespace: string;
  name: string;
  uid: string;
  render: (current: V1PodStatus | undefined, pod: V1Pod) => V1PodStatus;
  /** The pod is gone from the API (or replaced by another with the same name). */
  onGone: () => void;
  log: Logger;
}

export class StatusWriter {
  private dirty = false;
  private closed = false;
  private loop: Promise<void> | undefined;
  private readonly o: StatusWriterOptions;

  constructor(options: StatusWriterOptions) {
    this.o = options;
  }

  /** Resolves once a write that includes the current state has been made (or given up on). */
  push(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.dirty = true;
    this.loop ??= this.drain();
    return this.loop;
  }

  /** No more writes (the pod is gone, or the kubelet is stopping). */
  close(): void {
    this.closed = true;
  }

  private async drain(): Promise<void> {
    try {
      while (this.dirty && !this.closed) {
        this.dirty = false;
        await this.writeOnce();
      }
    } finally {
      this.loop = undefined;
    }
  }

  private async writeOnce(): Promise<void> {
    const { api, namespace, name, uid, log } = this.o;
    for (let attempt = 0; !this.closed; attempt++) {
      try {
        const pod = await api.readPod(namespace, name);
        if (!pod || pod.metadata?.uid !== uid) {
          this.closed = true;
          this.o.onGone();
          return;
        }
        pod.status = this.o.render(pod.status, pod);
        await api.replacePodStatus(pod);
        return;
      } catch (err) {
        if (isConflict(err)) {
          if (attempt < 10) continue;
        } else if (statusCode(err) === 404) {
          this.closed = true;
          this.o.onGone();
          return;
        } else if (statusCode(err) === 422 || statusCode(err) === 400) {
          // Retrying an invalid status cannot help; the next state change renders a new one.
          log.error("pod status rejected", { error: errorMessage(err) });
          return;
        }
        log.warn("pod status update failed; retrying", { error: errorMessage(err), attempt });
        await sleep(Math.min(5000, 250 * 2 ** Math.min(attempt, 5)));
      }
    }
  }
}
