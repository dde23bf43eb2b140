// The settings validator, compiled from SETTINGS_SCHEMA when the worker runs from source. The bundle
// (scripts/build.ts) replaces this module with the same validator generated as code at build time, so
// the shipped worker carries no schema compiler (an idle worker ~1.6 MiB less).
import { Ajv, type ValidateFunction } from "ajv";
import { SETTINGS_AJV_OPTIONS, SETTINGS_SCHEMA } from "./settings-schema.ts";

export const validateSettings: ValidateFunction = new Ajv(SETTINGS_AJV_OPTIONS).compile(SETTINGS_SCHEMA);
