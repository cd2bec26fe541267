// Collapsing phases: a phase's button draws it as one summary column (step count, lowest
// feeling, pain points), with no curve point of its own; steps keep their numbers; the view
// keeps its place and the keyboard; the URL, the filter chips, "Collapse phases", keyboard
// navigation across a summary, opening a phase for a step that is asked for; axe-core.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { axeViolations, EXAMPLES, expectedPoints, mapOf, readJson, ROOT, start } from "./harness.mjs";

const b2b = readJson(join(EXAMPLES, "b2b-software.json"));
const SRC = "?src=examples/b2b-software.json";
const CONSIDER = b2b.steps.filter((s) => s.phase === "consider");

let app;
before(async () => {
  app = await start();
});
after(() => app.stop());

async function open(query = "", options = {}) {
  const page = await app.page(SRC + query, options);
  await mapOf(page, b2b.title);
  return page;
}

const query = (page) => new URL(page.url()).searchParams;
const heads = (page) => page.$$eval(".step-head[data-step-id]", (hs) => hs.map((h) => h.dataset.stepId));
const toggle = (page, id) => page.locator(`.phase[data-phase-id="${id}"] .phase-toggle`);

test("a collapsed phase is one summary column; its steps leave the lanes and the curve", async () => {
  const page = await open();
  const button = toggle(page, "consider");
  assert.equal(await button.getAttribute("aria-expanded"), "true");
  assert.equal(await button.getAttribute("aria-label"), "Collapse “Consideration”");
  await button.click();
  await page.waitForSelector('.phase[data-phase-id="consider"][data-collapsed]');
  assert.equal(await toggle(page, "consider").getAttribute("aria-expanded"), "false");

  // The summary: step count, pain points, lowest feeling and whose.
  const summary = page.locator('.phase-summary[data-phase-id="consider"]');
  const pains = CONSIDER.reduce((n, s) => n + (s.pains?.length ?? 0), 0);
  assert.equal(await summary.locator(".summary-counts").innerText(), `${CONSIDER.length} steps · ${pains} pain points`);
  assert.equal(await summary.locator(".summary-lowest").innerText(), "Lowest feeling −1 (Ana, IT manager)");
  assert.equal(await summary.locator(".summary-lowest").getAttribute("data-feeling"), "negative");
  assert.equal(await summary.locator(".step-name").innerText(), "Consideration");

  // Its steps are gone from every lane and the curve; the others keep their numbers.
  const shown = await heads(page);
  for (const s of CONSIDER) assert.ok(!shown.includes(s.id), s.id);
  assert.deepEqual(shown, b2b.steps.filter((s) => s.phase !== "consider").map((s) => s.id));
  const number = (id) => page.locator(`.step-head[data-step-id="${id}"] .step-number`).innerText();
  assert.equal(await number("receive-quote"), String(b2b.steps.findIndex((s) => s.id === "receive-quote") + 1));
  assert.equal(await page.locator(".cell[data-step-id=compare-pricing], .point[data-step-id=compare-pricing]").count(), 0);
  const others = { ...b2b, steps: b2b.steps.filter((s) => s.phase !== "consider") };
  assert.equal(await page.locator(".point").count(), expectedPoints(others));
  // One summary cell in every lane row shown, and a band over the curve.
  const rows = await page.locator(".map-body .lane:not([data-lane-kind=emotion])").count();
  assert.equal(await page.locator('.map-body .summary-cell[data-phase-id="consider"]').count(), rows);
  assert.equal(await page.locator(".emotion-curve .summary-band").count(), 1);
  // On the curve, each persona passes through the phase's lowest feeling for it (a hollow
  // marker, not a step's point): Ana −1, Luis 0.
  const low = (persona) => page.getAttribute(`.summary-point[data-phase-id="consider"][data-persona-id="${persona}"]`, "data-value");
  assert.equal(await low("ana"), "-1");
  assert.equal(await low("luis"), "0");
  assert.equal(await page.getAttribute('.summary-point[data-persona-id="ana"]', "aria-label"), "Lowest feeling −1 (Ana, IT manager)");
  // The grid says how many columns there are now.
  assert.equal(await page.getAttribute(".map-grid", "aria-colcount"), String(b2b.steps.length - CONSIDER.length + 1 + 1));

  // The URL carries it; a reload shows the same map.
  await page.waitForFunction(() => new URL(location.href).searchParams.get("collapse") === "consider");
  await page.reload();
  await mapOf(page, b2b.title);
  await page.waitForSelector('.phase-summary[data-phase-id="consider"]');
  assert.ok(!(await heads(page)).includes("request-demo"));

  // The summary's own button expands it again.
  await summary.getByRole("button", { name: "Expand “Consideration”" }).click();
  await page.waitForSelector('.step-head[data-step-id="request-demo"]');
  assert.equal(await page.locator(".phase-summary").count(), 0);
  assert.equal(await page.locator(".point").count(), expectedPoints(b2b));
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("collapse"));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the filter bar shows collapsed phases as a chip, and collapses or expands them all", async () => {
  const page = await open("&collapse=buy&collapse=grow&collapse=nowhere");
  await page.waitForSelector('.phase-summary[data-phase-id="grow"]');
  assert.equal(await page.locator(".phase-summary").count(), 2);
  // An unknown phase id is left out of the view and the URL.
  await page.waitForFunction(() => new URL(location.href).searchParams.getAll("collapse").join() === "buy,grow");
  const chip = page.locator(".filter-chip", { hasText: "2 phases collapsed" });
  await chip.waitFor();
  await chip.click();
  await page.waitForSelector('.step-head[data-step-id="renew"]');
  assert.equal(await page.locator(".phase-summary").count(), 0);

  const all = page.getByRole("button", { name: "Collapse phases" });
  assert.equal(await all.getAttribute("aria-pressed"), "false");
  await all.click();
  await page.waitForFunction((n) => document.querySelectorAll(".phase-summary").length === n, b2b.phases.length);
  assert.equal(await page.locator(".step-head[data-step-id]").count(), 0);
  assert.equal(await page.locator(".point").count(), 0);
  assert.equal(await all.getAttribute("aria-pressed"), "true");
  await page.screenshot({ path: join(ROOT, "target", "collapse-all.png") });
  // "Clear filters" clears the filters but leaves the phases collapsed (they are the layout).
  assert.equal(await page.locator(".clear-all").count(), 0, "no filter: no Clear filters");
  await page.getByRole("searchbox", { name: "Search steps" }).fill("quote");
  await page.getByRole("button", { name: "Clear filters" }).last().click();
  await page.waitForFunction(() => document.querySelector("input.search").value === "");
  assert.equal(await page.locator(".phase-summary").count(), b2b.phases.length);
  const chipAll = page.locator(".filter-chip", { hasText: `${b2b.phases.length} phases collapsed` });
  assert.equal(await chipAll.getAttribute("title"), "Expand phases");
  await chipAll.click();
  await page.waitForSelector('.step-head[data-step-id="read-article"]');
  assert.equal(await page.locator(".phase-summary").count(), 0);
  assert.equal(await all.getAttribute("aria-pressed"), "false");
  // From the keyboard: the button, drawn again with the map, keeps it both ways.
  await all.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction((n) => document.querySelectorAll(".phase-summary").length === n, b2b.phases.length);
  await page.waitForFunction(() => document.activeElement?.matches("[data-toggle-phases]"));
  await page.keyboard.press(" ");
  await page.waitForSelector('.step-head[data-step-id="read-article"]');
  await page.waitForFunction(() => document.activeElement?.matches("[data-toggle-phases]"));
  assert.equal(await all.getAttribute("aria-pressed"), "false");
  assert.deepEqual(page.errors, []);
  await page.close();
});

