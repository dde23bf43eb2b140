# Placeholder until the chart issue: the thin multi-stage worker image (Node 24 LTS runtime, production
# dependencies only, non-root uid 1001, read-only root filesystem) is built there. No container engine
# exists on the development and CI machines, so the image's install steps are tested without one.
FROM node:24.21.0-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY src ./src
USER 1001
ENTRYPOINT ["node", "src/cli/main.ts"]
