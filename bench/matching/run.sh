#!/usr/bin/env bash
# The matching benchmark (issue 5): POST /api/v1/match for users with 0, 100, 1,000 and 10,000 artifacts on
# PostgreSQL, after the ranking step alone. Not a test: run it by hand on a quiet machine, from the repository root,
# after `./mvnw install -DskipTests`:   bench/matching/run.sh
# Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth) and free ports 9080/9443/61616. Takes ~5 minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."

DB=${BENCH_DB:-cvtailor_matchbench}
BASE=http://localhost:9080

echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
echo
echo "The ranking step alone (ArtifactRanker, embeddings precomputed), before the server starts:"
java -cp ejb/target/classes bench/matching/RankingBench.java

dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"

export DB_KIND=postgres DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=postgres DB_PASSWORD=
export CVTAILOR_RATELIMIT_REQUESTS_PER_HOUR=100000000
./mvnw -B -q -o -pl ear liberty:create liberty:deploy liberty:start -Dliberty.serverName=cvtailor >/dev/null
trap './mvnw -B -q -o -pl ear liberty:stop >/dev/null' EXIT
until curl -sf "$BASE/health/ready" >/dev/null; do sleep 2; done

PGJAR=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)
echo
echo "POST /api/v1/match, one client, 40 requests each after a warm-up:"
java -cp "$PGJAR" bench/matching/MatchBench.java "$BASE" "jdbc:postgresql://127.0.0.1:5432/$DB" postgres
