// Passphrase-sealed share links: the journey in the link is encrypted, the opener is asked
// for the passphrase, a wrong one says so clearly (and never shows garbage), the right one
// opens the same map in the same view, and cancelling keeps the journey already on screen.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { alertText, mapOf, sealedLink, start, stepIds } from "./harness.mjs";

const TITLE = "Buying and upgrading a team software subscription";
let app;
before(async () => { app = await start(); });
after(async () => { await app.stop(); });

const dialog = (page) => page.getByRole("dialog", { name: "This map is protected" });

test("a sealed link asks for its passphrase; wrong is refused clearly, right opens the same view", async () => {
  const page = await app.page("");
  await mapOf(page, TITLE);
  await page.getByRole("button", { name: "Emotion curve" }).click();
  await page.locator('.step-head[data-step-id="pay"]').click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get("step") === "pay");
  const ids = await stepIds(page);
  const link = await sealedLink(page, "Lúpulo & cebada 42");
  // The journey is not readable from the link: no plain or merely compressed JSON.
  const data = link.slice(link.indexOf("#e1=") + 4).split("&")[0];
  assert.ok(!link.includes("#j1="));
  // Nothing of the view is readable either (the selected step's id, a search): no query.
  assert.equal(new URL(link).search, "");
  assert.ok(data.length > 60);

  const other = await app.page(null);
  await other.goto(link);
  await dialog(other).waitFor();
  const field = dialog(other).getByLabel("Passphrase", { exact: true });
  assert.equal(await other.evaluate(() => document.activeElement?.className), "passphrase", "the field has focus");
  assert.equal(await other.locator(".step-head").count(), 0, "nothing is shown before the passphrase");
  await field.fill("lúpulo & cebada 42");
  await other.keyboard.press("Enter");
  // The message is in the dialog, in an alert (announced at once), named by the field.
  const error = dialog(other).locator("#locked-error[role=alert]");
  await other.waitForFunction(() => document.querySelector(".locked .dialog-error")?.textContent.length > 0);
  assert.match(await error.textContent(), /^passphrase: the journey could not be decrypted: a wrong passphrase \(case matters\), or a link cut short$/);
  assert.equal(await field.getAttribute("aria-invalid"), "true");
  assert.equal(await field.getAttribute("aria-describedby"), "locked-error");
  assert.equal(await other.locator(".step-head").count(), 0, "a wrong passphrase shows nothing");
  await other.screenshot({ path: "target/e2e-passphrase-wrong.png" });

  await field.fill("Lúpulo & cebada 42");
  await dialog(other).getByRole("button", { name: "Open" }).click();
  await other.waitForFunction((t) => document.title === t, TITLE);
  await other.waitForSelector("[data-view=swimlane][data-view-mode=curve] .step-head");
  assert.deepEqual(await stepIds(other), ids);
  assert.equal(await dialog(other).isVisible(), false);
  assert.equal(await alertText(other), "");
  assert.deepEqual(other.errors, []);
  await other.close();
  await page.close();
});

