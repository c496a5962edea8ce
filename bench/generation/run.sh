#!/usr/bin/env bash
# The generation latency benchmark (issue 6): POST /generate/cv → READY at 1 and 20 clients, first with the
# template generator, then with a language model played by WireMock answering in 3 s (OpenAI wire protocol).
# Not a test: run it by hand on a quiet machine, from the repository root, after `./mvnw install -DskipTests`:
#   bench/generation/run.sh
# Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth) and free ports 9080/9443/61616/8095. ~6 minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."

DB=${BENCH_DB:-cvtailor_genbench}
BASE=http://localhost:9080
WIREMOCK=$(ls ~/.m2/repository/org/wiremock/wiremock-standalone/*/wiremock-standalone-*.jar | tail -1)

java -jar "$WIREMOCK" --port 8095 --bind-address 127.0.0.1 --root-dir bench/generation/llm-stub \
  --disable-banner --async-response-enabled true --container-threads 64 >/dev/null 2>&1 &
STUB=$!
trap 'kill $STUB 2>/dev/null; ./mvnw -B -q -o -pl ear liberty:stop >/dev/null 2>&1 || true' EXIT

run() {
  local label=$1
  dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
  createdb -h 127.0.0.1 -U postgres "$DB"
  ./mvnw -B -q -o -pl ear liberty:create liberty:deploy liberty:start -Dliberty.serverName=cvtailor >/dev/null
  until curl -sf "$BASE/health/ready" >/dev/null; do sleep 2; done
  java bench/generation/GenerationBench.java "$BASE" "$label" "${2:-0}"
  ./mvnw -B -q -o -pl ear liberty:stop >/dev/null
}

export DB_KIND=postgres DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=postgres DB_PASSWORD=
export CVTAILOR_RATELIMIT_REQUESTS_PER_HOUR=100000000 CVTAILOR_RATELIMIT_GENERATIONS_PER_HOUR=100000000
echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
export CVTAILOR_LLM_PROVIDER=none
run template
export CVTAILOR_LLM_PROVIDER=openai CVTAILOR_LLM_BASE_URL=http://127.0.0.1:8095/v1 CVTAILOR_LLM_API_KEY=bench \
  CVTAILOR_LLM_MODEL=gpt-bench CVTAILOR_LLM_TIMEOUT=20s
run llm 3000
