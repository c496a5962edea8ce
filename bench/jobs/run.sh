#!/usr/bin/env bash
# Job-description parse time (issue 5): JobDescriptionParser with the team's taxonomy over SkillSpan's 263 postings
# (../shared/data/jd_skillspan, never copied here). Not a test: run it by hand on a quiet machine, from the repository
# root, after `./mvnw install -DskipTests` (which compiles the test classes it borrows the taxonomy reader from):
#   bench/jobs/run.sh [shared data folder, default ../shared/data]
# ~1 minute.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target
./mvnw -B -q -o dependency:build-classpath -pl ejb -Dmdep.outputFile="$PWD/target/parse-bench.classpath" >/dev/null
echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
java -cp "ejb/target/classes:ejb/target/test-classes:$(cat target/parse-bench.classpath)" bench/jobs/ParseBench.java \
  "${1:-../shared/data}"
