// Reading a base job template file (the --base-job-template flag): JSON, read with Python's view of numbers
// so a `1.0` is still a float when the template is sent on, holding an object with `job_configuration` and
// `variables` objects — the shape every Prefect work pool template has — or `{}`. Problems name the flag and
// file.
import { readFileSync } from "node:fs";
import { isObject, parsePythonJson, type JsonObject } from "../templating/py-value.ts";

export type BaseJobTemplateFile = { template: JsonObject; problem?: undefined } | { problem: string };

const FLAG = "--base-job-template";

function jsonTypeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  // What is left besides plain objects: PyFloat and bigint (numbers as Python sees them), strings, booleans.
  if (typeof value === "string") return "a string";
  if (typeof value === "boolean") return "a boolean";
  return "a number";
}

export function readBaseJobTemplateFile(path: string): BaseJobTemplateFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return { problem: `${FLAG}: cannot read '${path}': ${(error as NodeJS.ErrnoException).code ?? error}` };
  }
  let document: unknown;
  try {
    document = parsePythonJson(text);
  } catch (error) {
    return { problem: `${FLAG}: '${path}' is not JSON: ${(error as Error).message}` };
  }
  if (!isObject(document)) return { problem: `${FLAG}: '${path}' must hold a JSON object` };
  // The server's own check lets `{}` through (a pool without a template), and the official chart's tests
  // use `configuration: "{}"`.
  if (Object.keys(document).length === 0) return { template: document };
  for (const key of ["job_configuration", "variables"]) {
    if (!(key in document)) return { problem: `${FLAG}: '${path}' has no '${key}'` };
    if (!isObject(document[key])) {
      return {
        problem: `${FLAG}: '${path}': '${key}' must be a JSON object, not ${jsonTypeName(document[key])}`,
      };
    }
  }
  return { template: document };
}
