#!/usr/bin/env bash
# The review queue and cohort insights benchmark (issue 17): 50 organisations of 2,000 members with 500,000 generated
# documents and 100,000 submissions in PostgreSQL, then a counsellor's GET /api/v1/reviews and an org admin's
# GET /api/v1/orgs/{id}/insights?cohortId= next to the statements the services run. Not a test: run it by hand on a
# quiet machine, from the repository root, after `./mvnw install -DskipTests`:   bench/reviews/run.sh
# BENCH_REUSE=1 keeps the database of the previous run (no drop, no load): the server migrates it at start, so a new
# changeset is measured against the same data.
# Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth) and free ports 9080/9443/61616. Takes ~5 minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."

DB=${BENCH_DB:-cvtailor_reviewbench}
PASSWORD="bench passphrase that is long"
DOMAIN=reviews.bench.cvtailor.dev
BASE=http://localhost:9080
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

if [ "${BENCH_REUSE:-0}" != 1 ]; then
  dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
  createdb -h 127.0.0.1 -U postgres "$DB"
fi

export DB_KIND=postgres DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=postgres DB_PASSWORD=
export CVTAILOR_RATELIMIT_REQUESTS_PER_HOUR=100000000 DB_POOL_MAX=40
./mvnw -B -q -o -pl ear liberty:create liberty:deploy liberty:start -Dliberty.serverName=cvtailor >/dev/null
trap './mvnw -B -q -o -pl ear liberty:stop >/dev/null' EXIT
for i in $(seq 150); do curl -sf "$BASE/health/ready" >/dev/null && break; sleep 2; done
curl -sf "$BASE/health/ready" >/dev/null || { echo "The server did not get ready; see ear/target/liberty/wlp/usr/servers/cvtailor/logs" >&2; exit 1; }

if [ "${BENCH_REUSE:-0}" != 1 ]; then
  # organisation 1's admin and first counsellor register through the API; load.sql gives them their memberships
  # and everyone else their password hash
  for who in admin1 counsellor1-1; do
    curl -sf -X POST "$BASE/api/v1/auth/register" -H 'Content-Type: application/json' \
      -d "{\"email\":\"$who@$DOMAIN\",\"password\":\"$PASSWORD\"}" >/dev/null
  done
  HASH=$($PG -d "$DB" -At -c "select password_hash from users where email = 'counsellor1-1@$DOMAIN'")
  echo "Loading 50 organisations, 100,300 users, 500,000 documents, 100,000 submissions ..."
  time $PG -d "$DB" -v hash="$HASH" -f bench/reviews/load.sql
fi
$PG -d "$DB" -At -c "select 'users ' || (select count(*) from users) || ', memberships ' || (select count(*) from memberships)
  || ', cohort members ' || (select count(*) from cohort_members) || ', documents ' || (select count(*) from generated_documents)
  || ', reviews ' || (select count(*) from reviews) || ', artifacts ' || (select count(*) from artifacts)
  || ', evidence links ' || (select count(*) from evidence_links)"
$PG -d "$DB" -At -c "select 'reviews by state in bench-1: ' || string_agg(state || ' ' || n, ', ' order by state)
  from (select state, count(*) n from reviews where organisation_id = (select id from organisations where slug = 'bench-1')
        group by state) s"
$PG -d "$DB" -At -c "select 'indexes on reviews: ' || string_agg(indexname, ', ' order by indexname) from pg_indexes
  where tablename = 'reviews'"

PGJAR=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)
echo
echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- ejb liquibase || echo ' + local changes')"
java -cp "$PGJAR" bench/reviews/ReviewBench.java "$BASE" "jdbc:postgresql://127.0.0.1:5432/$DB" postgres "$PASSWORD"
