// The Node object and its liveness signals. The node-lifecycle controller marks a node NotReady (and
// taints it) when neither its Lease nor its Ready condition's heartbeat moves, so both are renewed.
// Taints are left to the controller: it removes not-ready/unreachable taints once the node is Ready.
import { randomUUID } from "node:crypto";
import { hostname, release } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import * as k8s from "@kubernetes/client-node";
import type { V1Node, V1NodeCondition, V1NodeStatus } from "@kubernetes/client-node";
import { errorMessage, isConflict, isNotFound } from "./api-errors.ts";
import type { Logger } from "./log.ts";

export interface NodeOptions {
  nodeName: string;
  address: string;
  port: number;
}

const leaseNamespace = "kube-node-lease";
const leaseDurationSeconds = 40;
const leaseRenewMs = 10_000;
const statusRefreshMs = 30_000;

export function nodeArch(arch: string = process.arch): string {
  return arch === "x64" ? "amd64" : arch === "ia32" ? "386" : arch;
}

export function nodeLabels(nodeName: string): Record<string, string> {
  return {
    "kubernetes.io/hostname": nodeName,
    "kubernetes.io/os": "linux",
    "kubernetes.io/arch": nodeArch(),
    "beta.kubernetes.io/os": "linux",
    "beta.kubernetes.io/arch": nodeArch(),
    "node-role.kubernetes.io/local-kubelet": "",
  };
}

const conditionTemplates: Array<Pick<V1NodeCondition, "type" | "status" | "reason" | "message">> = [
  {
    type: "MemoryPressure",
    status: "False",
    reason: "KubeletHasSufficientMemory",
    message: "kubelet has sufficient memory available",
  },
  {
    type: "DiskPressure",
    status: "False",
    reason: "KubeletHasNoDiskPressure",
    message: "kubelet has no disk pressure",
  },
  {
    type: "PIDPressure",
    status: "False",
    reason: "KubeletHasSufficientPID",
    message: "kubelet has sufficient PID available",
  },
  { type: "Ready", status: "True", reason: "KubeletReady", message: "local kubelet is posting ready status" },
];

/** The node status this kubelet reports; transition times survive from `current` when nothing changed. */
export function renderNodeStatus(
  current: V1NodeStatus | undefined,
  options: NodeOptions,
  kubeletVersion: string,
  bootID: string,
  now: Date,
): V1NodeStatus {
  const resources = { cpu: "16", memory: "64Gi", pods: "250", "ephemeral-storage": "100Gi" };
  const before = new Map((current?.conditions ?? []).map((c) => [c.type, c]));
  return {
    ...current,
    addresses: [
      { type: "InternalIP", address: options.address },
      { type: "Hostname", address: options.nodeName },
    ],
    daemonEndpoints: { kubeletEndpoint: { Port: options.port } },
    capacity: resources,
    allocatable: resources,
    conditions: conditionTemplates.map((t) => {
      const prev = before.get(t.type);
      return {
        ...t,
        lastHeartbeatTime: now,
        lastTransitionTime:
          prev?.status === t.status && prev.lastTransitionTime ? prev.lastTransitionTime : now,
      };
    }),
    nodeInfo: {
      machineID: bootID.replaceAll("-", ""),
      systemUUID: bootID,
      bootID,
      kernelVersion: release(),
      osImage: `local kubelet on ${hostname()}`,
      containerRuntimeVersion: `local://${process.version}`,
      kubeletVersion,
      kubeProxyVersion: "",
      operatingSystem: "linux",
      architecture: nodeArch(),
    },
  };
}

export class NodeRegistration {
  private readonly kc: k8s.KubeConfig;
  private readonly core: k8s.CoreV1Api;
  private readonly coordination: k8s.CoordinationV1Api;
  private readonly options: NodeOptions;
  private readonly log: Logger;
  private readonly bootID = randomUUID();
  private kubeletVersion = "v0.0.0";
  private nodeUid: string | undefined;
  private timers: NodeJS.Timeout[] = [];

