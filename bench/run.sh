#!/usr/bin/env bash
# Runs the process-page and submission benchmark against the embedded PostgreSQL.
# Not part of the test suite; prints a small table. Takes about two minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -q -o -DskipNpm=true test -Dtest=ProcessPageBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.printSummary=false 2>&1 | grep -v -E '^\s*$|^[0-9T:.-]+Z +(INFO|WARN|DEBUG)|OpenJDK 64-Bit Server VM warning'
