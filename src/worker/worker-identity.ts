// The worker's own events, bound to its name: the started event is remembered so the stopped event
// can follow it, as the reference does.
import type { PrefectEvent } from "../prefect/events.ts";
import type { Deployment, Flow, FlowRun, WorkPool } from "../prefect/types.ts";
import {
  executedFlowRunEvent,
  submittedFlowRunEvent,
  workerStartedEvent,
  workerStoppedEvent,
  type RunObjects,
} from "../prefect/worker-events.ts";

// The API marks a run's name optional; the server always sets one.
const named = (flowRun: FlowRun) => flowRun as RunObjects["flowRun"];

export interface RunEventInput {
  flowRun: FlowRun;
  deployment: Deployment | undefined;
  flow: Flow | undefined;
  workPool: WorkPool;
}

export interface WorkerEventBuilders {
  started(workPool: WorkPool | undefined): PrefectEvent;
  stopped(workPool: WorkPool | undefined): PrefectEvent;
  submittedFlowRun(input: RunEventInput): PrefectEvent;
  executedFlowRun(
    input: RunEventInput & {
      infrastructurePid: string;
      statusCode: number;
      submitted: PrefectEvent | undefined;
    },
  ): PrefectEvent;
}

export function workerEventBuilders(workerName: string): WorkerEventBuilders {
  let startedEvent: PrefectEvent | undefined;
  const context = (workPool: WorkPool | undefined) => ({ workerName, workPool: workPool ?? null });
  return {
    started: (workPool) => (startedEvent = workerStartedEvent(context(workPool))),
    stopped: (workPool) => workerStoppedEvent(context(workPool), startedEvent),
    submittedFlowRun: ({ flowRun, deployment, flow, workPool }) =>
      submittedFlowRunEvent(context(workPool), {
        flowRun: named(flowRun),
        deployment: deployment ?? null,
        flow: flow ?? null,
      }),
    executedFlowRun: ({ flowRun, deployment, flow, workPool, infrastructurePid, statusCode, submitted }) =>
      executedFlowRunEvent(
        context(workPool),
        { flowRun: named(flowRun), deployment: deployment ?? null, flow: flow ?? null },
        { identifier: infrastructurePid, statusCode },
        submitted,
      ),
  };
}
