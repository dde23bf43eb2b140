// BaseJobConfiguration.from_template_and_values for the Kubernetes worker: merge, apply_values, block and
// variable references, then validation.
import { applyValues } from "./apply-values.ts";
import { resolveBlockDocumentReferences, resolveVariables } from "./references.ts";
import { isObject, type JsonObject } from "./py-value.ts";
import type { BaseJobTemplate, ReferenceResolver } from "./types.ts";
import { validateJobConfiguration, type JobConfiguration } from "./validation.ts";
import { prepareTemplateInput } from "./variables.ts";

/** Resolves nothing: for callers that have no API (templates without references stay as they are). */
export const NO_REFERENCES: ReferenceResolver = {
  blockDocument: () => Promise.resolve(undefined),
  blockDocumentByName: () => Promise.resolve(undefined),
  variable: () => Promise.resolve(undefined),
};

export async function fromTemplateAndValues(
  baseJobTemplate: BaseJobTemplate,
  values: JsonObject,
  options: { resolver?: ReferenceResolver; environ?: Record<string, string | undefined> } = {},
): Promise<JobConfiguration> {
  const properties = isObject(baseJobTemplate.variables?.properties)
    ? (baseJobTemplate.variables.properties as Record<string, unknown>)
    : undefined;
  const { config, variables } = prepareTemplateInput(baseJobTemplate.job_configuration, properties, values);
  let populated = applyValues(config, variables, { environ: options.environ ?? {} });
  const resolver = options.resolver ?? NO_REFERENCES;
  populated = await resolveBlockDocumentReferences(populated, resolver);
  populated = await resolveVariables(populated, resolver);
  return validateJobConfiguration(populated as JsonObject);
}
