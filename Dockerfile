# syntax=docker/dockerfile:1
# mkplay in a container: one jar serving the playground on port 7070.
#   docker build -t mkplay .  &&  docker run --rm -p 7070:7070 mkplay
# scripts/docker-equivalent runs this file's build command and CMD without Docker (and CI runs it);
# backend's DockerfileContractTest checks the CMD against the real command line.

# Node 20 for the web module's JavaScript build, taken from the official image (no NodeSource needed).
FROM node:20-bookworm-slim AS node

FROM maven:3.9-eclipse-temurin-17 AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && node --version && npm --version
WORKDIR /src
COPY . .
# The server jar and what it is built from (emulator, toolchain, web); e2e-tests is not needed in the image.
RUN --mount=type=cache,target=/root/.m2 mvn -B -ntp -DskipTests -pl backend -am package

# A JDK, not a JRE: compiling learners' Java runs javac in-process (javax.tools) at run time.
FROM eclipse-temurin:17-jdk
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --home-dir /app --shell /usr/sbin/nologin mkplay \
 && mkdir -p /app/data \
 && chown -R mkplay:mkplay /app
WORKDIR /app
COPY --from=build --chown=mkplay:mkplay /src/backend/target/mkplay.jar /app/mkplay.jar
USER mkplay
# Heap follows the container's memory limit; C1 alone, as ./mkplay runs the server (docs/deploying.md: C2's compiling
# costs the request threads more than its code saves them on a few cores). The build workers set their own flags.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:TieredStopAtLevel=1"
EXPOSE 7070
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD curl -fsS http://127.0.0.1:7070/api/health || exit 1
# SIGTERM (docker stop) stops the server gracefully: in-flight requests, builds included, get up to 15 s
# (docker stop -t 20). Modules live in SQLite under /app/data unless MKPLAY_DB names a PostgreSQL (docs/deploying.md).
CMD ["java", "-jar", "/app/mkplay.jar", "serve", "--host", "0.0.0.0", "--port", "7070"]
