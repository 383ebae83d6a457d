#!/usr/bin/env bash
# Builds the console as it is at a revision, with patches applied in order if any are
# given, into target/bench-variants/NAME/dist, for the browser benchmarks'
# BENCH_BEFORE_DIST: an earlier build, or a thought experiment (e2e/bench/floor/),
# measured in the same rounds as the current build and the reference. The sources are
# checked out into a git worktree outside the repository (cargo would add this checkout's
# .cargo/config.toml to the revision's own: rustflags add up) and removed afterwards.
# Cargo builds them in a target directory of their own, target/bench-variants/cargo:
# sharing target/ would leave a variant's module where the build reads the console's
# (cargo copies a binary there only when it compiles it, and the console's own is then
# up to date).
#
#   scripts/bench-variant.sh NAME REV [PATCH...]
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: scripts/bench-variant.sh NAME REV [PATCH...]" >&2
  exit 2
fi
name=$1 rev=$2
shift 2
case $name in
  cargo | */* | . | .. | '') echo "a variant cannot be named '$name': pick a plain name other than cargo" >&2; exit 2 ;;
esac
root=$(pwd)
# The pinned tools, as `make` finds them (scripts/setup.sh installs them).
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
out=$root/target/bench-variants/$name

git rev-parse --verify --quiet "$rev^{commit}" >/dev/null || { echo "no such revision: $rev" >&2; exit 2; }
for patch in "$@"; do
  [ -f "$patch" ] || { echo "no such patch: $patch" >&2; exit 2; }
done

rm -rf "$out"
mkdir -p "$out"
tmp=$(mktemp -d)
src=$tmp/src
trap 'git -C "$root" worktree remove --force "$src" 2>/dev/null; rm -rf "$tmp"; git -C "$root" worktree prune' EXIT
git worktree add --detach "$src" "$rev" >/dev/null
for patch in "$@"; do
  git -C "$src" apply "$root/$patch" || { echo "$patch no longer applies to $rev (after the patches before it): make it again from the sources" >&2; exit 1; }
done
ln -s "$root/node_modules" "$src/node_modules"
(cd "$src" && CARGO_TARGET_DIR="$root/target/bench-variants/cargo" trunk build --release --dist "$out/dist")
echo "built $name ($rev${*:+ + $*}) into target/bench-variants/$name/dist"
