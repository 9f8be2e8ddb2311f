#!/usr/bin/env bash
# Sourced by the bench scripts that query a running server.
#
#   serve_store STORE [SERVE_OPTION...]
#
# Starts `parley serve --store STORE` on a free loopback port, its output in $work/server.log, and waits until it
# answers /$/ping (2 minutes at most; if the server dies first, prints its log and exits 1). Needs $home and $work;
# sets $port, $base and $server_pid, which the caller's EXIT trap stops.
serve_store() {
  local store="$1"
  shift
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  base="http://127.0.0.1:$port"
  "$home/parley" serve --store "$store" --port "$port" "$@" >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 240); do
    curl -sf -o /dev/null "$base/\$/ping" && return 0
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "bench: the server did not answer within 2 minutes" >&2
  exit 1
}
