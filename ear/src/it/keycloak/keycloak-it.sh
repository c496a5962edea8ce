#!/usr/bin/env bash
# Keycloak for the integration tests: an identity provider (OIDC and SAML) on one loopback port.
#
#   keycloak-it.sh start <keycloak-home> <realm.json> <port>   build once, start in the background, wait until the
#                                                             realm's discovery document answers, write the pid file
#   keycloak-it.sh stop  <keycloak-home>                      stop the server started from that home (if any)
#
# <keycloak-home> is an unpacked org.keycloak:keycloak-quarkus-dist zip (the folder holding bin/kc.sh).
# Keycloak 26 wants Java 21 or later: JAVA_HOME is set to /usr/lib/jvm/temurin-25-jdk-amd64 when that exists
# (else another Temurin 21+, else JAVA_HOME or the java on the PATH).
# The database is H2 in memory (dev-mem): every start imports the realm file afresh, and nothing is kept.
# Files in <keycloak-home>: keycloak-it.log (server log), keycloak-it.pid (kc.sh, parent of the java process),
# keycloak-it-build.log, data/import/ (the realm).
#
# Environment (all optional):
#   KC_IT_TIMEOUT       seconds to wait for the realm (default 300)
#   KC_IT_JAVA_OPTS     JVM options replacing the defaults below (small heap, C1 only, serial GC: starts in half the CPU)
#   KC_IT_HTTPS_PORT    also listen on HTTPS on this port (needs KC_IT_HTTPS_CERT and KC_IT_HTTPS_KEY, PEM files)
#   KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD   master-realm admin (default admin / admin)
set -euo pipefail

BUILD_OPTS=(--db=dev-mem --health-enabled=false --metrics-enabled=false)
DEFAULT_JAVA_OPTS="-XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m -Dfile.encoding=UTF-8 -XX:+ExitOnOutOfMemoryError \
-Djava.security.egd=file:/dev/urandom -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms64m -Xmx256m -Xss512k \
-XX:ReservedCodeCacheSize=64m"

die() { echo "keycloak-it: $*" >&2; exit 1; }

usage() {
  echo "usage: $0 start <keycloak-home> <realm.json> <port> | stop <keycloak-home>" >&2
  exit 2
}

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}

# Temurin 25 when present, else another JDK 21+ under /usr/lib/jvm, else JAVA_HOME or the java on the PATH.
# Keycloak 26.7 still runs on Java 17 (its classes are Java 17 bytecode), but Java 17 is deprecated for the server.
pick_java() {
  local j m
  for j in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-*-jdk* ${JAVA_HOME:-}; do
    [ -x "$j/bin/java" ] || continue
    m=$(java_major "$j")
    if [ -n "$m" ] && [ "$m" -ge 21 ]; then export JAVA_HOME=$j; return 0; fi
  done
  if [ -z "${JAVA_HOME:-}" ]; then
    j=$(command -v java) || die "no java found (set JAVA_HOME to a JDK 21 or later)"
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$j")")")
    export JAVA_HOME
  fi
  m=$(java_major "$JAVA_HOME")
  [ -n "$m" ] && [ "$m" -ge 17 ] || die "Keycloak needs Java 21 or later; $JAVA_HOME is Java ${m:-?}"
  [ "$m" -ge 21 ] || echo "keycloak-it: warning: running Keycloak on Java $m ($JAVA_HOME); Keycloak 26 wants Java 21 or later" >&2
}

# the pid in the pid file (the kc.sh that runs the server's java), if that process is still kc.sh of this home
running_pid() {
  local home=$1 pid
  [ -f "$home/keycloak-it.pid" ] || return 1
  pid=$(cat "$home/keycloak-it.pid")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$home/bin/kc.sh" || return 1
  echo "$pid"
}

# the server's java: the child of kc.sh started with -Dkc.home.dir=<home>/bin/..
java_pid() {
  local home=$1 wrapper=$2 c
  for c in $(pgrep -P "$wrapper" 2>/dev/null); do
    tr '\0' ' ' < "/proc/$c/cmdline" 2>/dev/null | grep -qF -- "-Dkc.home.dir=$home/bin/.." && { echo "$c"; return 0; }
  done
  return 1
}

port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

do_stop() {
  local home pid jpid i
  home=$(cd "$1" && pwd) || die "no such folder: $1"
  if pid=$(running_pid "$home"); then
    jpid=$(java_pid "$home" "$pid" || true)
    # kc.sh passes TERM on to the java process and waits for it
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 60); do
      kill -0 "$pid" 2>/dev/null || { [ -n "$jpid" ] && kill -0 "$jpid" 2>/dev/null; } || break
      sleep 0.5
    done
    for p in $pid $jpid; do
      if kill -0 "$p" 2>/dev/null; then
        echo "keycloak-it: pid $p did not stop in 30 s, killing it" >&2
        kill -KILL "$p" 2>/dev/null || true
      fi
    done
    echo "keycloak-it: stopped (kc.sh pid $pid, java pid ${jpid:-?})"
  else
    echo "keycloak-it: not running from $home"
  fi
  rm -f "$home/keycloak-it.pid"
}

