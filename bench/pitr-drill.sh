#!/usr/bin/env bash
# Point-in-time-recovery drill for PostgreSQL 15 (docs/operations/point-in-time-recovery.md).
#
# What it does, on a throwaway cluster of its own (the shared server on 5432 is never touched):
#   1. initdb into a temporary directory with wal_level=replica, archive_mode=on and an archive_command that copies
#      each finished WAL segment into a WAL archive directory; start it on PITR_PORT (default 5499).
#   2. Load PITR_ROWS (default 200000) rows into a table shaped like the app's artifacts.
#   3. Take a base backup with pg_basebackup -Fp -Xnone: the backup holds no WAL, so the restore must take every
#      segment from the archive, from the backup's start onwards. That is the point of the drill: it proves the
#      archive is complete, not only that a backup can be copied back (pg_basebackup -Xnone also waits until the
#      backup's last segment is archived before it returns).
#   4. Insert a second batch (PITR_ROWS2, default 50000), record the row count and the target time, then make the
#      "accident" (DELETE of every even id) and switch WAL so that the segment holding it is archived.
#   5. Stop the cluster, copy the base backup into a fresh directory, set restore_command, recovery_target_time and
#      recovery_target_action = 'promote', touch recovery.signal, start it on PITR_PORT+1 and time how long it
#      takes until pg_is_in_recovery() is false.
#   6. Compare the restored row count with the count at the target time (and with the count after the accident);
#      exit non-zero if they differ. Print a figures line at the end.
# Both clusters are stopped and the temporary directory deleted on exit, also on failure (PITR_KEEP=1 keeps it).
#
# Run from anywhere, as root (the PostgreSQL binaries then run as the postgres OS user) or as an ordinary user:
#   bench/pitr-drill.sh
#   PITR_ROWS=1000000 PITR_PORT=5599 bench/pitr-drill.sh
# On the shared build machine: flock /tmp/cvtailor-build.lock bench/pitr-drill.sh
# Needs PostgreSQL 15's binaries (PG_BIN, default /usr/lib/postgresql/15/bin) and two free ports. Takes well under
# two minutes with the defaults.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PORT=${PITR_PORT:-5499}
RESTORE_PORT=$((PORT + 1))
ROWS=${PITR_ROWS:-200000}
ROWS2=${PITR_ROWS2:-50000}
DB=drill
for n in "$PORT" "$ROWS" "$ROWS2"; do
  [[ $n =~ ^[0-9]+$ ]] || { echo "PITR_PORT, PITR_ROWS and PITR_ROWS2 must be whole numbers, not '$n'" >&2; exit 2; }
done

# As root, every PostgreSQL binary runs as the postgres OS user (initdb and postgres refuse to run as root).
if [[ $(id -u) -eq 0 ]]; then
  PG_USER=postgres
  as_pg() { runuser -u "$PG_USER" -- "$@"; }
else
  PG_USER=$(id -un)
  as_pg() { "$@"; }
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/pitr-drill.XXXXXX")
DATA=$WORK/data        # the "production" cluster
ARCHIVE=$WORK/archive  # the WAL archive (durable storage in production)
BACKUP=$WORK/backup    # the base backup
RESTORE=$WORK/restore  # where the backup is restored and recovered
SOCK=$WORK/sock        # Unix sockets stay in here; clients connect over 127.0.0.1
mkdir -p "$ARCHIVE" "$SOCK"
chmod 700 "$WORK"
if [[ $(id -u) -eq 0 ]]; then chown -R "$PG_USER" "$WORK"; fi
cd "$WORK"  # the postgres user must be able to read the working directory

