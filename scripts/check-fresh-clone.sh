#!/usr/bin/env bash
# Proves the README's first commands work on a fresh clone (CI runs it before npm test):
#   1. clone, npm ci, npm start with no DATABASE_URL on a free port: /api/health and /
#      answer, SIGTERM stops it with exit 0;
#   2. another clone, npm ci, then `npm run ingest` of one seed report as its first command.
# Each clone is made from the committed HEAD, so a file that only exists in a work tree
# (a generated client, a build) cannot hide a missing step.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED_DIR:-$(cd "$repo/.." && pwd)/shared}"
work="$(mktemp -d /tmp/fresh-clone.XXXXXX)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill -TERM "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "fresh clone: FAILED: $*" >&2; exit 1; }

clone() {
  git clone --quiet "$repo" "$1"
  (cd "$1" && npm ci --no-audit --no-fund --loglevel=error >"$1.npm-ci.log" 2>&1) || { tail -20 "$1.npm-ci.log"; fail "npm ci in $1"; }
}

# The embedded PostgreSQL runs as the postgres user when we are root: it must reach the clone.
chmod 755 "$work"

echo "fresh clone: npm ci && npm start (no DATABASE_URL)"
clone "$work/start"
port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
(cd "$work/start" && exec env -u DATABASE_URL PORT="$port" SHARED_DIR="$work/no-shared" npm start) >"$work/start.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do
  curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { tail -40 "$work/start.log"; fail "npm start exited before serving"; }
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null || { tail -40 "$work/start.log"; fail "/api/health did not answer within 10 minutes"; }
curl -fsS "http://127.0.0.1:$port/" -o "$work/index.html" || fail "GET / did not answer 200"
grep -q "<html" "$work/index.html" || fail "GET / did not return a page"
# SIGTERM to the app's own process (npm does not pass signals on to its script's children).
descendants() { local p; for p in $(pgrep -P "$1"); do echo "$p"; descendants "$p"; done; }
app_pid=""
for p in $(descendants "$server_pid"); do
  [ "$(cat "/proc/$p/comm" 2>/dev/null)" = node ] && grep -q "scripts/start.ts" "/proc/$p/cmdline" 2>/dev/null && app_pid="$p" && break
done
[ -n "$app_pid" ] || fail "could not find the npm start process"
kill -TERM "$app_pid"
code=0
wait "$server_pid" || code=$?
server_pid=""
[ "$code" -eq 0 ] || { tail -20 "$work/start.log"; fail "npm start exited with $code after SIGTERM (expected 0)"; }
if pgrep -f "$work/start/" >/dev/null; then pgrep -af "$work/start/"; fail "processes of the app (database, server) outlived SIGTERM"; fi
echo "fresh clone: npm start served /api/health and /, stopped on SIGTERM (exit $code)"

echo "fresh clone: npm ci && npm run ingest (first command)"
clone "$work/ingest"
seed="$(ls "$shared/corpus/seeds/"*.txt | head -1)"
(cd "$work/ingest" && env -u DATABASE_URL npm run --silent ingest -- "$seed" >"$work/ingest.log" 2>&1) || { tail -20 "$work/ingest.log"; fail "npm run ingest $seed"; }
grep -Eiq "stored|claim" "$work/ingest.log" || { cat "$work/ingest.log"; fail "npm run ingest printed no summary"; }
echo "fresh clone: npm run ingest stored $(basename "$seed")"
