import { chromium } from "playwright-core";
import { serve } from "/work/main/tools/serve.mjs";
const { server, url } = await serve({ dir: "/work/main/dist" });
const extra = process.argv.slice(3);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync", ...extra] });
const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
const drawn = [];
for (let i = 0; i < 11; i++) {
  const page = await ctx.newPage();
  await page.goto(url + "?src=" + process.argv[2]);
  await page.waitForFunction(() => performance.getEntriesByName("jl:drawn").length);
  const m = await page.evaluate(() => performance.getEntriesByType("mark").map((m) => `${m.name.slice(3)} ${m.startTime.toFixed(0)}`).join(" | "));
  drawn.push(await page.evaluate(() => performance.getEntriesByName("jl:drawn")[0].startTime));
  if (process.env.VERBOSE) console.log(m);
  await page.close();
}
drawn.sort((a, b) => a - b);
console.log("median drawn", drawn[5].toFixed(0), "min", drawn[0].toFixed(0));
await browser.close(); server.close();
