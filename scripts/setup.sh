#!/usr/bin/env bash
# Installs what building and testing Device Console needs, idempotently: each step checks
# first and does nothing when the right version is already there.
#
#   scripts/setup.sh build   the wasm target, trunk, wasm-bindgen-cli, wasm-split-cli, npm packages (binaryen, terser)
#   scripts/setup.sh test    the above + Chromium/ChromeDriver and PostgreSQL (Debian), schemathesis (PyPI)
#   scripts/setup.sh bench   the above + wrk, nginx and brotli (Debian)
#
# Versions are pinned here and nowhere else (see ../README.md, "Toolchain").
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
SCHEMATHESIS_VERSION=4.32.5
what=${1:-build}

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  step "apt-get install ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Debian's binaryen (108) must not be what trunk finds: it produces a broken module.
# Trunk.toml pins wasm_opt = version_132, which is the npm package below.

# 1. Rust: the wasm target and the lint tools.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for c in rustfmt clippy; do
  rustup component list --installed | grep -q "^$c" || rustup component add "$c"
done

# 2. trunk (0.22 needs a newer rustc than this machine's).
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  step "cargo install trunk@$TRUNK_VERSION (about 7 minutes on 2 cores)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

# 3. wasm-bindgen-cli at exactly the version in Cargo.lock. No --locked: the registry
#    here lacks one of its locked dependencies' versions.
WBG=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WBG" ]; then
  step "cargo install wasm-bindgen-cli@$WBG (about 2 minutes on 2 cores)"
  cargo install wasm-bindgen-cli --version "$WBG"
fi

# 3b. wasm-split-cli, which moves each lazy route's code into a chunk of its own
#     (scripts/post-build.mjs). Its runtime half, wasm_split_helpers, is in Cargo.lock.
WSPLIT=0.2.4
# (It has no --version: cargo's list of installed packages tells.)
if ! cargo install --list | grep -q "^wasm_split_cli_support v$WSPLIT:"; then
  step "cargo install wasm_split_cli_support@$WSPLIT (about 1 minute on 2 cores)"
  cargo install --locked wasm_split_cli_support --version "$WSPLIT" --features build-binary
fi

# 4. npm: binaryen (wasm-opt 132), terser (the JS glue's minifier), Playwright, axe-core.
#    No browser is downloaded.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm ci"
  npm ci --no-fund --no-audit --loglevel=error
fi

if [ "$what" = test ] || [ "$what" = bench ]; then
  # 5. Chromium and its WebDriver, and PostgreSQL (the console database's tests), from Debian.
  apt_install chromium chromium-driver postgresql
  # 6. schemathesis, in a virtualenv of the project's.
  if [ "$(.venv/bin/schemathesis --version 2>/dev/null | awk '{print $NF}')" != "$SCHEMATHESIS_VERSION" ]; then
    step "pip install schemathesis==$SCHEMATHESIS_VERSION"
    python3 -m venv .venv
    .venv/bin/pip install -q --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
  fi
fi

if [ "$what" = bench ]; then
  apt_install wrk nginx-light brotli
fi
