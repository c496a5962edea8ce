#!/usr/bin/env bash
# The retention purges on the 1M-artifact bench data (issue 21): loads bench/artifacts/load.sql (1,005,000
# artifacts, 10,001 users) and bench/retention/load.sql (300,030 documents, 200,020 of them due; 10,001 held as sent
# copies; 300,030 export logs and 300,030 audit events due), then RetentionBench.java measures the listing's p95
# with no purge and while POST /api/v1/admin/retention/purge runs, and the purges' rows per second.
# Not a test: run it by hand on a quiet machine, from the repository root, after `./mvnw install -DskipTests`:
#   flock /tmp/cvtailor-build.lock bench/retention/run.sh
# Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth) and free ports 9080/9443/61616. Takes ~10 minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."

DB=${BENCH_DB:-cvtailor_retentionbench}
PASSWORD="bench passphrase that is long"
BASE=http://localhost:9080
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"

export DB_KIND=postgres DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=postgres DB_PASSWORD=
export CVTAILOR_RATELIMIT_REQUESTS_PER_HOUR=100000000 DB_POOL_MAX=40
export ADMIN_EMAIL=admin@bench.cvtailor.dev ADMIN_PASSWORD="$PASSWORD"
# The hourly document purge (minute 41) must not do the bench's work behind its back: the server keeps documents
# ten years, and the bench's purge runs as of a day when the 100-day-old documents are due and the 5-day-old not.
export CVTAILOR_RETENTION_DOCUMENTS=P3650D
AS_OF=$(date -u -d "+3600 days" +%Y-%m-%dT%H:%M:%SZ)
./mvnw -B -q -o -pl ear liberty:create liberty:deploy liberty:start -Dliberty.serverName=cvtailor >/dev/null
trap './mvnw -B -q -o -pl ear liberty:stop >/dev/null' EXIT
for i in $(seq 150); do curl -sf "$BASE/health/ready" >/dev/null && break; sleep 2; done

curl -sf -X POST "$BASE/api/v1/auth/register" -H 'Content-Type: application/json' \
  -d "{\"email\":\"hash-donor@bench.cvtailor.dev\",\"password\":\"$PASSWORD\"}" >/dev/null
HASH=$($PG -d "$DB" -At -c "select password_hash from users where email = 'hash-donor@bench.cvtailor.dev'")
echo "Loading 1,005,000 artifacts, then the documents, logs and audit events to purge ..."
time $PG -d "$DB" -v hash="$HASH" -f bench/artifacts/load.sql >/dev/null
time $PG -d "$DB" -f bench/retention/load.sql >/dev/null
$PG -d "$DB" -At -c "select 'artifacts ' || (select count(*) from artifacts) || ', documents ' || (select count(*) from generated_documents)
  || ' (due ' || (select count(*) from generated_documents where not saved and created_at < now() - interval '90 days') || ')'
  || ', sent copies ' || (select count(*) from sent_copies) || ', export logs ' || (select count(*) from export_logs)
  || ', audit events ' || (select count(*) from audit_events)"

echo
echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, commit $(git rev-parse --short HEAD)"
java bench/retention/RetentionBench.java "$BASE" "$ADMIN_EMAIL" "$PASSWORD" "bench10001@bench.cvtailor.dev" "$AS_OF"
$PG -d "$DB" -At -c "select 'left: documents ' || (select count(*) from generated_documents) || ', sent copies held '
  || (select count(*) from sent_copies s where exists (select 1 from generated_documents d where d.id = s.document_id))
  || ', export logs ' || (select count(*) from export_logs) || ', monthly export counts ' || (select coalesce(sum(exports), 0) from export_monthly_counts)
  || ', audit events ' || (select count(*) from audit_events) || ', daily audit counts ' || (select coalesce(sum(events), 0) from audit_daily_counts)"
