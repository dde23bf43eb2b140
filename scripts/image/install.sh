#!/bin/sh
# The image's install steps: the Dockerfile's build stage runs this (`npm run image` builds the Dockerfile;
# test/integration/image.test.ts runs the result).
#
# Usage: scripts/image/install.sh <staging-root>
#
# Reads the checkout this script lives in (package.json, package-lock.json, tsconfig.json, scripts/build.ts,
# src/) and never writes to it. Installs all dependencies in <staging-root>.build and bundles the CLI there
# as `npm run build` does (scripts/build.ts), then lays out what the runtime stage copies to /:
#   <staging-root>/app/dist/                the bundled commands: self-contained ES modules, their shared
#                                           chunk, license notices, and a package.json {"type": "module"}
#   <staging-root>/usr/local/bin/prefect-worker -> ../../../app/dist/cli/main.js
#   <staging-root>/usr/local/bin/prefect        -> ../../../app/dist/cli/prefect.js
# No node_modules: the bundle holds every dependency. The links are relative so the tree also works where
# the test puts it; both targets start with a `#!/usr/bin/env -S … node …` line, so no shell is needed.
set -eu

if [ "$#" -ne 1 ] || [ -z "$1" ]; then
  echo "usage: $0 <staging-root>" >&2
  exit 2
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$1"
staging=$(cd "$1" && pwd)
build="$staging.build"
app="$staging/app"

rm -rf "$build" "$app"
mkdir -p "$build/scripts" "$app" "$staging/usr/local/bin"

echo "[image] build: npm ci and the bundle in $build" >&2
cp "$root/package.json" "$root/package-lock.json" "$root/tsconfig.json" "$build/"
cp "$root/scripts/build.ts" "$build/scripts/build.ts"
cp -R "$root/src" "$build/src"
# --prefer-offline: a warm npm cache (CI, the test) is used without asking the registry again.
(cd "$build" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error >&2 && node scripts/build.ts --outdir "$app/dist")
ln -sfn ../../../app/dist/cli/main.js "$staging/usr/local/bin/prefect-worker"
ln -sfn ../../../app/dist/cli/prefect.js "$staging/usr/local/bin/prefect"
rm -rf "$build"
echo "[image] staged in $staging" >&2
