// `make bench`: Journey Lens against Mermaid's `journey` diagram in the same headless
// Chromium, on generated journeys of 10 to 10,000 steps with 2 personas. Prints a table and
// writes bench/results/latest.json. Timings are medians of several runs after a warm-up;
// the machine is noisy, so read the ratios first. Never a pass/fail test.
// usage: node bench/run.mjs [--sizes 10,100,1000,10000] [--runs 5] [--no-mermaid]
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { chromium } from "playwright-core";
import { serve } from "../tools/serve.mjs";
import { measure } from "../tools/size.mjs";

const ROOT = new URL("../", import.meta.url).pathname;
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SIZES = arg("sizes", "10,100,1000,10000").split(",").map(Number);
const RUNS = Number(arg("runs", 5));
const WITH_MERMAID = !process.argv.includes("--no-mermaid");
// Mermaid takes many seconds per run at 10,000 steps: fewer runs there.
const mermaidRuns = (n) => (n >= 10000 ? Math.min(RUNS, 2) : RUNS);

// The site: the built app, the generated journeys, and the Mermaid page.
const site = mkdtempSync(join(tmpdir(), "jl-bench-"));
cpSync(join(ROOT, "dist"), site, { recursive: true });
mkdirSync(join(site, "data"));
for (const n of SIZES) {
  const json = execFileSync("python3", [join(ROOT, "../shared/tools/gen-journey.py"), String(n), "--personas", "2"], { maxBuffer: 1 << 30 });
  writeFileSync(join(site, "data", `${n}.json`), json);
}
if (WITH_MERMAID) {
  mkdirSync(join(site, "mermaid"));
  cpSync(join(ROOT, "bench/node_modules/mermaid/dist/mermaid.min.js"), join(site, "mermaid/mermaid.min.js"));
  cpSync(join(ROOT, "bench/mermaid.html"), join(site, "mermaid.html"));
  cpSync(join(ROOT, "bench/mermaid-page.js"), join(site, "mermaid-page.js"));
}
const { server, url } = await serve({ dir: site });
const profile = mkdtempSync(join(tmpdir(), "jl-bench-profile-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--enable-precise-memory-info"],
  viewport: { width: 1366, height: 768 },
});

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Opens `path` and resolves to the time of the performance mark `name`. It waits with a
// plain CDP evaluation from the moment the document commits: Playwright's own waiting
// would first inject its helper script (about 25 ms of compiling on the page's main
// thread), in the middle of the load being measured.
async function openAndTime(page, cdp, path, name, timeout) {
  await page.goto(url + path, { waitUntil: "commit" });
  const expression = `new Promise((resolve, reject) => {
    const t0 = performance.now();
    const check = () => {
      const mark = performance.getEntriesByName(${JSON.stringify(name)})[0];
      if (mark) resolve(mark.startTime);
      else if (performance.now() - t0 > ${timeout}) reject(new Error("no mark ${name}"));
      else setTimeout(check, 20);
    };
    check();
  })`;
  for (let tries = 0; ; tries++) {
    try {
      const { result, exceptionDetails } = await cdp.send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    } catch (err) {
      // The evaluation can land in the blank page being replaced: then try again.
      if (tries > 20 || !/context|destroyed|navigat/i.test(String(err.message))) throw err;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

// In the page: run `act`, then time (a) the work, until the update is done and laid out,
// and (b) the next frame, until the frame showing it has been painted.
const INTERACT = `async (act) => {
  const t0 = performance.now();
  act();
  await new Promise((r) => setTimeout(r, 0));
  document.body.getBoundingClientRect();
  const work = performance.now() - t0;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return { work, frame: performance.now() - t0 };
}`;

async function oursOnce(n) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    const js = metrics.find((m) => m.name === "JSHeapUsedSize").value;
    const wasm = await page.evaluate(() => globalThis.journeyLens?.wasmMemoryBytes() ?? 0);
    return js + wasm;
  };
  const first = await openAndTime(page, cdp, `?src=data/${n}.json`, "jl:drawn", 60000);
  await page.waitForLoadState("load");
  // Metrics are switched on only now: collecting them would slow the load being timed.
  await cdp.send("Performance.enable");
  let peak = await heap();
  const last = `s${n - 1}`;
  const reveal = await page.evaluate((id) => new Promise((resolve) => {
    const scroller = document.querySelector(".map-scroll");
    const t0 = performance.now();
    scroller.scrollLeft = scroller.scrollWidth;
    const check = () => {
      if (document.querySelector(`.step-head[data-step-id="${id}"]`) && document.querySelector(`.point[data-step-id="${id}"]`)) {
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      } else requestAnimationFrame(check);
    };
    check();
  }), last);
  peak = Math.max(peak, await heap());
  const interact = (act) => page.evaluate(`(${INTERACT})(${act})`);
  const hover = await interact(`() => document.querySelector(".point").dispatchEvent(new MouseEvent("mouseenter"))`);
  const lane = await interact(`() => document.querySelector(".lanes-menu label[data-lane-id=thoughts] input").click()`);
  const persona = await interact(`() => document.querySelector(".legend-toggle").click()`);
  peak = Math.max(peak, await heap());
  const counts = await page.evaluate(() => ({
    nodes: document.getElementsByTagName("*").length,
    steps: document.querySelectorAll(".step-head[data-step-id]").length,
  }));
  await page.close();
  return { first, reveal, hover, lane, persona, peak, ...counts };
}

async function mermaidOnce(n) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const first = await openAndTime(page, cdp, `mermaid.html?src=data/${n}.json`, "mm:drawn", 600000);
  await cdp.send("Performance.enable");
  const render = await page.evaluate(() => performance.getEntriesByName("mm:rendered")[0].detail);
  const { metrics } = await cdp.send("Performance.getMetrics");
  const peak = metrics.find((m) => m.name === "JSHeapUsedSize").value;
  await page.close();
  return { first, render, peak };
}

