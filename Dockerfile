# syntax=docker/dockerfile:1
# The worker image: Node 24 LTS and the bundled CLI (scripts/build.ts: every dependency in one chunk).
# ENTRYPOINT is our `prefect-worker` CLI; a `prefect` compatibility command is on PATH too, so both
# `args: [prefect, worker, start, …]` (the chart's default) and `command: [prefect, worker, start, …]` work.
# Runs as uid/gid 1001 with a read-only root filesystem: it writes only to HOME (/home/prefect) and /tmp,
# which the chart mounts from an emptyDir. No shell is used at run time.
#
# No container engine exists on the development and CI machines: test/integration/image.test.ts runs
# scripts/image/install.sh (this file's build step) into a staging directory and runs the result from a
# read-only copy as uid 1001. The FROM/COPY/USER lines below are not exercised by any test.

FROM node:24.21.0-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json tsconfig.json ./
COPY src ./src
COPY scripts/build.ts ./scripts/build.ts
COPY scripts/image/install.sh ./scripts/image/install.sh
# The npm cache survives between builds, so the script's --prefer-offline installs skip the registry.
RUN --mount=type=cache,target=/root/.npm sh scripts/image/install.sh /staging

FROM node:24.21.0-bookworm-slim
# npm, npx, corepack and yarn are build tools: the worker never runs them.
RUN rm -rf /usr/local/lib/node_modules /usr/local/bin/npm /usr/local/bin/npx /usr/local/bin/corepack \
      /usr/local/bin/yarn /usr/local/bin/yarnpkg /opt/yarn-v* \
  && mkdir -p /home/prefect \
  && chown 1001:1001 /home/prefect
# /app/dist owned by root and not writable by the worker; the two commands
# are relative symlinks in /usr/local/bin to scripts with a `#!/usr/bin/env node` line.
COPY --from=build /staging/ /
ENV HOME=/home/prefect
WORKDIR /home/prefect
# 1001:1001 — numeric, so the kubelet can check runAsNonRoot; the group matches the chart's fsGroup 1001.
# Nothing in the image needs group write access, so the root group (gid 0, OpenShift's convention) would
# only widen what the user may touch; OpenShift's arbitrary uids work anyway since /app is world-readable.
USER 1001:1001
ENTRYPOINT ["prefect-worker"]
