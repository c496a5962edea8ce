#!/usr/bin/env bash
# The export benchmark (issue 7): one two-page CV to PDF with FOP (the application's PdfRenderer) next to Chromium
# printing the same CV as HTML, cold (a process per PDF) and warm (DevTools Page.printToPDF). Not a test: run it by
# hand on a quiet machine, from the repository root, after `./mvnw install -DskipTests`:   bench/export/run.sh
# Needs Debian's chromium. ~2 minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target
./mvnw -B -q -o dependency:build-classpath -pl ejb -Dmdep.outputFile="$PWD/target/export-bench.classpath" >/dev/null
echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(chromium --version)"
java -cp "ejb/target/classes:$(cat target/export-bench.classpath)" bench/export/ExportBench.java