// All collapsed, the map is narrow and cannot scroll as far: expanding them all again goes
// back to the phase they were collapsed from, where it was (it went to the first phase).
test("Collapse phases, then Expand phases, comes back to the phase the map was at", async () => {
  const page = await open("", { viewport: { width: 1280, height: 800 } });
  const place = () => page.evaluate(() => document.querySelector(".map-scroll").scrollLeft);
  await page.evaluate(() => {
    const map = document.querySelector(".map-scroll");
    const use = document.querySelector('.phase[data-phase-id="use"]').getBoundingClientRect().left;
    map.scrollLeft += use - document.querySelector(".lane-title").getBoundingClientRect().right;
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const before = await place();
  assert.ok(before > 1000, `scrolled to Onboarding and use at ${before}`);
  const all = page.locator("[data-toggle-phases]");
  await all.click();
  await page.waitForFunction((n) => document.querySelectorAll(".phase-summary").length === n, b2b.phases.length);
  assert.ok((await place()) < 100, "the collapsed map cannot scroll that far");
  await all.click();
  await page.waitForSelector('.step-head[data-step-id="onboard"]');
  await page.waitForFunction((x) => document.querySelector(".map-scroll").scrollLeft === x, before);
  // One phase opened among the collapsed ones is what the person looks at: collapsing all
  // and expanding all again comes back to it, not to the first summary at the left.
  await all.click();
  await page.waitForFunction((n) => document.querySelectorAll(".phase-summary").length === n, b2b.phases.length);
  await page.locator('[data-toggle-phase="use"]').first().click();
  await page.waitForSelector('.step-head[data-step-id="onboard"]');
  const useAt = () => page.evaluate(() => Math.round(document.querySelector('.phase[data-phase-id="use"]').getBoundingClientRect().left));
  const opened = await useAt();
  await all.click();
  await page.waitForFunction((n) => document.querySelectorAll(".phase-summary").length === n, b2b.phases.length);
  await all.click();
  await page.waitForSelector('.step-head[data-step-id="onboard"]');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await useAt(), opened, "Onboarding and use where it was when opened alone");
  assert.deepEqual(page.errors, []);
  await page.close();
  // On a phone the collapsed map scrolls: scrolled back to its start meanwhile (Onboarding
  // and use out of view), the phase at the left is the one kept.
  const phone = await open("", { viewport: { width: 390, height: 844 } });
  const scroll = (x) => phone.evaluate((x) => {
    document.querySelector(".map-scroll").scrollLeft = x;
    return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }, x);
  await scroll(216 * b2b.steps.findIndex((s) => s.phase === "use"));
  const toggleAll = phone.locator("[data-toggle-phases]");
  await toggleAll.click();
  await phone.waitForFunction((n) => document.querySelectorAll(".phase-summary").length === n, b2b.phases.length);
  assert.ok((await phone.evaluate(() => document.querySelector(".map-scroll").scrollLeft)) > 216, "at Onboarding and use's summary");
  await scroll(0);
  await toggleAll.click();
  await phone.waitForSelector('.step-head[data-step-id="read-article"]');
  assert.equal(await phone.evaluate(() => document.querySelector(".map-scroll").scrollLeft), 0);
  assert.deepEqual(phone.errors, []);
  await phone.close();
});

// A step brought into view earlier (a search's match) or selected does not hold its phase
// open: "Collapse phases" collapses every one, and a second press expands them all.
test("after a search or with details open, Collapse phases collapses all and expands all", async () => {
  for (const [what, query] of [["a search's match", ""], ["open details", "&step=demo-call"]]) {
    const page = await open(query);
    const search = page.getByRole("searchbox", { name: "Search steps" });
    await search.fill("renew");
    await search.press("Enter");
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.step-head[data-step-id="renew"]')).getPropertyValue("--focused").trim() === "1");
    if (what === "a search's match") await search.fill("");
    const all = page.getByRole("button", { name: "Collapse phases" });
    await all.click();
    await page.waitForFunction((n) => document.querySelectorAll(".phase-summary").length === n, b2b.phases.length);
    assert.equal(await page.locator(".step-head[data-step-id]").count(), 0, what);
    assert.equal(await all.getAttribute("aria-pressed"), "true", what);
    await all.click();
    await page.waitForSelector('.step-head[data-step-id="read-article"]');
    assert.equal(await page.locator(".phase-summary").count(), 0, what);
    assert.equal(await all.getAttribute("aria-pressed"), "false", what);
    // Asked for again, the match's phase opens again.
    await all.click();
    await page.waitForFunction((n) => document.querySelectorAll(".phase-summary").length === n, b2b.phases.length);
    await search.fill("renew");
    await search.press("Enter");
    await page.waitForSelector('.step-head[data-step-id="renew"]');
    assert.equal(await page.locator('.phase-summary[data-phase-id="grow"]').count(), 0, what);
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test("phases collapsed right after a search's Enter stay collapsed when the typing settles", async () => {
  // The match comes into view a quarter second after the typing stops, unless Enter has
  // shown it already: shown again then, it opened its phase under the person's hands.
  const page = await open();
  const search = page.getByRole("searchbox", { name: "Search steps" });
  await search.fill("renew");
  await search.press("Enter");
  await page.getByRole("button", { name: "Collapse phases" }).click();
  await page.waitForFunction((n) => document.querySelectorAll(".phase-summary").length === n, b2b.phases.length);
  await page.waitForTimeout(500);
  assert.equal(await page.locator(".phase-summary").count(), b2b.phases.length);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a step asked for in a collapsed phase opens it; arrows pass a summary by", async () => {
  // Selected in the URL.
  let page = await open("&collapse=consider&step=demo-call");
  await page.waitForSelector("#step-details:not([hidden])");
  await page.waitForSelector('.step-head[data-step-id="demo-call"]');
  assert.equal(await page.locator(".phase-summary").count(), 0);
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("collapse"));
  await page.close();

  // Found by the search: a collapsed phase holding matches is marked, the current one too,
  // until Enter opens it.
  page = await open("&collapse=consider&collapse=grow");
  await page.getByRole("searchbox", { name: "Search steps" }).fill("demo");
  const flag = (id, name) => page.$eval(`.phase-summary[data-phase-id="${id}"]`, (e, n) => getComputedStyle(e).getPropertyValue(n).trim(), name);
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.phase-summary[data-phase-id="consider"]')).getPropertyValue("--match").trim() === "1");
  assert.equal(await flag("consider", "--current"), "1");
  assert.equal(await flag("grow", "--match"), "");
  await page.getByRole("searchbox", { name: "Search steps" }).fill("");
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.phase-summary[data-phase-id="consider"]')).getPropertyValue("--match").trim() === "");
  await page.getByRole("searchbox", { name: "Search steps" }).fill("renew");
  await page.getByRole("searchbox", { name: "Search steps" }).press("Enter");
  await page.waitForSelector('.step-head[data-step-id="renew"]');
  assert.equal(await page.locator('.phase-summary[data-phase-id="grow"]').count(), 0);
  await page.close();

  // The keyboard: from the step before a collapsed phase, → goes to the step after it.
  page = await open("&collapse=consider");
  await page.focus('.step-head[data-step-id="visit-home"]');
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.activeElement?.dataset.stepId === "receive-quote");
  await page.keyboard.press("ArrowLeft");
  await page.waitForFunction(() => document.activeElement?.dataset.stepId === "visit-home");
  // The phase buttons take the keyboard; Enter expands, and the keyboard stays on the button.
  await toggle(page, "consider").focus();
  await page.keyboard.press("Enter");
  await page.waitForSelector('.step-head[data-step-id="compare-pricing"]');
  await page.waitForFunction(() => document.activeElement?.matches('.phase-toggle[data-toggle-phase="consider"]'));
  assert.equal(await toggle(page, "consider").getAttribute("aria-expanded"), "true");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a phase collapsed in a scrolled map keeps its place on the screen", async () => {
  const page = await open("", { viewport: { width: 900, height: 700 } });
  const scroller = page.locator(".map-scroll");
  // Scrolled to the fifth step: Purchase and Onboarding are in view.
  await scroller.evaluate((s) => { s.scrollLeft = 5 * 216; });
  await page.waitForSelector('.phase[data-phase-id="use"] .phase-toggle');
  const left = () => page.$eval('.phase[data-phase-id="use"]', (p) => Math.round(p.getBoundingClientRect().left));
  const before = await left();
  assert.ok(before > 184 && before < 900, `on screen before (${before})`);
  await toggle(page, "use").click();
  await page.waitForSelector('.phase-summary[data-phase-id="use"]');
  await page.waitForFunction(() => document.querySelector(".map-scroll").scrollLeft > 0);
  // Drawn again, the map is scrolled back to where it was: the phase has not moved.
  assert.equal(await scroller.evaluate((s) => s.scrollLeft), 5 * 216);
  assert.equal(await left(), before);
  await toggle(page, "use").click();
  await page.waitForSelector('.step-head[data-step-id="daily-use"]');
  await page.waitForFunction(() => document.querySelector(".map-scroll").scrollLeft > 0);
  assert.equal(await left(), before);

  // A phase that starts left of the view, collapsed from its name (which stays in view):
  // its summary comes to the left edge of the steps, where its name was.
  await scroller.evaluate((s) => { s.scrollLeft = 7.5 * 216; });
  await page.waitForFunction(() => document.querySelector(".map-scroll").scrollLeft === 7.5 * 216);
  const edge = await scroller.evaluate((s) => Math.round(s.getBoundingClientRect().left + 1 + 184));
  await toggle(page, "use").click();
  await page.waitForSelector('.phase-summary[data-phase-id="use"]');
  await page.waitForFunction(() => document.querySelector(".map-scroll").scrollLeft > 0);
  const summaryLeft = await page.$eval('.phase-summary[data-phase-id="use"]', (e) => Math.round(e.getBoundingClientRect().left));
  assert.ok(Math.abs(summaryLeft - edge) <= 1, `summary at the steps' left edge (${summaryLeft} vs ${edge})`);
  await toggle(page, "use").click();
  await page.waitForSelector('.step-head[data-step-id="daily-use"]');

  // "Phases" keeps the phase at the left of the view there too: Onboarding, from step 8.
  await scroller.evaluate((s) => { s.scrollLeft = 7 * 216; });
  await page.waitForFunction(() => document.querySelector(".map-scroll").scrollLeft === 7 * 216);
  await page.getByRole("button", { name: "Collapse phases" }).click();
  await page.waitForSelector('.phase-summary[data-phase-id="use"]');
  await page.waitForTimeout(100);
  const useLeft = await page.$eval('.phase-summary[data-phase-id="use"]', (e) => Math.round(e.getBoundingClientRect().left));
  assert.ok(useLeft >= edge - 1 && useLeft < 900, `the phase in view stays in view (${useLeft})`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("collapsing the selected step's phase closes its details", async () => {
  const page = await open("&step=pay");
  await page.waitForSelector("#step-details:not([hidden])");
  await toggle(page, "buy").click();
  await page.waitForSelector('.phase-summary[data-phase-id="buy"]');
  await page.locator("#step-details").waitFor({ state: "hidden" });
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("step"));
  assert.equal(query(page).get("collapse"), "buy");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a step shown from the insights replaces the insights with the map", async () => {
  const page = await app.page(SRC + "&view=insights&collapse=consider");
  await page.waitForSelector('[data-view=insights] [data-section=weakest] [data-step-id="compare-pricing"]');
  await page.locator('[data-view=insights] [data-section=weakest] [data-step-id="compare-pricing"]').first().click();
  await page.waitForSelector('.step-head[data-step-id="compare-pricing"]');
  // Only the map is on the stage: nothing of the insights is left above it.
  assert.equal(await page.locator(".insights-grid, .insight-card").count(), 0);
  assert.equal(await page.locator(".phase-summary").count(), 0, "its phase opened");
  const top = await page.$eval(".map-scroll", (e) => e.getBoundingClientRect().top);
  assert.ok(top < 300, `the map is at the top of the stage (${top})`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("collapsed phases read in Spanish, and axe-core finds no serious or critical violation", async () => {
  const page = await open("&lang=es&collapse=grow&collapse=consider");
  const summary = page.locator('.phase-summary[data-phase-id="grow"]');
  await summary.waitFor();
  assert.equal(await summary.locator(".summary-counts").innerText(), "3 pasos · 4 puntos de dolor");
  assert.match(await summary.locator(".summary-lowest").innerText(), /^Emoción más baja −2 \(Ana/);
  assert.equal(await summary.getByRole("button").getAttribute("aria-label"), "Expandir “Upgrade & renewal”");
  await page.screenshot({ path: join(ROOT, "target", "collapse-es.png") });
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});
