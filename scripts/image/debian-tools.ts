// The image tools (podman, runc, mmdebstrap) from Debian's packages, at the versions pinned in
// debian-packages.json. Installed with apt-get when any is missing or at another version; a package
// apt cannot offer at its pinned version stops the build with a message that names it.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../../test/harness/stack/tools.ts";

const pins = JSON.parse(readFileSync(join(import.meta.dirname, "debian-packages.json"), "utf8")) as {
  packages: Record<string, string>;
};

export const debianPackages: Readonly<Record<string, string>> = pins.packages;

/** The installed version of a Debian package, or undefined when it is not installed. */
function installedVersion(name: string): string | undefined {
  const query = spawnSync("dpkg-query", ["-W", "-f", "${db:Status-Status} ${Version}", name], {
    encoding: "utf8",
  });
  if (query.status !== 0) return undefined;
  const [status, version] = query.stdout.trim().split(" ");
  return status === "installed" ? version : undefined;
}

/** The versions apt can install of a package, newest first. */
function availableVersions(name: string): string[] {
  const madison = spawnSync("apt-cache", ["madison", name], { encoding: "utf8" });
  return madison.stdout
    .split("\n")
    .map((line) => line.split("|")[1]?.trim())
    .filter((v): v is string => Boolean(v));
}

export async function ensureDebianTools(): Promise<void> {
  const wanted = Object.entries(debianPackages).filter(
    ([name, version]) => installedVersion(name) !== version,
  );
  if (wanted.length === 0) return;
  const list = wanted.map(([name, version]) => `${name}=${version}`);
  if (process.getuid?.() !== 0) {
    throw new Error(
      `the image tools need Debian packages that are not installed (${list.join(", ")}); ` +
        `run as root, or install them: apt-get install ${list.join(" ")}`,
    );
  }
  process.stderr.write(`[debian] installing ${list.join(" ")}\n`);
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  await run("apt-get", ["update", "-q"], "[debian] ", { env, echoStdout: true });
  for (const [name, version] of wanted) {
    const available = availableVersions(name);
    if (!available.includes(version)) {
      throw new Error(
        `Debian package ${name} ${version} (scripts/image/debian-packages.json) cannot be had: apt offers ` +
          (available.length > 0 ? available.join(", ") : "no version of it"),
      );
    }
  }
  await run("apt-get", ["install", "-y", "-q", "--no-install-recommends", ...list], "[debian] ", {
    env,
    echoStdout: true,
  });
}
