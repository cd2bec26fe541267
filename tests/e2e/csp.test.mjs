// The app under a strict Content-Security-Policy (tools/serve.mjs STRICT_CSP: no inline
// script or style, no eval beyond 'wasm-unsafe-eval'): it draws the map, opens a file, makes
// a share link (sealed with a passphrase too), exports every kind of file and shows the
// insights without a single violation.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { STRICT_CSP } from "../../tools/serve.mjs";
import { FIXTURES, mapOf, start } from "./harness.mjs";

let app;
before(async () => { app = await start({ headers: { "content-security-policy": STRICT_CSP } }); });
after(async () => { await app.stop(); });

test("no CSP violations while using the app", async () => {
  const page = await app.page(null);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(app.url);
  assert.equal(response.headers()["content-security-policy"], STRICT_CSP);
  await mapOf(page, "Buying and upgrading a team software subscription");
  await page.waitForSelector(".step-head .flag");
  await page.getByRole("button", { name: "Share" }).click();
  await page.waitForFunction(() => document.querySelector(".share-link")?.value.includes("#j1="));
  await page.getByLabel("Passphrase (optional)").fill("under a strict policy");
  await page.getByLabel("Passphrase (optional)").press("Enter");
  await page.waitForFunction(() => document.querySelector(".share-link")?.value.includes("#e1="));
  for (const kind of ["JSON", "HTML", "SVG", "PNG"]) {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: `Download ${kind}` }).click();
    assert.ok((await download).suggestedFilename().endsWith("." + kind.toLowerCase()));
  }
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Insights" }).click();
  await page.waitForSelector("[data-view=insights] .stats");
  await page.getByRole("button", { name: "Map" }).click();
  await page.setInputFiles("input[type=file]", join(FIXTURES, "wrong-values.json"));
  await mapOf(page, "Wrong values");
  // Inline styles set through the CSSOM are allowed: the column widths are applied.
  const width = await page.locator(".step-head").first().evaluate((e) => e.getBoundingClientRect().width);
  assert.equal(Math.round(width), 216);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.errors, []);
  await page.close();
});
