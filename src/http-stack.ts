// The process's one HTTP stack: undici from npm, the copy @kubernetes/client-node already uses for every
// Kubernetes call. Node's own fetch and WebSocket are that library too, but a second copy of it, loaded
// on first use (~14 MB of memory), so Prefect's requests and its events socket go through this one.
import { fetch as undiciFetch, WebSocket as UndiciWebSocket } from "undici";

/** `fetch` as the global's type, so callers and tests keep using the standard Request/Response shapes. */
export const fetch = undiciFetch as unknown as typeof globalThis.fetch;
export const WebSocket = UndiciWebSocket as unknown as typeof globalThis.WebSocket;
