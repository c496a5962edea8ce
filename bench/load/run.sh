#!/usr/bin/env bash
# The load test and the soak (issue 9): Gatling drives the journey (sign in, list artifacts, add one, match a
# posting, generate a CV with the template generator, poll it, export a PDF) against one server on PostgreSQL.
# Not a test: run it by hand on a quiet machine, from the repository root, after `./mvnw install -DskipTests`:
#   bench/load/run.sh                       # USERS=10000 RAMP=600: the load test
#   MODE=soak PER_SECOND=5 SOAK=1800 bench/load/run.sh   # 30 minutes at a steady arrival rate, heap sampled
#   MODE=crowd USERS=10000 RAMP=2000 THINK_MIN_MS=200000 THINK_MAX_MS=400000 bench/load/run.sh
#       # 10,000 users at once: accounts made beforehand (their shared password hash at PASSWORD_ITERATIONS,
#       # 10,000 by default here), minutes of think time between steps, heap sampled
# Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth) and free ports 9080/9443/61616.
# The rate limits are lifted for the run (each virtual user is a fresh account anyway); the language model is off,
# so documents come from the template generator, as the issue asks.
set -euo pipefail
cd "$(dirname "$0")/../.."

DB=${BENCH_DB:-cvtailor_loadbench}
BASE=http://localhost:9080
MODE=${MODE:-load}

echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"

export DB_KIND=postgres DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=postgres DB_PASSWORD= DB_POOL=${DB_POOL:-50}
export CVTAILOR_RATELIMIT_REQUESTS_PER_HOUR=100000000 CVTAILOR_RATELIMIT_GENERATIONS_PER_HOUR=100000000
export CVTAILOR_LLM_PROVIDER=none
if [ "$MODE" = crowd ]; then
  export CVTAILOR_PASSWORD_ITERATIONS=${PASSWORD_ITERATIONS:-10000}
fi
./mvnw -B -q -o -pl ear liberty:create liberty:deploy liberty:start -Dliberty.serverName=cvtailor >/dev/null
trap './mvnw -B -q -o -pl ear liberty:stop >/dev/null' EXIT
until curl -sf "$BASE/health/ready" >/dev/null; do sleep 2; done

heap() {
  curl -sf "$BASE/metrics" | awk '/^memory_usedHeap_bytes/ {printf "%.0f MB used", $2 / 1048576}'
}

if [ "$MODE" = soak ]; then
  ( while sleep 60; do echo "heap after $(( SECONDS / 60 )) min: $(heap)"; done ) &
  SAMPLER=$!
  ./mvnw -B -q -f bench/load/pom.xml gatling:test -Dbase="$BASE" -DperSecond="${PER_SECOND:-5}" \
      -Dsoak="${SOAK:-1800}" || echo "(some Gatling assertions failed: see the figures above)"
  kill "$SAMPLER"
elif [ "$MODE" = crowd ]; then
  USERS=${USERS:-10000}
  curl -sf -o /dev/null -H 'Content-Type: application/json' "$BASE/api/v1/auth/register" \
      -d '{"email":"crowd-donor@load.cvtailor.dev","password":"a long enough load-test passphrase"}'
  psql -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -q -c "insert into users (email, password_hash, role,
      enabled, created_at) select 'crowd-' || g || '@load.cvtailor.dev', (select password_hash from users
      where email = 'crowd-donor@load.cvtailor.dev'), 'user', true, now() from generate_series(1, $USERS) g"
  echo "$USERS accounts made; hashes at $CVTAILOR_PASSWORD_ITERATIONS PBKDF2 iterations"
  ( while sleep 60; do echo "heap after $(( SECONDS / 60 )) min: $(heap)"; done ) &
  SAMPLER=$!
  ./mvnw -B -q -f bench/load/pom.xml gatling:test -Dbase="$BASE" -Dregistered=true -Dusers="$USERS" \
      -Dramp="${RAMP:-2000}" -DthinkMinMs="${THINK_MIN_MS:-200000}" -DthinkMaxMs="${THINK_MAX_MS:-400000}" \
      || echo "(some Gatling assertions failed: see the figures above)"
  kill "$SAMPLER"
else
  ./mvnw -B -q -f bench/load/pom.xml gatling:test -Dbase="$BASE" -Dusers="${USERS:-10000}" -Dramp="${RAMP:-600}" \
      || echo "(some Gatling assertions failed: see the figures above)"
fi
echo "heap at the end: $(heap)"
echo "The HTML report is in bench/load/target/gatling/."
