// Gives the wasm's imports, their modules and its exports short names, in the wasm and in
// wasm-bindgen's JS glue alike. wasm-bindgen names each import after its JS function plus a
// 16-digit hash (`__wbg_setAttribute_2daab3a786553e75`), each snippet module by a path with
// another hash, and the closure shims it exports by their Rust types (up to 300 characters):
// written twice, once in each file, and random enough that gzip cannot shrink them, they
// were about 6 KB of the gzipped app. (binaryen's --minify-imports-and-exports-and-modules
// does the same to the wasm, but it puts every import in one module, which the glue cannot
// be rewritten to by replacing names.) `memory` keeps its name: boot.js reads it.
// usage: node tools/short-names.mjs dist/pkg
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const KEEP = new Set(["memory"]);
// The exports renamed: wasm-bindgen's own (the glue reaches them as `wasm.name`), not ours.
const OWN_EXPORT = /^(__wbindgen_|__wbg_|wasm_bindgen_|__externref_|intounderlying)/;

// Short names in order: a, b, ..., Z, aa, ab, ... (JS identifiers, never a reserved word:
// they are used as property names only, where reserved words are allowed anyway).
function* shortNames() {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (let length = 1; ; length++) {
    const index = new Array(length).fill(0);
    for (;;) {
      yield index.map((i) => letters[i]).join("");
      let k = length - 1;
      while (k >= 0 && ++index[k] === letters.length) index[k--] = 0;
      if (k < 0) break;
    }
  }
}

// A reader and writer for the parts of the binary format this needs.
function reader(bytes, at = 0) {
  const r = {
    at,
    byte: () => bytes[r.at++],
    u32() {
      let value = 0;
      for (let shift = 0; ; shift += 7) {
        const b = bytes[r.at++];
        value += (b & 0x7f) * 2 ** shift;
        if (b < 0x80) return value;
      }
    },
    name() {
      const length = r.u32();
      const text = Buffer.from(bytes.subarray(r.at, r.at + length)).toString("utf8");
      r.at += length;
      return text;
    },
    // The bytes from `start` to here, as they were.
    since: (start) => bytes.subarray(start, r.at),
  };
  return r;
}
const u32 = (value) => {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value) b |= 0x80;
    out.push(b);
  } while (value);
  return Buffer.from(out);
};
const name = (text) => {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([u32(bytes.length), bytes]);
};

// Skips an import's description (after its kind byte).
function skipImportDescription(r, kind) {
  const limits = () => {
    const flags = r.byte();
    r.u32();
    if (flags & 1) r.u32();
  };
  if (kind === 0) r.u32(); // a function: its type
  else if (kind === 1) { r.byte(); limits(); } // a table: its element type, limits
  else if (kind === 2) limits(); // a memory
  else if (kind === 3) { r.byte(); r.byte(); } // a global: its type, mutability
  else throw new Error(`an import of kind ${kind}: not handled`);
}

const dir = process.argv[2] ?? "dist/pkg";
const wasmPath = join(dir, readdirSync(dir).find((f) => f.endsWith(".wasm")));
const gluePath = join(dir, readdirSync(dir).find((f) => f.endsWith(".js")));
const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, "utf8");
// The module the glue's own imports come from (`./journey-lens_bg.js`).
const glueModule = `./${gluePath.split("/").pop().replace(/\.js$/, "_bg.js")}`;

