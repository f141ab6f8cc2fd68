#!/usr/bin/env bash
# Installs everything splot needs on a fresh machine (Node 20, Java 17 + Maven are assumed),
# then builds the embedded Neo4j launcher. Safe to run again: each step is skipped when done.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.4.2
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "[splot] installing pnpm $PNPM_VERSION" >&2
  npm i -g -E "pnpm@$PNPM_VERSION" >/dev/null
fi

if [ ! -f node_modules/.modules.yaml ] || [ pnpm-lock.yaml -nt node_modules/.modules.yaml ]; then
  echo "[splot] installing node packages" >&2
  pnpm install --frozen-lockfile --reporter=append-only >&2
fi

if [ -z "${NEO4J_URI:-}" ]; then
  bash neo4j/build.sh
fi
