#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (the ctest fixture hub_server).
#
#   pgcluster.sh start DIR   initdb a fresh cluster in DIR, start it on a free
#                            127.0.0.1 port, write DIR/conninfo.env
#   pgcluster.sh stop DIR    stop it and remove DIR
#
# The server binaries come from pg_config --bindir, else the newest
# /usr/lib/postgresql/*/bin, else PATH; CROSSCUT_PG_BINDIR overrides that.
#
# conninfo.env holds shell assignments: PG_HOST, PG_PORT, PG_SUPERUSER,
# PG_PASSWORD, PG_SOCKET_DIR (and PG_DATA, PG_RUN_AS for `stop`). When
# PostgreSQL cannot be started, `start` still exits 0 but writes
# DIR/unavailable.txt with the reason instead: the tests that need the server
# then skip with that reason (tests/support/pgtestserver.cpp), and this
# script exits 77, which ctest reports as a skipped fixture.
#
# initdb refuses to run as root: as root the cluster runs as the Debian
# `postgres` user (from the postgresql package). A cluster left over from an
# interrupted run is stopped and removed before a new one starts.
set -uo pipefail

usage() { echo "usage: pgcluster.sh start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action="$1"
dir="$2"
case "$dir" in /*) ;; *) dir="$PWD/$dir" ;; esac

first_port=55432
last_port=55531
superuser="crosscut_test"

find_bindir() {
  local b
  # CROSSCUT_PG_BINDIR: the server binaries to use, and no others.
  if [ -n "${CROSSCUT_PG_BINDIR:-}" ]; then
    b="$CROSSCUT_PG_BINDIR"
    if [ -x "$b/initdb" ] && [ -x "$b/pg_ctl" ]; then echo "$b"; return 0; fi
    return 1
  fi
  if command -v pg_config >/dev/null 2>&1; then
    b="$(pg_config --bindir 2>/dev/null)"
    if [ -x "$b/initdb" ] && [ -x "$b/pg_ctl" ]; then echo "$b"; return 0; fi
  fi
  for b in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$b/initdb" ] && [ -x "$b/pg_ctl" ]; then echo "$b"; return 0; fi
  done
  b="$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")"
  if [ -x "$b/initdb" ] && [ -x "$b/pg_ctl" ]; then echo "$b"; return 0; fi
  return 1
}

# Runs a command as the cluster's user (postgres when we are root).
as_owner() {
  if [ -n "$run_as" ]; then runuser -u "$run_as" -- "$@"; else "$@"; fi
}

# A port nothing listens on (TCP connect to 127.0.0.1 refused).
port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Stops and removes a cluster in $dir, whatever state it was left in.
teardown() {
  local data="" owner="" pid=""
  if [ -f "$dir/conninfo.env" ]; then
    data="$(sed -n 's/^PG_DATA=//p' "$dir/conninfo.env" | tr -d "'")"
    owner="$(sed -n 's/^PG_RUN_AS=//p' "$dir/conninfo.env" | tr -d "'")"
  fi
  [ -n "$data" ] || data="$dir/data"
  if [ -f "$data/postmaster.pid" ]; then
    pid="$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)"
    local bindir
    if bindir="$(find_bindir)"; then
      run_as="$owner"
      as_owner "$bindir/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1 \
        || as_owner "$bindir/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
    # Still there (pg_ctl missing or stuck): stop the postmaster this cluster
    # recorded, and only that process.
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null \
       && grep -q postgres "/proc/$pid/comm" 2>/dev/null; then
      kill -QUIT "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
  fi
  # A data directory outside $dir (see below) goes too.
  case "$data" in "$dir"/*) ;; *) rm -rf "$data" ;; esac
  rm -rf "$dir"
}

unavailable() {
  mkdir -p "$dir"
  printf '%s\n' "$*" >"$dir/unavailable.txt"
  echo "pgcluster: PostgreSQL unavailable, the tests that need it will skip: $*" >&2
  exit 77
}

start() {
  teardown
  mkdir -p "$dir" || { echo "pgcluster: cannot create $dir" >&2; exit 1; }

  local bindir
  bindir="$(find_bindir)" \
    || unavailable "no PostgreSQL server binaries (initdb, pg_ctl) found${CROSSCUT_PG_BINDIR:+ in CROSSCUT_PG_BINDIR=$CROSSCUT_PG_BINDIR}: install the postgresql package (installer/install-deps.sh)"

  run_as=""
  if [ "$(id -u)" -eq 0 ]; then
    getent passwd postgres >/dev/null \
      || unavailable "running as root and there is no 'postgres' user to run the cluster as (initdb refuses root): install the postgresql package"
    command -v runuser >/dev/null || unavailable "running as root and runuser (util-linux) is missing"
    run_as="postgres"
  fi

  # The data directory lives in $dir unless the cluster's user cannot reach
  # it (a build tree under a private home) or the socket path would be too
  # long for a Unix socket (107 bytes): then under /tmp.
  local data="$dir/data" sockdir="$dir/socket"
  if [ -n "$run_as" ]; then chown "$run_as" "$dir"; fi
  if ! as_owner test -w "$dir" || [ "${#sockdir}" -gt 90 ]; then
    local tmp
    tmp="$(mktemp -d /tmp/crosscut-pg.XXXXXX)" || unavailable "cannot create a directory under /tmp"
    [ -z "$run_as" ] || chown "$run_as" "$tmp"
    data="$tmp/data"
    sockdir="$tmp/socket"
  fi
  as_owner mkdir -p "$sockdir" || unavailable "cannot create the socket directory $sockdir"

  local password
  password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
  local pwfile="$dir/.pw"
  printf '%s\n' "$password" >"$pwfile"
  chmod 600 "$pwfile"
  [ -z "$run_as" ] || chown "$run_as" "$pwfile"

  local log="$dir/initdb.log"
  if ! as_owner "$bindir/initdb" -D "$data" -U "$superuser" --pwfile="$pwfile" \
       --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync \
       >"$log" 2>&1; then
    unavailable "initdb failed: $(tail -n 3 "$log" | tr '\n' ' ')"
  fi
  rm -f "$pwfile"
  as_owner tee "$data/pg_hba.conf" >/dev/null <<'HBA'
# Crosscut test cluster (tests/support/pgcluster.sh)
local all all trust
host  all all 127.0.0.1/32 scram-sha-256
HBA
  # A throwaway cluster: durability is not what the tests measure.
  as_owner tee -a "$data/postgresql.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$sockdir'
password_encryption = 'scram-sha-256'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
shared_buffers = 64MB
CONF

  # Try ports upward; another cluster may take a port between our check and
  # our bind, so a failed start moves on to the next port.
  local port started=""
  for port in $(seq "$first_port" "$last_port"); do
    port_free "$port" || continue
    if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" >/dev/null 2>&1; then continue; fi
    if as_owner "$bindir/pg_ctl" -D "$data" -o "-p $port" -l "$dir/server.log" -w -t 60 start \
         >/dev/null 2>&1; then
      started="$port"
      break
    fi
    grep -q -i "could not bind\|address already in use\|could not create lock file" "$dir/server.log" 2>/dev/null \
      || unavailable "pg_ctl start failed: $(tail -n 3 "$dir/server.log" 2>/dev/null | tr '\n' ' ')"
  done
  [ -n "$started" ] || unavailable "no free port in $first_port..$last_port on 127.0.0.1"

  {
    echo "PG_HOST='127.0.0.1'"
    echo "PG_PORT='$started'"
    echo "PG_SUPERUSER='$superuser'"
    echo "PG_PASSWORD='$password'"
    echo "PG_SOCKET_DIR='$sockdir'"
    echo "PG_DATA='$data'"
    echo "PG_RUN_AS='$run_as'"
    echo "PG_BINDIR='$bindir'"
  } >"$dir/conninfo.env"
  chmod 600 "$dir/conninfo.env"

  # The password works over TCP (what the tests and the client use).
  if ! PGPASSWORD="$password" "$bindir/psql" -X -q -h 127.0.0.1 -p "$started" -U "$superuser" \
       -d postgres -c 'SELECT 1' >/dev/null 2>"$dir/check.log"; then
    local why
    why="$(cat "$dir/check.log")"
    teardown
    unavailable "the cluster started but refused its superuser over TCP: $why"
  fi
  echo "pgcluster: PostgreSQL $("$bindir/postgres" -V | sed "s/^postgres (PostgreSQL) //") on 127.0.0.1:$started (data $data${run_as:+, run as $run_as})"
}

case "$action" in
  start) start ;;
  stop) teardown; echo "pgcluster: stopped and removed $dir" ;;
  *) usage ;;
esac
