// There is no container engine: an image is only a name that selects how to run a process on this host.
// The image map says, per image-name glob, what the image's ENTRYPOINT/CMD would be and which directories
// stand in for the image's PATH.
import { readFileSync } from "node:fs";
import type { ContainerRule } from "./podman-container.ts";

export interface ImageRule {
  match: string;
  entrypoint: string[];
  cmd: string[];
  pathPrepend: string[];
  env: Record<string, string>;
  /** Run as a real container of a locally built image once it exists (podman-container.ts). */
  container?: ContainerRule;
}

export interface ImageMap {
  images: ImageRule[];
}

export const emptyImageMap: ImageMap = { images: [] };

function stringArray(value: unknown, what: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    throw new Error(`image map: ${what} must be an array of strings`);
  }
  return value;
}

export function parseImageMap(json: string): ImageMap {
  const raw = JSON.parse(json) as { images?: unknown };
  if (!Array.isArray(raw.images)) throw new Error('image map: expected {"images": [...]}');
  return {
    images: raw.images.map((entry: unknown, i: number): ImageRule => {
      const e = entry as Record<string, unknown>;
      if (typeof e.match !== "string") throw new Error(`image map: images[${i}].match must be a string`);
      const env = (e.env ?? {}) as Record<string, unknown>;
      if (typeof env !== "object" || Object.values(env).some((v) => typeof v !== "string")) {
        throw new Error(`image map: images[${i}].env must map names to strings`);
      }
      let container: ContainerRule | undefined;
      if (e.container !== undefined) {
        const c = e.container as Record<string, unknown>;
        const podman = stringArray(c.podman, `images[${i}].container.podman`);
        if (podman.length === 0 || typeof c.referenceFile !== "string") {
          throw new Error(`image map: images[${i}].container needs podman (non-empty) and referenceFile`);
        }
        container = { podman, referenceFile: c.referenceFile };
      }
      return {
        match: e.match,
        ...(container ? { container } : {}),
        entrypoint: stringArray(e.entrypoint, `images[${i}].entrypoint`),
        cmd: stringArray(e.cmd, `images[${i}].cmd`),
        pathPrepend: stringArray(e.pathPrepend, `images[${i}].pathPrepend`),
        env: env as Record<string, string>,
      };
    }),
  };
}

export function loadImageMap(file: string | undefined): ImageMap {
  if (!file) return emptyImageMap;
  return parseImageMap(readFileSync(file, "utf8"));
}

/**
 * The name rules match against: Docker Hub's implicit `docker.io/` and `library/` prefixes removed, and
 * `:latest` added when the reference has neither tag nor digest (as a container engine would pull it).
 */
export function normalizeImageName(image: string): string {
  let name = image.trim();
  for (const prefix of ["docker.io/", "index.docker.io/", "registry-1.docker.io/"]) {
    if (name.startsWith(prefix)) {
      name = name.slice(prefix.length);
      break;
    }
  }
  if (name.startsWith("library/")) name = name.slice("library/".length);
  const lastSegment = name.slice(name.lastIndexOf("/") + 1);
  if (!lastSegment.includes(":") && !name.includes("@")) name += ":latest";
  return name;
}

export function globToRegExp(glob: string): RegExp {
  const body = glob
    .split("*")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${body}$`);
}

/** First matching rule wins. */
export function findImageRule(map: ImageMap, image: string): ImageRule | undefined {
  const name = normalizeImageName(image);
  return map.images.find((rule) => globToRegExp(rule.match).test(name));
}

/** Kubernetes semantics: `command` replaces ENTRYPOINT (and drops CMD), `args` replaces CMD. */
export function buildArgv(
  rule: Pick<ImageRule, "entrypoint" | "cmd"> | undefined,
  command: readonly string[] | undefined,
  args: readonly string[] | undefined,
): string[] {
  // An empty list counts as unset, as it does for the API server and the container runtime.
  const hasCommand = command !== undefined && command.length > 0;
  const hasArgs = args !== undefined && args.length > 0;
  const entrypoint = hasCommand ? command : (rule?.entrypoint ?? []);
  const rest = hasArgs ? args : hasCommand ? [] : (rule?.cmd ?? []);
  return [...entrypoint, ...rest];
}

/** PATH for a process of this image: the rule's directories in front of the kubelet's own PATH. */
export function imagePath(rule: ImageRule | undefined, hostPath: string | undefined): string {
  return [...(rule?.pathPrepend ?? []), ...(hostPath ?? "").split(":")].filter((p) => p !== "").join(":");
}