  constructor(kc: k8s.KubeConfig, options: NodeOptions, log: Logger) {
    this.kc = kc;
    this.core = kc.makeApiClient(k8s.CoreV1Api);
    this.coordination = kc.makeApiClient(k8s.CoordinationV1Api);
    this.options = options;
    this.log = log;
  }

  /** Registers the node, retrying until the API server accepts it; then keeps it fresh. */
  async start(isStopped: () => boolean): Promise<void> {
    for (let attempt = 0; !isStopped(); attempt++) {
      try {
        await this.register();
        break;
      } catch (err) {
        this.log.warn("node registration failed; retrying", { error: errorMessage(err), attempt });
        await sleep(Math.min(5000, 500 * 2 ** Math.min(attempt, 4)));
      }
    }
    if (isStopped()) return;
    await this.renewLease().catch(() => undefined);
    this.timers.push(setInterval(() => void this.renewLease().catch(() => undefined), leaseRenewMs));
    this.timers.push(setInterval(() => void this.updateStatus().catch(() => undefined), statusRefreshMs));
  }

  stop(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
  }

  private async register(): Promise<void> {
    const version = await this.kc.makeApiClient(k8s.VersionApi).getCode();
    this.kubeletVersion = version.gitVersion;
    const { nodeName } = this.options;
    let node: V1Node;
    try {
      node = await this.core.createNode({
        body: {
          metadata: { name: nodeName, labels: nodeLabels(nodeName) },
          status: renderNodeStatus(undefined, this.options, this.kubeletVersion, this.bootID, new Date()),
        },
      });
      this.log.info("node registered", { node: nodeName, kubeletVersion: this.kubeletVersion });
    } catch (err) {
      if (!isConflict(err)) throw err;
      node = await this.core.readNode({ name: nodeName });
      node.metadata = { ...node.metadata, labels: { ...node.metadata?.labels, ...nodeLabels(nodeName) } };
      node = await this.core.replaceNode({ name: nodeName, body: node });
      this.log.info("node already registered; labels updated", { node: nodeName });
    }
    this.nodeUid = node.metadata?.uid;
    await this.updateStatus();
  }

  private async updateStatus(): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        const node = await this.core.readNode({ name: this.options.nodeName });
        this.nodeUid = node.metadata?.uid;
        node.status = renderNodeStatus(
          node.status,
          this.options,
          this.kubeletVersion,
          this.bootID,
          new Date(),
        );
        await this.core.replaceNodeStatus({ name: this.options.nodeName, body: node });
        return;
      } catch (err) {
        if (isConflict(err)) continue;
        this.log.warn("node status update failed", { error: errorMessage(err) });
        throw err;
      }
    }
  }

  private async renewLease(): Promise<void> {
    const { nodeName } = this.options;
    const renewTime = new k8s.V1MicroTime();
    try {
      let lease: k8s.V1Lease | undefined;
      try {
        lease = await this.coordination.readNamespacedLease({ name: nodeName, namespace: leaseNamespace });
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
      const spec = { holderIdentity: nodeName, leaseDurationSeconds, renewTime };
      if (!lease) {
        await this.coordination.createNamespacedLease({
          namespace: leaseNamespace,
          body: {
            metadata: {
              name: nodeName,
              namespace: leaseNamespace,
              ownerReferences: this.nodeUid
                ? [{ apiVersion: "v1", kind: "Node", name: nodeName, uid: this.nodeUid }]
                : undefined,
            },
            spec,
          },
        });
        return;
      }
      lease.spec = { ...lease.spec, ...spec };
      await this.coordination.replaceNamespacedLease({
        name: nodeName,
        namespace: leaseNamespace,
        body: lease,
      });
    } catch (err) {
      this.log.warn("node lease renewal failed", { error: errorMessage(err) });
      throw err;
    }
  }
}
