// How the local kubelet ran a pod's container: as a real container of the locally built image (podman,
// when `npm run image` has built it) or as a host process (the checkout's CLI standing in for the image).
// Tests and the demo print it, so a reader knows which one they exercised.
import type * as k8s from "@kubernetes/client-node";

export type RunMode = "container" | "process" | "not started";

export function containerRunMode(pod: k8s.V1Pod, container: string): RunMode {
  const statuses = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])];
  const id = statuses.find((s) => s.name === container)?.containerID ?? "";
  if (id.startsWith("podman://")) return "container";
  if (id.startsWith("local://")) return "process";
  return "not started";
}

export function describeRunMode(pod: k8s.V1Pod, container: string): string {
  const mode = containerRunMode(pod, container);
  const image = pod.spec?.containers.find((c) => c.name === container)?.image ?? "?";
  if (mode === "container")
    return `container ${container} runs as a podman container of the image built by npm run image (pod image ${image})`;
  if (mode === "process")
    return `container ${container} runs as a host process of this checkout's CLI (no image built; npm run image builds it)`;
  return `container ${container} has not started`;
}
