// The contract between `npm run stack -- up` and everything that uses the stack (tests, benchmarks, the
// demo): `up` writes env.json into the stack directory; consumers read it with readStackEnv().
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stackDir } from "../paths.ts";
import type { Database } from "./postgres.ts";

export interface StackEnv {
  /** Admin kubeconfig (client certificate in system:masters). */
  kubeconfig: string;
  /** https://127.0.0.1:<port> */
  apiServerUrl: string;
  /** CA that signed the API server's serving certificate. */
  caFile: string;
  /** Name of the local kubelet's Node. */
  nodeName: string;
  /** http://127.0.0.1:<port>/api */
  prefectApiUrl: string;
  /** The Python venv with the pinned prefect and prefect-kubernetes (the reference oracle). */
  prefectVenv: string;
  /** Absolute paths of the tools: kubectl, helm, untt, ct, etcd, kube-apiserver, prefect, ... */
  tools: Record<string, string>;
  /** Extra environment for chart tooling (HELM_PLUGINS, CT_CONFIG_DIR, ...). */
  toolEnv: Record<string, string>;
  /**
   * The Prefect server's database backend (PREFECT_WORKER_STACK_DATABASE at `up`). Absent in the env.json of
   * a stack brought up before the backend was selectable: that one ran SQLite (see stackDatabase()).
   */
  database?: Database;
  /** The server's PREFECT_API_DATABASE_CONNECTION_URL. */
  databaseUrl?: string;
}

export const stackEnvFile = join(stackDir, "env.json");

export function writeStackEnv(env: StackEnv): void {
  writeFileSync(stackEnvFile, JSON.stringify(env, null, 2) + "\n");
}

/** The backend the running stack's Prefect server uses. */
export function stackDatabase(env: StackEnv = readStackEnv()): Database {
  return env.database ?? "sqlite";
}

/** The running stack's coordinates; throws with the command to run when the stack is not up. */
export function readStackEnv(): StackEnv {
  try {
    return JSON.parse(readFileSync(stackEnvFile, "utf8")) as StackEnv;
  } catch {
    throw new Error(`the local stack is not up (no ${stackEnvFile}); run: npm run stack -- up`);
  }
}
