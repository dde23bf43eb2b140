// The base image the Dockerfile names (node:<version>-bookworm-slim), made on this machine from package
// registries only: a Debian bookworm rootfs from Debian's packages (mmdebstrap, minbase, with the
// documentation, manuals and locales left out as Debian's slim images do), the official Node.js binary
// from the npm registry's node-linux-<arch> package, and the npm that Node.js release bundles. It is
// tagged with the name the Dockerfile uses, so the Dockerfile stays the one users build elsewhere.
// Rebuilt only when this recipe changes (its hash is the image's io.prefect-worker.base-recipe label).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../../test/harness/paths.ts";
import { run } from "../../test/harness/stack/tools.ts";
import { imageCacheDir, podman, podmanQuery } from "./podman.ts";

export const nodeVersion = readFileSync(join(repoRoot, ".nvmrc"), "utf8").trim().replace(/^v/, "");
export const baseImageName = `docker.io/library/node:${nodeVersion}-bookworm-slim`;

/** The npm that Node.js 24.21.0 bundles ("deps: upgrade npm to 11.19.0" in its CHANGELOG), as published. */
const npmPackage = {
  version: "11.19.0",
  integrity:
    "sha512-SDd/hHg3KqHE5Ht2NHWxNYNtqCQ2pXAPLl6OtQhPyED5PHsRfrOtO199MZTIG2cQoQ1ZRI9t28shrD+2cr3AAw==",
};

const recipeLabel = "io.prefect-worker.base-recipe";

const debianSources = [
  "deb http://deb.debian.org/debian bookworm main",
  "deb http://deb.debian.org/debian bookworm-updates main",
  "deb http://deb.debian.org/debian-security bookworm-security main",
];

/** What Debian's slim images leave out (debuerreotype's slimify), as dpkg path filters. */
const slimPathFilters = [
  "path-exclude=/usr/share/doc/*",
  "path-include=/usr/share/doc/*/copyright",
  "path-exclude=/usr/share/info/*",
  "path-exclude=/usr/share/linda/*",
  "path-exclude=/usr/share/lintian/overrides/*",
  "path-exclude=/usr/share/locale/*",
  "path-exclude=/usr/share/man/*",
  "path-exclude=/usr/share/groff/*",
];

function recipeHash(): string {
  return createHash("sha256")
    .update(readFileSync(import.meta.filename))
    .update(nodeVersion)
    .digest("hex")
    .slice(0, 16);
}

/** The official Node.js binary at exactly the pinned version (scripts/with-node.sh fetches and checks it). */
function pinnedNodeBinary(): string {
  const result = spawnSync(
    "bash",
    [join(repoRoot, "scripts/with-node.sh"), "node", "-p", "process.execPath"],
    {
      encoding: "utf8",
      env: { ...process.env, PREFECT_WORKER_EXACT_NODE: "1" },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const path = result.stdout.trim();
  if (result.status !== 0 || !path)
    throw new Error(`scripts/with-node.sh could not provide Node.js ${nodeVersion}`);
  const version = spawnSync(path, ["--version"], { encoding: "utf8" }).stdout.trim();
  if (version !== `v${nodeVersion}`) throw new Error(`${path} is Node.js ${version}, not v${nodeVersion}`);
  return path;
}

async function fetchNpm(dir: string): Promise<string> {
  const name = (await run("npm", ["pack", `npm@${npmPackage.version}`, "--silent"], "[base] ", { cwd: dir }))
    .trim()
    .split("\n")
    .pop()!;
  const tarball = join(dir, name);
  const integrity = `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`;
  if (integrity !== npmPackage.integrity) {
    throw new Error(
      `npm@${npmPackage.version} from the registry has integrity ${integrity}, pinned ${npmPackage.integrity}`,
    );
  }
  return tarball;
}

export async function ensureBaseImage(): Promise<string> {
  const recipe = recipeHash();
  const existing = podmanQuery([
    "image",
    "inspect",
    "--format",
    `{{index .Labels "${recipeLabel}"}}`,
    baseImageName,
  ]);
  if (existing?.trim() === recipe) return baseImageName;

  const started = Date.now();
  process.stderr.write(
    `[base] making ${baseImageName} (recipe ${recipe}): Debian bookworm minbase + Node.js ${nodeVersion}\n`,
  );
  const node = pinnedNodeBinary();
  mkdirSync(imageCacheDir, { recursive: true });
  const work = mkdtempSync(join(imageCacheDir, "base-"));
  try {
    const npmTarball = await fetchNpm(work);
    const rootfs = join(work, "rootfs.tar");
    // The node image's layout: /usr/local/bin/node, npm under /usr/local/lib/node_modules, npm and npx as
    // relative links in /usr/local/bin.
    const customize = [
      `mkdir -p "$1/usr/local/bin" "$1/usr/local/lib/node_modules/npm"`,
      `cp "${node}" "$1/usr/local/bin/node"`,
      `tar -xzf "${npmTarball}" -C "$1/usr/local/lib/node_modules/npm" --strip-components=1 --no-same-owner`,
      `ln -s ../lib/node_modules/npm/bin/npm-cli.js "$1/usr/local/bin/npm"`,
      `ln -s ../lib/node_modules/npm/bin/npx-cli.js "$1/usr/local/bin/npx"`,
      `rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*.bin`,
    ].join(" && ");
    await run(
      "mmdebstrap",
      [
        "--variant=minbase",
        "--mode=root",
        ...slimPathFilters.map((filter) => `--dpkgopt=${filter}`),
        `--customize-hook=${customize}`,
        "bookworm",
        rootfs,
        ...debianSources,
      ],
      "[base] ",
      { echoStdout: true },
    );
    await podman(
      [
        "import",
        "--change",
        `LABEL ${recipeLabel}=${recipe}`,
        "--change",
        "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "--change",
        `ENV NODE_VERSION=${nodeVersion}`,
        "--change",
        'CMD ["node"]',
        rootfs,
        baseImageName,
      ],
      "[base] ",
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.stderr.write(`[base] ${baseImageName} ready in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return baseImageName;
}
