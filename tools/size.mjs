// Prints the size of the shipped app (wasm, JS, CSS: raw, gzip -9, brotli 11) and, with
// --check, fails when over budget. Budgets: the whole app at most 250 KB gzip (issue 3),
// the wasm alone at most WASM_GZIP_BUDGET (so that JS and CSS keep room under the total).
// usage: node tools/size.mjs dist [--check] [--json out.json]
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export const WASM_GZIP_BUDGET = 240 * 1024;
export const TOTAL_GZIP_BUDGET = 250 * 1024;

export function measure(dir) {
  const pkg = join(dir, "pkg");
  const glue = readdirSync(pkg).find((f) => f.endsWith(".js"));
  // (wasm-bindgen's snippets, the small JS modules the Rust code imports, are bundled into
  // the glue by tools/bundle-snippets.mjs.)
  const files = [
    ["wasm", [join(pkg, readdirSync(pkg).find((f) => f.endsWith(".wasm")))]],
    ["js", [join(pkg, glue)]],
    ["js (boot)", [join(dir, "prefetch.js"), join(dir, "boot.js")]],
    ["css", [join(dir, "app.css")]],
  ];
  return files.map(([kind, paths]) => {
    const data = Buffer.concat(paths.map((p) => readFileSync(p)));
    return {
      kind,
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? "dist";
  const rows = measure(dir);
  const total = rows.reduce((t, r) => ({ kind: "total", raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
  console.log(`${"artifact".padEnd(10)}${"raw".padStart(10)}${"gzip".padStart(10)}${"brotli".padStart(10)}`);
  for (const r of [...rows, total]) console.log(`${r.kind.padEnd(10)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}`);
  const j = process.argv.indexOf("--json");
  if (j > 0) writeFileSync(process.argv[j + 1], JSON.stringify({ rows, total }, null, 2));
  if (process.argv.includes("--check")) {
    const wasm = rows.find((r) => r.kind === "wasm");
    const failures = [];
    if (wasm.gzip > WASM_GZIP_BUDGET) failures.push(`wasm is ${kb(wasm.gzip).trim()} gzip, over the ${kb(WASM_GZIP_BUDGET).trim()} budget`);
    if (total.gzip > TOTAL_GZIP_BUDGET) failures.push(`the app is ${kb(total.gzip).trim()} gzip, over the ${kb(TOTAL_GZIP_BUDGET).trim()} budget`);
    if (failures.length) {
      console.error(failures.join("\n"));
      process.exit(1);
    }
    console.log("size budget: ok");
  }
}