const renamed = new Map(); // old name -> new, for the glue
const modules = new Map();
const moduleNames = shortNames();
const fieldNames = new Map(); // per module
const exportNames = shortNames();
const exported = new Set();
const sections = [wasm.subarray(0, 8)];
const r = reader(wasm, 8);
while (r.at < wasm.length) {
  const id = r.byte();
  const size = r.u32();
  const end = r.at + size;
  if (id === 2) {
    const count = r.u32();
    const entries = [u32(count)];
    for (let i = 0; i < count; i++) {
      const module = r.name();
      let field = r.name();
      const start = r.at;
      const kind = r.byte();
      skipImportDescription(r, kind);
      if (!modules.has(module)) {
        modules.set(module, moduleNames.next().value);
        fieldNames.set(module, shortNames());
      }
      // The glue's own imports get short names; a snippet's keep its exports' names, which
      // are short already and are the names in the snippet's file.
      if (module === glueModule && !KEEP.has(field)) {
        const short = fieldNames.get(module).next().value;
        if (renamed.has(field) && renamed.get(field) !== short) throw new Error(`${field}: imported twice`);
        renamed.set(field, short);
        field = short;
      }
      entries.push(name(modules.get(module)), name(field), r.since(start));
    }
    const body = Buffer.concat(entries);
    sections.push(Buffer.from([2]), u32(body.length), body);
  } else if (id === 7) {
    const count = r.u32();
    const entries = [u32(count)];
    for (let i = 0; i < count; i++) {
      let field = r.name();
      const start = r.at;
      r.byte();
      r.u32();
      if (!KEEP.has(field) && OWN_EXPORT.test(field)) {
        const short = `_${exportNames.next().value}`; // apart from the imports' names
        exported.add(field);
        renamed.set(field, short);
        field = short;
      }
      entries.push(name(field), r.since(start));
    }
    const body = Buffer.concat(entries);
    sections.push(Buffer.from([7]), u32(body.length), body);
  } else {
    sections.push(wasm.subarray(r.at - 1 - u32(size).length, end));
  }
  r.at = end;
}

// The glue's imports the wasm no longer makes (wasm-opt dropped the code that called them:
// see unused-exports.mjs) are taken out of the imports object, as wasm-bindgen writes it:
// an entry from its `name: function` line to the next entry's (indented as much, not a
// closing brace) or to the end of the object (indented less).
const imported = new Set([...renamed.keys()].filter((field) => !exported.has(field)));
let unusedImports = 0;
glue = glue.replace(/^ {8}(__wbg_\w+): function[\s\S]*?\n(?= {8}[^\s}]| {0,7}\S)/gm, (entry, field) => {
  if (imported.has(field)) return entry;
  unusedImports++;
  return "";
});
for (const field of glue.matchAll(/\b__wbg_\w+_[0-9a-f]{16}\b/g)) {
  if (!imported.has(field[0])) throw new Error(`${field[0]}: not imported by the wasm, yet still in the glue`);
}

// The glue: module names are string keys of the imports object; field and export names are
// property names and accesses. Every name is replaced as a whole word.
for (const [module, short] of modules) {
  const quoted = JSON.stringify(module);
  if (!glue.includes(quoted)) throw new Error(`${module}: not in the glue`);
  glue = glue.replaceAll(quoted, JSON.stringify(short));
}
const escape = (s) => s.replace(/[$]/g, "\\$");
for (const [old, short] of renamed) {
  const word = new RegExp(`(?<![\\w$])${escape(old)}(?![\\w$])`, "g");
  const uses = [...glue.matchAll(word)];
  if (exported.has(old)) {
    // An export is reached as `wasm.name` (or not at all); the glue also names a function of
    // its own after some, which takes the short name too: it must be a new word in the glue.
    if (new RegExp(`(?<![\\w$])${short}(?![\\w$])`).test(glue)) throw new Error(`${short}: already in the glue`);
  } else if (!uses.length || !uses.every((m) => glue[m.index + old.length] === ":")) {
    // An import is only a key of the imports object.
    throw new Error(`${old}: in the glue other than as a key of the imports object`);
  }
  glue = glue.replace(word, short);
}
writeFileSync(wasmPath, Buffer.concat(sections));
writeFileSync(gluePath, glue);
console.log(`short names: ${modules.size} modules, ${renamed.size} imports and exports; ${unusedImports} unused imports taken out of the glue`);
