# syntax=docker/dockerfile:1
# The worker image: Node 24 LTS and the bundled CLI (scripts/build.ts: every dependency in one chunk).
# ENTRYPOINT is our `prefect-worker` CLI; a `prefect` compatibility command is on PATH too, so both
# `args: [prefect, worker, start, …]` (the chart's default) and `command: [prefect, worker, start, …]` work.
# Runs as uid/gid 1001 with a read-only root filesystem: it writes only to HOME (/home/prefect) and /tmp,
# which the chart mounts from an emptyDir. No shell is used at run time, and the default image has none.
#
# Targets: the last stage (the default) is the shipped image: the Node binary, the glibc and libstdc++ it
# links, CA certificates, /usr/bin/env (the commands' #! line) and the worker — no shell, no package
# manager. `--target runtime-slim` is the same worker on the whole node:bookworm-slim base, for comparison.
# Only COPY steps make the layers of either: /app/dist and /usr/local/bin's two links are root-owned and
# read-only to the worker, and the two commands are `#!/usr/bin/env -S … node` scripts.
# `npm run image` (scripts/image/) builds both on a machine with no container registry and tests them;
# the README's Image section has their sizes.

FROM node:24.21.0-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json tsconfig.json ./
COPY src ./src
COPY scripts/build.ts ./scripts/build.ts
COPY scripts/image/install.sh ./scripts/image/install.sh
# The npm cache survives between builds, so the script's --prefer-offline installs skip the registry.
RUN --mount=type=cache,target=/root/.npm sh scripts/image/install.sh /staging

# The runtime's whole root filesystem, gathered from the base: what `node` and `env` link (ldd), the
# Node binary's own root certificates as the system bundle (the same Mozilla set Debian's ca-certificates
# ships; NODE_USE_SYSTEM_CA=1 or NODE_EXTRA_CA_CERTS add a private CA), the worker's user and its HOME.
FROM node:24.21.0-bookworm-slim AS runtime-root
RUN set -eu; \
  r=/rootfs; \
  mkdir -p $r/usr/local/bin $r/usr/bin $r/usr/lib $r/usr/lib64 $r/etc/ssl/certs $r/home/prefect $r/tmp; \
  ln -s usr/lib $r/lib; ln -s usr/lib64 $r/lib64; ln -s usr/bin $r/bin; \
  cp /usr/local/bin/node $r/usr/local/bin/node; \
  cp /usr/bin/env $r/usr/bin/env; \
  for bin in /usr/local/bin/node /usr/bin/env; do \
    for lib in $(ldd "$bin" | grep -o '/[^ ]*'); do cp -L --parents "$lib" $r/; done; \
  done; \
  node -p 'require("node:tls").rootCertificates.join("\n")' > $r/etc/ssl/certs/ca-certificates.crt; \
  printf 'root:x:0:0:root:/root:/usr/sbin/nologin\nprefect:x:1001:1001:prefect:/home/prefect:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n' > $r/etc/passwd; \
  printf 'root:x:0:\nprefect:x:1001:\nnogroup:x:65534:\n' > $r/etc/group; \
  printf 'passwd: files\ngroup: files\nhosts: files dns\n' > $r/etc/nsswitch.conf; \
  chown 1001:1001 $r/home/prefect; \
  chmod 1777 $r/tmp

# The comparison variant: the same worker on the whole base, npm included. Like the shipped stage it has no
# RUN step, so nothing a build mounts into RUN steps can leave a path in its layers.
FROM node:24.21.0-bookworm-slim AS runtime-slim
COPY --from=runtime-root --chown=1001:1001 /rootfs/home/prefect /home/prefect
COPY --from=build /staging/ /
ENV HOME=/home/prefect
WORKDIR /home/prefect
USER 1001:1001
ENTRYPOINT ["prefect-worker"]

FROM scratch AS runtime
COPY --from=runtime-root /rootfs/ /
# HOME belongs to the worker whichever builder copies it (an emptyDir covers it in the chart).
COPY --from=runtime-root --chown=1001:1001 /rootfs/home/prefect /home/prefect
COPY --from=build /staging/ /
ENV PATH=/usr/local/bin:/usr/bin:/bin \
    HOME=/home/prefect
WORKDIR /home/prefect
# 1001:1001 — numeric, so the kubelet can check runAsNonRoot; the group matches the chart's fsGroup 1001.
# Nothing in the image needs group write access, so the root group (gid 0, OpenShift's convention) would
# only widen what the user may touch; OpenShift's arbitrary uids work anyway since /app is world-readable.
USER 1001:1001
ENTRYPOINT ["prefect-worker"]
