// Proof that the local stack is real: a real API server at the pinned version, a real scheduler and Job
// controller, RBAC really enforced for ServiceAccount tokens, a kubelet that runs and signals processes,
// and the pinned Prefect server and reference package, keeping its data in the backend the stack recorded.
import * as k8s from "@kubernetes/client-node";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { promisify } from "node:util";
import {
  adminKubeConfig,
  createNamespace,
  deleteNamespace,
  eventually,
  serviceAccountKubeconfig,
  statusReason,
  uniqueName,
} from "../harness/k8s.ts";
import { stackDir } from "../harness/paths.ts";
import { prefectApi, referencePrefect } from "../harness/prefect.ts";
import { ports } from "../harness/stack/components.ts";
import { postgresDatabase, postgresUser } from "../harness/stack/postgres.ts";
import { ProcessTable } from "../harness/stack/processes.ts";
import { readStackEnv, stackDatabase } from "../harness/stack/state.ts";

const execFileAsync = promisify(execFile);

const admin = adminKubeConfig();
const core = admin.makeApiClient(k8s.CoreV1Api);
const rbac = admin.makeApiClient(k8s.RbacAuthorizationV1Api);
let namespace: string;
let scratch: string;

before(async () => {
  namespace = await createNamespace(admin, "smoke");
  scratch = mkdtempSync(join(tmpdir(), "stack-smoke-"));
});

