// Insights in the browser: the flags the b2b data calls for appear on the map, the insights
// view lists them, and every step it names leads back to that step on the map.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { join } from "node:path";
import { EXAMPLES, FIXTURES, mapOf, openBytes, readJson, start } from "./harness.mjs";

const TITLE = "Buying and upgrading a team software subscription";
let app;
before(async () => { app = await start(); });
after(async () => { await app.stop(); });

const flagsOf = (page, step) =>
  page.$$eval(`.step-head[data-step-id="${step}"] .flag`, (f) => f.map((e) => e.dataset.flag));

/** The matrix's dots that reach outside its frame (the four quadrants), by step id. */
const dotsOutsideFrame = (page) => page.$$eval(".matrix", (ms) => ms.flatMap((m) => {
  const rects = [...m.querySelectorAll(".quadrant rect")].map((r) => r.getBoundingClientRect());
  const frame = { left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)),
    top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)) };
  return [...m.querySelectorAll(".dot")].filter((d) => {
    const b = d.querySelector("circle").getBoundingClientRect();
    return b.left < frame.left || b.right > frame.right || b.top < frame.top || b.bottom > frame.bottom;
  }).map((d) => d.dataset.stepId);
}));

/** Each step header's marks as seen: those named, those shown by their symbol, the lines. */
const marksSeen = (page) => page.$$eval(".map-head .step-head[data-step-id]:has(.flags)", (heads) => heads.map((h) => {
  const chips = [...h.querySelectorAll(".flag")];
  const seen = (el) => { const r = el.getBoundingClientRect(); return r.width > 8 && r.height > 8 && getComputedStyle(el).clipPath === "none"; };
  return {
    id: h.dataset.stepId,
    named: chips.filter((f) => seen(f.firstChild)).map((f) => f.dataset.flag),
    symbols: chips.filter((f) => seen(f) && !seen(f.firstChild)).map((f) => [f.dataset.flag, getComputedStyle(f, "::before").content, f.title.split(":")[0]]),
    all: chips.map((f) => f.dataset.flag),
    lines: new Set(chips.map((f) => Math.round(f.getBoundingClientRect().top))).size,
    // Every mark's name and reason, named or not, is read out.
    read: chips.map((f) => f.textContent.split(":")[0]),
  };
}));

test("a step's header names its most urgent mark, and the next that fit one line, and shows the others' symbols, so the curve is on a laptop's first screen", async () => {
  const page = await app.page("", { viewport: { width: 1366, height: 768 } });
  await mapOf(page, TITLE);
  await page.waitForSelector(".step-head .flag");
  const seen = await marksSeen(page);
  assert.ok(seen.length >= 10, `headers with marks: ${seen.length}`);
  for (const s of seen) {
    assert.equal(s.lines, 1, `one line of marks: ${JSON.stringify(s)}`);
    // Every mark in sight, by its name or its symbol, the most urgent by its name.
    assert.deepEqual([...s.named, ...s.symbols.map((x) => x[0])], s.all, JSON.stringify(s));
    assert.equal(s.named[0], s.all[0], JSON.stringify(s));
  }
  const at = (id) => seen.find((s) => s.id === id);
  // The support call names its likely break and shows its four other marks by their
  // symbols, each named in its tooltip.
  assert.deepEqual(at("contact-support").named, ["break"]);
  assert.deepEqual(at("contact-support").symbols, [
    ["lowest", '"▼" / ""', "Lowest point"], ["fix-first", '"★" / ""', "Fix first"],
    ["handoff", '"⇄" / ""', "Handoff"], ["channel-switch", '"↪" / ""', "Channel switch"]]);
  assert.deepEqual(at("contact-support").read, ["Likely break", "Lowest point", "Fix first", "Handoff", "Channel switch"]);
  assert.match(await page.locator('.step-head[data-step-id="contact-support"] .flag[data-flag=lowest]').getAttribute("title"), /^Lowest point: lowest feeling for Ana, IT manager/);
  // The quote names its break, and shows its drop and "fix first" by their symbols.
  assert.deepEqual([at("receive-quote").named, at("receive-quote").symbols.map((x) => x[0])], [["break"], ["drop", "fix-first"]]);
  // Two short names share the line.
  assert.deepEqual([at("compare-pricing").named, at("compare-pricing").symbols], [["drop", "fix-first"], []]);
  // The headers are as tall as one line of marks: the curve shows under the thoughts on a
  // laptop's first screen.
  const curveTop = await page.locator(".map-body .lane[data-lane-id=emotion]").evaluate((l) => l.getBoundingClientRect().top);
  assert.ok(curveTop <= 768 - 80, `the curve's lane starts at ${curveTop}`);
  // A search that finds a mark shown by its symbol marks the symbol; a named one is
  // highlighted.
  await page.fill("input.search", "handoff");
  await page.waitForSelector('.step-head[data-step-id="contact-support"] .flag[data-flag=handoff][data-found]');
  const found = () => page.$$eval(".step-head .flag[data-found]", (fs) => fs.map((f) => `${f.closest("[data-step-id]").dataset.stepId} ${f.dataset.flag}`));
  assert.ok((await found()).every((f) => f.endsWith(" handoff")), (await found()).join());
  await page.fill("input.search", "");
  await page.waitForFunction(() => !document.querySelector(".flag[data-found]"));
  await page.close();

  // In Spanish and Italian, whose names are longer, a step whose name and symbols overrun
  // the line cuts its name (whole in its tooltip) rather than wrap its symbols onto a second
  // line, which made every header taller and pushed the curve's foot off the screen.
  for (const [src, lang, title, cut] of [["compra-online", "es", "Compra online de una cafetera", ["retraso", "Posible ruptura: "]],
    ["b2b-software", "it", TITLE, ["contact-support", "Probabile rottura: "]]]) {
    const page = await app.page(`?src=examples/${src}.json&lang=${lang}`, { viewport: { width: 1366, height: 768 } });
    await mapOf(page, title);
    await page.waitForSelector(".step-head .flag");
    for (const s of await marksSeen(page)) {
      assert.equal(s.lines, 1, `lines of marks: ${JSON.stringify(s)}`);
      assert.deepEqual([...s.named, ...s.symbols.map((x) => x[0])], s.all, JSON.stringify(s));
      assert.equal(s.named[0], s.all[0], JSON.stringify(s));
    }
    const named = page.locator(`.map-head .step-head[data-step-id="${cut[0]}"] .flag:not(.compact)`);
    const [scroll, client] = await named.evaluate((f) => [f.firstChild.scrollWidth, f.firstChild.clientWidth]);
    assert.ok(scroll > client, `${cut[0]}'s name is cut: ${scroll} > ${client}`);
    assert.ok((await named.getAttribute("title")).startsWith(cut[1]));
    // The whole curve, down to its −2 line, is on the first screen.
    const [lane, box] = await page.evaluate(() => [document.querySelector(".map-body .lane[data-lane-id=emotion]"), document.querySelector(".map-scroll")]
      .map((el) => el.getBoundingClientRect().bottom));
    assert.ok(lane <= box && box <= 768, `the curve's lane ends at ${lane}, the map at ${box}`);
    await page.close();
  }
});

