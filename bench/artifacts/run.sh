#!/usr/bin/env bash
# The artifact-listing benchmark (issue 4): 1,000,000 artifacts in PostgreSQL, then GET /api/v1/artifacts next to
# its own SQL. Not a test: run it by hand on a quiet machine, from the repository root, after
# `./mvnw install -DskipTests`:   bench/artifacts/run.sh
# Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth) and free ports 9080/9443/61616. Takes ~10 minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."

DB=${BENCH_DB:-cvtailor_bench}
PASSWORD="bench passphrase that is long"
BASE=http://localhost:9080
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"

export DB_KIND=postgres DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=postgres DB_PASSWORD=
export CVTAILOR_RATELIMIT_REQUESTS_PER_HOUR=100000000 DB_POOL_MAX=40
./mvnw -B -q -o -pl ear liberty:create liberty:deploy liberty:start -Dliberty.serverName=cvtailor >/dev/null
trap './mvnw -B -q -o -pl ear liberty:stop >/dev/null' EXIT
until curl -sf "$BASE/health/ready" >/dev/null; do sleep 2; done

curl -sf -X POST "$BASE/api/v1/auth/register" -H 'Content-Type: application/json' \
  -d "{\"email\":\"hash-donor@bench.cvtailor.dev\",\"password\":\"$PASSWORD\"}" >/dev/null
HASH=$($PG -d "$DB" -At -c "select password_hash from users where email = 'hash-donor@bench.cvtailor.dev'")

echo "Loading 1,005,000 artifacts ..."
time $PG -d "$DB" -v hash="$HASH" -f bench/artifacts/load.sql
$PG -d "$DB" -At -c "select 'artifacts: ' || count(*) from artifacts"

PGJAR=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)
echo
echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
java -cp "$PGJAR" bench/artifacts/ListingBench.java "$BASE" "jdbc:postgresql://127.0.0.1:5432/$DB" postgres "$PASSWORD"

echo
echo "Plans of the listing's SQL for the 5,000-artifact user:"
USER_ID=$($PG -d "$DB" -At -c "select id from users where email = 'bench10001@bench.cvtailor.dev'")
$PG -d "$DB" -c "explain analyze select id from artifacts where user_id = $USER_ID and search_vector @@ websearch_to_tsquery('english', 'kafka latency') order by created_at desc, id desc limit 20"
$PG -d "$DB" -c "explain analyze select id from artifacts where user_id = $USER_ID and id in (select artifact_id from artifact_labels where label_id = (select min(id) from labels where user_id = $USER_ID)) order by created_at desc, id desc limit 20"
