"use strict";
// What the bundle gets for `import … from "undici"` (scripts/build.ts maps the bare name here; the
// sources, run unbundled, get undici itself): the four exports the worker (src/http-stack.ts) and
// client-node's modules import, taken from undici's own modules. undici's index requires every
// dispatcher, interceptor, cache store, mock agent, cookie helper and EventSource, and constructs a
// CacheStorage, whether used or not.
const Dispatcher = require("undici/lib/dispatcher/dispatcher");

// As the index does: the request/stream/pipeline/connect/upgrade methods on every dispatcher (ProxyAgent
// opens its tunnel with Client#connect).
Object.assign(Dispatcher.prototype, require("undici/lib/api"));

module.exports.Agent = require("undici/lib/dispatcher/agent");
module.exports.ProxyAgent = require("undici/lib/dispatcher/proxy-agent");
module.exports.fetch = require("undici/lib/web/fetch").fetch;
module.exports.WebSocket = require("undici/lib/web/websocket/websocket").WebSocket;
