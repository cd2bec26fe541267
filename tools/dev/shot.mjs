// One screenshot of a URL of the built app. usage: node tools/dev/shot.mjs "?query" out.png [WxH] [js-to-run]
import { start, settled } from "../../tests/e2e/harness.mjs";
const [path = "", out = "/tmp/shot.png", size = "1280x800", script] = process.argv.slice(2);
const [width, height] = size.split("x").map(Number);
const app = await start();
const page = await app.page(path, { viewport: { width, height } });
await settled(page);
await page.waitForTimeout(300);
if (script) { await page.evaluate(script); await page.waitForTimeout(300); }
await page.screenshot({ path: out });
for (const e of page.errors) console.log("error:", e);
await app.stop();
