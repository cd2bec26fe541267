// The 1,000-step first screen of two or more builds, loaded in turn (20 loads each), as
// medians of its phases (the app's jl:* marks). usage: node tools/dev/ab-phases.mjs DIR... (each
// DIR a dist holding j1000.json, from ../shared/tools/gen-journey.py 1000)
import { chromium } from "playwright-core";
import { serve } from "../serve.mjs";
const dirs = process.argv.slice(2);
const servers = await Promise.all(dirs.map((dir) => serve({ dir })));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync"] });
const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
const res = dirs.map(() => []);
for (let i = 0; i < 20; i++) {
  for (let d = 0; d < dirs.length; d++) {
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await page.goto(servers[d].url + "?src=j1000.json", { waitUntil: "commit" });
    await cdp.send("Runtime.evaluate", { awaitPromise: true, expression: `new Promise((r) => { const c = () => performance.getEntriesByName("jl:drawn").length ? r() : setTimeout(c, 20); c(); })` });
    const m = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name.slice(3), m.startTime])));
    res[d].push([m.start, m.parsed - m.read, m.mounted - m.parsed, m.drawn - m.mounted, m.drawn]);
    await page.close();
  }
}
const med = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
for (let d = 0; d < dirs.length; d++) console.log(dirs[d], ["start", "read→parsed", "parsed→mounted", "mounted→drawn", "drawn"].map((n, k) => `${n} ${med(res[d].map((r) => r[k])).toFixed(1)}`).join(" | "));
await browser.close(); servers.forEach((s) => s.server.close());
