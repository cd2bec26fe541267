// Languages: the whole UI in English, Spanish and Italian, from `lang=` in the URL, else the
// browser's languages, switchable in place from the Language menu (the journey and its view
// stay); journey text is shown as written.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, EXAMPLES, mapOf, readJson, start } from "./harness.mjs";

const b2b = readJson(join(EXAMPLES, "b2b-software.json"));
const SRC = "?src=examples/b2b-software.json";

let app;
before(async () => {
  app = await start();
});
after(() => app.stop());

/** What a few parts of the UI say: toolbar, search, the map's corner, the Language menu. */
function ui(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    open: document.querySelector(".file-button span").textContent,
    search: document.querySelector("input[type=search]").placeholder,
    phases: document.querySelector(".phase-row .lane-title").textContent,
    menu: document.querySelector("select.language").value,
  }));
}

test("lang= chooses the UI language; journey text stays as written", async () => {
  for (const [code, open, search, phases] of [
    ["es", "Abrir archivo", "Buscar pasos", "Fases"],
    ["it", "Apri file", "Cerca passi", "Fasi"],
    ["en", "Open file", "Search steps", "Phases"],
  ]) {
    const page = await app.page(`${SRC}&lang=${code}`);
    await mapOf(page, b2b.title);
    assert.deepEqual(await ui(page), { lang: code, open, search, phases, menu: code });
    // Journey text is shown as written: step names, and the lane titles the file gives.
    assert.equal(await page.locator('.step-head[data-step-id="pay"] .step-name').textContent(), b2b.steps.find((s) => s.id === "pay").name);
    assert.equal(await page.locator('.lane[data-lane-id="touchpoints"] .lane-title').textContent(), "Touchpoints");
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test("a lane without a title in the file is named in the UI's language", async () => {
  const page = await app.page("?src=examples/minimal.json&lang=es&show=touchpoints");
  await page.waitForSelector('.lane[data-lane-id="touchpoints"]');
  assert.equal(await page.locator('.lane[data-lane-id="touchpoints"] .lane-title').textContent(), "Puntos de contacto");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("without lang=, the browser's language is used when the app speaks it", async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    for (const [locale, code] of [["it-IT", "it"], ["es-MX", "es"], ["de-DE", "en"]]) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(app.url + SRC);
      await mapOf(page, b2b.title);
      assert.equal((await ui(page)).lang, code, locale);
      await context.close();
    }
  } finally {
    await browser.close();
  }
});

test("the Language menu switches in place: the journey, the selected step and the URL stay", async () => {
  const page = await app.page(`${SRC}&step=upgrade&q=seat`);
  await mapOf(page, b2b.title);
  await page.waitForSelector("#step-details:not([hidden])");
  await page.evaluate(() => (window.__same = true));
  await page.getByRole("combobox", { name: "Language" }).selectOption("it");
  await page.waitForFunction(() => document.documentElement.lang === "it");
  assert.deepEqual(await ui(page), { lang: "it", open: "Apri file", search: "Cerca passi", phases: "Fasi", menu: "it" });
  assert.match(await page.locator(".details-kicker").textContent(), /^Passo 10 di 12 · /);
  assert.equal(await page.getByRole("searchbox").inputValue(), "seat");
  assert.equal(await page.evaluate(() => window.__same), true, "no reload");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("lang") === "it");
  // Dialogs built before the switch speak the new language too.
  await page.getByRole("combobox", { name: "Lingua" }).selectOption("es");
  await page.waitForFunction(() => document.documentElement.lang === "es");
  await page.getByRole("button", { name: "Pegar JSON" }).click();
  await page.getByRole("dialog").waitFor();
  assert.match(await page.getByRole("dialog").innerText(), /Pegar un recorrido|Pegar/);
  await page.keyboard.press("Escape");
  await page.reload();
  await mapOf(page, b2b.title);
  assert.equal((await ui(page)).lang, "es", "the choice survives a reload");
  assert.deepEqual(page.errors, []);
  await page.close();
});
