# The platform image: the CMS (and, from issue 3, the public API) with the admin already built.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The admin is built into the image; `npm start` reuses that build because the sources are unchanged.
RUN npm run build
EXPOSE 3000 4000
CMD ["npm", "start"]
