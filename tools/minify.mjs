// Minifies the shipped JS (wasm-bindgen's glue with its snippets bundled in, boot.js,
// prefetch.js) with terser and the CSS with a few safe rewrites (comments and spaces out):
// about 4 KB of gzip, which keeps the whole app inside its 250 KB budget. Then writes
// prefetch.js inline into index.html, and checks that the Content-Security-Policy the
// README gives (tools/serve.mjs STRICT_CSP) allows it by its hash. usage: node tools/minify.mjs dist
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";
import { STRICT_CSP } from "./serve.mjs";

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

// prefetch.js inline, where index.html loads it (the file stays: boot.js loads it where a
// policy blocks the inline copy).
const prefetch = readFileSync(join(dir, "prefetch.js"), "utf8");
const html = readFileSync(join(dir, "index.html"), "utf8");
const tag = /[ \t]*<!--[^>]*-->\n([ \t]*)<script src="prefetch.js"><\/script>/;
if (!tag.test(html) || /<\/script/i.test(prefetch)) throw new Error("index.html: no <script src=\"prefetch.js\"> to write inline");
writeFileSync(join(dir, "index.html"), html.replace(tag, (_, indent) => `${indent}<script>${prefetch}</script>`));
const hash = `'sha256-${createHash("sha256").update(prefetch).digest("base64")}'`;
if (!STRICT_CSP.includes(hash)) {
  console.error(`prefetch.js changed: its hash is now ${hash}. Put it in STRICT_CSP (tools/serve.mjs) and in the README's Content-Security-Policy.`);
  process.exit(1);
}

// Strings (`content` and its alternative text) are set aside while spaces go, and kept as
// written: `", "` had become `","`.
const strings = [];
const css = readFileSync(join(dir, "app.css"), "utf8")
  .replace(/\/\*[\s\S]*?\*\//g, "")
  .replace(/"(?:[^"\\\n]|\\.)*"/g, (string) => `"${strings.push(string) - 1}"`)
  .replace(/\s+/g, " ")
  .replace(/\s*([{};,>])\s*/g, "$1")
  // Space after a colon goes; space before one may be a descendant combinator (`.a :is(b)`).
  .replace(/:\s+/g, ":")
  .replace(/;}/g, "}")
  // ` / ` (in `rgb()`, `grid-area`, alt text) is `/`; ` !important` is `!important`.
  .replace(/ \/ /g, "/")
  .replace(/ !important/g, "!important")
  .replace(/"(\d+)"/g, (_, i) => strings[i])
  // `[a="b"]` is `[a=b]` where `b` is a word; `*::before` is `::before`; `outline:none` is
  // `outline:0`; a selector's `a + b` and `a ~ b` are `a+b`, `a~b` (only in selectors: a
  // `calc()` needs its spaces).
  .replace(/\[([\w-]+)([~|^$*]?)="([a-zA-Z_][\w-]*)"\]/g, "[$1$2=$3]")
  .replace(/(^|[,{}])\*::/g, "$1::")
  .replace(/outline:none/g, "outline:0")
  .replace(/(^|[{}])([^{}]*)\{/g, (_, before, selector) => before + selector.replace(/ ?([+~]) ?/g, "$1") + "{")
  // `0.5` is `.5`, `#ffffff` is `#fff`.
  .replace(/([:\s,(/-])0\.(\d)/g, "$1.$2")
  .replace(/#(f|0)\1{5}\b/gi, "#$1$1$1")
  .trim();
writeFileSync(join(dir, "app.css"), css);
