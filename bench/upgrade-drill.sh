#!/usr/bin/env bash
# Upgrade drill: an installation of an earlier release, upgraded to this checkout, ends up with this release's timer
# jobs (docs/decisions/029).
#
# What it does:
#   1. Builds the EAR of UPGRADE_FROM (a git ref, default fa8d47b: the last commit whose timer jobs were @Schedule
#      methods) in a temporary git worktree, without installing anything into ~/.m2.
#   2. Makes a Liberty server of its own (upgrade-drill) from this checkout's ear/target/liberty (run
#      `./mvnw install -DskipTests` first), on a fresh PostgreSQL database (UPGRADE_DB, default cvtailor_upgrade).
#   3. Starts it with the earlier EAR, waits for /health/ready, counts the timers in CVT_TIMER_TASK, stops it.
#   4. Starts it with this checkout's EAR on the same database, waits, counts again and prints what TimerJobs logged.
#   5. Exits non-zero unless, after the upgrade, the database holds exactly this release's jobs (one programmatic
#      timer each) and no automatic timer of the earlier release.
# Needs the machine's PostgreSQL on 127.0.0.1:5432 (trust auth) and ports 9080/9443/61616 free.
# On the shared build machine: flock /tmp/cvtailor-build.lock bench/upgrade-drill.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
FROM=${UPGRADE_FROM:-fa8d47b}
DB=${UPGRADE_DB:-cvtailor_upgrade}
EXPECTED_JOBS=${EXPECTED_JOBS:-12}
WLP=$ROOT/ear/target/liberty/wlp
NEW_EAR=$(ls "$ROOT"/ear/target/*.ear | head -1)
SERVER=$WLP/usr/servers/upgrade-drill
WORK=$(mktemp -d)
PSQL=(psql -h 127.0.0.1 -U postgres -qtA)

cleanup() {
  "$WLP/bin/server" stop upgrade-drill >/dev/null 2>&1 || true
  git -C "$ROOT" worktree remove --force "$WORK/old" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f "$NEW_EAR" ] || { echo "No EAR in ear/target: run ./mvnw install -DskipTests first" >&2; exit 2; }

echo "== building the EAR of $FROM"
git -C "$ROOT" worktree add -q --detach "$WORK/old" "$FROM"
(cd "$WORK/old" && ./mvnw -B -ntp -o -q package -DskipTests -pl ear -am) > "$WORK/old-build.log" 2>&1 \
  || { tail -40 "$WORK/old-build.log"; exit 1; }
OLD_EAR=$(ls "$WORK"/old/ear/target/*.ear | head -1)

echo "== a server of its own on a fresh database $DB"
"${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
rm -rf "$SERVER"
mkdir -p "$SERVER/apps"
template=$WLP/usr/servers/cvtailor
(cd "$template" && cp -r ./*.xml bootstrap.properties jvm.options server.env lib resources "$SERVER"/)
echo >> "$SERVER/server.env"
cat >> "$SERVER/server.env" <<ENV
DB_KIND=postgres
DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB
DB_USER=postgres
DB_PASSWORD=postgres
ADMIN_EMAIL=admin-drill@cvtailor.dev
ADMIN_PASSWORD=upgrade drill only, not a secret
ENV

run_release() { # label ear
  cp "$2" "$SERVER/apps/cvtailor.ear"
  rm -rf "$SERVER/apps/expanded" "$SERVER/workarea"
  "$WLP/bin/server" start upgrade-drill > /dev/null
  for _ in $(seq 1 180); do
    if curl -fsS http://localhost:9080/health/ready > /dev/null 2>&1; then break; fi
    sleep 1
  done
  curl -fsS http://localhost:9080/health/ready > /dev/null || { tail -40 "$SERVER/logs/messages.log"; exit 1; }
  echo "-- $1: timers in the database"
  "${PSQL[@]}" -d "$DB" -c "select substr(iname, 1, 11), count(*) from cvt_timer_task group by substr(iname, 1, 11) order by 1"
  "$WLP/bin/server" stop upgrade-drill > /dev/null
}

run_release "$FROM" "$OLD_EAR"
automatic_before=$("${PSQL[@]}" -d "$DB" -c "select count(*) from cvt_timer_task where iname like '!EJBTimerA!%'")
run_release "this checkout" "$NEW_EAR"
automatic=$("${PSQL[@]}" -d "$DB" -c "select count(*) from cvt_timer_task where iname like '!EJBTimerA!%'")
programmatic=$("${PSQL[@]}" -d "$DB" -c "select count(*) from cvt_timer_task where iname like '!EJBTimerP!%'")
echo "-- what TimerJobs logged"
grep -o '"message":"[^"]*\(timer job\|Timer jobs\|Cancelled the timer\)[^"]*"' "$SERVER/logs/messages.log" \
  | sed 's/"message":"//; s/"$//' | sort | uniq -c
echo "Upgrade drill: $FROM left $automatic_before automatic timers; after the upgrade $programmatic programmatic" \
  "(expected $EXPECTED_JOBS) and $automatic automatic (expected 0)"
[ "$programmatic" = "$EXPECTED_JOBS" ] && [ "$automatic" = 0 ]
