// Screenshots of embed mode in a host page, and of the Share dialog's embed code.
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../serve.mjs";
const app = await serve({ dir: new URL("../../dist", import.meta.url).pathname });
const dir = mkdtempSync("/tmp/jl-host-");
writeFileSync(join(dir, "index.html"), `<!doctype html><body style="font:15px system-ui;margin:24px;background:#eef"><h1>Team wiki</h1><p>Our onboarding journey:</p>
<iframe src="${app.url}?src=examples/b2b-software.json&embed=1" width="640" height="300" style="border:1px solid #99a"></iframe><p>Text after the map.</p>
<script>addEventListener("message", (e) => { if (e.data?.type !== "journey-lens:height") return; for (const f of document.querySelectorAll("iframe")) if (f.contentWindow === e.source) f.style.height = e.data.height + "px"; });</script>`);
const host = await serve({ dir });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 800, height: 1100 } });
await page.goto(host.url);
await page.frameLocator("iframe").locator(".step-head").first().waitFor();
await page.waitForTimeout(500);
await page.screenshot({ path: "/tmp/shots/embed-host.png" });
const p2 = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await p2.goto(app.url);
await p2.waitForSelector(".step-head");
await p2.getByRole("button", { name: "Share" }).click();
await p2.waitForSelector(".embed-code");
await p2.waitForTimeout(300);
await p2.screenshot({ path: "/tmp/shots/share-embed.png" });
await browser.close(); app.server.close(); host.server.close();