after(async () => {
  // A --test-name-pattern that selects no test here skips before() but not after().
  if (namespace) await deleteNamespace(admin, namespace);
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function failingJob(name: string): k8s.V1Job {
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: { name },
    spec: {
      backoffLimit: 0,
      template: {
        spec: {
          restartPolicy: "Never",
          containers: [{ name: "main", image: "busybox:1.36", command: ["sh", "-c", "echo hello; exit 3"] }],
        },
      },
    },
  };
}

/** A ServiceAccount and a Role that may run Jobs and read their pods and logs; bound only if `bind`. */
async function jobRunner(name: string, bind: boolean): Promise<k8s.KubeConfig> {
  await core.createNamespacedServiceAccount({ namespace, body: { metadata: { name } } });
  await rbac.createNamespacedRole({
    namespace,
    body: {
      metadata: { name },
      rules: [
        { apiGroups: ["batch"], resources: ["jobs"], verbs: ["create", "get", "list", "watch", "delete"] },
        { apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list", "watch"] },
      ],
    },
  });
  if (bind) {
    await rbac.createNamespacedRoleBinding({
      namespace,
      body: {
        metadata: { name },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name },
        subjects: [{ kind: "ServiceAccount", name, namespace }],
      },
    });
  }
  return (await serviceAccountKubeconfig(admin, namespace, name, scratch)).kubeConfig;
}

describe("Kubernetes control plane", () => {
  test("the API server reports the pinned v1.36.x release", async () => {
    const info = await admin.makeApiClient(k8s.VersionApi).getCode();
    assert.match(info.gitVersion, /^v1\.36\.\d+$/);
    assert.equal(info.major, "1");
    assert.equal(info.minor, "36");
  });

  test("a ServiceAccount bound to a jobs Role runs a Job that fails with exit code 3 and logs hello", async () => {
    const sa = await jobRunner("job-runner", true);
    const batchAsSa = sa.makeApiClient(k8s.BatchV1Api);
    const coreAsSa = sa.makeApiClient(k8s.CoreV1Api);
    const jobName = uniqueName("exit3");
    await batchAsSa.createNamespacedJob({ namespace, body: failingJob(jobName) });

    const pod = await eventually(
      "the Job's pod to fail",
      async () => {
        const pods = await coreAsSa.listNamespacedPod({ namespace, labelSelector: `job-name=${jobName}` });
        return pods.items.find((p) => p.status?.phase === "Failed");
      },
      90_000,
    );
    assert.equal(
      pod.spec?.nodeName,
      readStackEnv().nodeName,
      "the real scheduler bound it to the local node",
    );
    assert.equal(pod.status?.containerStatuses?.[0]?.state?.terminated?.exitCode, 3);

    const job = await eventually(
      "the Job controller to mark the Job failed",
      async () => {
        const j = await batchAsSa.readNamespacedJob({ name: jobName, namespace });
        return j.status?.conditions?.some((c) => c.type === "Failed" && c.status === "True") ? j : undefined;
      },
      90_000,
    );
    assert.equal(job.status?.failed, 1);

    const log = await coreAsSa.readNamespacedPodLog({
      name: pod.metadata!.name!,
      namespace,
      container: "main",
    });
    assert.equal(log.trim(), "hello");
  });

  test("the same Role without a RoleBinding is Forbidden to create a Job", async () => {
    const sa = await jobRunner("unbound-runner", false);
    const batchAsSa = sa.makeApiClient(k8s.BatchV1Api);
    await assert.rejects(
      batchAsSa.createNamespacedJob({ namespace, body: failingJob(uniqueName("denied")) }),
      (err: unknown) => {
        assert.ok(err instanceof k8s.ApiException, `expected an ApiException, got ${String(err)}`);
        assert.equal(err.code, 403);
        assert.equal(statusReason(err), "Forbidden");
        return true;
      },
    );
  });

  test("deleting a running pod delivers SIGTERM to its process and the pod disappears", async () => {
    const marker = join(scratch, "got-sigterm");
    const name = uniqueName("sleeper");
    await core.createNamespacedPod({
      namespace,
      body: {
        metadata: { name },
        spec: {
          restartPolicy: "Never",
          terminationGracePeriodSeconds: 10,
          containers: [
            {
              name: "main",
              image: "busybox:1.36",
              env: [{ name: "MARKER", value: marker }],
              command: [
                "sh",
                "-c",
                'trap "echo term > $MARKER; exit 0" TERM; while true; do sleep 0.1; done',
              ],
            },
          ],
        },
      },
    });
    await eventually("the pod to run", async () => {
      const p = await core.readNamespacedPod({ name, namespace });
      return p.status?.phase === "Running" ? p : undefined;
    });
    await core.deleteNamespacedPod({ name, namespace });
    await eventually(
      "the pod to disappear",
      async () => {
        try {
          await core.readNamespacedPod({ name, namespace });
          return undefined;
        } catch (err) {
          return err instanceof k8s.ApiException && err.code === 404 ? true : undefined;
        }
      },
      30_000,
    );
    assert.ok(existsSync(marker), "the container's TERM trap ran");
    assert.equal(readFileSync(marker, "utf8").trim(), "term");
  });
});

describe("Prefect server and reference package", () => {
  test("the server answers /api/health", async () => {
    assert.equal(await prefectApi("GET", "/health"), true);
  });

  test("a kubernetes work pool can be created and read back through the REST API", async () => {
    const name = uniqueName("smoke-pool");
    const template = JSON.parse(
      readFileSync(new URL("../fixtures/kubernetes-default-base-job-template.json", import.meta.url), "utf8"),
    ) as unknown;
    await prefectApi("POST", "/work_pools/", { name, type: "kubernetes", base_job_template: template });
    const pool = await prefectApi<{ name: string; type: string; base_job_template: unknown }>(
      "GET",
      `/work_pools/${name}`,
    );
    assert.equal(pool.name, name);
    assert.equal(pool.type, "kubernetes");
    assert.deepEqual(pool.base_job_template, template);
    await prefectApi("DELETE", `/work_pools/${name}`);
  });

  test("the installed reference prints the committed default base job template", async () => {
    assert.deepEqual(
      committedTemplate(),
      await printedTemplate(),
      "test/fixtures must be the installed package's output; regenerate it",
    );
  });

  const sharedFixture = new URL(
    "../../../shared/fixtures/kubernetes-default-base-job-template.json",
    import.meta.url,
  );
  test(
    "the spec's derived fixture equals the installed (authoritative) package's template",
    { skip: existsSync(sharedFixture) ? false : "no ../shared/fixtures beside this checkout" },
    async () => {
      const shared = JSON.parse(readFileSync(sharedFixture, "utf8")) as unknown;
      assert.deepEqual(
        shared,
        await printedTemplate(),
        "../shared/fixtures differs from the installed package",
      );
    },
  );
});

/** The value of one variable in a running process's environment. */
function processEnv(pid: number, name: string): string | undefined {
  const entry = readFileSync(`/proc/${pid}/environ`, "utf8")
    .split("\0")
    .find((e) => e.startsWith(`${name}=`));
  return entry?.slice(name.length + 1);
}

/** One SQL query's rows (tab-separated columns) from the stack's backend, read outside the Prefect server. */
async function queryBackend(sql: string, params: string[] = []): Promise<string[]> {
  const stack = readStackEnv();
  if (stackDatabase(stack) === "postgres") {
    assert.ok(stack.tools.psql, "env.json names psql for a postgres-backed stack");
    const vars = params.flatMap((v, i) => ["-v", `p${i + 1}=${v}`]);
    // psql interpolates :'p1' as a quoted literal; the query comes on stdin for that.
    const child = execFileAsync(stack.tools.psql, [
      ...["-h", "127.0.0.1", "-p", String(ports.postgres), "-U", postgresUser, "-d", postgresDatabase],
      ...["-X", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", ...vars],
    ]);
    child.child.stdin!.end(sql.replaceAll(/\$(\d)/g, ":'p$1'") + "\n");
    const { stdout } = await child;
    return stdout.split("\n").filter((l) => l !== "");
  }
  const db = join(stackDir, "prefect.db");
  const script = [
    "import sqlite3, sys",
    "con = sqlite3.connect(f'file:{sys.argv[1]}?mode=ro', uri=True)",
    "for row in con.execute(sys.argv[2].replace('$1', '?').replace('$2', '?'), sys.argv[3:]):",
    "    print('\\t'.join(str(c) for c in row))",
  ].join("\n");
  const { stdout } = await execFileAsync(stack.tools.python!, ["-c", script, db, sql, ...params]);
  return stdout.split("\n").filter((l) => l !== "");
}

describe("Prefect server's database", () => {
  const stack = readStackEnv();
  const database = stackDatabase(stack);
  const table = new ProcessTable(stackDir);

  test(`the server runs with the recorded backend (${database}) and its URL`, () => {
    const pid = table.runningPid("prefect-server");
    assert.ok(pid, "the stack's Prefect server is running");
    const url = processEnv(pid, "PREFECT_API_DATABASE_CONNECTION_URL") ?? "";
    assert.match(
      url,
      database === "postgres" ? /^postgresql\+asyncpg:\/\/.*:15432\// : /^sqlite\+aiosqlite:/,
    );
    if (stack.databaseUrl) assert.equal(url, stack.databaseUrl);
    const postgresPid = table.runningPid("postgres");
    if (database === "postgres") {
      assert.ok(postgresPid, "the stack's postgres is running");
      const uid = /^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${postgresPid}/status`, "utf8"))?.[1];
      assert.notEqual(uid, "0", "postgres does not run as root");
    } else {
      assert.equal(postgresPid, undefined, "no postgres runs under a SQLite-backed server");
      assert.ok(statSync(join(stackDir, "prefect.db")).size > 0);
    }
  });

  test("a work pool created through the API is a row in that database, and is gone after DELETE", async () => {
    const name = uniqueName("db-pool");
    const tables = await queryBackend(
      database === "postgres"
        ? "select table_name from information_schema.tables where table_schema = 'public' order by 1"
        : "select name from sqlite_master where type = 'table' order by 1",
    );
    for (const t of ["alembic_version", "deployment", "flow_run", "work_pool", "work_queue"]) {
      assert.ok(
        tables.includes(t),
        `Prefect's ${t} table is in the ${database} database: ${tables.join(" ")}`,
      );
    }
    const { id } = await prefectApi<{ id: string }>("POST", "/work_pools/", { name, type: "kubernetes" });
    try {
      assert.deepEqual(await queryBackend("select id, type from work_pool where name = $1", [name]), [
        `${id}\tkubernetes`,
      ]);
    } finally {
      await prefectApi("DELETE", `/work_pools/${name}`);
    }
    assert.deepEqual(await queryBackend("select id from work_pool where name = $1", [name]), []);
  });
});

function committedTemplate(): unknown {
  return JSON.parse(
    readFileSync(new URL("../fixtures/kubernetes-default-base-job-template.json", import.meta.url), "utf8"),
  );
}

let printed: Promise<unknown> | undefined;
function printedTemplate(): Promise<unknown> {
  printed ??= referencePrefect(["work-pool", "get-default-base-job-template", "--type", "kubernetes"]).then(
    (out) => JSON.parse(out) as unknown,
  );
  return printed;
}
