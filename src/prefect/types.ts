// Friendly names for the generated schemas of the pinned server (api-types.generated.ts).
import type { components } from "./api-types.generated.ts";

type Schemas = components["schemas"];

export type WorkPool = Schemas["WorkPoolResponse"];
export type WorkPoolCreate = Schemas["WorkPoolCreate"];
export type WorkPoolUpdate = Schemas["WorkPoolUpdate"];
export type WorkQueue = Schemas["WorkQueueResponse"];
export type WorkQueueFilter = Schemas["WorkQueueFilter"];
export type Worker = Schemas["WorkerResponse"];
export type Deployment = Schemas["DeploymentResponse"];
export type Flow = Schemas["Flow"];
export type FlowRun = Schemas["FlowRunResponse"];
export type WorkerFlowRunResponse = Schemas["WorkerFlowRunResponse"];
export type State = Schemas["State"];
export type StateType = Schemas["StateType"];
export type StateDetails = Schemas["StateDetails"];
export type StateCreate = Schemas["StateCreate"];
export type OrchestrationResult = Schemas["OrchestrationResult"];
export type SetStateStatus = Schemas["SetStateStatus"];
export type LogCreate = Schemas["LogCreate"];
export type Log = Schemas["Log"];
export type BlockDocument = Schemas["BlockDocument"];
export type Variable = Schemas["Variable"];
export type FlowRunFilterBody = Schemas["Body_read_flow_runs_flow_runs_filter_post"];
export type EventFilter = Schemas["EventFilter"];
export type EventPage = Schemas["EventPage"];
/** The server's heartbeat body; Cloud also accepts `return_id` and `metadata` (schema WorkerMetadata). */
export type WorkerHeartbeat =
  Schemas["Body_worker_heartbeat_work_pools__work_pool_name__workers_heartbeat_post"] & {
    return_id?: boolean;
    metadata?: { integrations?: { name: string; version: string }[]; [key: string]: unknown };
  };
