// The demo's flags. The defaults are what a user runs; tests pass unique names so their install never
// meets a user's (or another test's) and remove it afterwards with --uninstall.
import { parseArgs } from "node:util";

export interface DemoOptions {
  namespace: string;
  release: string;
  pool: string;
  /** Remove the release, its namespace, the demo deployment and the pool at the end. */
  uninstall: boolean;
}

export const usage = `usage: npm run demo -- [--namespace NS] [--release NAME] [--pool POOL] [--keep | --uninstall]

Brings the local stack up, installs charts/prefect-worker with helm, runs a sample flow through the worker
and prints the run's final state, its Job and its logs.

  --namespace NS   namespace of the release and of the flow runs' Jobs (default prefect-demo)
  --release NAME   helm release name (default prefect-worker)
  --pool POOL      work pool the worker polls (default demo)
  --keep           leave the release running at the end (the default)
  --uninstall      at the end, uninstall the release and delete its namespace, the demo deployment and the pool
`;

/** Kubernetes names: namespaces and releases are DNS labels. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function parseOptions(argv: string[]): DemoOptions | { help: true } | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        namespace: { type: "string", default: "prefect-demo" },
        release: { type: "string", default: "prefect-worker" },
        pool: { type: "string", default: "demo" },
        keep: { type: "boolean", default: false },
        uninstall: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    return { error: (error as Error).message };
  }
  const { values } = parsed;
  if (values.help) return { help: true };
  if (values.keep && values.uninstall) return { error: "--keep and --uninstall exclude each other" };
  for (const key of ["namespace", "release"] as const) {
    const value = values[key];
    if (!DNS_LABEL.test(value) || value.length > 53) {
      return { error: `--${key} ${JSON.stringify(value)} is not a valid name (lower-case DNS label)` };
    }
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(values.pool)) {
    return { error: `--pool ${JSON.stringify(values.pool)}: use letters, digits, '-', '_' and '.'` };
  }
  return {
    namespace: values.namespace,
    release: values.release,
    pool: values.pool,
    uninstall: values.uninstall,
  };
}
