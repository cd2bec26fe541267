# Journey Lens: `make serve` builds and serves the app; `make test` runs every test.
# Both install what they need on a fresh machine (see ../shared/toolchain-notes.md):
# the wasm32 target, wasm-bindgen-cli at the version in Cargo.lock, npm tools, and Debian's
# Chromium. Nothing downloads prebuilt binaries.

PORT ?= 8080
HOST ?= 127.0.0.1
PROFILE ?= release
CARGO_TARGET := wasm32-unknown-unknown
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"/\1/p;}' Cargo.lock)
WASM := target/$(CARGO_TARGET)/$(PROFILE)/journey-lens.wasm
DIST := dist
# CSS files in cascade order: tokens first, print last; the rest in between.
CSS := style/tokens.css style/base.css $(filter-out style/tokens.css style/base.css style/print.css,$(sort $(wildcard style/*.css))) $(wildcard style/print.css)
CHROMIUM ?= /usr/bin/chromium
# --low-memory-unused: LLVM never places data below address 1024 (the stack comes first), so
# wasm-opt may fold constant addresses there (about 2 KB of gzip).
# --one-caller-inline-max-function-size=40: by default -Oz inlines every function that has a
# single caller, however large; the merged bodies gzip worse than the call (unlimited is about
# 3 KB of gzip larger). 20 was best until the wasm-streams functions left (tools/unused-exports
# .mjs); since then 40 is (2026-12-06, against 20: 40 -148 bytes, 60 -90, 80 -73, 150 +125,
# 1000 +483; 40 leaves 42 fewer functions in the module).
# --always-inline-max-function-size=5 (2 by default): a function of up to 5 bytes (a call
# passed on, a field read) is inlined at its call sites. The browser compiles each function
# the first time it runs, at a fixed cost per function: the 1,000-step first screen compiles
# about 110 fewer (1,101 -> 989), and the wasm is 27 bytes smaller gzipped (6: 24 fewer
# again, but +1.7 KB; 8: +4.7 KB).
# --flatten --rereloop first, then -Oz twice: the control flow rebuilt from scratch
# gzips about 1.2 KB smaller (one -Oz after it gives only 0.5 KB; -Oz twice alone, nothing).
# --converge runs the passes again until the wasm stops shrinking: 0.1 KB of gzip for about
# 20 s of build.
# tools/unused-exports.mjs first takes out the JS classes `wasm-streams` exports (Leptos
# brings it for server functions; the app has none) and makes its functions trap: about
# 4.5 KB of gzip. It finds them by the names wasm-bindgen keeps, and writes the wasm without them.
# After wasm-opt, tools/dead-data.mjs zeroes the data only dropped code reached (wasm-opt
# keeps all data): about 0.7 KB of gzip. It reads the wasm from before wasm-opt to tell the
# data's objects apart.
# tools/short-names.mjs then gives the imports, their modules and wasm-bindgen's exports
# names of a letter or two in the wasm and the glue alike (their hashed names were 8.9 KB of
# the gzipped app).
# The wasm features rustc enables by default for wasm32 (not --all-features: Chromium
# rejects what that produces).
WASM_OPT_FEATURES := --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all serve test dist build tools check unit e2e bench clean sync-examples size fmt lint

all: dist

## Tools ------------------------------------------------------------------------------
tools: .tools/wasm-target .tools/rust-src .tools/wasm-bindgen-$(WASM_BINDGEN_VERSION) node_modules/.installed

.tools/wasm-target:
	@mkdir -p .tools
	rustup target list --installed | grep -qx $(CARGO_TARGET) || rustup target add $(CARGO_TARGET)
	@touch $@

.tools/rust-src:
	@mkdir -p .tools
	rustup component list --installed | grep -qx rust-src || rustup component add rust-src
	@touch $@

.tools/wasm-bindgen-$(WASM_BINDGEN_VERSION):
	@mkdir -p .tools
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "Installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (a few minutes, once)"; \
	  cargo install wasm-bindgen-cli --version =$(WASM_BINDGEN_VERSION); \
	fi
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# Debian's Chromium for browser tests, a colour emoji font so journeys with emoji render
# (and screenshot) as people see them, and librsvg's rsvg-convert: the SVG export is checked
# in a renderer that is not a browser, as vector editors are.
chromium:
	@if [ ! -x $(CHROMIUM) ] || ! fc-list | grep -qi "color emoji" || ! command -v rsvg-convert >/dev/null; then \
	  echo "Installing Debian's chromium, fonts-noto-color-emoji and librsvg2-bin"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium fonts-noto-color-emoji librsvg2-bin >/dev/null; \
	fi

## Build -------------------------------------------------------------------------------
# The wasm is built with its own copy of the standard library, compiled with
# panic=immediate-abort: a panic traps at once ("RuntimeError: unreachable" in the console)
# instead of formatting its message, so no panic message, location or formatting code is
# left in the wasm (about 24 KB of gzip, a tenth of the app). -Z build-std and that panic
# strategy are unstable: RUSTC_BOOTSTRAP=1 lets this stable toolchain use them, for this
# build only (clippy and the native tests use the toolchain as it is). `make dist
# PANIC=abort` builds with panic messages in the console, for debugging. With no message
# to print, `{:?}` formatting and source locations are not kept either (-Zfmt-debug=none,
# -Zlocation-detail=none: the app never shows a `Debug` text; about 80 bytes of gzip).
# The standard library is built with its `optimize_for_size` feature: the same results from
# smaller code (sorting by heapsort and a small merge sort, integers written a digit at a
# time, floats read without the fast path): about 2.5 KB of gzip. Its default features
# (unwinding, backtraces) are not used by a wasm that aborts on panic.
PANIC ?= immediate-abort
WASM_RUSTFLAGS := --cfg erase_components $(if $(filter immediate-abort,$(PANIC)),-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none)
build: tools
	RUSTC_BOOTSTRAP=1 RUSTFLAGS="$(WASM_RUSTFLAGS)" cargo build --profile $(PROFILE) \
	  --target $(CARGO_TARGET) --bin journey-lens -Z build-std=std,panic_abort \
	  -Z build-std-features=optimize_for_size

# A static site with relative URLs only: it works from any host and any sub-path.
dist: build node_modules/.installed
	rm -rf $(DIST) && mkdir -p $(DIST)/pkg
	wasm-bindgen $(WASM) --out-dir $(DIST)/pkg --target web --no-typescript \
	  --remove-producers-section
	cp $(DIST)/pkg/journey-lens_bg.wasm $(DIST)/before-opt.wasm
	node tools/bundle-snippets.mjs $(DIST)/pkg
	node tools/unused-exports.mjs $(DIST)/pkg
	node_modules/.bin/wasm-opt --flatten --rereloop -Oz -Oz --converge --low-memory-unused --one-caller-inline-max-function-size=40 --always-inline-max-function-size=5 $(WASM_OPT_FEATURES) $(DIST)/pkg/journey-lens_bg.wasm -o $(DIST)/pkg/journey-lens_bg.wasm
	node tools/dead-data.mjs $(DIST)/before-opt.wasm $(DIST)/pkg/journey-lens_bg.wasm
	rm $(DIST)/before-opt.wasm
	node tools/short-names.mjs $(DIST)/pkg
	cp index.html $(DIST)/
	cp -r public/. $(DIST)/
	cat $(CSS) > $(DIST)/app.css
	node tools/minify.mjs $(DIST)
	@$(MAKE) --no-print-directory size

serve: dist
	@echo "Journey Lens on http://$(HOST):$(PORT)/"
	node tools/serve.mjs --dir $(DIST) --host $(HOST) --port $(PORT)

size:
	@node tools/size.mjs $(DIST)

## Tests -------------------------------------------------------------------------------
test: check unit dist chromium e2e

check: tools
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target $(CARGO_TARGET) --bin journey-lens -- -D warnings

unit:
	cargo test --quiet

e2e: node_modules/.installed chromium
	node tools/size.mjs $(DIST) --check
	node --test --test-concurrency=1 --test-timeout=180000 --test-force-exit tests/e2e/

# Mermaid is a dependency of the benchmark only: installed here, never by `make test`.
bench: dist chromium bench/node_modules/.installed
	node bench/run.mjs

bench/node_modules/.installed: bench/package.json bench/package-lock.json
	npm ci --prefix bench --no-audit --no-fund
	@touch $@

sync-examples:
	cp ../shared/examples/*.json public/examples/

fmt:
	cargo fmt

clean:
	rm -rf $(DIST) .tools target
