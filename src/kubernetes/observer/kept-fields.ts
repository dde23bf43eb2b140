// What the observer keeps of each watched Job and Pod: only the fields its handlers decide on. The watcher
// holds every live object until it is deleted (a relist hands the vanished ones over as DELETED), so with
// 1,000 runs in flight whole objects — managedFields, the pod template, the pod spec — would be most of the
// worker's memory. Each field below names its reader; a handler that starts reading another must add it.
import type { WatchedObject } from "../watcher.ts";

type Metadata = NonNullable<WatchedObject["metadata"]>;

function keptMetadata(metadata: Metadata | undefined): Metadata | undefined {
  if (!metadata) return undefined;
  const kept: Metadata = {};
  // name, namespace, uid: keys, log fields and the pod event's resource; resourceVersion: where a watch
  // resumes; labels: the flow-run id and the pod event's related resources; creationTimestamp: when a
  // Pending pod event occurred and the start-up de-duplication window.
  for (const key of ["name", "namespace", "uid", "resourceVersion", "labels", "creationTimestamp"] as const) {
    if (metadata[key] !== undefined) (kept as Record<string, unknown>)[key] = metadata[key];
  }
  return kept;
}

function withoutUndefined(object: WatchedObject): WatchedObject {
  for (const key of Object.keys(object) as (keyof WatchedObject)[]) {
    if (object[key] === undefined) delete object[key];
  }
  return object;
}

/** A Job as the Job handler reads it: spec.backoffLimit and the whole status (succeeded, failed, active, conditions). */
export function keptJobFields(job: WatchedObject): WatchedObject {
  const backoffLimit = (job.spec as { backoffLimit?: unknown } | undefined)?.backoffLimit;
  return withoutUndefined({
    apiVersion: job.apiVersion,
    kind: job.kind,
    metadata: keptMetadata(job.metadata),
    spec: backoffLimit === undefined ? undefined : { backoffLimit },
    status: job.status,
  });
}

/** A Pod as the Pod handler, its events and diagnoses read it: metadata and the whole status, no spec. */
export function keptPodFields(pod: WatchedObject): WatchedObject {
  return withoutUndefined({
    apiVersion: pod.apiVersion,
    kind: pod.kind,
    metadata: keptMetadata(pod.metadata),
    status: pod.status,
  });
}
