// Where the first screen's time goes: a Chromium trace of one load, summed by event name on
// the renderer's main thread. usage: node tools/dev/trace.mjs [query]
import { chromium } from "playwright-core";
import { serve } from "../serve.mjs";
const { server, url } = await serve({ dir: "dist" });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync"] });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await page.goto(url + (process.argv[2] ?? "?src=examples/minimal.json")); // warm caches
await page.waitForFunction(() => performance.getEntriesByName("jl:drawn").length);
await browser.startTracing(page, { categories: ["devtools.timeline", "v8.execute", "disabled-by-default-devtools.timeline", "v8.wasm"] });
await page.goto(url + (process.argv[2] ?? "?src=examples/minimal.json") + "&x=1");
await page.waitForFunction(() => performance.getEntriesByName("jl:drawn").length);
const marks = await page.evaluate(() => performance.getEntriesByType("mark").map((m) => `${m.name.slice(3)} ${m.startTime.toFixed(0)}`).join(" | "));
const trace = JSON.parse((await browser.stopTracing()).toString());
console.log(marks);
const events = trace.traceEvents.filter((e) => e.ph === "X" && e.dur);
const main = events.find((e) => e.name === "ParseHTML")?.tid;
const sums = new Map();
for (const e of events.filter((e) => e.tid === main)) sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
for (const [k, v] of [...sums.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(8), k);
await browser.close(); server.close();
