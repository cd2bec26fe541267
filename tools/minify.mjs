// Minifies the shipped JS (wasm-bindgen's glue with its snippets bundled in, boot.js) with terser and the CSS
// with a few safe rewrites (comments and spaces out). About 4 KB of gzip, which keeps the
// whole app inside its 250 KB budget. usage: node tools/minify.mjs dist
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const dir = process.argv[2] ?? "dist";

function jsFiles(root) {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return name.endsWith(".js") ? [path] : [];
  });
}

for (const path of [...jsFiles(join(dir, "pkg")), join(dir, "boot.js"), join(dir, "prefetch.js")]) {
  const module = !path.endsWith("prefetch.js"); // prefetch.js is a classic script
  const out = await minify(readFileSync(path, "utf8"), { module, toplevel: module, ecma: 2020, compress: { passes: 3, unsafe_arrows: true }, mangle: true, format: { comments: false } });
  writeFileSync(path, out.code);
}

const css = readFileSync(join(dir, "app.css"), "utf8")
  .replace(/\/\*[\s\S]*?\*\//g, "")
  .replace(/\s+/g, " ")
  .replace(/\s*([{};,>])\s*/g, "$1")
  // Space after a colon goes; space before one may be a descendant combinator (`.a :is(b)`).
  .replace(/:\s+/g, ":")
  .replace(/;}/g, "}")
  .trim();
writeFileSync(join(dir, "app.css"), css);
