// The Prefect API client: REST calls, events, flow-run logs and the state bodies the worker proposes.
export { PrefectClient, type PrefectClientOptions, type ScheduledRunsQuery } from "./client.ts";
export { DEFAULT_CLOUD_API_URL, PREFECT_VERSION, SERVER_API_VERSION, USER_AGENT } from "./constants.ts";
export { PrefectApiError, PrefectTransportError, isNotFound, isTransientPrefectError } from "./errors.ts";
export { EventsClient, type EventsClientOptions, type PrefectEvent } from "./events.ts";
export { FLOW_RUN_LOGGER_NAME, FlowRunLogSink, type FlowRunLogRecord } from "./flow-run-logs.ts";
export type { RequestObservation } from "./http.ts";
export { apiReferenceResolver } from "./resolver.ts";
export * from "./states.ts";
export type * from "./types.ts";
export * from "./worker-events.ts";
