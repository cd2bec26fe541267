// Exploring a map: linked selection both ways, the step details with previous/next, search
// with highlights and jumps, channel and owner filters with one-click clearing, zoom, the
// view state in the URL (reload, back and forward), keyboard navigation and the shortcut
// list, and axe-core on the page with the details open.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { appAndFixtures, axeViolations, EXAMPLES, mapOf, pasteText, readJson } from "./harness.mjs";

const b2b = readJson(join(EXAMPLES, "b2b-software.json"));
const SRC = "?src=examples/b2b-software.json";

const { app, fixtures } = await appAndFixtures();

async function open(query = "") {
  const page = await app.page(SRC + query);
  await mapOf(page, b2b.title);
  return page;
}

/** The generated 60-step journey (wider than the columns drawn at once), with `query`. */
async function openLong(query = "", options = {}) {
  const page = await app.page(`?src=${encodeURIComponent(fixtures.url + "generated/60.json")}${query}`, options);
  await page.waitForSelector("[data-view=swimlane] .step-head");
  return page;
}

/** Where the lane row holding `selector` is against the room for rows: under the sticky
 *  headers and above the bottom of the map's scroll box. */
const rowPlace = (page, selector) =>
  page.$eval(selector, (el) => {
    const row = el.closest(".lane").getBoundingClientRect();
    const head = document.querySelector(".map-head").getBoundingClientRect();
    const box = document.querySelector(".map-scroll");
    const bottom = box.getBoundingClientRect().top + box.clientHeight;
    return { clear: row.top >= head.bottom - 1, whole: row.top >= head.bottom - 1 && row.bottom <= bottom + 1, text: `row ${row.top}..${row.bottom}, head ends ${head.bottom}, box ends ${bottom}` };
  });

/** A step's mark flags (--hover, --selected, --match, --current, --dim) on one element. */
function flags(page, selector) {
  return page.$eval(selector, (el) => {
    const s = getComputedStyle(el);
    const f = (n) => s.getPropertyValue(n).trim() || "0";
    return { hover: f("--hover"), selected: f("--selected"), match: f("--match"), current: f("--current"), dim: f("--dim"), filter: s.filter };
  });
}

const params = (page) => Object.fromEntries([...new URL(page.url()).searchParams].map(([k, v]) => [k, v]));
/** Waits until the URL's query is `expected` (the app writes it a moment after a change). */
async function urlIs(page, expected) {
  await page.waitForFunction((e) => JSON.stringify(Object.fromEntries(new URL(location.href).searchParams)) === JSON.stringify(e), expected).catch(() => {});
  assert.deepEqual(params(page), expected);
}
const SRC_PARAM = { src: "examples/b2b-software.json" };

