// A local kubelet: registers a Node, runs the pods the scheduler binds to it as host processes, and serves
// their logs to the API server. See README.md for flags, the image map and what is (not) emulated.
//
//   node test/harness/kubelet/main.ts --kubeconfig <file> --tls-cert-file <f> --tls-key-file <f> --root-dir <d>
//        [--node-name local-node] [--address 127.0.0.1] [--port 10250] [--image-map <file.json>]
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import * as k8s from "@kubernetes/client-node";
import { errorMessage } from "./api-errors.ts";
import { parseFlags, type KubeletFlags } from "./flags.ts";
import { loadImageMap } from "./image-map.ts";
import { createKubeletApi } from "./kube-api.ts";
import { createLogger, type Logger } from "./log.ts";
import { startLogServer } from "./log-server.ts";
import { NodeRegistration } from "./node-registration.ts";
import { killRecordedProcesses } from "./orphans.ts";
import { removeLeftoverContainers } from "./podman-container.ts";
import { PodManager } from "./pod-manager.ts";
import { PodWatcher } from "./pod-watcher.ts";
import { apiServerInfo } from "./service-account.ts";

async function main(flags: KubeletFlags, log: Logger): Promise<void> {
  const rootDir = resolve(flags.rootDir);
  mkdirSync(resolve(rootDir, "pods"), { recursive: true });
  const kc = new k8s.KubeConfig();
  kc.loadFromFile(flags.kubeconfig);
  const imageMap = loadImageMap(flags.imageMap);

  killRecordedProcesses(rootDir, log);
  for (const rule of imageMap.images) {
    if (!rule.container) continue;
    const removed = await removeLeftoverContainers(rule.container);
    if (removed.length > 0)
      log.warn("removed containers left behind by an earlier kubelet", { containers: removed });
  }
  const manager = new PodManager({
    api: createKubeletApi(kc),
    imageMap,
    nodeName: flags.nodeName,
    nodeAddress: flags.address,
    apiServer: apiServerInfo(kc),
    rootDir,
    hostPath: process.env.PATH,
    log,
  });
  const server = await startLogServer(
    { address: flags.address, port: flags.port, certFile: flags.tlsCertFile, keyFile: flags.tlsKeyFile },
    manager,
    log,
  );
  log.info("serving container logs", { address: flags.address, port: flags.port });

  let stopping = false;
  const node = new NodeRegistration(
    kc,
    { nodeName: flags.nodeName, address: flags.address, port: flags.port },
    log,
  );
  const watcher = new PodWatcher(kc, flags.nodeName, manager, log);

  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info("stopping", { signal });
    // Whatever hangs (an API call that never returns), the stack's stop waits 10 s before SIGKILL.
    setTimeout(() => {
      log.error("shutdown took too long; exiting anyway");
      process.exit(0);
    }, 8000).unref();
    node.stop();
    await Promise.race([watcher.stop(), new Promise((r) => setTimeout(r, 1000))]);
    await manager.shutdown();
    server.closeAllConnections();
    server.close();
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));

  await node.start(() => stopping);
  if (stopping) return;
  watcher.start();
  log.info("watching pods", { node: flags.nodeName });
}

const log = createLogger({ component: "kubelet" });
// One bad pod or API call must not take the node down with it.
process.on("unhandledRejection", (reason) =>
  log.error("unhandled rejection", { error: errorMessage(reason) }),
);
process.on("uncaughtException", (err) => log.error("uncaught exception", { error: errorMessage(err) }));

let flags: KubeletFlags;
try {
  flags = parseFlags(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(2);
}
main(flags, log).catch((err: unknown) => {
  log.error("kubelet failed to start", { error: errorMessage(err) });
  process.exit(1);
});
