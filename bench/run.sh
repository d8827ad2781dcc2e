#!/usr/bin/env bash
# Runs the process-page and submission benchmark, the knowledge search benchmark and the language
# checker's benchmark against
# the embedded PostgreSQL and prints their tables. Not part of the test suite. Takes one to two minutes.
set -uo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
mkdir -p target
log=target/bench.log
./mvnw -q -o -DskipNpm=true test -Dtest=ProcessPageBenchmark,KnowledgeSearchBenchmark,LanguageCheckBenchmark,ReportPageBenchmark -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1
status=$?
sed -n '/^Filled one process/,/^Acknowledged/p' "$log" | grep -v -E '^[0-9-]+T[0-9:.]+Z +(INFO|WARN)'
sed -n '/^Knowledge base:/,/^Knowledge search benchmark done/p' "$log" | grep -v -E '^[0-9-]+T[0-9:.]+Z +(INFO|WARN)'
sed -n '/^Language checker:/,/^Language benchmark done/p' "$log" | grep -v -E '^[0-9-]+T[0-9:.]+Z +(INFO|WARN)'
sed -n '/^Yearly report:/,/^Report benchmark done/p' "$log" | grep -v -E '^[0-9-]+T[0-9:.]+Z +(INFO|WARN)|^com\.openhtmltopdf'
if [ $status -ne 0 ]; then
  echo "The benchmark failed; the end of $log:" >&2
  tail -40 "$log" >&2
fi
exit $status
