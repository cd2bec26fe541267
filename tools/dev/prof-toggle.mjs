import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import { writeFileSync, mkdirSync } from "node:fs";
import { serve } from "/work/main/tools/serve.mjs";
import { CHROMIUM_ARGS } from "/work/main/tests/e2e/harness.mjs";
mkdirSync("/tmp/pdist", { recursive: true });
execFileSync("bash", ["-c", "rm -rf /tmp/pdist/* && cp -r /work/main/dist/. /tmp/pdist/"]);
writeFileSync("/tmp/pdist/j.json", execFileSync("python3", ["/work/shared/tools/gen-journey.py", "1000", "--personas", "2"], { maxBuffer: 1 << 30 }));
const { server, url } = await serve({ dir: "/tmp/pdist" });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await page.goto(url + "?src=j.json");
await page.waitForSelector(".step-head");
await page.waitForTimeout(1000);
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
await cdp.send("Profiler.start");
for (let i = 0; i < 20; i++) {
  await page.evaluate(() => document.querySelector(".lanes-menu label[data-lane-id=thoughts] input").click());
  await page.waitForTimeout(50);
}
for (let i = 0; i < 20; i++) {
  await page.evaluate(() => document.querySelector(".legend-toggle").click());
  await page.waitForTimeout(50);
}
const { profile } = await cdp.send("Profiler.stop");
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
let i = 0;
for (const s of profile.samples) { const n = byId.get(s); const k = n.callFrame.functionName || `(${n.callFrame.url.split("/").pop()})`; self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i++] ?? 0) / 1000); }
for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(7), k.slice(0, 100));
await browser.close(); server.close();