test("hovering a step marks its column and its curve points; hovering a point marks the column", async () => {
  const page = await open();
  await page.hover('.step-head[data-step-id="compare-pricing"]');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.cell[data-step-id="compare-pricing"]')).getPropertyValue("--hover").trim() === "1");
  for (const sel of ['.lane[data-lane-id="pains"] .cell[data-step-id="compare-pricing"]', '.point[data-step-id="compare-pricing"][data-persona-id="ana"]', '.point[data-step-id="compare-pricing"][data-persona-id="luis"]']) {
    assert.equal((await flags(page, sel)).hover, "1", sel);
  }
  assert.equal((await flags(page, '.cell[data-step-id="visit-home"]')).hover, "0", "other steps are not marked");
  // The marked cell looks different from an unmarked one (a tint, not only a flag).
  const bg = (id) => page.$eval(`.lane[data-lane-id="touchpoints"] .cell[data-step-id="${id}"]`, (e) => getComputedStyle(e).backgroundColor);
  assert.notEqual(await bg("compare-pricing"), await bg("visit-home"));
  const scale = (id) => page.$eval(`.point[data-step-id="${id}"] .marker`, (e) => getComputedStyle(e).scale);
  assert.notEqual(await scale("compare-pricing"), await scale("visit-home"), "the point grows");

  // The reverse: a point on the curve marks the step's header and cells.
  await page.hover('.point[data-step-id="receive-quote"][data-persona-id="ana"]');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.step-head[data-step-id="receive-quote"]')).getPropertyValue("--hover").trim() === "1");
  assert.equal((await flags(page, '.lane[data-lane-id="owner"] .cell[data-step-id="receive-quote"]')).hover, "1");
  assert.equal((await flags(page, '.step-head[data-step-id="compare-pricing"]')).hover, "0");
  // Keyboard focus marks too (the pointer out of the way: a scroll would move a step under it).
  await page.mouse.move(1, 1);
  await page.focus('.lane[data-lane-id="thoughts"] .cell[data-step-id="pay"]');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.point[data-step-id="pay"]')).getPropertyValue("--hover").trim() === "1");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("clicking a step opens every field in the details, with previous and next", async () => {
  const page = await open();
  await page.click('.lane[data-lane-id="touchpoints"] .cell[data-step-id="contact-support"]');
  const panel = page.locator("#step-details");
  await panel.waitFor({ state: "visible" });
  const step = b2b.steps.find((s) => s.id === "contact-support");
  assert.equal(await panel.getByRole("heading", { level: 2 }).innerText(), step.name);
  assert.match(await panel.locator(".details-kicker").innerText(), /Step 11 of 12 · /);
  const text = await panel.innerText();
  for (const t of [...step.touchpoints, ...step.thoughts, ...step.pains, ...(step.backstage ?? [])]) assert.ok(text.includes(t), `shows “${t}”`);
  for (const o of step.opportunities) assert.ok(text.includes(typeof o === "string" ? o : o.text));
  // Both personas' feelings, each with its value and word.
  const feeling = async (id) => (await panel.locator(`.feelings li[data-persona-id="${id}"]`).textContent()).replace(/\s+/g, " ").trim();
  assert.equal(await feeling("ana"), "Ana, IT manager: −2 very negative");
  assert.equal(await feeling("luis"), "Luis, team lead: −1 negative");
  // Each lane's part under the map's name for it, in the map's order: the feelings too.
  const sections = await panel.locator("section[data-field]").evaluateAll((s) =>
    s.map((e) => [e.dataset.field, e.querySelector("h3").textContent]).filter(([id]) => id !== "links"));
  const lanes = await page.$$eval(".map-body .lane[data-lane-id]", (rows) =>
    rows.map((r) => [r.dataset.laneId, r.querySelector(".lane-title > span").textContent.trim()]));
  assert.deepEqual(sections, lanes.filter(([id]) => sections.some(([s]) => s === id)));
  assert.ok(sections.some(([id, title]) => id === "emotion" && title === "Emotion"), "the feelings under the lane's name");
  // Metrics against targets, and links that open in a new tab without the opener.
  assert.ok(await panel.locator(".metric[data-status]").count() > 0);
  const link = panel.locator(".step-links a").first();
  assert.equal(await link.getAttribute("href"), step.links[0].url);
  assert.equal(await link.getAttribute("target"), "_blank");
  assert.equal(await link.getAttribute("rel"), "noopener noreferrer");
  // The selected column is marked on the map, and the URL names it.
  assert.equal((await flags(page, '.step-head[data-step-id="contact-support"]')).selected, "1");
  await urlIs(page, { ...SRC_PARAM, step: "contact-support" });

  await panel.getByRole("button", { name: "Next step" }).click();
  await page.waitForFunction(() => document.querySelector("#step-details .details")?.dataset.stepId === "renew");
  assert.ok(await panel.getByRole("button", { name: "Next step" }).isDisabled(), "no step after the last");
  await panel.getByRole("button", { name: "Previous step" }).click();
  await panel.getByRole("button", { name: "Previous step" }).click();
  await page.waitForFunction(() => document.querySelector("#step-details .details")?.dataset.stepId === "upgrade");
  assert.equal((await flags(page, '.step-head[data-step-id="upgrade"]')).selected, "1");
  assert.equal((await flags(page, '.step-head[data-step-id="contact-support"]')).selected, "0");

  await panel.getByRole("button", { name: "Close" }).click();
  await panel.waitFor({ state: "hidden" });
  await urlIs(page, SRC_PARAM);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("search highlights a text found 300,000 times in what is drawn, and the app goes on", async () => {
  // The ranges were passed to the highlight as arguments: a letter found 500,000 times in a
  // long step name overflowed the stack, and the app threw at every action after it.
  const page = await open();
  await page.evaluate(() => {
    const probe = document.createElement("div");
    probe.hidden = true;
    probe.textContent = "zq ".repeat(300000);
    // (In a step: the search highlights the steps' text only.)
    document.querySelector(".step-head[data-step-id]").append(probe);
  });
  await page.getByRole("searchbox").fill("zq");
  await page.waitForFunction(() => (CSS.highlights.get("jl-search")?.size ?? 0) >= 300000, null, { timeout: 10000 }).catch(() => {});
  assert.equal(await page.evaluate(() => CSS.highlights.get("jl-search")?.size), 300000);
  await page.getByRole("searchbox").fill("seat");
  await page.waitForFunction(() => CSS.highlights.get("jl-search")?.size < 300000);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("search counts matches, highlights them, and jumps between them", async () => {
  const page = await open();
  const box = page.getByRole("searchbox", { name: "Search steps" });
  await box.fill("DEMO");
  const expected = b2b.steps.filter((s) => JSON.stringify(s).toLowerCase().includes("demo")).length;
  await page.waitForFunction((n) => (document.querySelector(".match-count").firstChild?.textContent ?? "") === `1 of ${n}`, expected);
  const matched = await page.$$eval(".step-head[data-step-id]", (hs) => hs.filter((h) => getComputedStyle(h).getPropertyValue("--match").trim() === "1").map((h) => h.dataset.stepId));
  assert.ok(matched.includes("request-demo") && matched.includes("demo-call"), matched.join());
  assert.ok(!matched.includes("pay"));
  // The matching text itself is highlighted (CSS Custom Highlight API), case ignored.
  const highlighted = await page.evaluate(() => [...CSS.highlights.get("jl-search")].map((r) => r.toString()));
  assert.ok(highlighted.length >= expected && highlighted.every((t) => t.toLowerCase() === "demo"), highlighted.join());
  // Only the journey's text: not the search's own chip in the filter bar.
  assert.match(await page.locator(".filter-bar .filter-chip").first().textContent(), /DEMO/);
  const inBar = await page.evaluate(() => [...CSS.highlights.get("jl-search")].filter((r) => r.startContainer.parentElement.closest(".filter-bar")).length);
  assert.equal(inBar, 0);
  // Enter jumps to the next match, Shift+Enter back; the current one is marked.
  await box.press("Enter");
  await page.waitForFunction((n) => (document.querySelector(".match-count").firstChild?.textContent ?? "") === `2 of ${n}`, expected);
  // A screen reader hears which step it is: the live count names it, out of sight.
  const second = b2b.steps.filter((s) => JSON.stringify(s).toLowerCase().includes("demo"))[1].name;
  assert.equal(await page.locator(".match-count").textContent(), `2 of ${expected}: ${second}`);
  assert.equal(await page.locator(".match-count .visually-hidden").textContent(), `: ${second}`);
  await box.press("Shift+Enter");
  await box.press("Shift+Enter");
  await page.waitForFunction((n) => (document.querySelector(".match-count").firstChild?.textContent ?? "") === `${n} of ${n}`, expected);
  await urlIs(page, { ...SRC_PARAM, q: "DEMO" });
  // Accents and case do not matter; no match says so.
  await box.fill("cotización");
  await page.waitForFunction(() => (document.querySelector(".match-count").firstChild?.textContent ?? "") === "No match");
  await box.fill("");
  await page.waitForFunction(() => (document.querySelector(".match-count").firstChild?.textContent ?? "") === "");
  // (The highlights follow in the next frame.)
  await page.waitForFunction(() => CSS.highlights.get("jl-search").size === 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("typing a search brings its first match into view, and the box keeps the focus", async () => {
  const page = await open();
  // Step 7, "Pays the first invoice", is past the window's right edge at 1366 px.
  const inView = () => page.evaluate(() => {
    const head = document.querySelector('.step-head[data-step-id="pay"]');
    const map = document.querySelector(".map-scroll").getBoundingClientRect();
    const r = head?.getBoundingClientRect();
    return !!r && r.left >= map.left && r.right <= map.right;
  });
  assert.equal(await inView(), false, "step 7 starts out of view");
  const box = page.getByRole("searchbox", { name: "Search steps" });
  await box.pressSequentially("invoice");
  await page.waitForFunction(() => (document.querySelector(".match-count").firstChild?.textContent ?? "") === "1 of 1");
  await page.waitForFunction(() => {
    const head = document.querySelector('.step-head[data-step-id="pay"]');
    const map = document.querySelector(".map-scroll").getBoundingClientRect();
    const r = head?.getBoundingClientRect();
    return !!r && r.left >= map.left && r.right <= map.right;
  });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("type")), "search", "the search box keeps the focus");
  assert.equal(await box.inputValue(), "invoice", "every letter typed went into the box");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("Escape clears the search, and a second gives the keyboard back to the map and its shortcuts", async () => {
  const page = await open();
  await page.keyboard.press("/");
  await page.keyboard.type("handoff");
  await page.waitForFunction(() => (document.querySelector(".match-count").firstChild?.textContent ?? "").endsWith("of 5"));
  const box = page.getByRole("searchbox", { name: "Search steps" });
  const arrows = () => page.$$eval(".search-box button", (b) => b.map((e) => getComputedStyle(e).visibility));
  assert.deepEqual(await arrows(), ["visible", "visible"]);
  await page.keyboard.press("Escape");
  assert.equal(await box.inputValue(), "");
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("type")), "search", "the first Escape keeps the box");
  // With no search, its arrows have nothing to move between: they are hidden.
  assert.deepEqual(await arrows(), ["hidden", "hidden"]);
  await page.keyboard.press("Escape");
  assert.equal(await page.evaluate(() => document.activeElement?.className), "map-scroll", "the map has the keyboard");
  // `I` had been typed into the box (a search for "i", and no insights).
  await page.keyboard.press("i");
  await page.waitForSelector("[data-view=insights] .stats");
  assert.equal(await box.inputValue(), "");
  // (The URL follows the view 120 ms after a change: the insights can be drawn first.)
  await page.waitForFunction(() => location.search.includes("view=insights"));
  assert.ok(!page.url().includes("q="), page.url());
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a link's step that its search matches stays in view as the current match, clear of its details", async () => {
  // A second review shared a map with a search and a step open: the link opened the step's
  // details, then showed the search's first match, and the step was left behind the panel.
  const page = await app.page(`${SRC}&q=the&step=contact-support`, { viewport: { width: 1366, height: 768 } });
  await page.waitForSelector('.details [data-step-id="contact-support"], .details');
  await page.waitForFunction(() => /^\d+ of \d+/.test(document.querySelector(".match-count")?.textContent ?? ""));
  await page.waitForTimeout(600);
  const seen = await page.evaluate(() => {
    const r = document.querySelector('.map-head .step-head[data-step-id="contact-support"]')?.getBoundingClientRect();
    const map = document.querySelector(".map-scroll").getBoundingClientRect();
    const details = document.querySelector(".details")?.getBoundingClientRect();
    const right = Math.min(map.right, details && details.left > map.left + 200 ? details.left : map.right);
    return { inView: !!r && r.left >= map.left && r.right <= right + 1, count: document.querySelector(".match-count").textContent };
  });
  assert.ok(seen.inView, JSON.stringify(seen));
  assert.doesNotMatch(seen.count, /^1 of/, "the current match is the step, not the first");
  // Enter goes on to the next match after it (round the end: it is the last).
  const [at, total] = seen.count.split(/ of |:/).map(Number);
  await page.getByRole("searchbox", { name: "Search steps" }).press("Enter");
  await page.waitForFunction((n) => document.querySelector(".match-count").textContent.startsWith(`${n} of`), (at % total) + 1);
  assert.deepEqual(page.errors, []);
  await page.close();
});

/** A page function: whether step `id`'s header is wholly in the map's view, sideways. */
const inView = (id) => `(() => {
  const head = document.querySelector('.map-head .step-head[data-step-id="${id}"]');
  const map = document.querySelector(".map-scroll").getBoundingClientRect();
  const r = head?.getBoundingClientRect();
  return !!r && r.left >= map.left && r.right <= map.right;
})()`;

test("a channel or owner filter brings a step it keeps into view when none is", async () => {
  // An embed sent filtered by owner opened on other owners' steps, greyed, its one match
  // off to the right.
  const embed = await app.page(SRC + "&owner=support&embed=1", { viewport: { width: 800, height: 500 } });
  await embed.waitForFunction(inView("contact-support"));
  assert.deepEqual(embed.errors, []);
  await embed.close();
  // An open step holds the view (a review's link with a step and an owner opened the step's
  // details over the filter's step, far from it).
  const opened = await app.page(SRC + "&owner=support&step=visit-home");
  await opened.waitForSelector(".step-details:not([hidden])");
  await new Promise((r) => setTimeout(r, 300));
  assert.ok(await opened.evaluate(inView("visit-home")), "the open step stays in view");
  assert.deepEqual(opened.errors, []);
  await opened.close();
  const page = await open();
  const owner = page.getByRole("combobox", { name: "Owner", exact: true });
  const scrolled = () => page.$eval(".map-scroll", (el) => el.scrollLeft);
  // Sales has steps in view: nothing moves.
  await owner.selectOption("sales");
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.step-head[data-step-id="read-article"]')).getPropertyValue("--dim").trim() === "1");
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(await scrolled(), 0, "a kept step was in view");
  // Support's one step is off to the right: it comes into view...
  await owner.selectOption("support");
  await page.waitForFunction(inView("contact-support"));
  // ...and Marketing's nearest step after it.
  await owner.selectOption("marketing");
  await page.waitForFunction(inView("compare-pricing"));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a link's search brings its first match into view, its collapsed phase opened, and typing opens no phase on the way", async () => {
  const linked = await open("&q=invoice");
  await linked.waitForFunction(inView("pay"));
  await linked.close();
  // Every phase collapsed: the first handoff (step 4, in Consideration) is opened and shown.
  const all = b2b.phases.map((p) => `&collapse=${p.id}`).join("");
  const page = await open(`${all}&q=handoff`);
  await page.waitForFunction(() => (document.querySelector(".match-count")?.textContent ?? "").startsWith("1 of 5"));
  await page.waitForFunction(inView("request-demo"));
  const drawn = () => page.$$eval(".step-head[data-step-id]", (hs) => hs.map((h) => h.dataset.stepId));
  assert.ok(!(await drawn()).includes("read-article"), "Awareness, which holds no handoff, stays collapsed");
  await page.close();
  // Typed, "h", "ha", "han" and "hand" find Awareness's first step ("hands-on"), "handoff"
  // does not: its phase stays collapsed.
  const typed = await open(all);
  await typed.getByRole("searchbox", { name: "Search steps" }).pressSequentially("handoff");
  await typed.waitForFunction(() => (document.querySelector(".match-count")?.textContent ?? "").startsWith("1 of 5"));
  await typed.waitForFunction(inView("request-demo"));
  assert.ok(!(await typed.$$eval(".step-head[data-step-id]", (hs) => hs.map((h) => h.dataset.stepId))).includes("read-article"));
  assert.deepEqual(typed.errors, []);
  await typed.close();
});

test("search finds the marks by their names, and highlights only the steps' text", async () => {
  // At Fit every column is drawn, with its marks.
  const page = await open("&zoom=fit");
  await page.waitForSelector('.step-head .flag[data-flag="handoff"]');
  const handoffs = await page.$$eval(".step-head[data-step-id]", (hs) => hs.filter((h) => h.querySelector('.flag[data-flag="handoff"]')).map((h) => h.dataset.stepId));
  assert.ok(handoffs.length >= 3, handoffs.join());
  const box = page.getByRole("searchbox", { name: "Search steps" });
  // No step's text says "handoff": the marks are found by the name the map shows.
  await box.fill("handoff");
  await page.waitForFunction((n) => (document.querySelector(".match-count").firstChild?.textContent ?? "") === `1 of ${n}`, handoffs.length);
  const matched = await page.$$eval(".step-head[data-step-id]", (hs) => hs.filter((h) => getComputedStyle(h).getPropertyValue("--match").trim() === "1").map((h) => h.dataset.stepId));
  assert.deepEqual(matched, handoffs);
  const places = () => page.evaluate(() => [...CSS.highlights.get("jl-search")].map((r) => r.startContainer.parentElement.closest(".flag")?.dataset.flag ?? r.startContainer.parentElement.className));
  await page.waitForFunction((n) => CSS.highlights.get("jl-search").size === n, handoffs.length);
  assert.deepEqual([...new Set(await places())], ["handoff"]);
  // The journey's title and a phase's name are not what the search looks through: they are
  // not highlighted when it finds nothing.
  for (const text of ["software", "awareness"]) {
    assert.ok(await page.locator(`.toolbar :text-matches("${text}", "i"), .phase-row :text-matches("${text}", "i")`).count() > 0, text);
    await box.fill(text);
    await page.waitForFunction(() => (document.querySelector(".match-count").firstChild?.textContent ?? "") === "No match");
    await page.waitForFunction(() => CSS.highlights.get("jl-search").size === 0);
  }
  // In Spanish the marks are searched by their Spanish names.
  await box.fill("");
  await page.getByRole("combobox", { name: "Language" }).selectOption("es");
  await page.getByRole("searchbox").fill("traspaso");
  await page.waitForFunction((n) => (document.querySelector(".match-count").firstChild?.textContent ?? "").endsWith(` ${n}`), handoffs.length);
  assert.deepEqual(page.errors, []);
  await page.close();
  // Opened from a link with the search, the marks drawn after the first frame are found
  // and highlighted too.
  const linked = await open("&zoom=fit&q=handoff");
  await linked.waitForFunction((n) => (document.querySelector(".match-count").firstChild?.textContent ?? "") === `1 of ${n}`, handoffs.length);
  await linked.waitForFunction((n) => CSS.highlights.get("jl-search").size === n, handoffs.length);
  assert.deepEqual(linked.errors, []);
  await linked.close();
});

test("channel and owner filters dim other steps, show as chips and clear in one click", async () => {
  const page = await open();
  // Their options follow the file's lists (the format's order), not the steps' first use.
  const options = (name) => page.getByRole("combobox", { name, exact: true }).evaluate((s) => [...s.options].slice(1).map((o) => o.value));
  const usedChannels = new Set(b2b.steps.flatMap((s) => [s.channel ?? []].flat()));
  assert.deepEqual(await options("Channel"), b2b.channels.map((c) => c.id).filter((id) => usedChannels.has(id)));
  const usedOwners = new Set(b2b.steps.map((s) => s.owner));
  assert.deepEqual(await options("Owner"), b2b.owners.map((o) => o.id).filter((id) => usedOwners.has(id)));
  await page.getByRole("combobox", { name: "Channel", exact: true }).selectOption("video");
  const video = b2b.steps.filter((s) => [s.channel].flat().includes("video")).map((s) => s.id);
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.step-head[data-step-id="pay"]')).getPropertyValue("--dim").trim() === "1");
  for (const s of b2b.steps) {
    const f = await flags(page, `.step-head[data-step-id="${s.id}"]`);
    assert.equal(f.dim, video.includes(s.id) ? "0" : "1", s.id);
    if (video.includes(s.id)) continue;
    // Dimmed steps' contents lose their colours; the cell itself keeps the theme's (a grey
    // filter on it turned the dark theme's navy into a charcoal block).
    const look = await page.$eval(`.step-head[data-step-id="${s.id}"]`, (el) =>
      ({ own: getComputedStyle(el).filter, inside: [...el.children].map((c) => getComputedStyle(c).filter) }));
    assert.equal(look.own, "none", s.id);
    assert.ok(look.inside.length > 0 && look.inside.every((f) => f === "grayscale(1)"), `${s.id}: ${look.inside}`);
  }
  assert.equal((await flags(page, '.point[data-step-id="pay"]')).dim, "1", "the curve's points dim too");
  // Screen readers hear how many steps the filters keep (a polite status in the bar).
  const kept = page.locator(".filter-bar [role=status]");
  assert.equal(await kept.textContent(), `Matching steps: ${video.length} of ${b2b.steps.length}`);
  // Screen readers hear it too: a dimmed step's column header (which names every cell under
  // it) ends with ", filtered out"; a kept one does not.
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send("DOM.getDocument");
  const heard = async (id) => {
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: `.step-head[data-step-id="${id}"]` });
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
    return nodes[0].name.value;
  };
  const step = (id) => b2b.steps.find((s) => s.id === id).name;
  assert.match(await heard("pay"), new RegExp(`${step("pay")} , filtered out`));
  assert.doesNotMatch(await heard("demo-call"), /filtered out/);
  assert.match(await heard("demo-call"), new RegExp(step("demo-call")));
  // A phase none of whose steps is kept is named so too.
  const phaseHeard = async (id) => {
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: `.phase[data-phase-id="${id}"]` });
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
    return nodes[0].name.value;
  };
  assert.match(await phaseHeard("aware"), /, filtered out/);
  assert.doesNotMatch(await phaseHeard("consider"), /filtered out/);
  // A phase none of whose steps is kept recedes too; one that keeps a step does not.
  assert.equal((await flags(page, '.phase[data-phase-id="aware"]')).dim, "1", "no video step in Awareness");
  assert.equal((await flags(page, '.phase[data-phase-id="consider"]')).dim, "0", "the demo call is in Consideration");
  // So is such a phase's summary column when it is collapsed; a collapsed phase keeping a
  // step is not.
  await page.locator('.phase[data-phase-id="aware"] .phase-toggle').click();
  await page.locator('.phase[data-phase-id="consider"] .phase-toggle').click();
  const summary = '.phase-summary[data-phase-id="aware"]';
  await page.waitForSelector(summary);
  await page.waitForSelector('.phase-summary[data-phase-id="consider"]');
  const summaryHeard = async (id) => {
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: `.phase-summary[data-phase-id="${id}"]` });
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
    return nodes[0].name.value;
  };
  assert.equal((await flags(page, summary)).dim, "1", "Awareness's summary recedes");
  assert.match(await summaryHeard("aware"), /, filtered out/);
  // Its lowest feeling's line recedes with its name.
  const colour = (sel) => page.$eval(sel, (e) => getComputedStyle(e).color);
  assert.equal(await colour(`${summary} .summary-lowest`), await colour(`${summary} .step-name`));
  assert.notEqual(await colour(`${summary} .summary-lowest`), await colour('.phase-summary[data-phase-id="consider"] .summary-lowest'));
  assert.equal((await flags(page, '.phase-summary[data-phase-id="consider"]')).dim, "0");
  assert.doesNotMatch(await summaryHeard("consider"), /filtered out/);
  await page.locator('.phase[data-phase-id="aware"] .phase-toggle').click();
  await page.locator('.phase[data-phase-id="consider"] .phase-toggle').click();
  await page.waitForFunction(() => !document.querySelector(".phase-summary"));
  await page.getByRole("combobox", { name: "Owner", exact: true }).selectOption("sales");
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.step-head[data-step-id="onboard"]')).getPropertyValue("--dim").trim() === "1");
  assert.equal((await flags(page, '.step-head[data-step-id="demo-call"]')).dim, "0", "video and sales");
  const both = b2b.steps.filter((s) => video.includes(s.id) && s.owner === "sales").length;
  assert.ok(both > 0 && both < video.length);
  assert.equal(await kept.textContent(), `Matching steps: ${both} of ${b2b.steps.length}`);
  const chips = (await page.locator(".filter-chip").allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
  assert.deepEqual(chips, ["Channel: Video call ×", "Owner: Sales ×"]);
  await urlIs(page, { ...SRC_PARAM, channel: "video", owner: "sales" });
  // One chip clears itself; "Clear filters" clears the rest at once.
  await page.locator(".filter-chip", { hasText: "Owner" }).click();
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.step-head[data-step-id="onboard"]')).getPropertyValue("--dim").trim() === "0");
  await page.getByRole("searchbox").fill("price");
  await page.getByRole("button", { name: "Clear filters" }).click();
  await page.waitForFunction(() => !document.querySelector(".filter-chip"));
  assert.equal((await flags(page, '.step-head[data-step-id="pay"]')).dim, "0");
  assert.doesNotMatch(await heard("pay"), /filtered out/);
  assert.equal(await page.getByRole("searchbox").inputValue(), "");
  assert.equal(await kept.textContent(), "");
  await urlIs(page, SRC_PARAM);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the view is in the URL: a reload or a sent URL shows it again; back and forward step through selections", async () => {
  const query = "&step=upgrade&q=seat&channel=app&hide=thoughts&show=backstage&hide-persona=luis&zoom=67&view=curve";
  const page = await open(query);
  await page.waitForSelector("#step-details:not([hidden])");
  const check = async () => {
    assert.equal(await page.locator("#step-details h2").innerText(), b2b.steps.find((s) => s.id === "upgrade").name);
    assert.equal(await page.getByRole("searchbox").inputValue(), "seat");
    assert.equal(await page.getByRole("combobox", { name: "Channel", exact: true }).inputValue(), "app");
    assert.equal(await page.locator('[data-view="swimlane"]').getAttribute("data-view-mode"), "curve");
    assert.equal(await page.locator('.legend li[data-persona-id="luis"] button').getAttribute("aria-pressed"), "false");
    assert.equal(await page.locator(".map-grid").getAttribute("data-zoom"), "0.67");
    assert.equal(await page.locator(".zoom-level").innerText(), "67%");
  };
  await check();
  // The map view shows the lanes chosen.
  await page.getByRole("button", { name: "Map", exact: true }).click();
  await page.waitForSelector('.lane[data-lane-id="backstage"]');
  assert.equal(await page.locator('.lane[data-lane-id="thoughts"]').count(), 0);
  await page.getByRole("button", { name: "Emotion curve" }).click();
  // The URL is written a moment after a change (a burst of changes makes one write).
  await page.waitForFunction(() => new URL(location.href).searchParams.get("view") === "curve");
  await page.reload();
  await mapOf(page, b2b.title);
  await page.waitForSelector("#step-details:not([hidden])");
  await check();

  // Selecting steps adds history entries; Back and Forward walk them without reloading.
  await page.getByRole("button", { name: "Map", exact: true }).click();
  await page.evaluate(() => (window.__same = true));
  await page.click('.step-head[data-step-id="pay"]');
  await page.waitForFunction(() => new URL(location.href).searchParams.get("step") === "pay");
  await page.click('.step-head[data-step-id="onboard"]');
  await page.waitForFunction(() => new URL(location.href).searchParams.get("step") === "onboard");
  await page.goBack();
  await page.waitForFunction(() => document.querySelector("#step-details .details")?.dataset.stepId === "pay");
  await page.goBack();
  await page.waitForFunction(() => document.querySelector("#step-details .details")?.dataset.stepId === "upgrade");
  await page.goForward();
  await page.waitForFunction(() => document.querySelector("#step-details .details")?.dataset.stepId === "pay");
  assert.equal(await page.evaluate(() => window.__same), true, "the page was not reloaded");
  assert.equal(params(page).q, "seat", "the rest of the view stays");
  // Opening another journey leaves this view behind.
  await page.getByRole("button", { name: "Examples" }).click();
  await page.getByRole("button", { name: "Minimal journey" }).click();
  await page.waitForFunction((t) => document.title !== t, b2b.title);
  await page.waitForSelector("#step-details", { state: "hidden" });
  await urlIs(page, { src: "examples/minimal.json" });
  assert.equal(await page.getByRole("searchbox").inputValue(), "");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("unknown view values in the URL are ignored, never an error", async () => {
  const page = await open("&step=no-such-step&zoom=9000&channel=&owner=nobody&hide-persona=nobody&view=table&q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
  await page.waitForSelector(".match-count");
  // An owner no step has filters nothing: the filter says all owners, and no chip names it.
  const ownerFilter = await page.locator(".filter select").nth(1).evaluate((s) => s.selectedOptions[0]?.textContent);
  assert.equal(ownerFilter, "All owners");
  assert.equal(await page.locator(".filter-chip", { hasText: "Owner" }).count(), 0);
  assert.equal(await page.locator("#step-details").isHidden(), true);
  assert.equal(await page.locator(".map-grid").getAttribute("data-zoom"), "1");
  assert.equal(await page.getByRole("searchbox").inputValue(), "<img src=x onerror=alert(1)>", "text stays text");
  assert.equal(await page.locator(".active-filters img").count(), 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("arrow keys move between steps and lanes; Enter opens the details and Escape closes them", async () => {
  const page = await open();
  // One tab stop: the map's scroll box (after the shortcuts button), which shows a focus
  // ring; then arrows enter the grid.
  await page.focus("button[aria-keyshortcuts='?']");
  await page.keyboard.press("Tab");
  await page.waitForFunction(() => document.activeElement?.classList.contains("map-scroll"));
  const ring = await page.$eval(".map-scroll", (m) => [getComputedStyle(m).outlineStyle, parseFloat(getComputedStyle(m).outlineWidth)]);
  assert.ok(ring[0] !== "none" && ring[1] >= 2, `the map's focus ring: ${ring}`);
  // A screen reader names the tab stop (it was an unnamed generic element).
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send("Runtime.evaluate", { expression: "document.activeElement" });
  const { node } = await cdp.send("DOM.describeNode", { objectId: result.objectId });
  const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { backendNodeId: node.backendNodeId, fetchRelatives: false });
  const stop = nodes.find((n) => !n.ignored);
  assert.deepEqual([stop.role.value, stop.name.value], ["region", b2b.title]);
  await page.keyboard.press("ArrowRight");
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return [el.closest(".lane")?.dataset.laneId, el.dataset.stepId, el.dataset.personaId ?? null].join(" ");
  });
  await page.waitForFunction(() => document.activeElement?.classList.contains("step-head"));
  assert.equal(await focused(), "actions read-article ");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  assert.equal(await focused(), "actions compare-pricing ");
  await page.keyboard.press("ArrowDown");
  assert.equal(await focused(), "touchpoints compare-pricing ");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  assert.equal(await focused(), "thoughts compare-pricing ");
  await page.keyboard.press("ArrowDown");
  assert.equal(await focused(), "emotion compare-pricing ana");
  // The whole curve comes into view, under the sticky step headers, not behind them.
  const curve = await rowPlace(page, ":focus");
  assert.ok(curve.whole, curve.text);
  await page.keyboard.press("ArrowDown");
  assert.equal(await focused(), "emotion compare-pricing luis");
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.activeElement?.dataset.stepId === "request-demo");
  assert.equal(await focused(), "emotion request-demo ana", "Luis has no feeling there: Ana's point");
  await page.keyboard.press("ArrowUp");
  assert.equal(await focused(), "thoughts request-demo ");
  const thoughts = await rowPlace(page, ":focus");
  assert.ok(thoughts.clear, thoughts.text);
  await page.keyboard.press("End");
  await page.waitForFunction(() => document.activeElement?.dataset.stepId === "renew");
  assert.equal(await focused(), "thoughts renew ");
  // The focused element shows a focus ring.
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), "none");
  await page.keyboard.press("Home");
  await page.waitForFunction(() => document.activeElement?.dataset.stepId === "read-article");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#step-details:not([hidden])");
  await page.waitForFunction(() => document.activeElement?.id === "step-details-title");
  await page.keyboard.press("Escape");
  await page.waitForSelector("#step-details", { state: "hidden" });
  // The keyboard goes back where Enter opened them: the step's thoughts (it went to the
  // step's header), or a persona's point on the curve.
  await page.waitForFunction(() => document.activeElement?.dataset.stepId === "read-article");
  assert.equal(await focused(), "thoughts read-article ");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  assert.equal(await focused(), "emotion read-article luis");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "step-details-title");
  await page.keyboard.press("Escape");
  await page.waitForSelector("#step-details", { state: "hidden" });
  await page.waitForFunction(() => document.activeElement?.dataset.stepId === "read-article");
  assert.equal(await focused(), "emotion read-article luis");
  assert.deepEqual(page.errors, []);
  await page.close();
});

