// Scrolls a long map back and forth and checks every lane's cells match the step headers.
import { chromium } from "playwright-core";
import { serve } from "../serve.mjs";
const { server, url } = await serve({ dir: new URL("../../dist", import.meta.url).pathname });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(url + (process.argv[2] ?? "?src=gen-1000.json"));
await page.waitForSelector(".cell");
for (const x of [0, 3000, 3500, 50000, 49000, 1e9, 0, 700]) {
  await page.evaluate((x) => { document.querySelector(".map-scroll").scrollLeft = x; }, x);
  await page.waitForTimeout(150);
  const r = await page.evaluate(() => {
    const heads = [...document.querySelectorAll(".step-head[data-step-id]")].map((e) => e.dataset.stepId).join(",");
    const bad = [...document.querySelectorAll(".lane")].filter((l) => l.querySelector(".cell") && l.dataset.laneId !== "emotion").filter((l) => [...l.querySelectorAll(":scope > .cell")].map((c) => c.dataset.stepId).join(",") !== heads).map((l) => l.dataset.laneId);
    const lane = document.querySelector(".lane:has(.cell)");
    const kids = [...lane.children].map((c) => c.classList[0]).join(" ");
    return { heads, bad, kids };
  });
  console.log(x, r.heads, r.bad.length ? "MISMATCH " + r.bad : "ok", r.kids);
}
await browser.close(); server.close();
