#!/usr/bin/env bash
# Builds the Go tools the local stack and the chart tests need (Kubernetes control plane + kubectl, etcd,
# helm, helm-unittest, chart-testing, helm-docs) from the Go module proxy, through the pinned wrapper modules beside
# this script. Each tool lands in $CACHE/tools/<tool>-<version>/ and is rebuilt only when its wrapper's
# go.mod/go.sum (the pin) changes, so fresh clones on the same machine reuse it.
#
# Usage: build-go-tools.sh [tool ...]     (default: all; tools: kubernetes etcd helm helm-unittest chart-testing helm-docs)
# Prints one line per tool: "<tool> <dir>" on stdout; progress goes to stderr.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cache=${PREFECT_WORKER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/prefect-worker}
export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS=-mod=readonly

log() { printf '[tools] %s\n' "$*" >&2; }

module_version() { # <wrapper dir> <module path>
  go -C "$1" list -m -f '{{if .Replace}}{{.Replace.Version}}{{else}}{{.Version}}{{end}}' "$2"
}

pin_hash() { # the wrapper's go.mod + go.sum + this script decide whether a cached build is current
  cat "$here/go/$1/go.mod" "$here/go/$1/go.sum" "${BASH_SOURCE[0]}" | sha256sum | cut -c1-16
}

# build <tool> <version> <ldflags> <output name>=<package> ...
build() {
  local tool=$1 version=$2 ldflags=$3
  shift 3
  local dest="$cache/tools/$tool-$version" stamp
  stamp=$(pin_hash "$tool")
  if [[ -f "$dest/.stamp" && "$(cat "$dest/.stamp")" == "$stamp" ]]; then
    log "$tool $version: cached in $dest"
    echo "$tool $dest"
    return
  fi
  local staging="$dest.partial.$$" started=$SECONDS
  rm -rf "$staging" && mkdir -p "$staging"
  local spec
  for spec in "$@"; do
    log "$tool $version: building ${spec%%=*} (first build on a machine takes minutes)"
    go -C "$here/go/$tool" build -trimpath -ldflags "$ldflags" -o "$staging/${spec%%=*}" "${spec#*=}"
  done
  echo "$stamp" >"$staging/.stamp"
  rm -rf "$dest" && mv "$staging" "$dest"
  log "$tool $version: built in $((SECONDS - started))s -> $dest"
  echo "$tool $dest"
}

build_kubernetes() {
  local v minor ld="-s -w" p
  v=$(module_version "$here/go/kubernetes" k8s.io/kubernetes)
  minor=$(cut -d. -f2 <<<"$v")
  # The same -X keys as kubernetes' hack/lib/version.sh, so /version reports the real release.
  for p in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    ld+=" -X $p.gitVersion=$v -X $p.gitMajor=1 -X $p.gitMinor=$minor -X $p.gitTreeState=clean"
    ld+=" -X $p.gitCommit=0000000000000000000000000000000000000000 -X $p.buildDate=2026-01-01T00:00:00Z"
  done
  build kubernetes "$v" "$ld" \
    kube-apiserver=k8s.io/kubernetes/cmd/kube-apiserver \
    kube-controller-manager=k8s.io/kubernetes/cmd/kube-controller-manager \
    kube-scheduler=k8s.io/kubernetes/cmd/kube-scheduler \
    kubectl=k8s.io/kubernetes/cmd/kubectl
}

build_etcd() {
  local v
  v=$(module_version "$here/go/etcd" go.etcd.io/etcd/server/v3)
  build etcd "$v" "-s -w -X go.etcd.io/etcd/api/v3/version.GitSHA=$v" \
    etcd=go.etcd.io/etcd/server/v3 etcdctl=go.etcd.io/etcd/etcdctl/v3
}

build_helm() {
  local v k8s_minor
  v=$(module_version "$here/go/helm" helm.sh/helm/v3)
  k8s_minor=$(module_version "$here/go/kubernetes" k8s.io/kubernetes | cut -d. -f2)
  # Without these, helm template/lint assume Kubernetes 1.20.
  local ld="-s -w -X helm.sh/helm/v3/internal/version.version=$v"
  ld+=" -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMajor=1 -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMinor=$k8s_minor"
  ld+=" -X helm.sh/helm/v3/pkg/lint/rules.k8sVersionMajor=1 -X helm.sh/helm/v3/pkg/lint/rules.k8sVersionMinor=$k8s_minor"
  build helm "$v" "$ld" helm=helm.sh/helm/v3/cmd/helm
}

build_helm-unittest() {
  local v
  v=$(module_version "$here/go/helm-unittest" github.com/helm-unittest/helm-unittest)
  build helm-unittest "$v" "-s -w -X github.com/helm-unittest/helm-unittest/internal/build.version=${v#v}" \
    untt=github.com/helm-unittest/helm-unittest/cmd/helm-unittest
  # A helm plugin manifest with no install hook, so `helm unittest` works offline (HELM_PLUGINS=<dir>/plugins).
  local plugin="$cache/tools/helm-unittest-$v/plugins/unittest"
  if [[ ! -f "$plugin/plugin.yaml" ]]; then
    mkdir -p "$plugin"
    ln -sf ../../untt "$plugin/untt"
    printf 'name: "unittest"\nversion: "%s"\nusage: "unittest for helm charts"\ndescription: "helm-unittest built from the Go module proxy"\nignoreFlags: false\nplatformCommand:\n  - command: "$HELM_PLUGIN_DIR/untt"\n' "${v#v}" >"$plugin/plugin.yaml"
  fi
}

build_chart-testing() {
  local v
  v=$(module_version "$here/go/chart-testing" github.com/helm/chart-testing/v3)
  build chart-testing "$v" "-s -w -X github.com/helm/chart-testing/v3/ct/cmd.Version=$v" \
    ct=github.com/helm/chart-testing/v3/ct
  # ct's default lint config ships in its module zip; keep a copy beside the binary (CT_CONFIG_DIR).
  local etc="$cache/tools/chart-testing-$v/etc"
  if [[ ! -f "$etc/lintconf.yaml" ]]; then
    local src
    src=$(go -C "$here/go/chart-testing" list -m -f '{{.Dir}}' github.com/helm/chart-testing/v3)/etc
    mkdir -p "$etc" && cp "$src/chart_schema.yaml" "$src/lintconf.yaml" "$etc/" && chmod -R u+w "$etc"
  fi
}

build_helm-docs() {
  local v
  v=$(module_version "$here/go/helm-docs" github.com/norwoodj/helm-docs)
  # The version lands in the README footer when a template asks for it; ours does not, but --version tells.
  build helm-docs "$v" "-s -w -X main.version=${v#v}" helm-docs=github.com/norwoodj/helm-docs/cmd/helm-docs
}

tools=("$@")
[[ ${#tools[@]} -gt 0 ]] || tools=(etcd helm helm-unittest chart-testing helm-docs kubernetes)
for t in "${tools[@]}"; do
  case "$t" in
    kubernetes | etcd | helm | helm-unittest | chart-testing | helm-docs) "build_$t" ;;
    *) echo "build-go-tools.sh: unknown tool '$t'" >&2; exit 2 ;;
  esac
done
