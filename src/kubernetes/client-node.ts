// The one door to @kubernetes/client-node. Its index module loads every API group, 2,700 model classes
// and a second HTTP stack (~80 MB of a process's memory before any request), so the worker imports only
// the modules it uses, by path; `npm run build` marks the package side-effect free, so the bundle keeps
// just what these exports reach. Types come from the index: type imports are erased and cost nothing.
export { KubeConfig } from "@kubernetes/client-node/dist/config.js";
export { ApiException } from "@kubernetes/client-node/dist/gen/apis/exception.js";
export {
  HttpMethod,
  IsomorphicFetchHttpLibrary,
  RequestContext,
} from "@kubernetes/client-node/dist/gen/http/http.js";
export { Log } from "@kubernetes/client-node/dist/log.js";
export type {
  Cluster,
  ResponseContext,
  V1ContainerStatus,
  V1Job,
  V1Pod,
  V1Secret,
} from "@kubernetes/client-node";
