// `npm run image`: builds the worker image from the Dockerfile with podman, on a machine whose only
// network is the package registries, and reports what it is made of.
//
//   npm run image                 the shipped image (the Dockerfile's last stage) and, for comparison,
//                                 `--target runtime-slim`
//   npm run image -- --json       also print the summary as one JSON line on stdout
//
// Output, per build, in $CACHE/image/builds/<key>/: <variant>.oci.tar (the OCI archive), summary.json (its
// layers with sizes uncompressed and gzip-compressed), sbom.cdx.json (`npm sbom`, CycloneDX, runtime
// dependencies only). <key> hashes the Dockerfile, the build context it is allowed to see (.dockerignore)
// and the base image's recipe, so an unchanged checkout reuses the build.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import { pipeline } from "node:stream/promises";
import { Writable, type Transform } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";
import { repoRoot } from "../../test/harness/paths.ts";
import { run } from "../../test/harness/stack/tools.ts";
import { ensureBaseImage } from "./base-image.ts";
import { ensureDebianTools } from "./debian-tools.ts";
import { imageCacheDir, podman, podmanQuery, workerImageFile } from "./podman.ts";

export const variants = {
  /** What users get: the Dockerfile's default (last) stage. */
  runtime: { target: "runtime", description: "node + glibc + libstdc++ + CA certificates, no shell" },
  slim: { target: "runtime-slim", description: "the whole node:bookworm-slim base" },
} as const;
export type Variant = keyof typeof variants;

export interface LayerSummary {
  digest: string;
  createdBy: string;
  bytes: number;
  gzipBytes: number;
}

export interface ImageSummary {
  variant: Variant;
  description: string;
  reference: string;
  id: string;
  archive: string;
  sbom: string;
  bytes: number;
  gzipBytes: number;
  layers: LayerSummary[];
  buildSeconds: number;
}

const version = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string })
  .version;

/** The files of the build context .dockerignore admits (it is a deny-all list with exceptions). */
function contextFiles(): string[] {
  const admitted = readFileSync(join(repoRoot, ".dockerignore"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.startsWith("!"))
    .map((l) => l.slice(1).replace(/\/$/, ""));
  const files: string[] = [];
  for (const entry of admitted) {
    const full = join(repoRoot, entry);
    if (!existsSync(full)) continue;
    if (statSync(full).isDirectory()) {
      for (const f of readdirSync(full, { recursive: true, encoding: "utf8" })) {
        if (statSync(join(full, f)).isFile()) files.push(relative(repoRoot, join(full, f)));
      }
    } else files.push(entry);
  }
  return files.sort();
}

function buildKey(baseId: string): string {
  const hash = createHash("sha256").update(baseId);
  for (const file of ["Dockerfile", ".dockerignore", ...contextFiles()]) {
    hash.update(`\0${file}\0`).update(readFileSync(join(repoRoot, file)));
  }
  return hash.digest("hex").slice(0, 16);
}

export const imageReference = (variant: Variant, key: string): string =>
  `localhost/prefect-worker:${version}-${variant}-${key}`;

/** Bytes that come out of a file passed through a zlib transform (gzip to compress, gunzip to expand). */
async function bytesThrough(file: string, transform: Transform): Promise<number> {
  let bytes = 0;
  await pipeline(
    createReadStream(file),
    transform,
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done();
      },
    }),
  );
  return bytes;
}

interface OciIndex {
  manifests: { digest: string }[];
}
interface OciManifest {
  config: { digest: string };
  layers: { digest: string; size: number; mediaType: string }[];
}
interface OciConfig {
  history?: { created_by?: string; empty_layer?: boolean }[];
}

/** Layers of an OCI archive, with the command that made each (from the image config's history). */
async function layersOf(archive: string, dir: string): Promise<LayerSummary[]> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await run("tar", ["-xf", archive, "-C", dir], "[image] ");
  const blob = (digest: string): string => join(dir, "blobs", ...digest.split(":"));
  const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as OciIndex;
  const manifest = JSON.parse(readFileSync(blob(index.manifests[0]!.digest), "utf8")) as OciManifest;
  const config = JSON.parse(readFileSync(blob(manifest.config.digest), "utf8")) as OciConfig;
  const history = (config.history ?? []).filter((h) => !h.empty_layer);
  const layers: LayerSummary[] = [];
  for (const [i, layer] of manifest.layers.entries()) {
    const file = blob(layer.digest);
    // podman saves layers gzip-compressed; an uncompressed one is measured the other way round.
    const compressed = layer.mediaType.endsWith("+gzip");
    layers.push({
      digest: layer.digest,
      createdBy: (history[i]?.created_by ?? "").replace(/\s+/g, " ").trim(),
      bytes: compressed ? await bytesThrough(file, createGunzip()) : statSync(file).size,
      gzipBytes: compressed ? statSync(file).size : await bytesThrough(file, createGzip({ level: 6 })),
    });
  }
  rmSync(dir, { recursive: true, force: true });
  return layers;
}

async function sbom(file: string): Promise<void> {
  const out = await run(
    "npm",
    ["sbom", "--sbom-format", "cyclonedx", "--omit", "dev", "--package-lock-only"],
    "[sbom] ",
    { cwd: repoRoot },
  );
  writeFileSync(file, out);
}

/**
 * Bind mounts for the build's RUN steps (never part of a layer) that let its npm trust what the host's
 * npm trusts: on a machine whose registry traffic passes a TLS-inspecting proxy, the host's npm has a
 * `cafile` naming that proxy's CA, and the build stage's npm ci needs the same. Nothing when unset.
 */