do_start() {
  local home realm_file port realm pid t0 timeout marker url https_args=()
  [ -x "$1/bin/kc.sh" ] || die "$1 is not a Keycloak home (no bin/kc.sh)"
  home=$(cd "$1" && pwd)
  realm_file=$2
  port=$3
  [ -f "$realm_file" ] || die "no realm file: $realm_file"
  [[ "$port" =~ ^[0-9]+$ ]] || die "not a port: $port"
  realm=$(sed -n 's/^[[:space:]]*"realm"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$realm_file" | head -1)
  [ -n "$realm" ] || die "no \"realm\" name in $realm_file"
  timeout=${KC_IT_TIMEOUT:-300}
  pick_java

  # a server left over from an earlier run of the same home goes first
  if running_pid "$home" >/dev/null; then
    echo "keycloak-it: a server from $home is still running; stopping it first"
    do_stop "$home"
  fi
  port_busy "$port" && die "port $port is already in use"

  # realm to import: only this file
  rm -rf "$home/data/import"
  mkdir -p "$home/data/import"
  cp "$realm_file" "$home/data/import/$realm-realm.json"

  export JAVA_OPTS=${KC_IT_JAVA_OPTS:-$DEFAULT_JAVA_OPTS}
  export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
  export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}

  # build-time options (the database kind, health and metrics) are baked in once per home
  marker="$home/lib/quarkus/.keycloak-it-build"
  if [ ! -f "$marker" ] || [ "$(cat "$marker")" != "${BUILD_OPTS[*]}" ]; then
    echo "keycloak-it: building $home (${BUILD_OPTS[*]})"
    t0=$SECONDS
    "$home/bin/kc.sh" build "${BUILD_OPTS[@]}" > "$home/keycloak-it-build.log" 2>&1 \
      || { tail -40 "$home/keycloak-it-build.log" >&2; die "kc.sh build failed (log: $home/keycloak-it-build.log)"; }
    echo "${BUILD_OPTS[*]}" > "$marker"
    echo "keycloak-it: built in $((SECONDS - t0)) s"
  fi

  if [ -n "${KC_IT_HTTPS_PORT:-}" ]; then
    [ -f "${KC_IT_HTTPS_CERT:-}" ] && [ -f "${KC_IT_HTTPS_KEY:-}" ] || die "KC_IT_HTTPS_PORT needs KC_IT_HTTPS_CERT and KC_IT_HTTPS_KEY"
    https_args=(--https-port="$KC_IT_HTTPS_PORT" --https-certificate-file="$KC_IT_HTTPS_CERT"
                --https-certificate-key-file="$KC_IT_HTTPS_KEY")
  fi

  # the issuer is always http://localhost:<port>/realms/<realm>, whichever name a client uses to reach it;
  # local caches (no JGroups cluster), loopback only, no management interface (health and metrics are off)
  t0=$SECONDS
  nohup "$home/bin/kc.sh" start --optimized \
    --http-enabled=true --http-host=127.0.0.1 --http-port="$port" \
    --hostname="http://localhost:$port" \
    --cache=local --import-realm "${https_args[@]}" \
    > "$home/keycloak-it.log" 2>&1 < /dev/null &
  pid=$!
  echo "$pid" > "$home/keycloak-it.pid"   # kc.sh, which runs java as its child and passes TERM on to it

  url="http://127.0.0.1:$port/realms/$realm/.well-known/openid-configuration"
  until curl -sf -o /dev/null --max-time 5 "$url"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -40 "$home/keycloak-it.log" >&2
      rm -f "$home/keycloak-it.pid"
      die "Keycloak exited during start (log: $home/keycloak-it.log)"
    fi
    if [ $((SECONDS - t0)) -ge "$timeout" ]; then
      tail -40 "$home/keycloak-it.log" >&2
      do_stop "$home"
      die "realm $realm not ready after $timeout s (log: $home/keycloak-it.log)"
    fi
    sleep 0.5
  done
  echo "keycloak-it: realm $realm ready at http://localhost:$port/realms/$realm after $((SECONDS - t0)) s (kc.sh pid $pid, java pid $(java_pid "$home" "$pid" || echo ?))"
}

case "${1:-}" in
  start) [ $# -eq 4 ] || usage; do_start "$2" "$3" "$4" ;;
  stop)  [ $# -eq 2 ] || usage; do_stop "$2" ;;
  *) usage ;;
esac
