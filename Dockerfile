# The live classroom server (npm run live) with the course built inside the image.
# Not exercised by CI here (no Docker daemon on these machines): see README, "Aula ao vivo".
#   docker build -t descomplicando-docker-aula .
#   docker run --rm -p 4173:4173 -e LIVE_PASSWORD=troque-esta-senha -v aula-dados:/data descomplicando-docker-aula

# 1. Build the site: Slidev needs Chromium for the covers (and the PDFs, with PDF=on).
FROM node:24-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
ENV CHROMIUM_PATH=/usr/bin/chromium
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG PDF=off
RUN PDF=$PDF npm run build

# 2. Run: the built dist/ and the server, as an unprivileged user; state in the /data volume.
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production LIVE_DB=/data/live.db PORT=4173
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/server ./server
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/client ./client
COPY --from=build /app/dist ./dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 4173
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:4173/').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "--import", "tsx", "scripts/cli/live.ts", "--host"]
