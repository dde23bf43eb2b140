// The scenarios in the order the table shows them.
import type { Scenario } from "../types.ts";
import { kubeOutage } from "./kube-outage.ts";
import { serverOutage } from "./server-outage.ts";
import { sigtermInFlight } from "./sigterm.ts";
import { workerKill } from "./worker-kill.ts";

export const SCENARIOS: Scenario[] = [serverOutage, workerKill, sigtermInFlight, kubeOutage];
