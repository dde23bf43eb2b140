// package.json sits one level above src/; the bundled build inlines it.
import manifest from "../package.json" with { type: "json" };

export const version: string = manifest.version;
