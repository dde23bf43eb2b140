// `npm run demo`. The full demo (install the chart, run a flow through it, print its state, Job and logs)
// arrives with the chart issue; until then it brings the local stack up and says how to use it.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../test/harness/paths.ts";

const stack = join(repoRoot, "test/harness/stack/cli.ts");
const up = spawnSync(process.execPath, [stack, "up"], { stdio: "inherit" });
if (up.status !== 0) process.exit(up.status ?? 1);

const env = spawnSync(process.execPath, [stack, "env"], { encoding: "utf8" });
process.stdout.write(`
The local stack is up: Kubernetes v1.36 (API server, controller-manager, scheduler, a local kubelet)
and a Prefect server. Use it from a shell:

  eval "$(npm run -s stack -- env)"
  kubectl get nodes
  $PREFECT_VENV/bin/prefect work-pool ls    # the reference CLI from the pinned venv
  helm version

These are the exports:
${env.stdout}
Tear it down with: npm run stack -- down
`);
