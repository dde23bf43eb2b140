// The few API calls the pod lifecycle needs, behind an interface so the lifecycle code reads as kubelet
// logic rather than client plumbing. Not-found is a value (undefined), not an exception, where callers
// have to treat it as a normal outcome.
import * as k8s from "@kubernetes/client-node";
import type { V1ConfigMap, V1Pod, V1Secret } from "@kubernetes/client-node";
import { isNotFound } from "./api-errors.ts";

export interface TokenSpec {
  serviceAccount: string;
  audience: string | undefined;
  expirationSeconds: number;
  pod: { name: string; uid: string };
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

export interface KubeletApi {
  readPod(namespace: string, name: string): Promise<V1Pod | undefined>;
  replacePodStatus(pod: V1Pod): Promise<void>;
  /** Removes the API object (grace period 0), only if it is still the pod with this uid. */
  deletePod(namespace: string, name: string, uid: string): Promise<void>;
  getConfigMap(namespace: string, name: string): Promise<V1ConfigMap | undefined>;
  getSecret(namespace: string, name: string): Promise<V1Secret | undefined>;
  requestToken(namespace: string, spec: TokenSpec): Promise<IssuedToken>;
}

async function orUndefined<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

export function createKubeletApi(kc: k8s.KubeConfig): KubeletApi {
  const core = kc.makeApiClient(k8s.CoreV1Api);
  return {
    readPod: (namespace, name) => orUndefined(core.readNamespacedPod({ namespace, name })),
    replacePodStatus: async (pod) => {
      await core.replaceNamespacedPodStatus({
        namespace: pod.metadata!.namespace!,
        name: pod.metadata!.name!,
        body: pod,
      });
    },
    deletePod: async (namespace, name, uid) => {
      try {
        await core.deleteNamespacedPod({
          namespace,
          name,
          gracePeriodSeconds: 0,
          body: { gracePeriodSeconds: 0, preconditions: { uid } },
        });
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
    },
    getConfigMap: (namespace, name) => orUndefined(core.readNamespacedConfigMap({ namespace, name })),
    getSecret: (namespace, name) => orUndefined(core.readNamespacedSecret({ namespace, name })),
    requestToken: async (namespace, spec) => {
      const issued = await core.createNamespacedServiceAccountToken({
        namespace,
        name: spec.serviceAccount,
        body: {
          spec: {
            audiences: spec.audience ? [spec.audience] : [],
            expirationSeconds: spec.expirationSeconds,
            boundObjectRef: { apiVersion: "v1", kind: "Pod", name: spec.pod.name, uid: spec.pod.uid },
          },
        },
      });
      const token = issued.status?.token;
      if (!token) throw new Error(`TokenRequest for ${namespace}/${spec.serviceAccount} returned no token`);
      const expiresAt = issued.status?.expirationTimestamp
        ? new Date(issued.status.expirationTimestamp)
        : new Date(Date.now() + spec.expirationSeconds * 1000);
      return { token, expiresAt };
    },
  };
}
