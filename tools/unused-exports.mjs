// Takes out of the wasm and its glue the JS classes `wasm-streams` exports
// (IntoUnderlyingSource, IntoUnderlyingByteSource, IntoUnderlyingSink). Leptos depends on
// `server_fn`, which depends on `wasm-streams` for streaming server functions; the app has
// no server, and nothing of it ever makes a Rust stream into a JS one. But every
// `#[wasm_bindgen]` export is a root, so their code and all it calls (futures turned into
// promises, their drops) stayed in the wasm, and the classes in the glue: about 1.2 KB of
// gzip. Runs before wasm-opt, which then drops what only they reached. Fails when the glue
// still names them afterwards (a new wasm-bindgen writing them otherwise), or when some
// code of the app's uses them.
// usage: node tools/unused-exports.mjs dist/pkg
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import binaryen from "binaryen";

const pkg = process.argv[2] ?? "dist/pkg";
const gluePath = join(pkg, "journey-lens.js");
const wasmPath = join(pkg, "journey-lens_bg.wasm");
const CLASS = /^(__wbg_)?intounderlying(bytesource|sink|source)_/;

// The glue: each class (up to its `Symbol.dispose` line) and its FinalizationRegistry.
let glue = readFileSync(gluePath, "utf8");
const classes = /^export class IntoUnderlying(ByteSource|Sink|Source) \{\n[\s\S]*?\n\}\nif \(Symbol\.dispose\) IntoUnderlying\1\.prototype\[Symbol\.dispose\] = IntoUnderlying\1\.prototype\.free;\n/gm;
const registries = /^const IntoUnderlying(ByteSource|Sink|Source)Finalization = [^\n]*\n[^\n]*\n[^\n]*\n/gm;
const count = (glue.match(classes) ?? []).length + (glue.match(registries) ?? []).length;
glue = glue.replace(classes, "").replace(registries, "");
if (count !== 6 || /intounderlying/i.test(glue)) {
  throw new Error(`${gluePath}: the wasm-streams classes were not found as expected (${count} of 6 parts)`);
}

// The wasm: their exports.
const module = binaryen.readBinary(readFileSync(wasmPath));
const dropped = [];
for (let i = 0; i < module.getNumExports(); i++) {
  const { name } = binaryen.getExportInfo(module.getExportByIndex(i));
  if (CLASS.test(name)) dropped.push(name);
}
for (const name of dropped) module.removeExport(name);
if (dropped.length !== 13) throw new Error(`${wasmPath}: ${dropped.length} wasm-streams exports, not 13`);
// The features rustc enables (as the Makefile's WASM_OPT_FEATURES): binaryen writes only those.
const F = binaryen.Features;
module.setFeatures(F.MVP | F.BulkMemory | F.BulkMemoryOpt | F.NontrappingFPToInt | F.SignExt | F.MutableGlobals | F.ReferenceTypes | F.Multivalue);
if (!module.validate()) throw new Error(`${wasmPath}: not valid without the wasm-streams exports`);
writeFileSync(wasmPath, module.emitBinary());
writeFileSync(gluePath, glue);
module.dispose();
console.log(`unused-exports: ${dropped.length} wasm-streams exports and their 3 classes taken out`);
