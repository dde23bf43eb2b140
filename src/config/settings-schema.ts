// The one JSON schema every setting and flag is checked against, and the ajv options it is compiled
// with: shared by the validator compiled at run time (settings-validator.ts, when running from source)
// and the one scripts/build.ts generates for the bundle.
import { SETTINGS } from "./definitions.ts";
import { FLAGS } from "./flags.ts";

export const SETTINGS_SCHEMA = {
  type: "object",
  properties: Object.fromEntries(
    [...Object.entries(FLAGS), ...Object.entries(SETTINGS)].map(([key, def]) => [key, def.schema]),
  ),
  required: ["pool", "apiUrl"],
  additionalProperties: false,
};

export const SETTINGS_AJV_OPTIONS = { allErrors: true, strict: true, useDefaults: false } as const;