cleanup() {
  local rc=$?
  set +e
  for dir in "$RESTORE" "$DATA"; do
    if [[ -f $dir/postmaster.pid ]]; then
      as_pg "$PG_BIN/pg_ctl" -D "$dir" -m immediate -w -t 30 stop >/dev/null 2>&1
    fi
  done
  if [[ $rc -ne 0 ]]; then
    for log in "$WORK/data.log" "$WORK/restore.log"; do
      [[ -f $log ]] && { echo "--- tail of $log" >&2; tail -n 40 "$log" >&2; }
    done
    echo "PITR drill FAILED (exit $rc)" >&2
  fi
  cd /
  if [[ ${PITR_KEEP:-0} == 1 ]]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for p in "$PORT" "$RESTORE_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "port $p is in use; set PITR_PORT to a free port (the restore uses PITR_PORT+1)" >&2
    exit 1
  fi
done

sql() {  # sql PORT STATEMENT: one statement, unaligned output without headers
  as_pg "$PG_BIN/psql" -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$1" -U postgres -d "$DB" -c "$2"
}
seconds_since() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }'; }

echo "== initdb and start the drill cluster on port $PORT ($WORK)"
as_pg "$PG_BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 -N >/dev/null
cat >>"$DATA/postgresql.conf" <<EOF

# PITR drill
port = $PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$SOCK'
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $ARCHIVE/%f && cp %p $ARCHIVE/%f'
max_wal_size = 1GB
EOF
as_pg "$PG_BIN/pg_ctl" -D "$DATA" -l "$WORK/data.log" -w -t 60 start >/dev/null
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB"

echo "== load $ROWS artifacts"
sql "$PORT" "create table artifacts (
  id bigserial primary key,
  user_id bigint not null,
  title varchar(300) not null,
  body text,
  created_at timestamptz not null default now())"
sql "$PORT" "create index ix_artifacts_user_created on artifacts (user_id, created_at)"
insert_rows() {  # insert_rows COUNT
  sql "$PORT" "insert into artifacts (user_id, title, body)
    select 1 + g % 10000, 'Artifact ' || g, repeat(md5(g::text) || ' ', 8) from generate_series(1, $1) g"
}
insert_rows "$ROWS"

echo "== base backup (pg_basebackup -Fp -Xnone, WAL from the archive)"
t0=$(date +%s.%N)
as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PORT" -U postgres -D "$BACKUP" -Fp -Xnone -c fast
BACKUP_S=$(seconds_since "$t0")
BACKUP_MB=$(du -sm "$BACKUP" | cut -f1)
echo "   $BACKUP_S s, $BACKUP_MB MB"

echo "== second batch of $ROWS2, then the target time"
insert_rows "$ROWS2"
sql "$PORT" "select pg_switch_wal()" >/dev/null
ROWS_TARGET=$(sql "$PORT" "select count(*) from artifacts")
sql "$PORT" "select pg_sleep(1)" >/dev/null
# now() in a statement of its own; the text form carries the server's UTC offset, e.g. 2025-01-31 10:00:01.123+00
TARGET_TS=$(sql "$PORT" "select now()")
sleep 1
echo "   rows at target $ROWS_TARGET, target time $TARGET_TS"

echo "== the accident: delete every even id"
sql "$PORT" "delete from artifacts where id % 2 = 0"
ROWS_AFTER=$(sql "$PORT" "select count(*) from artifacts")
LAST_SEGMENT=$(sql "$PORT" "select pg_walfile_name(pg_switch_wal())")
echo "   rows after the accident $ROWS_AFTER; waiting for $LAST_SEGMENT to be archived"
for _ in $(seq 600); do
  [[ -f $ARCHIVE/$LAST_SEGMENT ]] && break
  sleep 0.1
done
if [[ ! -f $ARCHIVE/$LAST_SEGMENT ]]; then
  echo "segment $LAST_SEGMENT was not archived within 60 s:" >&2
  sql "$PORT" "select * from pg_stat_archiver" >&2
  exit 1
fi
# The segments a restore of this backup needs: from the one named in backup_label up to the last one archived.
FIRST_SEGMENT=$(sed -n 's/^START WAL LOCATION: .*(file \([0-9A-F]\{24\}\))$/\1/p' "$BACKUP/backup_label")
NEEDED=$(find "$ARCHIVE" -maxdepth 1 -regextype posix-extended -regex '.*/[0-9A-F]{24}' -printf '%f\n' \
  | awk -v first="$FIRST_SEGMENT" '($0 "") >= (first "")' | wc -l)
