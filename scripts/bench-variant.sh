#!/usr/bin/env bash
# Builds the console as it is at a revision, with a patch applied if one is given, into
# target/bench-variants/NAME/dist, for the browser benchmarks' BENCH_BEFORE_DIST: an
# earlier build, or a thought experiment (e2e/bench/floor/), measured in the same rounds
# as the current build and the reference. The sources are checked out into a git worktree
# outside the repository (cargo would add this checkout's .cargo/config.toml to the
# revision's own: rustflags add up) and removed afterwards; cargo's target/ is shared.
#
#   scripts/bench-variant.sh NAME REV [PATCH]
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: scripts/bench-variant.sh NAME REV [PATCH]" >&2
  exit 2
fi
name=$1 rev=$2 patch=${3:-}
root=$(pwd)
# The pinned tools, as `make` finds them (scripts/setup.sh installs them).
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
out=$root/target/bench-variants/$name

git rev-parse --verify --quiet "$rev^{commit}" >/dev/null || { echo "no such revision: $rev" >&2; exit 2; }
[ -z "$patch" ] || [ -f "$patch" ] || { echo "no such patch: $patch" >&2; exit 2; }

rm -rf "$out"
src=$(mktemp -d)/src
git worktree prune
mkdir -p "$out"
git worktree add --detach "$src" "$rev" >/dev/null
trap 'git -C "$root" worktree remove --force "$src"; rmdir "$(dirname "$src")"' EXIT
if [ -n "$patch" ]; then
  git -C "$src" apply "$root/$patch" || { echo "$patch no longer applies to $rev: make it again from the sources" >&2; exit 1; }
fi
ln -s "$root/node_modules" "$src/node_modules"
(cd "$src" && CARGO_TARGET_DIR="$root/target" trunk build --release --dist "$out/dist")
echo "built $name ($rev${patch:+ + $patch}) into target/bench-variants/$name/dist"