test("Tab out of the share dialog's passphrase goes on to the embed code, which the sealed link then fills", async () => {
  const page = await app.page("");
  await mapOf(page, TITLE);
  await page.getByRole("button", { name: "Share" }).click();
  await page.waitForFunction(() => document.querySelector(".share-link")?.value.includes("#j1="));
  await page.getByLabel("Passphrase (optional)").fill("correct horse");
  await page.keyboard.press("Tab");
  // While the sealed link is made, the embed code of the open link is not there to copy.
  const meanwhile = await page.$eval(".embed-box", (box) => [box.querySelector("textarea").value, box.querySelector("button").disabled]);
  assert.ok(!meanwhile[0].includes("#j1="), `the embed code while sealing: ${meanwhile[0].slice(0, 80)}`);
  if (!meanwhile[0]) assert.equal(meanwhile[1], true, "no Copy for an empty embed code");
  await page.waitForFunction(() => document.querySelector(".share-link")?.value.includes("#e1="));
  await page.waitForTimeout(200);
  // (The new link took the focus back up to itself, chosen whole.)
  assert.equal(await page.evaluate(() => document.activeElement?.className), "embed-code");
  assert.match(await page.locator("textarea.embed-code").inputValue(), /embed=1#e1=/);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Copy: Embed code");
  // The passphrase emptied again: Tab still goes on to the embed code, now of the open link.
  await page.getByLabel("Passphrase (optional)").fill("");
  await page.keyboard.press("Tab");
  await page.waitForFunction(() => document.querySelector(".share-link")?.value.includes("#j1="));
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => document.activeElement?.className), "embed-code");
  assert.match(await page.locator("textarea.embed-code").inputValue(), /embed=1#j1=/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("cancelling the passphrase keeps the map on screen and says why the link did not open", async () => {
  const page = await app.page("");
  await mapOf(page, TITLE);
  const link = await sealedLink(page, "secret");
  const ids = await stepIds(page);
  await page.evaluate((l) => { location.hash = l.slice(l.indexOf("#")); }, link);
  await dialog(page).waitFor();
  // The map behind is out of reach while the dialog waits for an answer.
  const inert = () => page.$$eval(".app > :is(.toolbar, .filter-bar, .stage)", (l) => l.map((e) => e.inert));
  assert.deepEqual(await inert(), [true, true, true]);
  await page.keyboard.press("Escape");
  await page.waitForSelector("[role=alert] .alert");
  assert.deepEqual(await inert(), [false, false, false]);
  assert.match(await alertText(page), /link: this journey is protected by a passphrase and was not opened/);
  assert.equal(await dialog(page).isVisible(), false);
  assert.equal(await page.title(), TITLE);
  assert.deepEqual(await stepIds(page), ids);
  // The page stays usable: the dialog comes back for the link and the right passphrase works.
  await page.reload();
  await dialog(page).waitFor();
  await dialog(page).getByLabel("Passphrase", { exact: true }).fill("secret");
  await page.keyboard.press("Enter");
  await page.waitForFunction((t) => document.title === t, TITLE);
  assert.deepEqual(await stepIds(page), ids);
  assert.deepEqual(await inert(), [false, false, false]);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("Cancel pressed while the passphrase is being tried keeps the link shut", async () => {
  const page = await app.page("");
  await mapOf(page, TITLE);
  const link = await sealedLink(page, "secret");
  await page.goto(`${app.url}?src=examples/minimal.json`);
  const minimal = "Minimal journey";
  await mapOf(page, minimal);
  await page.evaluate((l) => { location.hash = l.slice(l.indexOf("#")); }, link);
  await dialog(page).waitFor();
  await dialog(page).getByLabel("Passphrase", { exact: true }).fill("secret");
  await page.evaluate(() => {
    document.querySelector(".locked button[type=submit]").click();
    document.querySelector(".locked button[type=button]").click();
  });
  // Once the passphrase has been tried (its button is Open again), the journey behind is
  // still on screen (the sealed one opened after the Cancel).
  await page.waitForFunction(() => !document.querySelector(".locked button[type=submit]").disabled);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
  assert.equal(await page.title(), minimal);
  assert.match(await alertText(page), /this journey is protected by a passphrase and was not opened/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a cut sealed link is refused before any passphrase is asked", async () => {
  const page = await app.page("#e1=AQIDBAUG");
  await page.waitForSelector("[role=alert] .alert");
  assert.match(await alertText(page), /link: e1= holds no journey; the link may be cut short/);
  assert.equal(await dialog(page).isVisible(), false);
  await page.close();
});

test("a sealed link cut short, with the right passphrase, is not blamed on the passphrase alone", async () => {
  // The cipher cannot tell a cut link from a wrong passphrase: the message names both.
  const maker = await app.page("?src=examples/minimal.json");
  await mapOf(maker, "Minimal journey");
  const link = await sealedLink(maker, "correct horse");
  await maker.close();
  const page = await app.page(null);
  await page.goto(link.slice(0, link.indexOf("#e1=") + 4 + 120));
  await dialog(page).waitFor();
  await page.locator("input.passphrase").fill("correct horse");
  await page.keyboard.press("Enter");
  const error = page.locator("#locked-error");
  await page.waitForFunction(() => document.querySelector("#locked-error")?.textContent);
  assert.match(await error.textContent(), /a wrong passphrase \(case matters\), or a link cut short$/);
  assert.deepEqual(page.errors, []);
  await page.close();
});
