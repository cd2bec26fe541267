// The first screen as a timeline: each main-thread task over 1 ms with its biggest children,
// relative to navigation start. usage: node tools/dev/tasks.mjs [query] [dir]
import { chromium } from "playwright-core";
import { serve } from "../serve.mjs";
const { server, url } = await serve({ dir: process.argv[3] ?? "dist" });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync"] });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
const q = process.argv[2] ?? "?src=examples/minimal.json";
await page.goto(url + q);
await page.waitForFunction(() => performance.getEntriesByName("jl:drawn").length);
await page.goto("about:blank");
await browser.startTracing(page, { categories: ["devtools.timeline", "v8.execute", "disabled-by-default-devtools.timeline", "v8.wasm", "blink.user_timing", "loading", "netlog"] });
// Waits by CDP, not with Playwright's injected helper (which costs the page ~25 ms).
const cdp = await page.context().newCDPSession(page);
await page.goto(url + q, { waitUntil: "commit" });
await new Promise((r) => setTimeout(r, 100));
await cdp.send("Runtime.evaluate", { awaitPromise: true, expression: `new Promise((r) => { const c = () => performance.getEntriesByName("jl:drawn").length ? r() : setTimeout(c, 20); c(); })` });
await new Promise((r) => setTimeout(r, 200));
const marks = await page.evaluate(() => performance.getEntriesByType("mark").map((m) => `${m.name.slice(3)} ${m.startTime.toFixed(0)}`).join(" | "));
const trace = JSON.parse((await browser.stopTracing()).toString());
console.log(marks);
const ev = trace.traceEvents;
const nav = ev.find((e) => e.name === "navigationStart" && e.args?.data?.documentLoaderURL?.startsWith("http"))?.ts ?? ev.find((e) => e.name === "navigationStart")?.ts;
const main = ev.find((e) => e.name === "ParseHTML")?.tid;
const x = ev.filter((e) => e.tid === main && e.ph === "X" && e.dur).sort((a, b) => a.ts - b.ts);
const tasks = x.filter((e) => e.name === "RunTask" && e.dur > 1000 && e.ts >= nav);
for (const t of tasks) {
  const kids = x.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.name !== "RunTask");
  const sums = new Map();
  for (const k of kids) sums.set(k.name, Math.max(sums.get(k.name) ?? 0, k.dur));
  const top = [...sums.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, d]) => `${n} ${(d / 1000).toFixed(1)}`).join(", ");
  console.log(`${((t.ts - nav) / 1000).toFixed(0).padStart(5)} +${(t.dur / 1000).toFixed(1).padStart(5)}  ${top}`);
}
await browser.close(); server.close();
if (process.env.DETAIL) {
  for (const e of x.filter((e) => e.ts >= nav && (e.name === "EvaluateScript" || e.name === "v8.evaluateModule" || e.name === "FunctionCall" || e.name.startsWith("wasm") || e.name.startsWith("v8.wasm")) && e.dur > 500))
    console.log(((e.ts - nav) / 1000).toFixed(0).padStart(5), (e.dur / 1000).toFixed(1).padStart(5), e.name, JSON.stringify(e.args?.data ?? e.args ?? {}).slice(0, 160));
}
