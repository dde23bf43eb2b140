#!/bin/sh
# The image's install steps, in one place: the Dockerfile's build stage runs this, and
# test/integration/image.test.ts runs it into a temp dir (no container engine exists on our machines).
#
# Usage: scripts/image/install.sh <staging-root>
#
# Reads the checkout this script lives in (package.json, package-lock.json, tsconfig*.json, src/) and
# never writes to it. Builds in <staging-root>.build (all dependencies, tsc as `npm run build` does), then
# lays out what the runtime stage copies to /:
#   <staging-root>/app/package.json        version and "type": "module" for dist/
#   <staging-root>/app/dist/                compiled CLI, worker and their JSON data files
#   <staging-root>/app/node_modules/        production dependencies only (npm ci --omit=dev), without
#                                           type declarations and source maps
#   <staging-root>/usr/local/bin/prefect-worker -> ../../../app/dist/cli/main.js
#   <staging-root>/usr/local/bin/prefect        -> ../../../app/dist/cli/prefect.js
# The links are relative so the tree also works where the test puts it; both targets start with
# `#!/usr/bin/env node`, so neither command needs a shell.
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
# --prefer-offline: a warm npm cache (CI, the test) is used without asking the registry again.
npm_ci="npm ci --prefer-offline --no-audit --no-fund --loglevel=error"

rm -rf "$build" "$app"
mkdir -p "$build" "$app" "$staging/usr/local/bin"

echo "[image] build: npm ci and tsc in $build" >&2
cp "$root/package.json" "$root/package-lock.json" "$root/tsconfig.json" "$root/tsconfig.build.json" "$build/"
cp -R "$root/src" "$build/src"
(cd "$build" && $npm_ci >&2 && ./node_modules/.bin/tsc -p tsconfig.build.json)
# As the package.json build script: tsc does not copy the JSON data files the code reads at run time.
cp "$build"/src/templating/*.json "$build/dist/templating/"

echo "[image] runtime: production dependencies in $app" >&2
cp "$root/package.json" "$root/package-lock.json" "$app/"
# No install scripts: no production dependency has one, and the runtime needs no build step.
(cd "$app" && $npm_ci --omit=dev --ignore-scripts >&2)
rm -f "$app/package-lock.json" "$app/node_modules/.package-lock.json"
cp -R "$build/dist" "$app/dist"
# Type declarations and source maps are never loaded at run time (no --enable-source-maps): about half of
# node_modules, most of it @kubernetes/client-node's.
find "$app" -type f \( -name '*.d.ts' -o -name '*.d.mts' -o -name '*.d.cts' -o -name '*.map' \) -delete
chmod 0755 "$app/dist/cli/main.js" "$app/dist/cli/prefect.js"
ln -sfn ../../../app/dist/cli/main.js "$staging/usr/local/bin/prefect-worker"
ln -sfn ../../../app/dist/cli/prefect.js "$staging/usr/local/bin/prefect"
rm -rf "$build"
echo "[image] staged in $staging" >&2
