#!/usr/bin/env bash
# Every test of Device Console, in the order that fails fastest. Exits non-zero on the
# first failure; prints each runner's own summary.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true CARGO_TERM_COLOR=never
start=$(date +%s)
step() { printf '\n\033[1m==> %s (%ss)\033[0m\n' "$*" "$(( $(date +%s) - start ))"; }
# Runs a command with its output in a log; prints the lines matching a pattern (the
# runner's summaries), and the log's end when the command fails.
filtered() {
  local log=$1 pattern=$2 rc=0
  shift 2
  mkdir -p target
  "$@" >"$log" 2>&1 || rc=$?
  grep -E "$pattern" "$log" || true
  if [ $rc -ne 0 ]; then
    echo "---- failed ($rc); the end of $log:"
    tail -n 120 "$log"
  fi
  return $rc
}

step "setup"
scripts/setup.sh test

step "the build scripts' tests (node --test scripts/)"
node --test scripts/

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy --all-targets -- -D warnings"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p proxy --features playground --all-targets -- -D warnings
cargo clippy -p app --target wasm32-unknown-unknown --all-targets -- -D warnings

step "a production build of the proxy links no playground"
# (SQLite itself it does link: the console database's default.)
if cargo tree -p proxy -e normal --prefix none | grep -Eq '^(playground|rusqlite) '; then
  echo "the proxy's production build links the playground:"; cargo tree -p proxy -e normal -i playground
  exit 1
fi

step "a PostgreSQL for the console database's tests (Debian's, in a temporary directory)"
pg_dir=$(mktemp -d /tmp/console-pg.XXXXXX)
trap 'scripts/postgres.sh stop "$pg_dir"' EXIT
CONSOLE_TEST_POSTGRES_URL=$(scripts/postgres.sh start "$pg_dir")
export CONSOLE_TEST_POSTGRES_URL

step "native tests (every crate; the console database on SQLite and PostgreSQL)"
filtered target/native-tests.log '^(test result|     Running)' cargo test --workspace

step "browser component tests (wasm-bindgen-test in headless Chromium)"
filtered target/wasm-tests.log '^(test result|running [0-9])' cargo test -p app --target wasm32-unknown-unknown

step "release build of the console (trunk) and the servers"
trunk build --release

step "the console's first load against its budget (scripts/first-load.mjs)"
node scripts/first-load.mjs dist
cargo build -p playground -p proxy --features proxy/playground

step "playground against its OpenAPI description (schemathesis)"
filtered target/schemathesis.log '(generated|passed|failed|errors|Seed|API Operations)' scripts/schemathesis.sh

step "end-to-end tests (Playwright, Debian Chromium, real proxy and playground)"
npx playwright test

step "all tests passed in $(( $(date +%s) - start ))s"
