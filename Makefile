# Device Console: `make run` starts the product, `make test` runs every test.
# Both install what they need first (scripts/setup.sh, idempotent).

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CARGO_TERM_COLOR ?= never
PORT ?= 8080

.PHONY: run test build setup bench bench-playground bench-proxy bench-pairing bench-devices bench-index bench-activity bench-jobs bench-codes clean

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
bench: bench-playground bench-proxy bench-pairing bench-devices bench-index bench-activity bench-jobs bench-codes

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
