// Takes out of the wasm and its glue the JS classes `wasm-streams` exports
// (IntoUnderlyingSource, IntoUnderlyingByteSource, IntoUnderlyingSink). Leptos depends on
// `server_fn`, which depends on `wasm-streams` for streaming server functions; the app has
// no server, and nothing of it ever makes a Rust stream into a JS one. But every
// `#[wasm_bindgen]` export is a root, so their code and all it calls (futures turned into
// promises, their drops) stayed in the wasm, and the classes in the glue: about 1.2 KB of
// gzip. Runs before wasm-opt, which then drops what only they reached. Fails when the glue
// still names them afterwards (a new wasm-bindgen writing them otherwise), or when some
// code of the app's uses them.
// What only they reached is not all dropped, though: the futures they turn into promises
// are called through the function table (wasm-bindgen's closures), and wasm-opt keeps every
// function the table holds. So every function of `wasm-streams` (by its name, which
// wasm-bindgen keeps for this step) gets a body that traps, and what those bodies called
// goes with wasm-opt: about 3 KB more of gzip. Nothing else calls them (checked here, in
// the module's text: it fails the build if any other function does), so only a table entry
// that no code of the app's ever makes could reach them. The names are dropped on writing.
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
binaryen.setDebugInfo(true);
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

// The functions of `wasm-streams`: no function but their own and the exports dropped above
// may call them.
const STREAMS = /wasm_streams\[/;
const stubbed = new Set();
for (let i = 0; i < module.getNumFunctions(); i++) {
  const { name, module: imported } = binaryen.getFunctionInfo(module.getFunctionByIndex(i));
  if (!imported && STREAMS.test(name)) stubbed.add(name);
}
if (stubbed.size === 0) throw new Error(`${wasmPath}: no function names wasm-streams (was the name section removed?)`);
let caller = null;
for (const line of module.emitText().split("\n")) {
  const func = /^ \(func \$("[^"]*"|\S+)/.exec(line);
  if (func) caller = func[1].replace(/^"|"$/g, "");
  else if (caller && !stubbed.has(caller) && !CLASS.test(caller)) {
    for (const [, callee] of line.matchAll(/\((?:call|return_call|ref\.func) \$("[^"]*"|\S+)/g)) {
      if (stubbed.has(callee.replace(/^"|"$/g, ""))) throw new Error(`${wasmPath}: ${caller} calls ${callee}`);
    }
  }
}
for (const name of stubbed) binaryen.Function.setBody(module.getFunction(name), module.unreachable());
if (!module.validate()) throw new Error(`${wasmPath}: not valid with wasm-streams' functions trapping`);
binaryen.setDebugInfo(false);
writeFileSync(wasmPath, module.emitBinary());
writeFileSync(gluePath, glue);
module.dispose();
console.log(`unused-exports: ${dropped.length} wasm-streams exports and their 3 classes taken out, ${stubbed.size} of its functions made to trap`);