// Reference pages, timed the same way as ours: a blank page, and each size's first screen
// saved as plain HTML (the page as drawn, without its scripts). No app shows that screen
// sooner than the browser shows it as static HTML, so the gap to it is the app's own work.
const DRAWN_JS = 'requestAnimationFrame(() => setTimeout(() => performance.mark("jl:drawn"), 0));\n';
writeFileSync(join(site, "drawn.js"), DRAWN_JS);
writeFileSync(join(site, "blank.html"), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body><p>A blank page.</p><script src="drawn.js"></script></body></html>');

// Saves our first screen for `n` steps as static-N.html: the document at the moment
// `jl:drawn` is marked (before the columns around the view are added).
async function saveFirstScreen(n) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name, options) => {
      if (name === "jl:drawn") {
        const doc = document.documentElement.cloneNode(true);
        doc.querySelectorAll("script, link[rel=preload], link[rel=modulepreload]").forEach((el) => el.remove());
        doc.querySelector("body").insertAdjacentHTML("beforeend", '<script src="drawn.js"></script>');
        globalThis.firstScreen = `<!doctype html>\n${doc.outerHTML}`;
      }
      return mark(name, options);
    };
  });
  await page.goto(`${url}?src=data/${n}.json`);
  const html = await (await page.waitForFunction(() => globalThis.firstScreen)).jsonValue();
  await page.close();
  writeFileSync(join(site, `static-${n}.html`), html);
}

async function referenceOnce(path) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const first = await openAndTime(page, cdp, path, "jl:drawn", 60000);
  await page.close();
  return first;
}

// Each series starts with a warm-up load: the HTTP cache and V8's code cache for scripts.
// (Chromium keeps no compiled code for our wasm between loads: with its default flags it
// writes no cache entry for it, even for a page held open 10 s, and an entry forced with
// V8's flags is not used by the next tab; every load compiles what it calls. See
// docs/performance.md.)
async function series(once, n, runs) {
  await once(n); // warm-up
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await once(n));
  return all;
}

// Our share link for each example, read from the Share dialog.
const ourLinks = {};
for (const file of readdirSync(join(ROOT, "public/examples")).filter((f) => f.endsWith(".json"))) {
  const page = await context.newPage();
  await page.goto(`${url}?src=examples/${file}`);
  await page.waitForSelector(".step-head");
  await page.getByRole("button", { name: "Share" }).click();
  await page.waitForFunction(() => document.querySelector(".share-link")?.value.includes("#j1="));
  const link = await page.locator(".share-link").inputValue();
  ourLinks[file] = link.slice(link.indexOf("#") + 1).length;
  await page.close();
}

const blankMs = median(await series(() => referenceOnce("blank.html"), 0, RUNS));
const rows = [];
for (const n of SIZES) {
  await saveFirstScreen(n);
  // A warm-up of each page, then the runs in turn (ours, the static page, Mermaid's, ours
  // ...): a machine that speeds up or slows down meanwhile does so for all three alike,
  // which a series of each in a row did not (its Mermaid runs took tens of seconds after
  // ours), and the ratio is of times taken in the same minutes.
  const staticOnce = () => referenceOnce(`static-${n}.html`);
  const [ours, statics, mm] = [[], [], []];
  await oursOnce(n);
  await staticOnce();
  if (WITH_MERMAID) await mermaidOnce(n);
  // (Each after a pause: the tab closed before it, Mermaid's above all, is taken down
  // meanwhile, on a machine with two cores.)
  const settled = async (once) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    return once(n);
  };
  for (let i = 0; i < RUNS; i++) {
    ours.push(await settled(oursOnce));
    statics.push(await settled(staticOnce));
    if (WITH_MERMAID && i < mermaidRuns(n)) mm.push(await settled(mermaidOnce));
  }
  const row = {
    steps: n,
    first_ms: median(ours.map((r) => r.first)),
    reveal_last_ms: median(ours.map((r) => r.reveal)),
    hover_ms: median(ours.map((r) => r.hover.work)),
    hover_frame_ms: median(ours.map((r) => r.hover.frame)),
    lane_toggle_ms: median(ours.map((r) => r.lane.work)),
    lane_toggle_frame_ms: median(ours.map((r) => r.lane.frame)),
    persona_toggle_ms: median(ours.map((r) => r.persona.work)),
    persona_toggle_frame_ms: median(ours.map((r) => r.persona.frame)),
    peak_memory_mb: Math.max(...ours.map((r) => r.peak)) / 1048576,
    dom_elements: ours[0].nodes,
    step_columns_in_dom: ours[0].steps,
  };
  row.static_html_ms = median(statics);
  if (WITH_MERMAID) {
    row.mermaid_first_ms = median(mm.map((r) => r.first));
    row.mermaid_render_ms = median(mm.map((r) => r.render));
    row.mermaid_peak_memory_mb = Math.max(...mm.map((r) => r.peak)) / 1048576;
    row.ratio = row.first_ms / row.mermaid_first_ms;
  }
  rows.push(row);
  console.error(`measured ${n} steps`);
}
await context.close();
server.close();
rmSync(profile, { recursive: true, force: true });

