// Regenerates src/prefect/api-types.generated.ts from the pinned Prefect server's own OpenAPI document, so
// the client's types follow the server the worker is tested against rather than a hand-copied schema.
// The document comes from the reference venv's app factory, which needs no running server or network.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { referencePython } from "../test/harness/reference-venv.ts";

const root = join(import.meta.dirname, "..");
const output = join(root, "src/prefect/api-types.generated.ts");

const python = referencePython();
const prefectHome = mkdtempSync(join(tmpdir(), "prefect-openapi-"));
let dump: string;
try {
  dump = execFileSync(
    python,
    [
      "-c",
      "import json, prefect; from prefect.server.api.server import create_api_app; " +
        "print(json.dumps({'version': prefect.__version__, 'openapi': create_api_app().openapi()}))",
    ],
    // The app factory reads settings; keep it away from the user's profile and any configured server.
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, PREFECT_HOME: prefectHome } },
  );
} finally {
  rmSync(prefectHome, { recursive: true, force: true });
}
const { version, openapi } = JSON.parse(dump) as { version: string; openapi: OpenAPI3 };

const ast = await openapiTS(openapi, { alphabetize: false });
const header =
  "// GENERATED FILE: do not edit. Regenerate with `npm run generate:prefect-types`\n" +
  `// (scripts/generate-prefect-api-types.ts) from the OpenAPI document of prefect ${version}'s server.\n`;
writeFileSync(output, header + astToString(ast));
console.log(`wrote ${output} (prefect ${version})`);
