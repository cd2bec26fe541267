#!/bin/bash
# A dist whose wasm keeps its functions' names, for CPU profiles (tools/dev/window-profile.mjs)
# and twiggy: the Makefile's build and wasm-opt passes with -g, without the steps that would
# drop the names or rename the imports (dead-data, short-names, the CSS/JS minifier).
# usage: tools/dev/names-build.sh SRC_DIR BASE_DIST OUT_DIST [TARGET_DIR]
#   SRC_DIR a checkout (a worktree of another commit, say); BASE_DIST a built dist whose
#   pages, styles and examples are copied; TARGET_DIR cargo's, one per checkout (a shared one
#   takes the other checkout's sources for fresh).
set -e
SRC=$(realpath "$1"); BASE=$(realpath "$2"); OUT=$3; TDIR=${4:-$SRC/target-names}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
(cd "$SRC" && RUSTC_BOOTSTRAP=1 RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none" \
  CARGO_TARGET_DIR="$TDIR" cargo build --profile release --target wasm32-unknown-unknown --bin journey-lens \
  -Z build-std=std,panic_abort -Z build-std-features=optimize_for_size)
rm -rf "$OUT" && cp -r "$BASE" "$OUT" && rm -rf "$OUT/pkg" && mkdir -p "$OUT/pkg"
wasm-bindgen "$TDIR/wasm32-unknown-unknown/release/journey-lens.wasm" --out-dir "$OUT/pkg" --target web --no-typescript --keep-debug
cd "$ROOT"
node tools/bundle-snippets.mjs "$OUT/pkg"
KEEP=$(mktemp --suffix=.mjs -p tools)
sed 's/^binaryen.setDebugInfo(false);/binaryen.setDebugInfo(true);/' tools/unused-exports.mjs > "$KEEP"
node "$KEEP" "$OUT/pkg"; rm "$KEEP"
FEATURES=$(sed -n '/^WASM_OPT_FEATURES :=/,/[^\\]$/p' Makefile | sed 's/^WASM_OPT_FEATURES :=//; s/\\//g' | tr '\n' ' ')
node_modules/.bin/wasm-opt -g --flatten --rereloop -Oz -Oz --converge --low-memory-unused --one-caller-inline-max-function-size=40 \
  --always-inline-max-function-size=5 $FEATURES "$OUT/pkg/journey-lens_bg.wasm" -o "$OUT/pkg/journey-lens_bg.wasm"
ls -la "$OUT/pkg"