ARCHIVED=$(sql "$PORT" "select archived_count || ' (failed ' || failed_count || ')' from pg_stat_archiver")
SEGMENTS=$(find "$ARCHIVE" -maxdepth 1 -regextype posix-extended -regex '.*/[0-9A-F]{24}' | wc -l)
ARCHIVE_MB=$(du -sm "$ARCHIVE" | cut -f1)
echo "   archived $ARCHIVED files, $SEGMENTS WAL segments, $ARCHIVE_MB MB; the restore needs $NEEDED (from $FIRST_SEGMENT)"

echo "== stop the drill cluster (the \"lost\" server)"
as_pg "$PG_BIN/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >/dev/null

echo "== restore the base backup and recover to $TARGET_TS on port $RESTORE_PORT"
t0=$(date +%s.%N)
as_pg cp -a "$BACKUP" "$RESTORE"
chmod 700 "$RESTORE"
COPY_S=$(seconds_since "$t0")
# postgresql.auto.conf is read after postgresql.conf (copied from the old server by pg_basebackup), so these win.
# The restored server does not archive: the drill's archive stays as the old server left it. In production it
# archives to the same place (the new timeline's segments have other names).
cat >>"$RESTORE/postgresql.auto.conf" <<EOF
port = $RESTORE_PORT
archive_mode = off
restore_command = 'cp $ARCHIVE/%f %p'
recovery_target_time = '$TARGET_TS'
recovery_target_action = 'promote'
EOF
as_pg touch "$RESTORE/recovery.signal"
as_pg "$PG_BIN/pg_ctl" -D "$RESTORE" -l "$WORK/restore.log" -w -t 120 start >/dev/null
for _ in $(seq 1200); do
  [[ $(sql "$RESTORE_PORT" "select pg_is_in_recovery()" 2>/dev/null || true) == f ]] && break
  sleep 0.1
done
if [[ $(sql "$RESTORE_PORT" "select pg_is_in_recovery()") != f ]]; then
  echo "the restored server was still in recovery after 120 s" >&2
  exit 1
fi
RESTORE_S=$(seconds_since "$t0")
ROWS_RESTORED=$(sql "$RESTORE_PORT" "select count(*) from artifacts")
TIMELINE=$(sql "$RESTORE_PORT" "select timeline_id from pg_control_checkpoint()")
REPLAYED=$(grep -c 'restored log file "[0-9A-F]\{24\}" from archive' "$WORK/restore.log" || true)
STOPPED=$(grep -o 'recovery stopping before .*' "$WORK/restore.log" | head -n 1 || true)
echo "   usable after $RESTORE_S s (copy $COPY_S s, then start and replay) on timeline $TIMELINE," \
  "$REPLAYED segments restored from the archive"
echo "   ${STOPPED:-no 'recovery stopping' line in the log}"

echo
echo "rows at target time:   $ROWS_TARGET"
echo "rows after accident:   $ROWS_AFTER"
echo "rows after restore:    $ROWS_RESTORED"
if [[ $ROWS_RESTORED == "$ROWS_TARGET" && $ROWS_RESTORED != "$ROWS_AFTER" ]]; then
  VERDICT=MATCH
else
  VERDICT=MISMATCH
fi
echo
echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $("$PG_BIN/postgres" --version)"
echo "PITR drill: base backup $BACKUP_S s ($BACKUP_MB MB), WAL archived $SEGMENTS segments ($ARCHIVE_MB MB," \
  "$REPLAYED replayed), restore to $TARGET_TS in $RESTORE_S s (copy $COPY_S s + replay), rows at target $ROWS_TARGET," \
  "rows after accident $ROWS_AFTER, rows after restore $ROWS_RESTORED: $VERDICT"
[[ $VERDICT == MATCH ]]