// The pinned headers keep only their last lines: a cell in view under them is not scrolled
// to. (Kept 40% of the window clear, each arrow key up scrolled the map and the headers grew.)
test("up a lane, a cell already in view under the pinned headers does not move the map", async () => {
  // (A laptop shorter than 768 px: there the map scrolls to bring the curve into view.)
  const page = await app.page(SRC, { viewport: { width: 1366, height: 680 } });
  await mapOf(page, b2b.title);
  await page.focus(".map-scroll");
  const now = () => page.evaluate(() => {
    const cell = document.activeElement;
    const head = document.querySelector(".map-head").getBoundingClientRect();
    return { lane: cell.closest(".lane")?.dataset.laneId, scroll: document.querySelector(".map-scroll").scrollTop, top: cell.getBoundingClientRect().top - head.bottom };
  });
  // Down to the curve: the map scrolls, and the headers are pinned by their last lines.
  for (let i = 0; i < 10 && (await now()).lane !== "emotion"; i++) await page.keyboard.press("ArrowDown");
  await page.waitForTimeout(300);
  const down = await now();
  assert.ok(down.lane === "emotion" && down.scroll > 0, JSON.stringify(down));
  await page.keyboard.press("ArrowUp");
  await page.waitForTimeout(300);
  const up = await now();
  assert.equal(up.lane, "thoughts");
  assert.ok(up.top >= -1, `the thoughts' cell is under the headers: ${JSON.stringify(up)}`);
  assert.equal(up.scroll, down.scroll, "the map did not move");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the keyboard keeps its place: a view switched by a key, an example or a language chosen with the keyboard", async () => {
  const page = await open();
  const active = () => page.evaluate(() => {
    const el = document.activeElement;
    return el === document.body ? "body" : `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} ${el.getAttribute("aria-label") ?? ""}`.trim();
  });
  // `i` pressed in a map cell: the insights take the focus (it fell to the page's body, and
  // the next Tab went to the top of the page); `m` there brings it back to the map.
  await page.focus("button[aria-keyshortcuts='?']");
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.activeElement?.classList.contains("step-head"));
  await page.keyboard.press("i");
  await page.waitForSelector("[data-view=insights] .stat");
  await page.waitForFunction(() => document.activeElement !== document.body);
  assert.equal(await active(), "div.insights-grid Insights");
  // Taken where it is: scrolled into view, its ring's top went under the box's edge (and on
  // a phone the bars off the top of the page).
  assert.deepEqual(await page.evaluate(() => [document.querySelector(".insights").scrollTop, scrollY]), [0, 0]);
  await page.keyboard.press("m");
  await page.waitForSelector("[data-view=swimlane]");
  await page.waitForFunction(() => document.activeElement !== document.body);
  assert.equal(await active(), `div.map-scroll ${b2b.title}`);
  // The examples menu: arrows and Tab only move, Escape leaves the journey as it was (as a
  // <select> on Linux and Windows, each arrow key opened the next example, replacing the
  // journey shown); Enter opens the one chosen.
  await page.focus("button.examples");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.waitForFunction(() => document.activeElement?.closest("#examples-menu"));
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Escape");
  await page.waitForTimeout(300);
  assert.equal(await page.locator("h1").textContent(), b2b.title);
  assert.match(page.url(), /src=examples\/b2b-software\.json/);
  await page.focus("button.examples");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.waitForFunction(() => document.activeElement?.closest("#examples-menu"));
  await page.keyboard.press("Tab");
  const next = await page.evaluate(() => document.activeElement.dataset.file);
  await page.keyboard.press("Enter");
  await mapOf(page, readJson(join(EXAMPLES, next)).title);
  assert.match(page.url(), new RegExp(`src=examples/${next.replace(".", "\\.")}`));
  // The Language menu keeps the focus when the bar is drawn again in the language chosen
  // (it fell to the body), so the next arrow key goes on to the next language.
  const languages = await page.$$eval("select.language option", (o) => o.map((e) => e.value));
  await page.focus("select.language");
  for (const lang of languages.slice(1)) {
    await page.keyboard.press("ArrowDown");
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await page.waitForFunction(() => document.activeElement !== document.body);
    assert.match(await active(), /^select\.button\.language /);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("for the keyboard and screen readers: marks without their signs, reasons heard apart, a control reached with Tab out from under the headers, a visible ring on the matrix", async () => {
  const page = await open();
  // The signs before a mark's label and a pain point or idea are not read out.
  const head = await page.locator(".step-head[data-step-id=receive-quote]").ariaSnapshot();
  assert.match(head, /Likely break : .* Drop : .* Fix first : /);
  assert.doesNotMatch(head, /[⚠↘★]/);
  assert.match(await page.locator(".pains li").first().ariaSnapshot(), /^- listitem: Seat limits/);
  assert.match(await page.locator(".opportunities li").first().ariaSnapshot(), /^- listitem: Link the article/);
  // A persona's toggle reached with Shift+Tab while its row is scrolled under the sticky
  // headers comes out from under them (it stayed hidden whole).
  const underHead = () => page.$eval(".map-scroll", (box) => {
    const row = document.querySelector(".lane[data-lane-id=emotion]");
    box.scrollTop += row.getBoundingClientRect().top - box.getBoundingClientRect().top;
  });
  await page.focus(".legend li:nth-child(2) .legend-toggle");
  await underHead();
  assert.equal((await rowPlace(page, ".legend-toggle")).clear, false, "the row starts under the headers");
  await page.keyboard.press("Shift+Tab");
  await page.waitForFunction(() => document.activeElement?.matches(".legend li:first-child .legend-toggle"));
  const place = await rowPlace(page, ":focus");
  assert.ok(place.clear, place.text);
  // Pressed from the keyboard, the toggle keeps the focus as the curve's title is drawn
  // again (it fell to the page's body), so Space turns the persona back on.
  const pressed = () => page.$eval('.legend li[data-persona-id="ana"] button', (b) => b.getAttribute("aria-pressed"));
  await page.keyboard.press("Space");
  await page.waitForFunction(() => document.querySelector('.legend li[data-persona-id="ana"] button')?.getAttribute("aria-pressed") === "false");
  assert.equal(await page.evaluate(() => document.activeElement?.closest("li")?.dataset.personaId), "ana");
  // (The title is drawn again once more when its height settles: a Space pressed down on one
  // toggle and let go on its successor would press nothing.)
  await page.waitForTimeout(250);
  assert.equal(await page.evaluate(() => document.activeElement?.closest("li")?.dataset.personaId), "ana");
  await page.keyboard.press("Space");
  await page.waitForFunction(() => document.querySelector('.legend li[data-persona-id="ana"] button')?.getAttribute("aria-pressed") === "true");
  assert.equal(await pressed(), "true");
  // A phase's button reached with Shift+Tab comes out from under the lane titles (it stayed
  // under the corner, with no focus to be seen).
  await page.focus('.phase[data-phase-id="buy"] .phase-toggle');
  await page.$eval(".map-scroll", (box) => {
    const toggle = document.querySelector('.phase[data-phase-id="consider"] .phase-toggle');
    box.scrollLeft += toggle.getBoundingClientRect().left - box.getBoundingClientRect().left - 20;
  });
  await page.keyboard.press("Shift+Tab");
  await page.waitForFunction(() => document.activeElement?.matches('.phase[data-phase-id="consider"] .phase-toggle'));
  const [toggleLeft, cornerRight] = await page.evaluate(() => [document.activeElement.getBoundingClientRect().left, document.querySelector(".corner").getBoundingClientRect().right]);
  assert.ok(toggleLeft >= cornerRight, `the phase's button at ${toggleLeft}, the lane titles end at ${cornerRight}`);
  // The insights: a weakest link's reasons are heard as sentences, not run together; the
  // focused matrix dot's ring is not the colour of its fill.
  await page.keyboard.press("i");
  await page.waitForSelector("[data-section=weakest] li");
  const reasons = await page.locator("[data-section=weakest] li").first().ariaSnapshot();
  assert.match(reasons, /text: "\. lowest feeling for Ana, IT manager: −2.* \. emotion falls/);
  await page.focus(".matrix .dot");
  await page.keyboard.press("Tab");
  const ring = await page.$eval(".matrix .dot:focus-visible circle", (c) => [getComputedStyle(c).stroke, getComputedStyle(c).fill, getComputedStyle(c).strokeWidth]);
  assert.notEqual(ring[0], ring[1], `the ring ${ring}`);
  assert.equal(ring[2], "3px");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("Escape closes the details opened with a click, wherever the keyboard is", async () => {
  const page = await open();
  // A click on a cell leaves the keyboard on the map, not in the panel.
  await page.locator('.lane[data-lane-id="touchpoints"] .cell[data-step-id="compare-pricing"]').click();
  await page.waitForSelector("#step-details:not([hidden])");
  assert.equal(await page.evaluate(() => !!document.activeElement.closest("#step-details")), false);
  await page.keyboard.press("Escape");
  await page.waitForSelector("#step-details", { state: "hidden" });
  await page.waitForFunction(() => document.activeElement?.dataset.stepId === "compare-pricing");
  // Typing in the search field, Escape clears the search and leaves the details open.
  await page.locator('.step-head[data-step-id="request-demo"]').click();
  await page.waitForSelector("#step-details:not([hidden])");
  await page.getByRole("searchbox").fill("demo");
  await page.keyboard.press("Escape");
  assert.equal(await page.getByRole("searchbox").inputValue(), "");
  assert.equal(await page.isVisible("#step-details"), true);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("zooming a long map keeps the step in the middle of the view where it was", async () => {
  const page = await openLong();
  // The step under the middle of the map's scroll box, at the height of the steps' names
  // (which stay in view when the map is scrolled down).
  const middle = () => page.evaluate(() => {
    const box = document.querySelector(".map-scroll");
    const name = document.querySelector(".step-head[data-step-id] .step-name").getBoundingClientRect();
    const x = box.getBoundingClientRect().left + box.clientWidth / 2;
    const under = document.elementsFromPoint(x, name.top + name.height / 2);
    return under.map((e) => e.closest(".step-head[data-step-id]")).find(Boolean)?.dataset.stepId;
  });
  const zoomed = (z) => page.waitForFunction((z) => document.querySelector(".map-grid").dataset.zoom === z, z);
  await page.evaluate(() => {
    const box = document.querySelector(".map-scroll");
    box.scrollLeft = 30.5 * 216 + 184 - box.clientWidth / 2;
  });
  await page.waitForFunction(() => document.querySelector('.step-head[data-step-id="s30"]'));
  assert.equal(await middle(), "s30");
  await page.focus(".map-scroll");
  for (const [key, zoom] of [["-", "0.8"], ["f", "0.25"], ["0", "1"], ["+", "1.25"]]) {
    await page.keyboard.press(key);
    await zoomed(zoom);
    assert.equal(await middle(), "s30", `after ${key}`);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("long map: the keyboard stays in the map when its step scrolls away; Home and End from the scroll box", async () => {
  const page = await openLong();
  const active = () => page.evaluate(() => {
    const el = document.activeElement;
    return el.classList.contains("map-scroll") ? "scroll box" : el.dataset.stepId ?? el.tagName;
  });
  // The scroll box first (as Tab gives it): End goes to the last step, Home to the first.
  await page.focus(".map-scroll");
  await page.keyboard.press("End");
  await page.waitForFunction(() => document.activeElement.dataset.stepId === "s59");
  await page.keyboard.press("Home");
  await page.waitForFunction(() => document.activeElement.dataset.stepId === "s0");
  // A step clicked, its details closed: the step keeps the keyboard...
  await page.locator('.step-head[data-step-id="s1"]').click();
  await page.keyboard.press("Escape");
  assert.equal(await active(), "s1");
  // ...until the wheel scrolls it out of the columns drawn: then the map's scroll box has it,
  // not the page, and the arrow keys go on from the steps in view.
  const box = await page.locator(".map-scroll").boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(6000, 0);
  await page.waitForFunction(() => !document.querySelector('.step-head[data-step-id="s1"]'));
  assert.equal(await active(), "scroll box");
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.activeElement.matches(".step-head[data-step-id]"));
  const inView = await page.evaluate(() => {
    const head = document.activeElement.getBoundingClientRect();
    const scroller = document.querySelector(".map-scroll").getBoundingClientRect();
    return head.left >= scroller.left && head.right <= scroller.right;
  });
  assert.ok(inView, `the step given the keyboard (${await active()}) is in view`);
  assert.ok(Number((await active()).slice(1)) >= 25, `a step near where the wheel went, not ${await active()}`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("long map on a phone: a phase collapsed far down the map keeps its place down too", async () => {
  const page = await openLong("", { viewport: { width: 390, height: 844 } });
  const scroller = page.locator(".map-scroll");
  const place = () => scroller.evaluate((s) => [s.scrollLeft, s.scrollTop, s.scrollHeight - s.clientHeight]);
  await scroller.evaluate((s) => { s.scrollLeft = 18 * 216 - 60; });
  // (The rows grow as the columns around those in view come: wait for the room to be down.)
  await page.waitForFunction(() => { const s = document.querySelector(".map-scroll"); return s.scrollHeight - s.clientHeight >= 50; });
  await scroller.evaluate((s) => { s.scrollTop = 50; });
  await page.waitForFunction(() => document.querySelector(".map-scroll").scrollTop === 50);
  // (The map hears of a scroll in the next frame, as a person's click would come after it.)
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  // (A script's click: the pointer's would scroll the button into view.)
  await page.$eval('.phase[data-phase-id="ph2"] .phase-toggle', (b) => b.click());
  await page.waitForSelector('.phase-summary[data-phase-id="ph2"]');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const [, top, most] = await place();
  assert.ok(most >= 50, `room to be 50 px down (${most})`);
  // It went back to 3 px down: the first frame's rows, only the columns in view drawn, were
  // shorter than those with the columns around them.
  assert.equal(top, 50);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("long map zoomed in: back from the insights near its bottom, the map is as far down as it was", async () => {
  const page = await openLong("&zoom=150", { viewport: { width: 1366, height: 768 } });
  await page.waitForFunction(() => document.querySelector(".map-grid").dataset.zoom === "1.5");
  const scroller = page.locator(".map-scroll");
  const wanted = await scroller.evaluate((s) => {
    s.scrollLeft = Math.round((s.scrollWidth - s.clientWidth) * 0.4);
    s.scrollTop = s.scrollHeight - s.clientHeight - 3;
    return [s.scrollLeft, s.scrollTop];
  });
  await page.waitForFunction((top) => document.querySelector(".map-scroll").scrollTop === top, wanted[1]);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.focus(".map-scroll");
  await page.keyboard.press("i");
  await page.waitForSelector(".insights-grid");
  await page.keyboard.press("m");
  await page.waitForSelector("[data-view=swimlane] .step-head");
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForFunction(() => !document.querySelector("[data-holding]"));
  // It came back 33 px higher: as the columns around the view came, the rows above it
  // changed height and the browser's scroll anchoring moved it.
  assert.deepEqual(await scroller.evaluate((s) => [s.scrollLeft, s.scrollTop]), wanted);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("long map: the curve's one cell spans the steps drawn, for screen readers' grid", async () => {
  const page = await openLong();
  await page.evaluate(() => { document.querySelector(".map-scroll").scrollLeft = 20 * 216; });
  await page.waitForFunction(() => document.querySelector('.step-head[data-step-id="s22"]'));
  const [heads, cell] = await page.evaluate(() => [
    [...document.querySelectorAll(".step-head[data-step-id]")].map((h) => Number(h.getAttribute("aria-colindex"))),
    ["aria-colindex", "aria-colspan"].map((a) => Number(document.querySelector(".emotion-cell").getAttribute(a))),
  ]);
  assert.ok(heads[0] > 2, `drawn from column ${heads[0]}`);
  assert.deepEqual(cell, [heads[0], heads.length]);
  await page.close();
});

test("zoomed out, the arrow keys enter the map at the first step in view", async () => {
  const page = await openLong("&zoom=50");
  await page.waitForFunction(() => document.querySelector(".map-grid")?.dataset.zoom === "0.5");
  await page.evaluate(() => { document.querySelector(".map-scroll").scrollLeft = 30 * 108; });
  await page.waitForFunction(() => document.querySelector('.step-head[data-step-id="s32"]'));
  // The first step header wholly right of the lane titles, as drawn at 50%.
  const expected = await page.evaluate(() => {
    const titles = document.querySelector(".map-body .lane-title").getBoundingClientRect().right;
    const heads = [...document.querySelectorAll(".step-head[data-step-id]")];
    return heads.find((h) => h.getBoundingClientRect().left >= titles - 1).dataset.stepId;
  });
  await page.focus(".map-scroll");
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.activeElement.matches(".step-head[data-step-id]"));
  const got = await page.evaluate(() => document.activeElement.dataset.stepId);
  assert.equal(expected, "s30");
  assert.equal(got, expected, "entered at the first step in view");
  // At 100%, with a step mostly under the lane titles: the next one is entered, in place
  // (s2 was, and the map was scrolled back to its start to show it in the middle).
  await page.getByRole("button", { name: /Actual size/ }).click();
  await page.waitForFunction(() => document.querySelector(".map-grid").dataset.zoom === "1");
  await page.evaluate(() => { document.querySelector(".map-scroll").scrollLeft = 614; });
  await page.waitForFunction(() => document.querySelector('.step-head[data-step-id="s3"]'));
  await page.focus(".map-scroll");
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.activeElement.dataset.stepId);
  assert.deepEqual(await page.evaluate(() => [document.activeElement.dataset.stepId, document.querySelector(".map-scroll").scrollLeft]), ["s3", 614]);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("choosing filters does not make the filter bar taller: the chips scroll across beside them", async () => {
  // At a laptop's 1366 px, three chips are read whole, clear of "Clear filters" (they were
  // cut to "“upgr… ×" and "Chan… ×", the third under the button): the filters are as wide
  // as their choice, and their names (which the chips and options give) make room.
  const laptop = await app.page(`${SRC}&q=upgrade&channel=web&collapse=buy`, { viewport: { width: 1366, height: 768 } });
  await mapOf(laptop, b2b.title);
  const chips = await laptop.$$eval(".filter-chip .chip-text", (c) => c.map((e) => [e.textContent, e.scrollWidth <= e.clientWidth]));
  assert.deepEqual(chips, [["“upgrade”", true], ["Channel: Website", true], ["1 phase collapsed", true]]);
  const [last, clearAll] = [await laptop.locator(".filter-chip").last().boundingBox(), await laptop.locator(".clear-all").boundingBox()];
  assert.ok(last.x + last.width <= clearAll.x, "the last chip ends before Clear filters");
  // A long search gives up its width first: the channel's and owner's chips stay whole
  // beside it (all three shrank in proportion, to "Channel: …" and "Owne…").
  await laptop.goto(`${app.url}${SRC}&q=${encodeURIComponent("a very long search text that someone pasted here")}&channel=web&owner=sales`);
  await mapOf(laptop, b2b.title);
  const cut = await laptop.$$eval(".filter-chip", (c) => c.map((e) => [e.dataset.filter, e.querySelector(".chip-text").scrollWidth <= e.querySelector(".chip-text").clientWidth]));
  assert.deepEqual(cut, [["search", false], ["channel", true], ["owner", true]]);
  await laptop.close();
  // Past what the line holds (five chips at 1280 px), the chips scroll.
  const page = await app.page(SRC, { viewport: { width: 1280, height: 768 } });
  await mapOf(page, b2b.title);
  const bar = async () => (await page.locator(".filter-bar").boundingBox()).height;
  const empty = await bar();
  await page.goto(app.url + SRC + "&channel=web&owner=sales&q=plan&hide=thoughts&collapse=buy");
  await mapOf(page, b2b.title);
  assert.equal(await page.locator(".filter-chip").count(), 5);
  assert.equal(await bar(), empty, "the bar keeps its height with five chips");
  const top = async (selector) => Math.round((await page.locator(selector).boundingBox()).y);
  assert.equal(await top(".zoom"), await top(".search"), "zoom stays on the search's line");
  // "Clear filters" stays in sight at the row's end while chips are out of sight under it
  // (it was scrolled out of view, with "1 lane hidden"), and works.
  const clear = page.locator(".clear-all");
  const inView = async () => {
    const [chips, button] = [await page.locator(".active-filters").boundingBox(), await clear.boundingBox()];
    return button.x >= chips.x && button.x + button.width <= chips.x + chips.width + 1;
  };
  assert.ok(await page.$eval(".active-filters", (a) => a.scrollWidth > a.clientWidth + 20), "the chips need scrolling");
  assert.ok(await inView(), "Clear filters in view before any scrolling");
  const topmost = await clear.evaluate((b) => {
    const r = b.getBoundingClientRect();
    return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === b;
  });
  assert.ok(topmost, "Clear filters is drawn over the chips");
  await clear.focus();
  assert.ok(await inView(), "Clear filters in view with the keyboard on it");
  await page.keyboard.press("Enter");
  // (The collapsed phase stays: it is the layout, not a filter.)
  await page.waitForFunction(() => document.querySelectorAll(".filter-chip").length === 1);
  await page.screenshot({ path: "target/filter-chips.png" });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("on narrower laptop windows a chosen filter's chip stays clear of Clear filters", async () => {
  // The bar's line holds the zoom and a chip beside "Clear filters" down to 1100 px (at 1280
  // px the button covered the chip, "Chann…", and at 1366 px its ×); narrower, the zoom goes
  // below and the chips keep the search's line (`3`: the filters' names, hidden below 1,600
  // px, left them room). A long chip gives up width, cut with an ellipsis, rather than pass under the
  // button (Spanish "Responsable: Customer support" did up to about 1,540 px). Choosing a
  // filter never adds a line to the bar, in any language (English at 1,104-1,128 px did).
  for (const [width, lines, lang, select, value] of [
    [1366, 1, "en", 0, "video"], [1280, 1, "en", 0, "video"], [1150, 1, "en", 0, "video"],
    [1103, 1, "en", 0, "video"], [1024, 3, "en", 0, "video"], [1160, 1, "en", 0, "media"],
    [1366, 1, "es", 1, "support"], [1110, 0, "es", 1, "support"], [1500, 1, "es", 1, "support"],
  ]) {
    const page = await app.page(`${SRC}&lang=${lang}`, { viewport: { width, height: 768 } });
    await mapOf(page, b2b.title);
    const bar = async () => (await page.locator(".filter-bar").boundingBox()).height;
    const empty = await bar();
    await page.locator(".filter select").nth(select).selectOption(value);
    const chip = page.locator(".filter-chip");
    await chip.waitFor();
    const [c, clear] = [await chip.boundingBox(), await page.locator(".clear-all").boundingBox()];
    assert.ok(c.x + c.width <= clear.x, `${lang} ${width} px: the chip ends at ${c.x + c.width}, Clear filters starts at ${clear.x}`);
    assert.equal(await bar(), empty, `${lang} ${width} px: the bar keeps its height`);
    // However cut, the chip's name is whole for a screen reader.
    const name = { video: "Channel: Video call", media: "Channel: Third-party media", support: "Responsable: Customer support" }[value];
    assert.equal((await chip.textContent()).replace("×", ""), name);
    const middle = async (selector) => {
      const box = await page.locator(selector).boundingBox();
      return Math.round(box.y + box.height / 2);
    };
    if (lines === 1) {
      assert.equal(await middle(".zoom"), await middle(".search"), `${width} px: the zoom stays on the search's line`);
    } else if (lines === 3) {
      assert.equal(await middle(".filter-chip"), await middle(".search"), `${width} px: the chips keep the search's line`);
      assert.ok(await middle(".zoom") > await middle(".search"), `${width} px: the zoom below the search`);
    }
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test("? lists the shortcuts; / goes to search; + − 0 F zoom", async () => {
  const page = await open();
  await page.focus(".map-scroll");
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await dialog.waitFor();
  assert.ok((await dialog.locator("dt").count()) >= 10);
  assert.match(await dialog.innerText(), /Open the step's details/);
  // Under them, a legend of the marks: each symbol (a header may show a mark by its symbol
  // alone) with its name, the symbols all different.
  const legend = await dialog.locator("h3 + ul .flag").evaluateAll((fs) =>
    fs.map((f) => [getComputedStyle(f, "::before").content, f.textContent]));
  assert.deepEqual(legend.map((x) => x[1]), ["Likely break", "Lowest point", "Drop", "Fix first", "Handoff", "Channel switch", "Several channels"]);
  assert.ok(legend.every((x) => /^"\S" \/ ""$/u.test(x[0])) && new Set(legend.map((x) => x[0])).size === 7, JSON.stringify(legend));
  assert.equal(await dialog.locator("h3").innerText(), "Marks on the map");
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" }).catch(() => dialog.waitFor({ state: "hidden" }));
  // The keyboard goes back to where it was.
  await page.waitForFunction(() => document.activeElement?.classList.contains("map-scroll"));
  await page.keyboard.press("/");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("type")), "search");
  await page.keyboard.press("Escape");
  await page.focus(".map-scroll");
  const zoom = () => page.locator(".map-grid").getAttribute("data-zoom");
  await page.keyboard.press("-");
  await page.waitForFunction(() => document.querySelector(".map-grid").dataset.zoom === "0.8");
  await page.keyboard.press("+");
  await page.keyboard.press("+");
  await page.waitForFunction(() => document.querySelector(".map-grid").dataset.zoom === "1.25");
  await page.keyboard.press("0");
  await page.waitForFunction(() => document.querySelector(".map-grid").dataset.zoom === "1");
  // Fit: the whole map in the window's width.
  await page.keyboard.press("f");
  await page.waitForFunction(() => Number(document.querySelector(".map-grid").dataset.zoom) < 1);
  const fits = await page.evaluate(() => {
    const s = document.querySelector(".map-scroll");
    return s.scrollWidth <= s.clientWidth + 1 && s.getBoundingClientRect().right <= innerWidth;
  });
  assert.ok(fits, "no horizontal scrolling when fitted");
  await urlIs(page, { ...SRC_PARAM, zoom: "fit" });
  // Headers stay in place while a zoomed map scrolls down.
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.getByRole("button", { name: "Actual size (100%)" }).click();
  assert.equal(await zoom(), "1");
  // At the most zoom, + says it can do no more; − at the least; the keyboard stays on it.
  const [zoomIn, zoomOut] = [page.getByRole("button", { name: "Zoom in" }), page.getByRole("button", { name: "Zoom out" })];
  assert.equal(await zoomIn.getAttribute("aria-disabled"), "false");
  for (let i = 0; i < 4; i++) await zoomIn.press("Enter");
  await page.waitForFunction(() => document.querySelector(".map-grid").dataset.zoom === "2");
  assert.equal(await zoomIn.getAttribute("aria-disabled"), "true");
  assert.equal(await zoomOut.getAttribute("aria-disabled"), "false");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), "Zoom in");
  for (let i = 0; i < 8; i++) await zoomOut.press("Enter");
  await page.waitForFunction(() => document.querySelector(".map-grid").dataset.zoom === "0.25");
  assert.equal(await zoomOut.getAttribute("aria-disabled"), "true");
  assert.equal(await zoomIn.getAttribute("aria-disabled"), "false");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a step's header shows the start of a very long description, its details the first 20,000 characters", async () => {
  // A description of a megabyte, laid out whole under the header's two-line clamp, took
  // 10 s to draw, 8 s more to open in the details, and 35 s to present (a phase's, 74 s).
  const description = "word ".repeat(40000);
  const journey = { version: 1, title: "Long", phases: [{ id: "p", name: "P", description }], steps: [{ id: "s", phase: "p", name: "S", description }] };
  const page = await app.page("?src=examples/minimal.json");
  await mapOf(page, "Minimal journey");
  await pasteText(page, JSON.stringify(journey));
  await mapOf(page, "Long");
  const shown = await page.locator(".step-head .step-description").textContent();
  assert.equal(shown, `${description.slice(0, 300)}…`);
  await page.locator('.step-head[data-step-id="s"]').click();
  assert.equal(await page.locator(".details-description").textContent(), `${description.slice(0, 20000)}…`);
  // The step's slide too (a presentation of it took 35 s).
  await page.focus(".map-scroll");
  await page.keyboard.press("p");
  await page.waitForSelector(".present-frame");
  // (The phase's slide, then the step's; a phase's description is cut alike.)
  await page.keyboard.press("ArrowRight");
  const longest = () => page.$$eval(".slide p", (ps) => Math.max(...ps.map((p) => p.textContent.length)));
  await page.waitForSelector(".slide-phase");
  assert.equal(await longest(), 20001);
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.locator(".slide-step .slide-lead").textContent(), `${description.slice(0, 20000)}…`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a very long step name: its header holds the first 300 characters, no text on the page more than 20,000", async () => {
  // A name of a megabyte was laid out whole in its header (and its tooltip): 27 s to draw.
  const name = "name ".repeat(40000) + "END";
  const journey = { version: 1, title: "Long name", phases: [{ id: "p", name: "P" }],
    steps: [{ id: "s", phase: "p", name, emotion: -1 }, { id: "t", phase: "p", name: "Second", emotion: 1 }] };
  const page = await app.page("?src=examples/minimal.json");
  await mapOf(page, "Minimal journey");
  await pasteText(page, JSON.stringify(journey));
  await mapOf(page, "Long name");
  const head = page.locator('.step-head[data-step-id="s"] .step-name');
  assert.equal(await head.textContent(), `${name.slice(0, 300)}…`);
  assert.equal(await head.getAttribute("title"), `${name.slice(0, 300)}…`);
  // The curve's summary names the lowest step: the rest of the page cuts at 20,000.
  const longest = () => page.evaluate(() => {
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let most = 0;
    for (let n; (n = walk.nextNode()); ) most = Math.max(most, n.data.length);
    return most;
  });
  assert.equal(await longest(), 20001);
  await page.locator('.step-head[data-step-id="s"]').click();
  assert.equal(await page.locator(".details-title").textContent(), `${name.slice(0, 20000)}…`);
  assert.equal(await longest(), 20001);
  await page.keyboard.press("Escape");
  // The search's status names the step found as its header does.
  await page.focus(".map-scroll");
  await page.keyboard.press("/");
  await page.keyboard.type("END");
  await page.waitForFunction(() => (document.querySelector(".match-count").firstChild?.textContent ?? "") === "1 of 1");
  assert.equal(await page.locator(".match-count .visually-hidden").textContent(), `: ${name.slice(0, 300)}…`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a disabled control does not tell its shortcut: Present with no journey, zoom in the insights view", async () => {
  const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r)))));
  const keys = (page, selector) => page.$$eval(selector, (els) => els.map((e) => [e.disabled, e.getAttribute("aria-keyshortcuts"), e.getAttribute("data-keys")]));
  const page = await app.page("?src=nope.json");
  await page.getByRole("alert").waitFor();
  await frames(page);
  assert.deepEqual(await keys(page, ".present-button"), [[true, null, "P"]], "disabled: kept aside");
  await page.getByRole("button", { name: "Examples" }).click();
  await page.locator(".examples-menu").getByRole("button", { name: "Minimal journey" }).click();
  await page.waitForSelector("[data-view=swimlane] .step-head");
  assert.deepEqual(await keys(page, ".present-button"), [[false, "P", null]], "enabled: told");
  // The zoom buttons (their keys as aria-keyshortcuts names them: "Plus" for +) and the
  // view buttons tell theirs; zoom is off in the insights view, and its keys with it.
  const zoomKeys = [["-"], ["0"], ["Plus ="], ["F"]];
  const zoom = (told) => zoomKeys.map(([k]) => [!told, told ? k : null, told ? null : k]);
  assert.deepEqual(await keys(page, ".zoom button"), zoom(true));
  assert.deepEqual(await page.$$eval(".segmented[role=group] button", (els) => els.map((e) => e.getAttribute("aria-keyshortcuts"))), ["M", "C", "I"]);
  await page.getByRole("button", { name: "Insights" }).click();
  await page.waitForSelector(".insights-grid");
  assert.deepEqual(await keys(page, ".zoom button"), zoom(false));
  await page.focus(".insights-grid");
  await page.keyboard.press("m");
  await page.waitForSelector("[data-view=swimlane] .step-head");
  assert.deepEqual(await keys(page, ".zoom button"), zoom(true));
  assert.deepEqual(page.errors.filter((e) => !/404/.test(e)), []);
  await page.close();
});

test("the single-key shortcuts turn off in their list and stay off after a reload; Escape and the arrows still act (WCAG 2.1.4)", async () => {
  const page = await open();
  try {
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    const box = dialog.getByRole("checkbox", { name: /^Single-key shortcuts/ });
    // While on, the controls' shortcuts are told to screen readers (from just after the
    // first frame: reading the setting then spares the first frame the storage's first read).
    const told = () => page.$$eval("[aria-keyshortcuts]", (els) => els.map((e) => e.getAttribute("aria-keyshortcuts")).sort().join(" "));
    const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r)))));
    await frames();
    assert.equal(await told(), "- / 0 ? C F I M P Plus =");
    assert.equal(await page.locator("[data-keys]").count(), 0);
    await page.focus(".map-scroll");
    await page.keyboard.press("?");
    assert.equal(await box.isChecked(), true, "on at first");
    // The box names the keys it turns off; while off, their rows are struck through.
    assert.equal(await box.evaluate((b) => b.labels[0].textContent), "Single-key shortcuts (P ? / + − 0 F M C I)");
    const struck = () => dialog.evaluate((d) => [...d.querySelectorAll("dd")]
      .filter((dd) => getComputedStyle(dd).textDecorationLine === "line-through").map((dd) => dd.textContent));
    // Screen readers, which read no strike-through, are told "off" after each of them.
    const saidOff = async () => {
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = await cdp.send("Accessibility.getFullAXTree");
      await cdp.detach();
      const said = nodes.filter((n) => n.role?.value === "StaticText").map((n) => n.name?.value);
      return said.flatMap((text, i) => (text === ", off" ? [said[i - 1]] : []));
    };
    assert.deepEqual(await struck(), []);
    assert.deepEqual(await saidOff(), []);
    await box.uncheck();
    const single = ["Present the journey", "This list", "Search steps", "Zoom in or out",
      "Actual size, or fit the map to the window", "Map, emotion curve or insights"];
    assert.deepEqual(await struck(), single);
    assert.deepEqual(await saidOff(), single);
    // Their keys are dimmed, not struck (a line through "−" or "+" reads as another sign).
    const look = (sel) => dialog.locator(sel).first().evaluate((e) => [getComputedStyle(e).textDecorationLine, getComputedStyle(e).color]);
    const [[line, dim], [, plain]] = [await look(".single kbd"), await look("div:not(.single) kbd")];
    assert.equal(line, "none");
    assert.notEqual(dim, plain);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" }).catch(() => dialog.waitFor({ state: "hidden" }));
    await page.waitForFunction(() => document.activeElement?.classList.contains("map-scroll"));
    // What speech input might type: none of it acts. (The arrow pressed after them is
    // handled after them: by then their effects would show.)
    const untouched = async (what) => {
      await page.keyboard.press("ArrowRight");
      await page.waitForFunction(() => document.activeElement?.closest("[data-step-id]"));
      const now = await page.evaluate(() => ({
        map: !!document.querySelector("[data-view=swimlane]"),
        zoom: document.querySelector(".map-grid")?.dataset.zoom,
        dialog: !!document.querySelector("[aria-modal=true]"),
        presenting: !!document.querySelector(".present-frame"),
        search: document.activeElement.matches("input"),
      }));
      assert.deepEqual(now, { map: true, zoom: "1", dialog: false, presenting: false, search: false }, what);
      assert.deepEqual(params(page), SRC_PARAM, what);
    };
    for (const key of ["i", "c", "p", "f", "-", "+", "?", "/"]) await page.keyboard.press(key);
    await untouched("after i c p f - + ? /");
    // Nor are they told to screen readers any more.
    assert.equal(await told(), "");
    // Escape still closes the step's details.
    await page.keyboard.press("Enter");
    await page.locator(".step-details:not([hidden])").waitFor();
    await page.keyboard.press("Escape");
    await page.locator(".step-details").waitFor({ state: "hidden" });
    // Still off in a new visit of the page.
    await page.reload();
    await mapOf(page, b2b.title);
    await frames();
    await page.focus(".map-scroll");
    await page.keyboard.press("i");
    await untouched("after a reload");
    assert.equal(await told(), "", "none told after a reload");
    // The shortcut list's button opens it; the box turns them on again.
    await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
    assert.equal(await box.isChecked(), false, "off after the reload");
    await box.check();
    assert.equal(await told(), "- / 0 ? C F I M P Plus =");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" }).catch(() => dialog.waitFor({ state: "hidden" }));
    await page.focus(".map-scroll");
    await page.keyboard.press("i");
    await page.waitForSelector(".insights-grid");
    assert.deepEqual(page.errors, []);
  } finally {
    // (The tests of this file share the browser's storage.)
    await page.evaluate(() => localStorage.clear());
    await page.close();
  }
});

test("where the browser's storage is blocked, the single-key shortcuts turn off for the visit", async () => {
  const page = await app.page(null);
  // (As with strict privacy settings, or in a frame sandboxed without its origin.)
  await page.addInitScript(() => Object.defineProperty(window, "localStorage", {
    get() { throw new DOMException("blocked", "SecurityError"); },
  }));
  await page.goto(app.url + SRC);
  await mapOf(page, b2b.title);
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  const box = dialog.getByRole("checkbox", { name: /^Single-key shortcuts/ });
  await page.focus(".map-scroll");
  await page.keyboard.press("?");
  assert.equal(await box.isChecked(), true);
  await box.uncheck();
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" }).catch(() => dialog.waitFor({ state: "hidden" }));
  await page.focus(".map-scroll");
  await page.keyboard.press("i");
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.activeElement?.closest("[data-step-id]"));
  assert.ok(await page.locator("[data-view=swimlane]").isVisible(), "still the map");
  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  assert.equal(await box.isChecked(), false, "still off when the list opens again");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("axe-core finds no serious or critical violation with the details and filters in use", async () => {
  const page = await open("&step=upgrade&channel=app&q=seat");
  await page.waitForSelector("#step-details:not([hidden])");
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});

test("the curve shows the gap between personas, names the widest, and reads as a sentence and a table", async () => {
  const page = await open();
  // A bar at each step where both personas have a feeling and differ.
  const differ = b2b.steps.filter((s) => typeof s.emotion?.ana === "number" && typeof s.emotion?.luis === "number" && s.emotion.ana !== s.emotion.luis);
  assert.equal(await page.locator(".emotion-curve .gap").count(), differ.length);
  // The widest gap; of equal ones, where a persona feels worst (then the first). In b2b
  // five steps differ by 1 point: "Contact support", where Ana is at -2, is named.
  const size = Math.max(...differ.map((s) => Math.abs(s.emotion.ana - s.emotion.luis)));
  const low = (s) => Math.min(s.emotion.ana, s.emotion.luis);
  const widest = differ.filter((s) => Math.abs(s.emotion.ana - s.emotion.luis) === size).reduce((best, s) => (low(s) < low(best) ? s : best));
  assert.equal(widest.id, "contact-support");
  assert.equal(await page.locator(".emotion-curve .gap.widest").count(), 1);
  const button = page.locator(".widest-gap");
  assert.equal(await button.innerText(), `Widest gap: ${widest.name}`);
  assert.equal(await button.getAttribute("title"), `The personas differ most at “${widest.name}”: ${size} point${size === 1 ? "" : "s"}`);
  assert.equal(await button.getAttribute("data-step-id"), widest.id);
  // With the map scrolled so that the top of the curve is behind the step headers, the
  // widest gap brings the whole curve into view.
  // (Twice: the headers shrink to their last lines as the map scrolls down.)
  for (let i = 0; i < 2; i++) {
    await page.$eval(".map-scroll", (box) => {
      const row = document.querySelector(".lane[data-lane-kind=emotion]").getBoundingClientRect();
      box.scrollTop += row.top + 40 - document.querySelector(".map-head").getBoundingClientRect().bottom;
    });
  }
  assert.ok(!(await rowPlace(page, ".widest-gap")).clear, "the curve starts behind the headers");
  await button.dispatchEvent("click");
  await page.waitForFunction((id) => getComputedStyle(document.querySelector(`.step-head[data-step-id="${id}"]`)).getPropertyValue("--focused").trim() === "1", widest.id);
  const shown = await rowPlace(page, ".widest-gap");
  assert.ok(shown.whole, shown.text);
  await button.click();
  await page.waitForFunction((id) => getComputedStyle(document.querySelector(`.step-head[data-step-id="${id}"]`)).getPropertyValue("--focused").trim() === "1", widest.id);
  // One persona shown: no gap.
  await page.locator('.legend li[data-persona-id="luis"] button').click();
  await page.waitForFunction(() => !document.querySelector(".widest-gap"));
  assert.equal(await page.locator(".emotion-curve .gap").count(), 0);
  await page.locator('.legend li[data-persona-id="luis"] button').click();
  await page.waitForSelector(".widest-gap");

  // The summary describes the drawing: lowest and highest point per persona.
  const summary = page.locator("#curve-summary");
  assert.equal(await page.locator(".emotion-curve").getAttribute("aria-describedby"), "curve-summary");
  const text = await summary.textContent();
  assert.match(text, /^Ana, IT manager: lowest point “Upgrades to the new version”, −2; highest point “Attends the demo call”, \+2\. Luis, team lead: lowest point “Upgrades to the new version”, −2; highest point “Uses the tool every day”, \+2\.$/);
  // Shown in the curve view (only read out in the map, where the lane is small).
  const width = () => page.evaluate(() => document.querySelector("#curve-summary").getBoundingClientRect().width);
  assert.ok((await width()) <= 1, "visually hidden in the map");
  assert.equal(await page.$eval("#curve-summary", (e) => e.hasAttribute("tabindex")), false, "no tab stop in the map");
  await page.getByRole("button", { name: "Emotion curve" }).click();
  await page.waitForFunction(() => document.querySelector("#curve-summary")?.getBoundingClientRect().width > 100);
  // There it is a box that may scroll: the keyboard reaches it (a Spanish summary ran 35 px
  // past its box, out of reach), and it is named. In the map it is no tab stop.
  assert.deepEqual(await page.$eval("#curve-summary", (e) => [e.tabIndex, e.getAttribute("role"), e.getAttribute("aria-label")]), [0, "region", "Emotion curve"]);

  // The table: every step with its phase and each persona's feeling.
  await page.getByRole("button", { name: "Curve as a table" }).click();
  const dialog = page.getByRole("dialog", { name: "Curve as a table" });
  await dialog.waitFor();
  const rows = await dialog.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.equal(rows.length, b2b.steps.length);
  const sign = (v) => (v === undefined ? "–" : v > 0 ? `+${v}` : v < 0 ? `−${-v}` : "0");
  const phases = Object.fromEntries(b2b.phases.map((p) => [p.id, p.name]));
  b2b.steps.forEach((s, i) => assert.deepEqual(rows[i], [String(i + 1), s.name, phases[s.phase], sign(s.emotion.ana), sign(s.emotion.luis)], s.id));
  assert.deepEqual(await dialog.locator("thead th").allTextContents(), ["#", "Step", "Phase", "Ana, IT manager", "Luis, team lead"]);
  // Its scroll box is in the dialog's Tab round, named by the dialog's title: on a phone the
  // keyboard could not scroll to the personas' columns.
  await page.keyboard.press("Tab");
  assert.deepEqual(await page.evaluate(() => [document.activeElement.className, document.activeElement.getAttribute("role"), document.activeElement.getAttribute("aria-labelledby")]), ["table-scroll", "region", "table-dialog-title"]);
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  await page.waitForFunction(() => document.activeElement?.classList.contains("table-button"));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a map zoomed out to fit leaves no empty band in its card", async () => {
  const page = await openLong("&zoom=fit", { viewport: { width: 1366, height: 768 } });
  await page.waitForFunction(() => document.querySelector(".map-grid")?.dataset.zoom === "0.25");
  const [box, map] = await page.evaluate(() => [
    document.querySelector(".map-scroll").clientHeight,
    document.querySelector(".map-grid").getBoundingClientRect().height,
  ]);
  assert.ok(map < 320, `the map is short at 25% (${map} px)`);
  assert.ok(Math.abs(box - map) <= 2, `the card holds the map and no more (${box} px for ${map})`);
  assert.deepEqual(page.errors, []);
  await page.close();
});
