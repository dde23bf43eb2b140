// --uninstall: wait until the namespace is really gone, so "nothing of the release remains" holds when the
// demo exits (the namespace controller deletes its objects first, the kubelet stops the pods).
import * as k8s from "@kubernetes/client-node";
import { setTimeout as sleep } from "node:timers/promises";
import { formatKubernetesError } from "../../src/kubernetes/errors.ts";
import { DemoFailure, say, secondsSince } from "./output.ts";

export async function waitForNamespaceGone(
  kc: k8s.KubeConfig,
  namespace: string,
  timeoutMs = 180_000,
): Promise<void> {
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const started = Date.now();
  let lastSeen: string;
  for (;;) {
    try {
      const ns = await core.readNamespace({ name: namespace });
      const conditions = (ns.status?.conditions ?? [])
        .filter((c) => c.status === "True")
        .map((c) => `${c.type}: ${c.message}`)
        .join("; ");
      lastSeen = `${ns.status?.phase}${conditions ? ` (${conditions})` : ""}`;
    } catch (error) {
      if (error instanceof k8s.ApiException && error.code === 404) {
        say(`namespace ${namespace} is gone (${secondsSince(started)})`);
        return;
      }
      lastSeen = formatKubernetesError(error);
    }
    if (Date.now() - started > timeoutMs) {
      throw new DemoFailure(
        `namespace ${namespace} still exists after ${timeoutMs / 1000}s: ${lastSeen}\n` +
          `Look at: kubectl get namespace ${namespace} -o yaml; kubectl -n ${namespace} get all`,
      );
    }
    await sleep(1000);
  }
}
