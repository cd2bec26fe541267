// Languages: the whole UI in English, Spanish and Italian, from `lang=` in the URL, else the
// browser's languages, switchable in place from the Language menu (the journey and its view
// stay); journey text is shown as written.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { chromium } from "playwright-core";
import { alertText, appAndFixtures, CHROMIUM_ARGS, EXAMPLES, mapOf, readJson } from "./harness.mjs";

const b2b = readJson(join(EXAMPLES, "b2b-software.json"));
const SRC = "?src=examples/b2b-software.json";

const { app, fixtures } = await appAndFixtures();

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
  for (const [code, open, search, phases, csat] of [
    ["es", "Abrir archivo", "Buscar pasos", "Fases", "2,4"],
    ["it", "Apri file", "Cerca passi", "Fasi", "2,4"],
    ["en", "Open file", "Search steps", "Phases", "2.4"],
  ]) {
    const page = await app.page(`${SRC}&lang=${code}&step=contact-support`);
    await mapOf(page, b2b.title);
    assert.deepEqual(await ui(page), { lang: code, open, search, phases, menu: code });
    // Journey text is shown as written: step names, and the lane titles the file gives.
    assert.equal(await page.locator('.step-head[data-step-id="pay"] .step-name').textContent(), b2b.steps.find((s) => s.id === "pay").name);
    assert.equal(await page.locator('.lane[data-lane-id="touchpoints"] .lane-title').textContent(), "Touchpoints");
    // Numbers as the language writes them: a decimal comma in Spanish and Italian.
    const tile = page.locator('[data-lane-id=metrics] .cell[data-step-id="contact-support"] .metric[data-metric-id=csat] .value');
    assert.equal(await tile.textContent(), csat);
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

test("a file's problems are told in the UI's language, each at its path as written", async () => {
  const page = await app.page(`?src=${encodeURIComponent(fixtures.url + "wrong-values.json")}&lang=es`);
  await mapOf(page, "Wrong values");
  await page.waitForSelector("[role=alert] .alert");
  const item = page.locator('[role=alert] li[data-at="steps[3].emotion"]');
  assert.equal(await item.locator("code").textContent(), "steps[3].emotion");
  assert.equal(await item.innerText(), "steps[3].emotion (“Fourth”): se esperaba un número de -2 a 2, se encontró 7 — se ignora este valor");
  const text = await alertText(page);
  for (const m of [
    'steps[4].phase: "gamma" no es un id de fase conocido; se esperaba uno de "a", "b" — se omite este paso',
    'steps[3].links[0].url (“Fourth”): se esperaba una URL http(s) o mailto, se encontró "javascript:alert(1)" — se omite este enlace',
  ]) assert.ok(text.includes(m), `missing: ${m}\nin: ${text}`);
  // Switching the language says them again in the new one.
  await page.getByRole("combobox", { name: "Idioma" }).selectOption("it");
  await page.waitForFunction(() => document.querySelector('[role=alert] li[data-at="steps[3].emotion"]')?.textContent.includes("ci si aspettava"));
  assert.equal(await item.innerText(), "steps[3].emotion (“Fourth”): ci si aspettava un numero da -2 a 2, invece c'è 7 — questo valore viene ignorato");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a broken share link is told in the UI's language", async () => {
  for (const [query, message] of [
    // (Not "!!" at the end: punctuation after a link is not part of it.)
    ["?lang=es#j1=!!A", 'enlace: se esperaban datos base64url después de j1=, se encontró "!!A" en el carácter 1; puede que el enlace esté incompleto'],
    ["?lang=es#j1=", "enlace: j1= no contiene ningún recorrido; puede que el enlace esté incompleto"],
    ["?lang=es#j1=A", "enlace: los datos después de j1= terminan a mitad de un byte, en su carácter 1; el enlace está incompleto"],
    ["?lang=it#j9=abc", 'link: questo link usa il formato di condivisione "j9", più recente di quelli che questa app legge (j1, e1)'],
    ["?lang=it#e1=", "link: e1= non contiene alcun percorso; il link potrebbe essere troncato"],
  ]) {
    const page = await app.page(query);
    await page.waitForSelector("[role=alert] .alert");
    const text = await alertText(page);
    assert.ok(text.includes(message), `${query}: ${text}`);
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test("the Share dialog's hooks are the same in every language; its names are translated", async () => {
  for (const [lang, share, link, embed] of [["es", "Compartir", "Enlace para compartir", "Código para insertar"], ["it", "Condividi", "Link di condivisione", "Codice di incorporamento"]]) {
    const page = await app.page(`${SRC}&lang=${lang}`);
    await mapOf(page, b2b.title);
    await page.getByRole("button", { name: share, exact: true }).click();
    await page.waitForFunction(() => document.querySelector("input.share-link")?.value.includes("#j1="));
    assert.match(await page.locator("textarea.embed-code").inputValue(), /^<iframe src="/);
    const names = await page.evaluate(() => [document.querySelector("input.share-link").getAttribute("aria-label"), document.querySelector("textarea.embed-code").getAttribute("aria-label")]);
    assert.deepEqual(names, [link, embed]);
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test("a file without a title is untitled in the UI's language", async () => {
  const page = await app.page(`?src=${encodeURIComponent(fixtures.url + "untitled.json")}&lang=es`);
  await mapOf(page, "Recorrido sin título");
  assert.equal(await page.title(), "Recorrido sin título");
  assert.equal(await page.locator(".map-grid").getAttribute("aria-label"), "Recorrido sin título");
  assert.equal(await page.locator('[role=alert] li[data-at="title"]').innerText(), 'title: falta; se esperaba un texto — se usa "Recorrido sin título" en su lugar');
  await page.getByRole("combobox", { name: "Idioma" }).selectOption("it");
  await mapOf(page, "Percorso senza titolo");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a JSON syntax error keeps its line and column in every language", async () => {
  const page = await app.page(`?src=${encodeURIComponent(fixtures.url + "syntax-error.json")}&lang=es`);
  await page.waitForSelector("[role=alert] .alert");
  assert.match(await alertText(page), /3:30: JSON no válido: se esperaba ',' o '\}'/);
  assert.equal(await page.locator('[role=alert] li[data-at="3:30"] code').textContent(), "3:30");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the insights explain in the UI's language, on the map and in the insights view", async () => {
  const page = await app.page(`${SRC}&lang=it`);
  await mapOf(page, b2b.title);
  const quote = page.locator('.step-head[data-step-id="receive-quote"] .flag[data-flag=break]');
  const reason = "il canale passa da Video call a Email e la sensazione cala di 3 punti per Ana, IT manager";
  assert.equal(await quote.getAttribute("title"), `Probabile rottura: ${reason}`);
  await page.getByRole("button", { name: "Analisi" }).click();
  await page.waitForSelector("[data-view=insights] .stats");
  const explained = await page.$$eval("[data-view=insights] .explain", (e) => e.map((x) => x.textContent));
  assert.ok(explained.includes(reason), explained.join("\n"));
  assert.ok(explained.includes("sensazione più bassa di Ana, IT manager: −2, raggiunta anche in “Contacts support about the broken upgrade”"), explained.join("\n"));
  assert.ok(!explained.some((e) => /emotion falls|lowest feeling|changes from/.test(e)), "no English left");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a well-known metric the file does not name is named in the UI's language", async () => {
  const journey = readJson(join(EXAMPLES, "compra-online.json"));
  const page = await app.page("?src=examples/compra-online.json&lang=es");
  await mapOf(page, journey.title);
  await page.waitForSelector('.metric[data-metric-id="ces"] dt');
  assert.equal(await page.locator('.metric[data-metric-id="ces"] dt').first().textContent(), "Esfuerzo del cliente");
  assert.equal(await page.locator('.metric[data-metric-id="nps"] dt').first().textContent(), "NPS");
  // b2b names its metrics: shown as written, in any language.
  await page.goto(`${app.url}${SRC}&lang=es`);
  await mapOf(page, b2b.title);
  assert.equal(await page.locator('.metric[data-metric-id="ces"] dt').first().textContent(), "Customer effort");
  assert.deepEqual(page.errors, []);
  await page.close();
});
