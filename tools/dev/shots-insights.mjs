// Screenshots of the insights view and the flags on the map. usage: node tools/dev/shots-insights.mjs
import { mapOf, start } from "../../tests/e2e/harness.mjs";
const app = await start();
for (const [w, h] of [[1280, 800], [1920, 1080]]) {
  const page = await app.page("", { viewport: { width: w, height: h } });
  await mapOf(page, "Buying and upgrading a team software subscription");
  await page.locator(".map-scroll").evaluate((el) => el.scrollBy(1100, 0));
  await page.waitForTimeout(200);
  await page.screenshot({ path: `/tmp/shots/flags-${w}.png` });
  await page.getByRole("button", { name: "Insights" }).click();
  await page.waitForSelector("[data-view=insights] .stats");
  await page.screenshot({ path: `/tmp/shots/insights-${w}.png` });
  await page.screenshot({ path: `/tmp/shots/insights-${w}-full.png`, fullPage: false, clip: undefined });
  await page.locator(".insights").evaluate((el) => el.scrollBy(0, 700));
  await page.screenshot({ path: `/tmp/shots/insights-${w}-lower.png` });
  await page.locator(".insights").evaluate((el) => el.scrollBy(0, 900));
  await page.screenshot({ path: `/tmp/shots/insights-${w}-bottom.png` });
  for (const e of page.errors) console.log("error:", e);
  await page.close();
}
await app.stop();
