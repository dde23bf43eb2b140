// List+watch of the pods bound to this node, informer style: list, then watch from the list's
// resourceVersion; re-watch from the last seen version when the server ends a watch; relist after a 410
// (version too old) or a lost connection. A handler error affects one event, never the loop.
import { setTimeout as sleep } from "node:timers/promises";
import * as k8s from "@kubernetes/client-node";
import type { V1Pod } from "@kubernetes/client-node";
import { errorMessage } from "./api-errors.ts";
import type { Logger } from "./log.ts";

export interface PodEvents {
  sync(pods: V1Pod[]): void;
  upsert(pod: V1Pod): void;
  remove(pod: V1Pod): void;
}

/** Server-side watch timeout; below the client's 30 s inactivity timeout. */
const watchTimeoutSeconds = 25;

export class PodWatcher {
  private readonly kc: k8s.KubeConfig;
  private readonly core: k8s.CoreV1Api;
  private readonly fieldSelector: string;
  private readonly handler: PodEvents;
  private readonly log: Logger;
  private stopped = false;
  private current: AbortController | undefined;
  private loop: Promise<void> | undefined;

  constructor(kc: k8s.KubeConfig, nodeName: string, handler: PodEvents, log: Logger) {
    this.kc = kc;
    this.core = kc.makeApiClient(k8s.CoreV1Api);
    this.fieldSelector = `spec.nodeName=${nodeName}`;
    this.handler = handler;
    this.log = log;
  }

  start(): void {
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.current?.abort();
    await this.loop;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        const list = await this.core.listPodForAllNamespaces({ fieldSelector: this.fieldSelector });
        this.dispatch(() => this.handler.sync(list.items));
        failures = 0;
        let version = list.metadata?.resourceVersion ?? "";
        // Watch until the server says our version is too old or the connection breaks.
        for (;;) {
          const began = Date.now();
          const result = await this.watchOnce(version);
          if (this.stopped) return;
          if (result.kind === "relist") break;
          if (result.kind === "error") throw result.error;
          version = result.version;
          // A server that keeps closing watches at once must not turn this into a busy loop.
          if (Date.now() - began < 1000) await sleep(1000);
        }
      } catch (err) {
        if (this.stopped) return;
        failures++;
        this.log.warn("pod list/watch failed; relisting", { error: errorMessage(err), failures });
        await sleep(Math.min(5000, 250 * 2 ** Math.min(failures, 5)));
      }
    }
  }

  private dispatch(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.log.error("pod event handler failed", { error: errorMessage(err) });
    }
  }

  private watchOnce(
    version: string,
  ): Promise<{ kind: "ended"; version: string } | { kind: "relist" } | { kind: "error"; error: unknown }> {
    let latest = version;
    let gone = false;
    return new Promise((resolve) => {
      const onEvent = (type: string, obj: unknown): void => {
        const o = obj as V1Pod & { code?: number; kind?: string };
        if (type === "ERROR") {
          // A Status object; 410 Gone means the version has been compacted away.
          if (o.code === 410) gone = true;
          else this.log.warn("watch error event", { status: o });
          return;
        }
        const rv = o.metadata?.resourceVersion;
        if (rv) latest = rv;
        if (type === "BOOKMARK") return;
        this.dispatch(() => {
          if (type === "DELETED") this.handler.remove(o);
          else this.handler.upsert(o);
        });
      };
      const onDone = (err: unknown): void => {
        this.current = undefined;
        if (gone) resolve({ kind: "relist" });
        else if (err && !this.stopped) resolve({ kind: "error", error: err });
        else resolve({ kind: "ended", version: latest });
      };
      new k8s.Watch(this.kc)
        .watch(
          "/api/v1/pods",
          {
            fieldSelector: this.fieldSelector,
            resourceVersion: version,
            allowWatchBookmarks: true,
            timeoutSeconds: watchTimeoutSeconds,
          },
          onEvent,
          onDone,
        )
        .then(
          (controller) => {
            this.current = controller;
            if (this.stopped) controller.abort();
          },
          (err: unknown) => resolve({ kind: "error", error: err }),
        );
    });
  }
}