test("a step's one evidence link shares its number's line, cut short with its whole label in its tooltip, and two or more keep lines of their own", async () => {
  const page = await app.page("", { viewport: { width: 1366, height: 768 } });
  await mapOf(page, TITLE);
  // Each box of a header's number line: the number, the link, the importance.
  const line = (id) => page.locator(`.map-head .step-head[data-step-id="${id}"]`).evaluate((h) => {
    const box = (el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; };
    const a = h.querySelector(".step-links a");
    return { number: box(h.querySelector(".step-number")), links: box(h.querySelector(".step-links")),
      importance: box(h.querySelector(".importance")), cut: a.scrollWidth > a.clientWidth,
      // What the link's line gives it that its text cannot use (its ring's padding took 10 px).
      lost: a.parentElement.parentElement.clientWidth - a.clientWidth,
      titles: [...h.querySelectorAll(".step-links a")].map((a) => a.title) };
  });
  const inLine = (l) => l.links.top >= l.number.top - 1 && l.links.bottom <= l.number.bottom + 1 &&
    l.links.left >= l.number.right && l.links.right <= l.importance.left;
  await page.locator(".map-scroll").evaluate((s) => { s.scrollLeft = s.scrollWidth; });
  await page.waitForSelector('.map-head .step-head[data-step-id="contact-support"] .step-links');
  const support = await line("contact-support");
  assert.ok(inLine(support) && support.lost <= 1, JSON.stringify(support));
  assert.deepEqual(support.titles, ["Ticket export (opens in a new tab)"]);
  // Reached by the keyboard, the link's focus ring is whole: the cut does not clip it.
  const ringWhole = async (id) => {
    const link = `.map-head .step-head[data-step-id="${id}"] .step-links a`;
    await page.focus(link);
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    const ring = await page.locator(link).evaluate((a) => {
      const style = getComputedStyle(a);
      const out = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      const [r, clip] = [a.getBoundingClientRect(), a.parentElement.getBoundingClientRect()];
      return { focused: a.matches(":focus-visible"), out, inside: r.left - out >= clip.left && r.right + out <= clip.right && r.top - out >= clip.top && r.bottom + out <= clip.bottom };
    });
    assert.ok(ring.focused && ring.out >= 3 && ring.inside, `${id}: ${JSON.stringify(ring)}`);
  };
  await ringWhole("contact-support");
  // On a line of its own it made every header taller: the curve's lane shows 150 of its
  // 185 px on a laptop's first screen (under 100 with it).
  const curveTop = await page.locator(".map-body .lane[data-lane-id=emotion]").evaluate((l) => l.getBoundingClientRect().top);
  assert.ok(curveTop <= 768 - 150, `the curve's lane starts at ${curveTop}`);

  const journey = readJson(join(EXAMPLES, "b2b-software.json"));
  journey.steps[0].links = [{ label: "Session recording", url: "https://example.com/a" }, { label: "Survey", url: "https://example.com/b" }];
  journey.steps[1].links = [{ label: "Home page analytics for the quarter", url: "https://example.com/c" }];
  journey.steps[2].links = [{ label: "تسجيل المقابلة مع العميل الأول", url: "https://example.com/d" }];
  await openBytes(page, "links.json", JSON.stringify(journey));
  await page.waitForSelector('.map-head .step-head[data-step-id="read-article"] .step-links');
  const long = await line("visit-home");
  assert.ok(inLine(long) && long.cut, JSON.stringify(long));
  assert.deepEqual(long.titles, ["Home page analytics for the quarter (opens in a new tab)"]);
  await ringWhole("visit-home");
  // Cut, a label keeps its first words, right to left too (the Arabic one kept its last).
  for (const id of ["visit-home", "compare-pricing"]) {
    const first = await page.locator(`.map-head .step-head[data-step-id="${id}"] .step-links a`).evaluate((a) => {
      const range = document.createRange();
      range.setStart(a.firstChild, 0);
      range.setEnd(a.firstChild, 1);
      // (Against the link's item less its padding: the box that clips it, on any build.)
      const [c, li, pad] = [range.getBoundingClientRect(), a.parentElement.getBoundingClientRect(), parseFloat(getComputedStyle(a.parentElement).paddingLeft)];
      return { shown: c.left >= li.left + pad - 1 && c.right <= li.right - pad + 1, cut: a.scrollWidth > a.clientWidth };
    });
    assert.ok(first.shown && first.cut, `${id}: ${JSON.stringify(first)}`);
  }
  const two = await line("read-article");
  assert.ok(two.links.bottom <= two.number.top && !two.cut, JSON.stringify(two));
  await page.close();
});

test("a step's details show each mark as the header's chip, its symbol with its name, which teaches the symbols on touch screens too", async () => {
  const page = await app.page("?step=contact-support");
  await page.waitForSelector(".details-flags .flag");
  const chips = await page.$$eval(".details-flags li", (ls) => ls.map((l) => {
    const chip = l.querySelector(".flag");
    return [chip.dataset.flag, getComputedStyle(chip, "::before").content, chip.textContent, l.textContent.startsWith(chip.textContent + ": ")];
  }));
  assert.deepEqual(chips, [
    ["break", '"⚠" / ""', "Likely break", true], ["lowest", '"▼" / ""', "Lowest point", true], ["fix-first", '"★" / ""', "Fix first", true],
    ["handoff", '"⇄" / ""', "Handoff", true], ["channel-switch", '"↪" / ""', "Channel switch", true]]);
  await page.close();
});