function registryTrustMounts(dir: string): string[] {
  const cafile = spawnSync("npm", ["config", "get", "cafile"], {
    encoding: "utf8",
    cwd: repoRoot,
  }).stdout.trim();
  if (!cafile || cafile === "null" || !existsSync(cafile)) return [];
  const npmrc = join(dir, "build-npmrc");
  writeFileSync(npmrc, "cafile=/usr/local/etc/build-host-ca.crt\n");
  // /usr/local/etc/npmrc is the global npmrc of the base image's npm (prefix /usr/local).
  return [
    `--volume=${cafile}:/usr/local/etc/build-host-ca.crt:ro`,
    `--volume=${npmrc}:/usr/local/etc/npmrc:ro`,
  ];
}

export async function buildImage(variant: Variant): Promise<ImageSummary> {
  await ensureDebianTools();
  const base = await ensureBaseImage();
  const baseId = podmanQuery(["image", "inspect", "--format", "{{.Id}}", base])!.trim();
  const key = buildKey(baseId);
  const dir = join(imageCacheDir, "builds", key);
  const summaryFile = join(dir, `${variant}.json`);
  const reference = imageReference(variant, key);
  if (existsSync(summaryFile) && podmanQuery(["image", "exists", reference]) !== undefined) {
    return JSON.parse(readFileSync(summaryFile, "utf8")) as ImageSummary;
  }
  mkdirSync(dir, { recursive: true });
  const { target, description } = variants[variant];
  process.stderr.write(`[image] building ${reference} (--target ${target}: ${description})\n`);
  const started = Date.now();
  await podman(
    // --network host: the build stage's npm ci reaches the npm registry; --pull=never: the base is local.
    [
      "build",
      "--pull=never",
      "--network=host",
      ...registryTrustMounts(dir),
      `--target=${target}`,
      `--tag=${reference}`,
      "--file=Dockerfile",
      ".",
    ],
    `[image ${variant}] `,
    { cwd: repoRoot, echoStdout: true },
  );
  const buildSeconds = (Date.now() - started) / 1000;
  const archive = join(dir, `${variant}.oci.tar`);
  rmSync(archive, { force: true });
  await podman(["save", "--format", "oci-archive", "--output", archive, reference], `[image ${variant}] `);
  const layers = await layersOf(archive, join(dir, `${variant}.layers`));
  const sbomFile = join(dir, "sbom.cdx.json");
  if (!existsSync(sbomFile)) await sbom(sbomFile);
  const summary: ImageSummary = {
    variant,
    description,
    reference,
    id: podmanQuery(["image", "inspect", "--format", "{{.Id}}", reference])!.trim(),
    archive,
    sbom: sbomFile,
    bytes: layers.reduce((sum, l) => sum + l.bytes, 0),
    gzipBytes: layers.reduce((sum, l) => sum + l.gzipBytes, 0),
    layers,
    buildSeconds,
  };
  writeFileSync(summaryFile, JSON.stringify(summary, null, 2) + "\n");
  return summary;
}

/** Builds the shipped image and points the local kubelet's container mode at it. */
export async function buildWorkerImage(): Promise<ImageSummary> {
  const summary = await buildImage("runtime");
  writeFileSync(workerImageFile, JSON.stringify({ reference: summary.reference, id: summary.id }) + "\n");
  return summary;
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1).padStart(7);

function printSummary(summary: ImageSummary): void {
  const lines = [
    `${summary.reference}  (${summary.variant}: ${summary.description})`,
    `  size ${mb(summary.bytes).trim()} MB uncompressed, ${mb(summary.gzipBytes).trim()} MB gzip; built in ${summary.buildSeconds.toFixed(0)} s`,
    `  archive ${summary.archive}`,
    `  sbom    ${summary.sbom}`,
    "  layers (MB uncompressed, MB gzip, made by):",
    ...summary.layers.map((l) => `  ${mb(l.bytes)} ${mb(l.gzipBytes)}  ${l.createdBy.slice(0, 110)}`),
  ];
  process.stdout.write(lines.join("\n") + "\n\n");
}

/**
 * Removes what earlier builds left: their tagged images and build directories, and untagged images. vfs
 * stores every layer as a whole copy of the filesystem, so one build takes about 2 GB. An image a running
 * container uses stays (podman refuses to remove it).
 */
async function pruneEarlierBuilds(current: ImageSummary[]): Promise<void> {
  const keep = new Set(current.map((s) => s.reference));
  const tagged = (
    podmanQuery(["images", "--format", "{{.Repository}}:{{.Tag}}", "localhost/prefect-worker"]) ?? ""
  )
    .split("\n")
    .filter((r) => r && !keep.has(r));
  for (const reference of tagged) podmanQuery(["rmi", reference]);
  podmanQuery(["image", "prune", "--force"]);
  const keys = new Set(current.map((s) => s.reference.slice(s.reference.lastIndexOf("-") + 1)));
  const builds = join(imageCacheDir, "builds");
  for (const key of existsSync(builds) ? readdirSync(builds) : []) {
    if (!keys.has(key)) rmSync(join(builds, key), { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<void> {
  const summaries: ImageSummary[] = [];
  for (const variant of Object.keys(variants) as Variant[]) {
    const summary = variant === "runtime" ? await buildWorkerImage() : await buildImage(variant);
    printSummary(summary);
    summaries.push(summary);
  }
  await pruneEarlierBuilds(summaries);
  if (argv.includes("--json")) process.stdout.write(JSON.stringify(summaries) + "\n");
}

if (import.meta.main) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`[image] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
