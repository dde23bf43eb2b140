// Minimal shapes of the Prefect API objects the templating reads (snake_case, as the API sends them).
import type { JsonObject } from "./py-value.ts";

export interface FlowRun {
  id: string;
  name: string;
  flow_id: string;
  deployment_id?: string | null;
  job_variables?: JsonObject | null;
  [key: string]: unknown;
}

export interface Deployment {
  id: string;
  name: string;
  updated?: string | null;
  job_variables?: JsonObject | null;
  [key: string]: unknown;
}

export interface Flow {
  id: string;
  name: string;
  [key: string]: unknown;
}

export interface WorkPool {
  id: string;
  name: string;
  base_job_template?: BaseJobTemplate;
  [key: string]: unknown;
}

export interface BaseJobTemplate {
  job_configuration: JsonObject;
  variables: {
    properties?: Record<string, { default?: unknown; [key: string]: unknown }>;
    [key: string]: unknown;
  };
}

export interface BlockDocument {
  id?: string;
  data: JsonObject;
}

/** The API reads that block and variable references need; the REST client implements it. */
export interface ReferenceResolver {
  /** GET /block_documents/{id}?include_secrets=true; undefined when it does not exist. */
  blockDocument(id: string): Promise<BlockDocument | undefined>;
  /** GET /block_types/slug/{slug}/block_documents/name/{name}?include_secrets=true; undefined on 404. */
  blockDocumentByName(blockTypeSlug: string, name: string): Promise<BlockDocument | undefined>;
  /** GET /variables/name/{name}; undefined on 404. */
  variable(name: string): Promise<{ value: unknown } | undefined>;
}
