# Device Console: `make run` starts the product, `make test` runs every test.
# Both install what they need first (scripts/setup.sh, idempotent).

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CARGO_TERM_COLOR ?= never
PORT ?= 8080

.PHONY: run test build setup bench bench-playground bench-proxy bench-pairing bench-devices bench-index bench-activity bench-jobs bench-codes bench-first-render bench-first-render-floor bench-lighthouse bench-size clean

## Start the console in playground mode with demo data on http://127.0.0.1:$(PORT)/
run: build
	cargo build --release -p proxy --features playground
	@echo "Open http://127.0.0.1:$(PORT)/ (playground mode, demo data in ./data)"
	target/release/device-console --playground --listen 127.0.0.1:$(PORT) --dist dist --data-dir data --log-format pretty

## Run formatting and lint checks, native tests, browser component tests, end-to-end tests
test:
	scripts/test.sh

## Build the console (release, size-optimized) into dist/
build:
	scripts/setup.sh build
	trunk build --release

setup:
	scripts/setup.sh test

## Benchmarks (see README, "Benchmarks")
bench: bench-playground bench-proxy bench-pairing bench-devices bench-index bench-activity bench-jobs bench-codes bench-first-render bench-lighthouse bench-size

bench-playground:
	scripts/setup.sh build
	cargo run --release -p playground --example bench

bench-proxy:
	scripts/setup.sh bench
	scripts/bench-proxy.sh

bench-pairing: build
	scripts/setup.sh test
	cargo build --release -p playground -p proxy --features proxy/playground
	node e2e/bench/pairing.mjs

bench-devices: build
	scripts/setup.sh test
	cargo build --release -p playground -p proxy --features proxy/playground
	node e2e/bench/devices-first-page.mjs

# The minimal Leptos app the first load and first render are measured against, built from
# ../shared/bench-reference with the console's profile, tools and target/ (never into the
# repository's sources).
target/minimal-app/dist/index.html: Cargo.lock
	scripts/setup.sh build
	rm -rf target/minimal-app && mkdir -p target/minimal-app
	cp -r ../shared/bench-reference/minimal-app/. target/minimal-app/
	cp Cargo.lock target/minimal-app/
	# Without --emit-relocs (.cargo/config.toml, for the console's splitting): binaryen
	# cannot optimize a module that keeps its relocations.
	cd target/minimal-app && RUSTFLAGS="--cfg erase_components" CARGO_TARGET_DIR=.. trunk build --release
	node scripts/precompress.mjs target/minimal-app/dist

bench-first-render: build target/minimal-app/dist/index.html
	scripts/setup.sh test
	cargo build --release -p playground -p proxy --features proxy/playground
	node e2e/bench/first-render.mjs

# What the device table's first row would take with less on the page: the same sources
# without the page's tools (search, filters, bulk bar, export), and also with a table of
# one cell (e2e/bench/floor/), measured in the same rounds as the console and the reference.
bench-first-render-floor: build target/minimal-app/dist/index.html
	scripts/setup.sh test
	cargo build --release -p playground -p proxy --features proxy/playground
	scripts/bench-variant.sh without-tools HEAD e2e/bench/floor/without-tools.patch
	scripts/bench-variant.sh one-cell HEAD e2e/bench/floor/without-tools.patch e2e/bench/floor/one-cell.patch
	BENCH_BEFORE_DIST=target/bench-variants/without-tools/dist,target/bench-variants/one-cell/dist \
	  node e2e/bench/first-render.mjs

bench-lighthouse: build
	scripts/setup.sh test
	cargo build --release -p playground -p proxy --features proxy/playground
	node e2e/bench/lighthouse.mjs

## Where the first load's bytes are: per file, per area's chunks, per crate (README, "Benchmarks")
bench-size: build target/minimal-app/dist/index.html
	node scripts/first-load.mjs dist || true
	node scripts/first-load.mjs target/minimal-app/dist || true
	node scripts/wasm-composition.mjs target/wasm32-unknown-unknown/wasm-release/app.wasm 20

bench-index: build
	scripts/setup.sh test
	cargo build --release -p playground -p proxy --features proxy/playground
	node e2e/bench/index.mjs

bench-activity:
	scripts/setup.sh test
	cargo build --release -p proxy --example activity_bench
	dir=$$(mktemp -d /tmp/console-pg.XXXXXX); \
	  url=$$(scripts/postgres.sh start $$dir) && \
	  CONSOLE_BENCH_POSTGRES_URL=$$url cargo run -q --release -p proxy --example activity_bench; \
	  rc=$$?; scripts/postgres.sh stop $$dir; exit $$rc

bench-jobs:
	scripts/setup.sh build
	cargo build --release -p proxy
	cargo run --release -p proxy --example jobs_bench

bench-codes:
	scripts/setup.sh build
	cargo build --release -p proxy
	cargo run --release -p proxy --example codes_bench

clean:
	rm -rf dist target/e2e