// Share links: ours (the whole fragment, `j1=` included) next to mermaid.live's encoding of
// the same JSON (zlib level 9, then base64url), of the file as it is and minified.
const links = readdirSync(join(ROOT, "public/examples")).filter((f) => f.endsWith(".json")).sort().map((file) => {
  const text = readFileSync(join(ROOT, "public/examples", file));
  const mermaidLive = deflateSync(text, { level: 9 }).toString("base64url").length;
  const minified = deflateSync(JSON.stringify(JSON.parse(text)), { level: 9 }).toString("base64url").length;
  return { file, json_bytes: text.length, ours_chars: ourLinks[file], mermaid_live_chars: mermaidLive, mermaid_live_minified_chars: minified };
});
const sizes = measure(join(ROOT, "dist"));
rmSync(site, { recursive: true, force: true });

const f = (v, d = 0) => (Number.isFinite(v) ? v.toFixed(d) : "—");
const table = (head, data) => {
  const widths = head.map((h, i) => Math.max(h.length, ...data.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padStart(widths[i])).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...data.map(line)].join("\n");
};
console.log(`Journey Lens vs Mermaid journey — median of ${RUNS} runs after a warm-up (Mermaid: ${SIZES.map(mermaidRuns).join("/")} runs), Chromium headless, ${new Date().toISOString()}\n`);
console.log(table(
  ["steps", "first screen ms", "as static HTML ms", "Mermaid ms", "ratio", "Mermaid render ms", "reveal last ms", "hover ms", "lane ms", "persona ms", "memory MB", "Mermaid MB", "DOM elements"],
  rows.map((r) => [r.steps, f(r.first_ms), f(r.static_html_ms), f(r.mermaid_first_ms), r.ratio ? `1/${f(1 / r.ratio, 1)}` : "—", f(r.mermaid_render_ms), f(r.reveal_last_ms, 1),
    `${f(r.hover_ms, 1)} (${f(r.hover_frame_ms, 1)})`, `${f(r.lane_toggle_ms, 1)} (${f(r.lane_toggle_frame_ms, 1)})`,
    `${f(r.persona_toggle_ms, 1)} (${f(r.persona_toggle_frame_ms, 1)})`, f(r.peak_memory_mb, 1), f(r.mermaid_peak_memory_mb, 1), r.dom_elements]),
));
console.log(`\nAs static HTML: the same first screen saved without its scripts, the floor for any app that draws it. A blank page: ${f(blankMs)} ms.`);
console.log("Interactions: work until the update is laid out (in brackets: until the next frame is painted).");
const kb = (n) => (n / 1024).toFixed(1);
console.log("\n" + table(["bundle", "raw KB", "gzip KB", "brotli KB"], [
  ...sizes.map((s) => [s.kind, kb(s.raw), kb(s.gzip), kb(s.brotli)]),
  ["total", kb(sizes.reduce((t, s) => t + s.raw, 0)), kb(sizes.reduce((t, s) => t + s.gzip, 0)), kb(sizes.reduce((t, s) => t + s.brotli, 0))],
]));
console.log("\n" + table(["example", "JSON bytes", "our link fragment", "mermaid.live chars", "(minified JSON)"],
  links.map((l) => [l.file, l.json_bytes, l.ours_chars, l.mermaid_live_chars, l.mermaid_live_minified_chars])));
mkdirSync(join(ROOT, "bench/results"), { recursive: true });
writeFileSync(join(ROOT, "bench/results/latest.json"), JSON.stringify({ date: new Date().toISOString(), runs: RUNS, blank_page_ms: blankMs, rows, sizes, links }, null, 2));
console.log("\nwritten to bench/results/latest.json");
