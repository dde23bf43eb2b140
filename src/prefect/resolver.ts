// Block and variable references in job templates, resolved through the API (404 → missing).
import type { ReferenceResolver } from "../templating/index.ts";
import type { JsonObject } from "../templating/py-value.ts";
import type { PrefectClient } from "./client.ts";
import { isNotFound } from "./errors.ts";

async function orUndefined<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

export function apiReferenceResolver(client: PrefectClient): ReferenceResolver {
  return {
    async blockDocument(id) {
      const doc = await orUndefined(() => client.readBlockDocument(id));
      return doc && { id: doc.id, data: doc.data as JsonObject };
    },
    async blockDocumentByName(blockTypeSlug, name) {
      const doc = await orUndefined(() => client.readBlockDocumentByName(blockTypeSlug, name));
      return doc && { id: doc.id, data: doc.data as JsonObject };
    },
    async variable(name) {
      const variable = await client.readVariableByName(name);
      return variable && { value: variable.value };
    },
  };
}
