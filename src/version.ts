import { readFileSync } from "node:fs";

// package.json sits one level above both src/ (run from source) and dist/ (built).
const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};

export const version: string = manifest.version;