test("the map marks the upgrade as the lowest point and the quote and support call as likely breaks", async () => {
  const page = await app.page("");
  await mapOf(page, TITLE);
  assert.deepEqual(await flagsOf(page, "upgrade"), ["lowest", "drop", "fix-first"]);
  assert.equal((await flagsOf(page, "receive-quote"))[0], "break");
  assert.deepEqual((await flagsOf(page, "contact-support")).slice(0, 2), ["break", "lowest"]);
  assert.deepEqual(await flagsOf(page, "read-article"), []);
  // The reason is in the flag's title, and in text for screen readers.
  const quote = page.locator('.step-head[data-step-id="receive-quote"] .flag[data-flag=break]');
  assert.equal(await quote.getAttribute("title"), "Likely break: channel changes from Video call to Email and emotion falls by 3 for Ana, IT manager");
  assert.match(await quote.textContent(), /Likely break: channel changes from Video call to Email/);
  const support = page.locator('.step-head[data-step-id="contact-support"] .flag[data-flag=break]');
  assert.match(await support.getAttribute("title"), /moves between Support chat and Phone in this step/);
  // Ana's lowest point is reached at two steps: each one's mark names the other.
  const lowest = (step) => page.locator(`.step-head[data-step-id="${step}"] .flag[data-flag=lowest]`).getAttribute("title");
  assert.match(await lowest("upgrade"), /^Lowest point: lowest feeling for Ana, IT manager: −2, also reached at “Contacts support about the broken upgrade”; /);
  assert.equal(await lowest("contact-support"), "Lowest point: lowest feeling for Ana, IT manager: −2, also reached at “Upgrades to the new version”");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the insights are the whole journey's: the search and filters are off there, their chips still said, and on again on the map", async () => {
  const page = await app.page("?owner=sales&q=quote");
  await mapOf(page, TITLE);
  const off = () => page.$$eval(".filter-bar :is(input.search, select)", (c) => c.map((e) => e.disabled));
  assert.deepEqual(await off(), [false, false, false]);
  await page.getByRole("button", { name: "Insights" }).click();
  await page.waitForSelector("[data-view=insights] .stats");
  // The health card counts all 12 steps, not the 4 Sales steps: the filters had looked on.
  assert.equal(await page.locator(".stat[data-stat=steps] .stat-value").textContent(), "12");
  assert.deepEqual(await off(), [true, true, true]);
  assert.equal(await page.locator(".search-box").evaluate((b) => getComputedStyle(b).opacity), "0.45");
  // Nor its count and arrows (Tab reached them, and they did nothing).
  const seen = await page.$$eval(".search-box :is(button, .match-count)", (l) => l.map((e) => getComputedStyle(e).visibility));
  assert.deepEqual(seen, ["hidden", "hidden", "hidden"]);
  assert.deepEqual(await page.locator(".filter-chip .chip-text").allInnerTexts(), ["“quote”", "Owner: Sales"]);
  // On a phone they are left out there, the chips kept: three greyed lines took 120 px
  // above the first insight.
  const shown = () => page.$$eval(".filter-bar :is(.search-box, .filter, .zoom, .filter-chip)", (l) => l.filter((e) => e.getClientRects().length).map((e) => e.className));
  await page.setViewportSize({ width: 375, height: 812 });
  assert.deepEqual(await shown(), ["filter-chip", "filter-chip"]);
  await page.getByRole("button", { name: "Map" }).click();
  await page.waitForFunction(() => !document.querySelector(".search").disabled);
  assert.equal((await shown()).length, 6);
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.deepEqual(await off(), [false, false, false]);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the insights view summarises the journey and leads back to the map", async () => {
  const page = await app.page("");
  await mapOf(page, TITLE);
  const heads = await page.$$eval(".step-head", (hs) => hs.map((h) => [h.dataset.stepId, h.querySelector(".step-number").textContent]));
  await page.getByRole("button", { name: "Insights" }).click();
  await page.waitForSelector("[data-view=insights] .stats");
  // Dots at the scale's ends (importance 5, feeling +2) sit inside the frame, not on its edge.
  assert.deepEqual(await dotsOutsideFrame(page), []);
  // Each region is named once (a scroll box named "Ownership" inside the Ownership section
  // was heard twice).
  const regions = await page.$$eval("[data-view=insights] :is(section[aria-label], [role=region])", (l) => l.map((e) => e.getAttribute("aria-label")));
  assert.deepEqual(regions, [...new Set(regions)]);
  // The insights are not zoomed: the zoom buttons are disabled there, and + does nothing.
  const zoomButtons = () => page.$$eval(".zoom button", (b) => b.map((e) => e.disabled));
  assert.deepEqual(await zoomButtons(), [true, true, true, true]);
  const level = await page.locator(".zoom-level").innerText();
  await page.keyboard.press("+");
  assert.equal(await page.locator(".zoom-level").innerText(), level);
  const stat = (key) => page.locator(`.stat[data-stat=${key}] .stat-value`).textContent();
  assert.equal(await stat("steps"), "12");
  assert.equal(await stat("phases"), "5");
  assert.equal(await stat("personas"), "2");
  assert.equal(await stat("lowest"), "−2");
  assert.equal(await stat("breaks"), "2");
  assert.equal(await stat("missed"), "7");
  assert.equal(await page.locator('.stat[data-stat=lowest] .step-link').getAttribute("data-step-id"), "upgrade");
  // Both personas feel −2 at the upgrade: both are named (only the first was).
  assert.deepEqual(await page.$$eval(".stat[data-stat=lowest] .who", (w) => w.map((e) => e.textContent)), ["Ana, IT manager", "Luis, team lead"]);
  // Ana's −2 is reached at the support call too, which the weakest links list first: the
  // card says at how many steps (a review's audience asked which one was the lowest).
  assert.equal(await page.textContent(".stat[data-stat=lowest] .also"), "2 steps reach it");
  // A metric card's missed steps, one a line in every card (two short ones shared a line).
  for (const width of [1100, 1366]) {
    await page.setViewportSize({ width, height: 800 });
    const lefts = await page.$$eval(".metric-chart:not(.wide) .missed", (l) => l.map((m) => [...m.querySelectorAll(".step-link")].map((a) => Math.round(a.getBoundingClientRect().left))));
    assert.ok(lefts.length >= 3, `${lefts.length} cards`);
    for (const card of lefts) assert.equal(new Set(card).size, 1, `at ${width} px, the links start at ${card}`);
  }
  // Who felt it, on a line of its own under the step (not a lone "· Ana" wrapped under it).
  const [link, who] = await page.$$eval(".stat[data-stat=lowest] .stat-note > *", (l) => l.map((e) => [e.getBoundingClientRect().bottom, e.getBoundingClientRect().top, e.textContent]));
  assert.equal(who[2], "Ana, IT manager");
  assert.ok(who[1] >= link[0] - 1, `the persona starts at ${who[1]}, the step ends at ${link[0]}`);
  // Every step named in the insights carries its number on the map, before its name.
  const links = await page.$$eval("[data-view=insights] .step-link", (l) => l.map((e) => [e.dataset.stepId, e.querySelector(".step-number")?.textContent, e.textContent, e.getAttribute("aria-label")]));
  assert.ok(links.length > 20, `${links.length} step links`);
  for (const [id, n, text, name] of links) {
    assert.deepEqual([id, n], heads.find((h) => h[0] === id));
    assert.ok(text.startsWith(`${n} `) && text.length > n.length + 1, text);
    // Heard as "Step 10 · Upgrades…", not "10 Upgrades…".
    assert.equal(name, `Step ${n} · ${text.slice(n.length + 1)}`);
  }
  // A lowest point reached at two steps: each one's line names the other.
  const reasons = (step) => page.$$eval(`[data-section=weakest] li:has(> .step-link[data-step-id="${step}"]) .explain[data-kind=lowest]`, (l) => l.map((e) => e.textContent));
  assert.equal((await reasons("upgrade"))[0], "lowest feeling for Ana, IT manager: −2, also reached at “Contacts support about the broken upgrade”");
  assert.deepEqual(await reasons("contact-support"), ["lowest feeling for Ana, IT manager: −2, also reached at “Upgrades to the new version”"]);
  // Breaks come first in the list of handoffs and switches.
  const changes = await page.$$eval("[data-section=changes] li", (l) => l.map((e) => [e.dataset.break, e.querySelector(".step-link").dataset.stepId]));
  assert.deepEqual(changes.slice(0, 2).map((c) => c[0]), ["true", "true"]);
  assert.deepEqual(changes.filter((c) => c[0] === "true").map((c) => c[1]).sort(), ["contact-support", "receive-quote"]);
  // A step is one line, the rest in map order: the change into it, then the channels it
  // mixes.
  assert.deepEqual(changes.slice(2).map((c) => c[1]), ["visit-home", "request-demo", "demo-call", "pay", "onboard", "daily-use", "renew"]);
  const said = (step) => page.locator(`[data-section=changes] li:has(> .step-link[data-step-id="${step}"]) .explain`).textContent();
  assert.equal(await said("onboard"), "owner changes from Billing to Product and channel changes from Website to Product + Video call; the customer moves between Product and Video call in this step");
  assert.equal(await said("contact-support"), "owner changes from Product to Customer support and channel changes from Product to Support chat + Phone; the customer moves between Support chat and Phone in this step, feeling −2 for Ana, IT manager");
  // The matrix puts the upgrade in "fix first".
  assert.equal(await page.locator('.matrix .dot[data-step-id="upgrade"]').getAttribute("data-quadrant"), "fix-first");
  const fixFirst = await page.$$eval('.matrix .dot[data-quadrant="fix-first"]', (d) => d.map((e) => e.dataset.stepId).sort());
  // Each dot shows its step's number as the map's header does, whole inside the dot (a
  // matrix shown to a room is read without hovering), and its name says it first.
  const numbers = await page.$$eval(".matrix .dot", (ds) => ds.map((d) => {
    const [n, c] = [d.querySelector(".dot-n").getBBox(), d.querySelector("circle").getBBox()];
    const inside = n.x >= c.x && n.x + n.width <= c.x + c.width && n.y >= c.y && n.y + n.height <= c.y + c.height;
    return [d.dataset.stepId, d.querySelector(".dot-n").textContent, inside];
  }));
  assert.equal(numbers.length, 12);
  for (const [id, n, inside] of numbers) {
    assert.deepEqual([id, n], heads.find((h) => h[0] === id));
    assert.ok(inside, `${id}'s number inside its dot`);
  }
  assert.match(await page.locator('.matrix .dot[data-step-id="upgrade"]').getAttribute("aria-label"), /^Step 10 · Upgrades to the new version: /);
  // To a screen reader the matrix is its dots, each named in full: no loose tick numbers,
  // axis or quadrant words between them.
  const heard = (await page.locator(".matrix").ariaSnapshot()).split("\n").slice(1);
  assert.ok(heard.length > 0 && heard.every((line) => /^\s*- '?button "[^"]+: Importance \d of 5, /.test(line)), heard.join("\n"));
  assert.deepEqual(fixFirst, ["compare-pricing", "contact-support", "receive-quote", "upgrade"]);
  // Metrics: CSAT misses its target at three steps.
  const csatMissed = await page.$$eval('[data-metric-id=csat] .missed .step-link', (l) => l.map((e) => e.dataset.stepId));
  assert.deepEqual(csatMissed, ["upgrade", "contact-support", "renew"]);
  // The chart spans CSAT's scale, 1 to 5: the target 4 is a quarter of the way down,
  // whatever the readings.
  const target = await page.$eval("[data-metric-id=csat] svg .target", (l) => Number(l.getAttribute("y1")));
  assert.equal(target, 10 + ((5 - 4) / 4) * 70);
  // Its top and bottom are labelled, at their heights, with the metric's unit.
  const axis = (id) => page.$$eval(`[data-metric-id=${id}] svg .axis`, (l) => l.map((e) => [e.textContent, Number(e.getAttribute("y"))]));
  assert.deepEqual(await axis("csat"), [["5", 14], ["1", 84]]);
  assert.deepEqual(await axis("frt_hours"), [["72h", 14], ["0h", 84]]);
  // Ownership: Support's one step averages −1.5.
  assert.equal(await page.locator('tr[data-owner-id=support] td[data-feeling=negative]').textContent(), "−1.5");
  // Opportunities by kind (4 corrective, 1 curative, 2 without a kind) and by owner.
  const kinds = await page.$$eval(".board[data-by=kind] .board-column", (c) => c.map((e) => [e.dataset.kind, e.querySelectorAll("li").length]));
  assert.deepEqual(kinds, [["corrective", 4], ["curative", 1], ["none", 2]]);
  const owners = await page.$$eval(".board[data-by=owner] .board-column", (c) => c.map((e) => e.dataset.owner));
  assert.deepEqual(owners, ["marketing", "sales", "product", "support", "billing"]);
  // A step named anywhere leads to it on the map, in view and emphasised, with its details open.
  await page.locator('[data-section=weakest] .step-link[data-step-id="contact-support"]').first().click();
  await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-view=swimlane] .step-head[data-step-id="contact-support"]') ?? document.body).getPropertyValue("--focused").trim() === "1");
  await page.waitForFunction(() => document.querySelector("#step-details:not([hidden]) .details")?.dataset.stepId === "contact-support");
  assert.deepEqual(await zoomButtons(), [false, false, false, false]);
  // The metrics lane is a heat lane: CSAT 2.4 misses, first response 5 h meets, tinted apart.
  const tiles = await page.$$eval('[data-lane-id=metrics] .cell[data-step-id="contact-support"] .metric', (m) => m.map((e) => [e.dataset.status, getComputedStyle(e).backgroundColor]));
  assert.deepEqual(tiles.map((t) => t[0]), ["missed", "met"]);
  assert.ok(tiles.every((t) => t[1] !== "rgba(0, 0, 0, 0)"), "tinted");
  assert.notEqual(tiles[0][1], tiles[1][1]);
  const box = await page.locator('.step-head[data-step-id="contact-support"]').boundingBox();
  // In view, and clear of the details panel (the map has room to scroll its last steps).
  const panel = await page.locator("#step-details").boundingBox();
  assert.ok(box.x >= 184 && box.x + box.width <= panel.x, `the step is in view, left of the details (x=${box.x}, panel at ${panel.x})`);
  // Keyboard: Enter on a matrix dot does the same.
  await page.getByRole("button", { name: "Insights" }).click();
  await page.locator('.matrix .dot[data-step-id="receive-quote"]').focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.step-head[data-step-id="receive-quote"]') ?? document.body).getPropertyValue("--focused").trim() === "1");
  await page.waitForFunction(() => document.querySelector("#step-details:not([hidden]) .details")?.dataset.stepId === "receive-quote");
  // The keyboard is in the details, not lost on the page.
  await page.waitForFunction(() => document.activeElement?.closest("#step-details"));
  await page.screenshot({ path: "target/insights-to-map.png" });
  assert.deepEqual(page.errors, []);
  await page.close();
});

// The cards fill the grid's rows: in two columns the matrix stood alone beside an empty half.
test("the insights' cards leave no half row empty, in one, two or three columns", async () => {
  const page = await app.page("?view=insights", { viewport: { width: 1366, height: 900 } });
  await page.waitForSelector("[data-section=owners] table");
  const rows = () => page.$$eval(".insight-card", (cards) => {
    const grid = cards[0].parentElement.getBoundingClientRect();
    const byRow = new Map();
    for (const c of cards) {
      const r = c.getBoundingClientRect();
      byRow.set(Math.round(r.top), [...(byRow.get(Math.round(r.top)) ?? []), [c.dataset.section, r.left, r.right]]);
    }
    // Each row: its cards, and whether they reach across the grid.
    return [...byRow.values()].map((row) => [row.map(([s]) => s).join(" "), Math.abs(row[0][1] - grid.left) < 1 && Math.abs(row.at(-1)[2] - grid.right) < 1]);
  });
  const full = (got) => got.every(([, whole]) => whole);
  for (const [width, expected] of [
    [1366, ["summary", "weakest changes", "matrix owners", "metrics", "opportunities"]],
    [1920, ["summary", "weakest changes matrix", "owners", "metrics", "opportunities"]],
    [390, ["summary", "weakest", "changes", "matrix", "owners", "metrics", "opportunities"]],
  ]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForFunction((n) => new Set([...document.querySelectorAll(".insight-card")].map((c) => Math.round(c.getBoundingClientRect().top))).size === n, expected.length);
    const got = await rows();
    assert.deepEqual(got.map(([names]) => names), expected, `${width} px`);
    assert.ok(full(got), `${width} px: ${JSON.stringify(got)}`);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the map keeps its place through the insights and a language switch, not into another journey", async () => {
  const page = await app.page("", { viewport: { width: 1366, height: 600 } });
  await mapOf(page, TITLE);
  const place = () => page.$eval(".map-scroll", (s) => [s.scrollLeft, s.scrollTop]);
  await page.$eval(".map-scroll", (s) => { s.scrollLeft = 1500; s.scrollTop = 120; });
  await page.waitForFunction(() => document.querySelector('.step-head[data-step-id="upgrade"]'));
  const [left, top] = await place();
  assert.ok(left > 1000 && top > 0, `scrolled to ${left}, ${top}`);
  await page.getByRole("button", { name: "Insights" }).click();
  await page.waitForSelector("[data-view=insights] .stats");
  await page.getByRole("button", { name: "Map", exact: true }).click();
  await mapOf(page, TITLE);
  assert.deepEqual(await place(), [left, top], "back from the insights");
  // Its steps there are drawn (the columns follow the place, not the start).
  await page.waitForSelector('.step-head[data-step-id="upgrade"]');
  await page.selectOption("select.language", "es");
  await page.waitForSelector("html[lang=es] [data-view=swimlane] .step-head");
  assert.deepEqual(await place(), [left, top], "in Spanish");
  const other = readJson(join(EXAMPLES, "compra-online.json"));
  await page.locator("button.examples").click();
  await page.locator('#examples-menu button[data-file="compra-online.json"]').click();
  await mapOf(page, other.title);
  assert.deepEqual(await place(), [0, 0], "another journey opens at its start");
  // A scroll told after the map was taken down for the insights is let be (it stopped the
  // app's code with an error).
  await page.evaluate(() => {
    document.querySelector(".map-scroll").scrollLeft += 300;
    document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "i", bubbles: true }));
  });
  await page.waitForSelector("[data-view=insights] .stats");
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("journeys without personas, owners or emotions still get an insights view", async () => {
  const page = await app.page("?src=examples/minimal.json");
  await mapOf(page, "Minimal journey");
  assert.deepEqual(await flagsOf(page, "wait"), ["lowest", "drop"]);
  await page.getByRole("button", { name: "Insights" }).click();
  await page.waitForSelector("[data-view=insights] .stats");
  assert.equal(await page.locator(".stat[data-stat=breaks] .stat-value").textContent(), "0");
  assert.equal(await page.locator("[data-section=changes] .muted").textContent(), "Nothing found.");
  // The one persona is the implied customer, whose curve the map draws ("Personas 0" read
  // oddly beside it); no step has an importance, and the empty matrix says what it needs.
  assert.equal(await page.locator(".stat[data-stat=personas] .stat-value").textContent(), "1");
  assert.equal(await page.locator("[data-section=matrix] .muted").textContent(), "No step has both an importance and a feeling.");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a metric whose readings are all alike, with no scale, is drawn across the middle of its chart", async () => {
  const steps = ["a", "b", "c"].map((id) => ({ id, phase: "only", name: `Step ${id}`, emotion: 0, metrics: { wait_days: 3 } }));
  const page = await insightsOf({ version: 1, title: "Alike", phases: [{ id: "only", name: "Only" }], steps });
  const ys = await page.$$eval("[data-metric-id=wait_days] .reading", (r) => r.map((e) => e.getAttribute("transform")));
  // The chart is 90 high: the middle is 45 (the top edge, where they were drawn, is 10),
  // between its labels, 4 and 2. The readings start 11 units after them (a mark reaches
  // 4 of them back: a gap of 6 to the label).
  assert.deepEqual(ys, ["translate(21 45)", "translate(145.5 45)", "translate(270 45)"]);
  const axis = await page.$$eval("[data-metric-id=wait_days] svg .axis", (l) => l.map((e) => [e.textContent, Number(e.getAttribute("x"))]));
  assert.deepEqual(axis, [["4", 11], ["2", 11]]);
  // A lone reading is drawn in the middle: at the left it ran into its label.
  const lone = await insightsOf({ version: 1, title: "Lone", phases: [{ id: "only", name: "Only" }], steps: steps.slice(0, 1) });
  assert.deepEqual(await lone.$$eval("[data-metric-id=wait_days] .reading", (r) => r.map((e) => e.getAttribute("transform"))), ["translate(145.5 45)"]);
  await lone.close();
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("counts and values of four digits and more are grouped as the UI's language writes them", async () => {
  const journey = everywhereBroken(1200);
  journey.steps[0].metrics.wait_s = 12345.5;
  const page = await insightsOf(journey);
  assert.equal(await page.locator(".stat[data-stat=steps] .stat-value").textContent(), "1,200");
  assert.equal(await page.locator("[data-section=changes] .show-all").innerText(), "Show all 1,199");
  assert.equal(await page.locator(".matrix .m-more").textContent(), "+1,1981,198 more steps here");
  // The chart's top, labelled as wide as it is, ends before the first reading.
  const chart = await page.evaluate(() => {
    const label = document.querySelector("[data-metric-id=wait_s] .axis");
    const first = document.querySelector("[data-metric-id=wait_s] .reading, [data-metric-id=wait_s] .line");
    const box = label.getBoundingClientRect();
    return { text: label.textContent, start: box.left, end: box.right, first: first.getBoundingClientRect().left, card: label.closest("figure").getBoundingClientRect().left };
  });
  // (Its one reading is drawn across the middle: the chart spans 1 either side.)
  assert.equal(chart.text, "12,346.5");
  assert.ok(chart.end < chart.first && chart.start > chart.card, JSON.stringify(chart));
  await page.getByRole("button", { name: "Map" }).click();
  const reading = page.locator('.cell[data-step-id="s0"] .metric[data-metric-id=wait_s]');
  assert.match(await reading.innerText(), /12,345\.5/);
  // Spanish and Italian group from five digits, with a point: 1200, 12.345,5.
  await page.getByLabel("Language").selectOption("es");
  await page.waitForFunction(() => document.documentElement.lang === "es");
  assert.match(await reading.innerText(), /12\.345,5/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

/** A journey of `n` steps that breaks everywhere: each step changes owner, all sit at one
 *  spot of the priority matrix, miss their CSAT target and carry one idea. */
function everywhereBroken(n) {
  const steps = Array.from({ length: n }, (_, i) => ({
    id: `s${i}`, phase: "only", name: `Step ${i}`, owner: i % 2 ? "sales" : "support",
    emotion: -1, importance: 5, metrics: { csat: 1 + (i % 3) },
    opportunities: [{ text: `Idea ${i}`, kind: "corrective" }],
  }));
  return {
    version: 1, title: "Broken everywhere", phases: [{ id: "only", name: "Only" }],
    owners: [{ id: "support", name: "Support" }, { id: "sales", name: "Sales" }],
    metrics: [{ id: "csat", name: "CSAT", min: 1, max: 5, target: 4, higher_is_better: true }],
    steps,
  };
}


/** A page showing the insights of `journey`, opened as a file. */
test("on a phone the priority matrix's text stays readable and each number fits its dot", async () => {
  const page = await app.page("?view=insights", { viewport: { width: 390, height: 844 } });
  await page.waitForSelector(".matrix .dot");
  // Sizes as drawn: the font's size times the drawing's scale (it is shrunk to the phone).
  const facts = await page.$$eval(".matrix", ([m]) => {
    const drawn = (t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
    const least = (sel) => Math.min(...[...m.querySelectorAll(sel)].map(drawn));
    const outside = [...m.querySelectorAll(".dot")].filter((d) => {
      const [n, c] = [d.querySelector(".dot-n").getBBox(), d.querySelector("circle").getBBox()];
      return !(n.x >= c.x && n.x + n.width <= c.x + c.width && n.y >= c.y && n.y + n.height <= c.y + c.height);
    }).map((d) => d.dataset.stepId);
    return { scale: m.getScreenCTM().a, ticks: least(".m-tick"), names: least(".quadrant-name"), numbers: least(".dot-n"), outside };
  });
  assert.ok(facts.scale < 0.85, `the matrix is shrunk on a phone: ${facts.scale}`);
  assert.ok(facts.ticks >= 9.5 && facts.names >= 9.5, `ticks and quadrant names: ${JSON.stringify(facts)}`);
  assert.ok(facts.numbers >= 8.5, `the dots' numbers: ${JSON.stringify(facts)}`);
  assert.deepEqual(facts.outside, [], "every number inside its dot");
  // A window just wide enough to draw the matrix larger than its size keeps its type
  // (enlarged by the window's width, it was set twice as large).
  await page.setViewportSize({ width: 560, height: 844 });
  const wide = await page.$eval(".matrix", (m) => [m.getScreenCTM().a, getComputedStyle(m.querySelector(".m-tick")).fontSize]);
  assert.ok(wide[0] > 1, `drawn larger than its size: ${wide[0]}`);
  assert.equal(wide[1], "11px");
  await page.close();
});

async function insightsOf(journey) {
  const page = await app.page("");
  await mapOf(page, TITLE);
  await openBytes(page, "broken.json", JSON.stringify(journey));
  await mapOf(page, journey.title);
  await page.getByRole("button", { name: "Insights" }).click();
  await page.waitForSelector("[data-view=insights] .stats");
  return page;
}

test("the priority matrix's numbered dots never cover each other, the counts or the quadrants' names, and read left to right", async () => {
  // 60 generated steps, two personas: means at quarter points (a dot was drawn at each
  // exact value, and dots a quarter apart covered each other's numbers). The quadrants'
  // names were at a corner among the dots: "PROTEGER" read "PRO⑧GER".
  const page = await insightsOf(readJson(join(FIXTURES, "generated", "60.json")));
  const shapes = await page.$$eval(".matrix :is(.dot circle, .m-more, .quadrant-name)", (els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    const dot = e.closest(".dot");
    const what = dot?.dataset.stepId ?? (e.classList.contains("m-more") ? "a count" : e.textContent);
    return { what, dot: dot?.dataset.stepId ?? null, n: Number(dot?.querySelector(".dot-n").textContent), x: r.x, y: r.y, r: r.right, b: r.bottom };
  }));
  assert.equal(shapes.filter((s) => !s.dot && s.what !== "a count").length, 4, "four names");
  assert.ok(shapes.filter((s) => s.dot).length > 20, "many dots");
  for (const [i, a] of shapes.entries()) {
    for (const b of shapes.slice(i + 1)) {
      const apart = a.r <= b.x + 0.5 || b.r <= a.x + 0.5 || a.b <= b.y + 0.5 || b.b <= a.y + 0.5;
      assert.ok(apart, `${a.what} and ${b.what} overlap`);
    }
  }
  // Dots at one spot (one row, side by side) are in the map's order from left to right.
  const dots = shapes.filter((s) => s.dot).sort((a, b) => a.y - b.y || a.x - b.x);
  for (const [i, a] of dots.entries()) {
    const b = dots[i + 1];
    if (b && Math.abs(a.y - b.y) < 1 && b.x - a.r < 4) assert.ok(a.n < b.n, `${a.n} before ${b.n}`);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("100,000 metric definitions: the map and the insights are drawn, the first 40 charts and the rest on demand", async () => {
  // Each reading's definition was searched for one by one: the page was not drawn in 5
  // minutes. Then a chart for each of 100,000 metrics.
  const journey = {
    version: 1, title: "Many metrics", phases: [{ id: "p", name: "P" }],
    metrics: Array.from({ length: 100000 }, (_, i) => ({ id: `m${i}`, name: `M ${i}`, target: 3 })),
    steps: Array.from({ length: 10 }, (_, k) => ({
      id: `s${k}`, phase: "p", name: `Step ${k}`, emotion: (k % 5) - 2,
      metrics: Object.fromEntries(Array.from({ length: 100 }, (_, j) => [`m${99999 - k * 100 - j}`, j % 5])),
    })),
  };
  const page = await insightsOf(journey);
  const charts = page.locator("[data-section=metrics] .metric-charts > *");
  assert.equal(await charts.count(), 40);
  // In the file's order: its definitions come first.
  assert.deepEqual(await charts.evaluateAll((c) => c.slice(0, 2).map((e) => e.dataset.metricId)), ["m0", "m1"]);
  assert.equal(await page.locator("[data-section=metrics] .show-all").innerText(), "Show all 100,000");
  // The map's metrics lane names each reading's metric by its definition.
  await page.getByRole("button", { name: "Map" }).click();
  await page.waitForSelector('[data-view=swimlane] .cell[data-step-id="s0"] [data-metric-id="m99999"]');
  assert.match(await page.locator('.cell[data-step-id="s0"] [data-metric-id="m99999"]').innerText(), /^M 99999\n/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("long journeys: insights lists show their first 40 items and the rest on demand", async () => {
  const journey = everywhereBroken(120);
  const page = await insightsOf(journey);
  const count = (selector) => page.locator(selector).count();
  // 119 handoffs: the first 40, then a button for all of them.
  assert.equal(await count("[data-section=changes] li"), 40);
  const showAll = page.locator("[data-section=changes] .show-all");
  assert.equal(await showAll.innerText(), "Show all 119");
  await showAll.click();
  assert.equal(await count("[data-section=changes] li"), 119);
  assert.equal(await count("[data-section=changes] .show-all"), 0);
  // In journey order, each step once, and the keyboard on the first one added.
  const ids = await page.$$eval("[data-section=changes] li .step-link", (l) => l.map((e) => e.dataset.stepId));
  assert.deepEqual(ids, journey.steps.slice(1).map((s) => s.id));
  assert.equal(await page.evaluate(() => document.activeElement.dataset.stepId), "s41");
  // The weakest links: all 120 steps to fix first, as the map marks each. (All at −1: a
  // flat curve, with no lowest point to tell, where it had one at every step.)
  assert.equal(await count("[data-section=weakest] li"), 40);
  await page.locator("[data-section=weakest] .show-all").click();
  assert.equal(await count("[data-section=weakest] li"), 120);
  assert.equal(await count("[data-section=weakest] .explain[data-kind=lowest]"), 0);
  assert.equal(await count("[data-section=weakest] .explain[data-kind=critical]"), 120);
  // The board's column, and the metric's missed steps, the same way.
  const ideas = '.board[data-by=kind] .board-column[data-kind=corrective]';
  assert.equal(await page.locator(`${ideas} .count`).innerText(), "120");
  assert.equal(await count(`${ideas} li`), 40);
  await page.locator(`${ideas} .show-all`).click();
  assert.equal(await count(`${ideas} li`), 120);
  assert.equal(await count("[data-metric-id=csat] .missed .step-link"), 40);
  await page.locator("[data-metric-id=csat] .show-all").click();
  assert.equal(await count("[data-metric-id=csat] .missed .step-link"), 120);
  // 120 readings in a 280 px chart: no marks run together, and no zigzag through every
  // reading either: 52 runs of readings, each its mean on the line and its range in a band
  // (readings 1, 2, 3 on the scale 1 to 5: the band from 3 down to 1).
  assert.equal(await count("[data-metric-id=csat] .reading"), 0);
  const chart = await page.$eval("[data-metric-id=csat] svg", (svg) => {
    const line = svg.querySelector("path.line").getAttribute("d");
    const band = svg.querySelector("path.range").getBBox();
    return { points: line.match(/[ML]/g).length, top: Math.round(band.y), bottom: Math.round(band.y + band.height) };
  });
  const y = (v) => Math.round(10 + ((5 - v) / 4) * 70);
  assert.deepEqual(chart, { points: 52, top: y(3), bottom: y(1) });
  // 120 steps missed: the chart takes the row and lists them beside it, not under it.
  const figure = await page.locator("[data-metric-id=csat]").boundingBox();
  const row = await page.locator(".metric-charts").boundingBox();
  const svg = await page.locator("[data-metric-id=csat] svg").boundingBox();
  const list = await page.locator("[data-metric-id=csat] .missed").boundingBox();
  assert.ok(Math.abs(figure.width - row.width) < 1, `${figure.width} of ${row.width}`);
  assert.ok(list.x >= svg.x + svg.width && list.y < svg.y + svg.height, "the list is beside the chart");
  // The matrix: two dots at the one spot, and in the third place a count for the other 118.
  assert.equal(await count(".matrix .dot"), 2);
  assert.deepEqual(await dotsOutsideFrame(page), [], "the dots at importance 5 stay in the frame");
  assert.equal(await page.locator(".matrix .m-more").textContent(), "+118118 more steps here");
  // Heard as what it means, not as a bare "+117".
  assert.match(await page.locator(".matrix").ariaSnapshot(), /- img "118 more steps here"/);
  const more = await page.locator(".matrix .m-more").boundingBox();
  const matrix = await page.locator(".matrix").boundingBox();
  assert.ok(more.x >= matrix.x && more.x + more.width <= matrix.x + matrix.width, `the count is inside the matrix ${JSON.stringify([more, matrix])}`);
  // The quadrants' names are drawn under the dots, which carry their steps' numbers (a
  // name drawn over a dot hid its number).
  const order = await page.$$eval(".matrix > *", (els) => els.map((e) => e.classList[0]).filter((c) => c === "quadrant-name" || c === "dot"));
  assert.deepEqual(order, ["quadrant-name", "quadrant-name", "quadrant-name", "quadrant-name", "dot", "dot"]);
  // The 118 steps behind the count are listed under the matrix (they could not be reached).
  const dots = await page.$$eval(".matrix .dot", (d) => d.map((e) => e.dataset.stepId));
  const behind = page.locator("[data-section=matrix] .matrix-more");
  assert.equal(await behind.locator("summary").textContent(), "The 118 steps behind the + counts");
  await behind.locator("summary").click();
  await behind.locator(".show-all").click();
  await page.waitForFunction(() => document.querySelectorAll(".matrix-more li").length === 118);
  const listed = await behind.locator(".step-link").evaluateAll((l) => l.map((e) => e.dataset.stepId));
  assert.deepEqual([...dots, ...listed], journey.steps.map((s) => s.id), "each step once: a dot or a line");
  assert.match(await behind.locator("li").last().innerText(), /^120 Step 119\s+Importance 5 of 5, Lowest feeling −1, Fix first$/);
  // A step added by "Show all" still leads to the map.
  await page.locator('[data-section=changes] .step-link[data-step-id="s100"]').click();
  await page.waitForFunction(() => document.querySelector("#step-details:not([hidden]) .details")?.dataset.stepId === "s100");
  await page.getByRole("button", { name: "Insights" }).click();
  await page.waitForSelector("[data-view=insights] .stats");
  await page.screenshot({ path: "target/insights-long.png", fullPage: true });
  // Drawn again on return: the short lists again.
  assert.equal(await count("[data-section=changes] li"), 40);
  // Printing shows every list whole: a page has no button to press.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  assert.equal(await count("[data-section=changes] li"), 119);
  assert.equal(await count(`${ideas} li`), 120);
  assert.equal(await count("[data-metric-id=csat] .missed .step-link"), 120);
  assert.equal(await count(".show-all"), 0);
  // A step listed under the matrix leads to the map.
  await page.locator(".matrix-more summary").click();
  await page.locator('.matrix-more .step-link[data-step-id="s119"]').click();
  await page.waitForFunction(() => document.querySelector("#step-details:not([hidden]) .details")?.dataset.stepId === "s119");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("Show all adds a long list a chunk a frame, the button waiting until it is whole", async () => {
  const journey = everywhereBroken(700);
  const page = await insightsOf(journey);
  // Pressed: the first 250 more at once, the button disabled while the rest come.
  const atOnce = await page.evaluate(() => {
    const button = document.querySelector("[data-section=changes] .show-all");
    button.click();
    return [document.querySelectorAll("[data-section=changes] li").length, button.disabled, button.isConnected];
  });
  assert.deepEqual(atOnce, [290, true, true]);
  await page.waitForFunction(() => !document.querySelector("[data-section=changes] .show-all"));
  const ids = await page.$$eval("[data-section=changes] li .step-link", (l) => l.map((e) => e.dataset.stepId));
  assert.deepEqual(ids, journey.steps.slice(1).map((s) => s.id));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the weakest links name a step once, with every reason it is there", async () => {
  // The upgrade is both personas' lowest point, a drop for both and a step to fix first:
  // it was five lines, each starting with its name.
  const page = await app.page("?view=insights");
  await page.waitForSelector("[data-view=insights] [data-section=weakest] li");
  const lines = await page.$$eval("[data-section=weakest] li", (l) => l.map((li) => [
    li.querySelector(".step-link").dataset.stepId,
    [...li.querySelectorAll(".explain")].map((e) => e.dataset.kind),
  ]));
  const ids = lines.map(([id]) => id);
  assert.deepEqual(ids, [...new Set(ids)]);
  assert.deepEqual(lines[0], ["upgrade", ["lowest", "lowest", "drop", "drop", "critical"]]);
  // Each reason on its own line under the name.
  const upgrade = page.locator("[data-section=weakest] li").first();
  const tops = await upgrade.locator(".explain").evaluateAll((e) => e.map((x) => x.getBoundingClientRect().top));
  const name = await upgrade.locator(".step-link").evaluate((e) => e.getBoundingClientRect().bottom);
  assert.ok(tops.every((top, i) => top >= (i ? tops[i - 1] + 10 : name)), `${name} ${tops}`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the weakest links list every drop and every step to fix first", async () => {
  // Eight drops and eight steps to fix first: the first five of each were listed, and the
  // rest left out without a word, though the map flags them.
  const steps = Array.from({ length: 16 }, (_, i) => ({
    id: `s${i}`, phase: "only", name: `Step ${i}`, emotion: i % 2 ? -1 : 1, importance: 3,
  }));
  const journey = { version: 1, title: "Up and down", phases: [{ id: "only", name: "Only" }], steps };
  const page = await insightsOf(journey);
  const ids = (kind) => page.$$eval(`[data-section=weakest] .explain[data-kind=${kind}]`, (l) => l.map((e) => e.closest("li").querySelector(".step-link").dataset.stepId));
  const odd = steps.filter((_, i) => i % 2).map((s) => s.id);
  // Every odd step is at the lowest feeling, −1: each lists it, as the map marks each.
  assert.deepEqual(await ids("lowest"), odd);
  assert.deepEqual((await ids("drop")).sort(), [...odd].sort());
  assert.deepEqual(await ids("critical"), odd);
  assert.deepEqual(page.errors, []);
  await page.close();
});
