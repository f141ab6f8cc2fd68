#!/usr/bin/env bash
# Builds the embedded Neo4j launcher (neo4j/target/classes, target/lib, target/plugins) when it is
# missing or older than pom.xml / the Java sources. Safe to run from any directory, and again.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$here/target"
stamp="$target/.splot-build-stamp"

needs_build() {
  [ -f "$stamp" ] || return 0
  [ -d "$target/lib" ] && [ -d "$target/plugins" ] && [ -d "$target/classes" ] || return 0
  [ "$here/pom.xml" -nt "$stamp" ] && return 0
  [ -n "$(find "$here/src" -type f -newer "$stamp" -print -quit)" ] && return 0
  [ "${BASH_SOURCE[0]}" -nt "$stamp" ] && return 0
  return 1
}

if ! needs_build; then
  echo "[splot] embedded Neo4j launcher is up to date" >&2
  exit 0
fi

for tool in java mvn; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "[splot] $tool not found: the embedded Neo4j needs Java 17+ and Maven (or set NEO4J_URI to use another Neo4j)" >&2
    exit 1
  fi
done

echo "[splot] building the embedded Neo4j launcher (first run downloads ~120 MB from Maven Central)" >&2
start=$(date +%s)
# Remove stale jars so that a version change in pom.xml never leaves two versions side by side.
rm -rf "$target/lib" "$target/plugins" "$stamp"
# (Debian's Maven 3.8 prints bare "ESC[0m" resets even with -B; drop them.)
mvn -q -B -Dstyle.color=never -f "$here/pom.xml" package -DskipTests 2>&1 | sed -u $'s/\x1b\\[0m//g' >&2
touch "$stamp"
echo "[splot] embedded Neo4j launcher built in $(( $(date +%s) - start )) s" >&2
