// Screenshots for looking at: every example at 1280x800 and 1920x1080, the curve view, and
// a failed load over a map. usage: node tools/dev/shots.mjs [outdir]
import { mkdirSync } from "node:fs";
import { examples, mapOf, readJson, EXAMPLES, start } from "../../tests/e2e/harness.mjs";
import { join } from "node:path";

const out = process.argv[2] ?? "/tmp/shots";
mkdirSync(out, { recursive: true });
const app = await start();
for (const [w, h] of [[1280, 800], [1920, 1080]]) {
  for (const file of examples()) {
    const j = readJson(join(EXAMPLES, file));
    const page = await app.page(`?src=examples/${file}`, { viewport: { width: w, height: h } });
    await mapOf(page, j.title);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, `${file.replace(".json", "")}-${w}.png`) });
    if (file === "b2b-software.json") {
      await page.locator(".map-scroll").evaluate((el) => el.scrollBy(900, 300));
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(out, `${file.replace(".json", "")}-${w}-scrolled.png`) });
      await page.getByRole("button", { name: "Emotion curve" }).click();
      await page.waitForTimeout(200);
      await page.hover(".point >> nth=3");
      await page.screenshot({ path: join(out, `${file.replace(".json", "")}-${w}-curve.png`) });
    }
    for (const e of page.errors) console.log(file, w, "error:", e);
    await page.close();
  }
}
const page = await app.page("?src=no-such-file.json");
await page.waitForSelector("[role=alert] .alert");
await page.screenshot({ path: join(out, "failed-src.png") });
await page.goto(app.url);
await page.waitForSelector(".step-head");
await page.setInputFiles("input[type=file]", new URL("../../tests/fixtures/wrong-values.json", import.meta.url).pathname);
await page.waitForSelector("[role=alert] .alert");
await page.waitForTimeout(200);
await page.screenshot({ path: join(out, "wrong-values.png") });
await app.stop();
console.log("screenshots in", out);
