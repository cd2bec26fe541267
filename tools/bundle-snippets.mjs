// Puts wasm-bindgen's snippet modules (the app's own small JS files, src/app/*.js) into the
// glue, so the browser loads the app's JS in one request instead of two rounds: the glue,
// then the snippets it imports. Each snippet becomes a function scope that returns its
// exports; the glue's `import` of it becomes a `const` taking them. Runs on the glue as
// wasm-bindgen writes it, before minifying. usage: node tools/bundle-snippets.mjs dist/pkg
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const pkg = process.argv[2] ?? "dist/pkg";
const gluePath = join(pkg, "journey-lens.js");
const IMPORT = /import\s*(\*\s*as\s+([\w$]+)|\{([^}]*)\})\s*from\s*["'](\.\/snippets\/[^"']+)["'];?/g;
const EXPORT = /^export\s+(?:async\s+function\*?|function\*?|const|let|class)\s+([\w$]+)/gm;

let glue = readFileSync(gluePath, "utf8");
let count = 0;
// The scope of each module bundled: wasm-bindgen can import one module twice (`{ a, b }`
// for the functions its glue wraps, `* as importN` for those the wasm calls directly),
// and each import must take the same module, bundled once.
const scopes = new Map();
glue = glue.replace(IMPORT, (_, _form, star, names, path) => {
  const taken = (scope) =>
    star ? `const ${star} = ${scope};` : `const { ${names.replace(/\s+as\s+/g, ": ")} } = ${scope};`;
  if (scopes.has(path)) return taken(scopes.get(path));
  const source = readFileSync(join(pkg, path), "utf8");
  // Only what this can rewrite safely: declarations exported by name, and no imports.
  if (/^\s*import[\s{*]/m.test(source) || /^export\s+(default|\{|\*)/m.test(source)) {
    throw new Error(`${path}: only "export function/const/class NAME" and no imports can be bundled`);
  }
  const exported = [...source.matchAll(EXPORT)].map((m) => m[1]);
  const body = source.replace(/^export\s+/gm, "");
  const scope = `__jl_snippet${count++}`;
  scopes.set(path, scope);
  return `const ${scope} = (() => {\n${body}\nreturn Object.freeze({ ${exported.join(", ")} });\n})();\n${taken(scope)}`;
});
if (/import\s*(\*|\{)[^;]*from\s*["']\.\/snippets\//.test(glue)) throw new Error("a snippet import was left in the glue");
writeFileSync(gluePath, glue);
rmSync(join(pkg, "snippets"), { recursive: true, force: true });
console.log(`bundled ${count} snippet modules into the glue`);
