# The app only; Neo4j comes from docker-compose.yml (NEO4J_URI is set there, so no local Neo4j starts).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY schema/package.json schema/
COPY db/package.json db/
COPY seed/package.json seed/
COPY server/package.json server/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build --if-present
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["npm", "start"]
