// Printing ("Save as PDF"): every step of a long journey on landscape pages, in blocks that
// each repeat the lane titles, phases and step headers, nothing wider than the page, fewer
// pages on A3 than on A4, and the windowed screen map back after printing. Real PDFs from
// Chromium's printing (page.pdf fires beforeprint and afterprint as a print does), and the
// print layout itself under print media emulation at the size of an A4 landscape page.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import pdfjs from "pdfjs-dist/legacy/build/pdf.js";
import { appAndFixtures, EXAMPLES, expectedPoints, FIXTURES, mapOf, openBytes, readJson } from "./harness.mjs";

/** A4 landscape in CSS pixels (297 x 210 mm at 96 px per inch). */
const A4 = { width: 1123, height: 794 };
/** gen-journey.py 60, checked against the generator in schema.test.mjs. */
const journey = readJson(join(FIXTURES, "generated", "60.json"));

const { app, fixtures } = await appAndFixtures();

/** Pages in a PDF from Chromium: its page objects. */
function pages(pdf) {
  return pdf.toString("latin1").match(/\/Type \/Page(?!s)/g).length;
}

/** Each page's text in a PDF, in reading order, ligatures unfolded and spaces dropped. */
async function pageTexts(pdf) {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const texts = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    texts.push(squeeze(content.items.map((item) => item.str).join("")));
  }
  return texts;
}

/** Text as `pageTexts` gives it: "Pays the ﬁrst" and "Pays the fi rst" both "Paysthefirst". */
const squeeze = (text) => text.normalize("NFKC").replace(/\s+/g, "");

/** The 60-step journey on screen. */
async function open(viewport) {
  const page = await app.page(`?src=${encodeURIComponent(fixtures.url + "generated/60.json")}`, { viewport });
  await mapOf(page, journey.title);
  return page;
}

/** What the print layout shows, under print media, after `beforeprint`. */
async function printed(page) {
  await page.emulateMedia({ media: "print" });
  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  return page.evaluate(() => {
    const map = document.querySelector(".print-map");
    const visible = (el) => el.getClientRects().length > 0;
    // The set of blocks laid out for this page's width.
    const sets = [...map.querySelectorAll(".pm-set")].filter(visible);
    const set = sets[0];
    const heads = [...set.querySelectorAll("thead .step-head")];
    const rect = (el) => el.getBoundingClientRect();
    return {
      sets: sets.length,
      k: Number(set.dataset.k),
      stepIds: heads.map((h) => h.dataset.stepId),
      heads: heads.map((h) => h.querySelector(".step-name")?.textContent),
      // Each block: its lane titles (head rows, then body rows), its steps and its phases.
      blocks: [...set.querySelectorAll("table.pm-block")].map((table) => ({
        titles: [...table.querySelectorAll("tr > th > .lane-title")].map((c) => c.firstChild.textContent.trim()),
        repeated: [...table.tHead.rows].map((row) => row.className),
        left: rect(table.querySelector("th")).left,
        steps: [...table.querySelectorAll("thead .step-head")].map((h) => h.dataset.stepId),
        phaseNames: [...table.querySelectorAll(".pm-phase b")].map((b) => b.textContent),
        // Every lane row's cells start at the same x as the step headers above them.
        aligned: [...table.tBodies[0].rows].every((row) =>
          [...row.cells].slice(1).every((cell, i) => Math.abs(rect(cell).left - rect(table.tHead.rows[1].cells[i + 1]).left) < 0.5),
        ),
      })),
      points: set.querySelectorAll(".pm-curve .point").length,
      // The curve's lines run on to the next step's point, clipped by each column's svg.
      right: Math.max(...[...set.querySelectorAll(":not(svg *)")].map((el) => rect(el).right)),
      width: document.documentElement.clientWidth,
      scrollWidth: document.documentElement.scrollWidth,
      screenMap: visible(document.querySelector(".map-scroll")),
      // The app's chrome, and any control at all (a button on paper is noise).
      chrome: [...document.querySelectorAll(".actions, .brand, [role=alert], button, select, input, label.button")]
        .filter(visible)
        .map((el) => el.className || el.tagName),
      heading: document.querySelector(".journey-heading h1").innerText,
    };
  });
}

test("a 60-step journey prints every step in blocks that repeat the lanes, phases and headers", async () => {
  const page = await open(A4);
  // On screen, only the columns in view are drawn.
  assert.ok((await page.locator("[data-view=swimlane] .step-head").count()) < 60);
  const p = await printed(page);
  assert.deepEqual(p.stepIds, journey.steps.map((s) => s.id), "every step, in order");
  assert.deepEqual(p.heads, p.stepIds.map((id) => journey.steps.find((s) => s.id === id).name));
  assert.equal(p.sets, 1, "one set of blocks shows");
  assert.equal(p.k, 5, "an A4 landscape page holds 5 steps a block");
  assert.equal(p.blocks.length, Math.ceil(60 / p.k));
  const lanes = ["Phases", "User actions", "Touchpoints", "Channels", "Owner", "User thoughts", "Emotion", "Pain points", "Opportunities", "Metrics"];
  const phaseName = (id) => journey.phases.find((ph) => ph.id === journey.steps.find((s) => s.id === id).phase).name;
  p.blocks.forEach((block, i) => {
    assert.deepEqual(block.titles, lanes, `block ${i + 1} has every lane's title`);
    assert.equal(block.left, p.blocks[0].left, `block ${i + 1}'s titles are at the left`);
    assert.deepEqual(block.steps, p.stepIds.slice(i * p.k, (i + 1) * p.k), `block ${i + 1}'s steps`);
    assert.deepEqual(block.phaseNames, [...new Set(block.steps.map(phaseName))], `block ${i + 1} names each of its phases once`);
    assert.deepEqual(block.repeated, ["pm-phases", "pm-heads"], `block ${i + 1}'s phases and step headers are its head, repeated on every page`);
    assert.ok(block.aligned, `block ${i + 1}'s cells are under their step headers`);
  });
  assert.equal(p.points, expectedPoints(journey), "every point of every curve");
  assert.ok(p.right <= p.width + 0.5 && p.scrollWidth <= p.width, `nothing wider than the page (${p.right} > ${p.width})`);
  assert.equal(p.screenMap, false, "the scrolling map is replaced");
  assert.deepEqual(p.chrome, [], "no toolbar buttons or messages");
  assert.equal(p.heading, journey.title);
  // After printing, the print layout is gone and the screen map is windowed again.
  await page.evaluate(() => dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });
  assert.equal(await page.locator(".print-map").count(), 0);
  assert.ok(await page.locator(".map-scroll").isVisible());
  assert.ok((await page.locator("[data-view=swimlane] .step-head").count()) < 60);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("every lane's text prints at the cells' size, the backstage's no larger", async () => {
  // The backstage's items kept their screen size, 12 px, beside 10 px in the other lanes.
  const page = await app.page("", { viewport: A4 });
  await page.waitForSelector("[data-view=swimlane] .backstage li");
  await printed(page);
  const sizes = await page.evaluate(() => {
    const size = (el) => parseFloat(getComputedStyle(el).fontSize);
    const shown = (selector) => [...document.querySelectorAll(`.print-map ${selector}`)].filter((el) => el.getClientRects().length);
    return { cell: size(shown(".cell")[0]), items: shown(".cell li").map((li) => [li.parentElement.className, size(li)]) };
  });
  assert.equal(sizes.cell, 10);
  assert.ok(sizes.items.some(([list]) => list.includes("backstage")), "the backstage prints");
  for (const [list, size] of sizes.items) assert.ok(size <= sizes.cell, `${list}: ${size} px`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("Save as PDF: landscape pages, fewer on A3 than on A4, the screen map windowed after", async () => {
  const page = await open();
  const a4 = await page.pdf({ format: "A4", landscape: true });
  const a3 = await page.pdf({ format: "A3", landscape: true });
  const [n4, n3] = [pages(a4), pages(a3)];
  // One block of steps a page on A4 (the title shares the first page), fewer blocks on A3.
  assert.ok(n4 >= 10 && n4 <= 13, `A4: ${n4} pages for 60 steps`);
  assert.ok(n3 < n4, `A3 (${n3} pages) needs fewer than A4 (${n4})`);
  assert.match(a4.toString("latin1"), /\/MediaBox \[0 0 84\d\.\d+ 59\d\.\d+\]/, "A4 landscape");
  // Printing fired afterprint: the print layout is gone and the map is windowed again.
  assert.equal(await page.locator(".print-map").count(), 0);
  assert.ok((await page.locator("[data-view=swimlane] .step-head").count()) < 60);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a block taller than the page runs over onto the next with its phases and step headers", async () => {
  // The B2B example has every lane, backstage too; with two more backstage notes on a step
  // of its second block, on A4 a block of five steps is taller than a page.
  const b2b = readJson(join(EXAMPLES, "b2b-software.json"));
  b2b.steps[6].backstage = [...(b2b.steps[6].backstage ?? []), "Finance checks the purchase order", "Account record created in the CRM"];
  const page = await app.page("?src=examples/b2b-software.json");
  await mapOf(page, b2b.title);
  await openBytes(page, "taller.json", JSON.stringify(b2b));
  await page.waitForFunction(() => document.body.textContent.includes("Finance checks the purchase order"));
  const texts = await pageTexts(await page.pdf({ format: "A4", landscape: true }));
  const names = b2b.steps.map((s) => squeeze(s.name));
  const on = (i) => names.filter((name) => texts[i].includes(name));
  for (const name of names) assert.ok(texts.some((t) => t.includes(name)), `${name} is printed`);
  const runOn = texts.findIndex((_, i) => i > 0 && on(i).length > 0 && on(i).every((name) => on(i - 1).includes(name)));
  assert.ok(runOn > 0, "a block runs over a page (else this test checks nothing)");
  assert.match(texts[runOn], /backstage/i, "the rows left over are on the next page");
  // ...and more than one of them: a lane alone under the repeated head was a page for one row.
  // (Lane titles, set in capitals: "Several channels" and "Channel switch" are steps' flags.)
  const lanes = ["TOUCHPOINTS", "CHANNELS", "OWNER", "USERTHOUGHTS", "EMOTION", "PAINPOINTS", "OPPORTUNITIES", "METRICS", "BACKSTAGE"];
  const lanesOn = (i) => lanes.filter((lane) => texts[i].includes(lane));
  assert.ok(lanesOn(runOn).length >= 2, `page ${runOn + 1} holds ${lanesOn(runOn)}`);
  texts.forEach((text, i) => {
    if (on(i).length === 0) return;
    assert.match(text, /^(.*?)phases.*useractions/i, `page ${i + 1} starts its map with the phases and step headers`);
  });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a rich journey's block runs over with its head: every page of lanes names its steps", async () => {
  // The review's broadband journey (three personas, descriptions, links and marks): its
  // step headers were taller than a quarter of a page, and Chromium repeats a table's head
  // only when it is no taller. Its blocks' rows ran onto the next page with no phases and
  // no step names above them. So did a second review's names of 180 characters, with the
  // marks still in the head.
  const broadband = readJson(join(FIXTURES, "broadband.json"));
  const long = {
    ...broadband,
    title: "Long names",
    steps: broadband.steps.map((s, i) => ({ ...s, name: `${i + 1}. ${s.name} `.repeat(9).slice(0, 180).trim() })),
  };
  const page = await app.page("?src=examples/b2b-software.json");
  await mapOf(page, readJson(join(EXAMPLES, "b2b-software.json")).title);
  const lanes = ["TOUCHPOINTS", "CHANNELS", "OWNER", "USERTHOUGHTS", "EMOTION", "PAINPOINTS", "OPPORTUNITIES", "METRICS", "BACKSTAGE"];
  for (const journey of [broadband, long]) {
    await openBytes(page, "journey.json", JSON.stringify(journey));
    await mapOf(page, journey.title);
    // (A name's first 30 characters: a long one is broken over lines, and hyphens may come.)
    const names = journey.steps.map((s) => squeeze(s.name).slice(0, 30));
    for (const format of ["Letter", "A4"]) {
      const texts = await pageTexts(await page.pdf({ format, landscape: true }));
      const withLanes = texts.filter((text) => lanes.some((lane) => text.includes(lane)));
      assert.ok(withLanes.length > Math.ceil(journey.steps.length / 5), `${format}: a block runs over a page (else this test checks nothing)`);
      texts.forEach((text, i) => {
        if (!lanes.some((lane) => text.includes(lane))) return;
        const at = `${journey.title}, ${format}, page ${i + 1}`;
        assert.match(text, /^(.*?)phases.*useractions/i, `${at}: the phases and step headers head its lanes`);
        assert.ok(names.some((name) => text.includes(name)), `${at} names its steps: ${text.slice(0, 200)}`);
      });
    }
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the curve view prints the curve alone, and the insights print without the map", async () => {
  const page = await open(A4);
  await page.getByRole("button", { name: "Emotion curve" }).click();
  await page.waitForSelector("[data-view=swimlane][data-view-mode=curve]");
  let p = await printed(page);
  assert.equal(p.stepIds.length, 60);
  for (const block of p.blocks) assert.deepEqual(block.titles, ["Phases", "User actions", "Emotion"]);
  assert.equal(p.points, expectedPoints(journey));
  await page.evaluate(() => dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: "Insights" }).click();
  await page.waitForSelector("[data-view=insights]");
  await page.emulateMedia({ media: "print" });
  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  assert.equal(await page.locator(".print-map").count(), 0);
  assert.ok(await page.locator("[data-section=summary]").isVisible());
  assert.equal(await page.locator(".actions").isVisible(), false);
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  assert.ok(fits, "the insights fit the page's width");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("printed insights keep each heading of the opportunities' board with what it heads", async () => {
  // On A4 the "By owner" heading and its columns' names were left at the foot of a page,
  // their cards on the next.
  const page = await app.page("?view=insights", { viewport: A4 });
  await page.waitForSelector("[data-view=insights] .board");
  const texts = await pageTexts(await page.pdf({ format: "A4", landscape: true }));
  const at = texts.findIndex((t) => t.includes("Byowner"));
  assert.ok(at >= 0);
  const after = texts[at].slice(texts[at].indexOf("Byowner"));
  // The first owner's first card, which the "By kind" part shows too, follows on the page.
  assert.ok(after.includes(squeeze("Link the article to a hands-on sandbox")), `page ${at + 1} ends: ${after.slice(0, 80)}`);
  // Every owner's column on that page (the fifth, Billing, went alone onto a page of its own).
  assert.ok(after.includes("Billing2Applytheshareddesignsystem"), `page ${at + 1} ends: ${after.slice(-80)}`);
  // The card's heading on the page of its board (an empty box after it let the page break
  // there, the heading left alone at the foot of a page).
  assert.ok(texts.some((t) => t.includes("OPPORTUNITIESBykind")), texts.map((t) => t.slice(-40)).join(" | "));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("personas with long names: the printed legend stays inside the emotion row, and a key names them in full", async () => {
  const page = await app.page("", { viewport: A4 });
  await mapOf(page, readJson(join(EXAMPLES, "b2b-software.json")).title);
  // Four: each name wrapped over several lines, and the legend ran over the pains' row
  // below. Two: a review's 50 characters wrapped to six lines, over it too.
  for (const count of [4, 2]) {
    const personas = [...Array(count).keys()].map((i) => ({ id: `p${i}`, name: `Customer with a long descriptive name number ${i + 1}, small business owner` }));
    const long = {
      version: 1, title: `${count} long names`, personas, phases: [{ id: "a", name: "A" }],
      steps: [0, 1, 2].map((i) => ({ id: `s${i}`, phase: "a", name: `Step ${i}`, emotion: Object.fromEntries(personas.map((p, k) => [p.id, (i + k) % 3 - 1])) })),
    };
    await openBytes(page, "long.json", JSON.stringify(long));
    await mapOf(page, long.title);
    await printed(page);
    const fit = await page.evaluate(() => {
      const title = [...document.querySelectorAll(".print-map .emotion-title")].find((e) => e.getClientRects().length);
      const items = [...title.querySelectorAll(".legend li")];
      return { count: items.length, legendBottom: Math.max(...items.map((li) => li.getBoundingClientRect().bottom)), titleBottom: title.getBoundingClientRect().bottom };
    });
    assert.equal(fit.count, count);
    assert.ok(fit.legendBottom <= fit.titleBottom + 0.5, JSON.stringify(fit));
    await page.evaluate(() => dispatchEvent(new Event("afterprint")));
    await page.emulateMedia({ media: null });
    // Cut in the row, each name is whole on paper once, above the blocks.
    const texts = await pageTexts(await page.pdf({ format: "A4", landscape: true }));
    for (const p of personas) assert.ok(texts[0].includes(squeeze(p.name)), `${count}: ${p.name} is printed in full`);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a long description and a tall first block: the map starts on the first page", async () => {
  // Twelve touchpoints a step make each block of five taller than the rest of the first
  // page under a four-line description; moved whole to the next page, it left the title
  // alone on the first.
  const tall = {
    ...journey,
    description: "The customer renews a multi-year contract with procurement, legal review and a new security questionnaire. ".repeat(6),
    steps: journey.steps.map((s) => ({ ...s, touchpoints: Array.from({ length: 12 }, (_, i) => `Touchpoint ${i + 1} of this step`) })),
  };
  const page = await app.page("", { viewport: A4 });
  await mapOf(page, readJson(join(EXAMPLES, "b2b-software.json")).title);
  await openBytes(page, "tall.json", JSON.stringify(tall));
  await mapOf(page, tall.title);
  const texts = await pageTexts(await page.pdf({ format: "A4", landscape: true }));
  assert.match(texts[0], /^Synthetic/);
  assert.ok(texts[0].includes(squeeze(journey.steps[0].name)), `the first page holds the first steps: ${texts[0].slice(0, 300)}`);
  assert.ok(texts[0].includes(squeeze("Touchpoint 1 of this step")), "and their first lanes");
  // The rest of the first block follows on the next page, under its repeated heads.
  assert.match(texts[1], /^phases.*useractions/i);
  assert.ok(texts[1].includes(squeeze(journey.steps[0].name)));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a printed step names all its marks, wrapped inside its column, none over another", async () => {
  const page = await app.page("?src=examples/b2b-software.json&lang=es");
  await mapOf(page, "Buying and upgrading a team software subscription");
  await page.waitForSelector(".map-head .flag");
  await page.emulateMedia({ media: "print" });
  const heads = await page.evaluate(() => {
    dispatchEvent(new Event("beforeprint"));
    // (Under the step's header, in the block's first row: see the test above.)
    return [...document.querySelectorAll(".print-map .pm-more .step-more:has(.flag)")].filter((h) => h.offsetWidth).map((h, i) => {
      const box = h.getBoundingClientRect();
      const flags = [...h.querySelectorAll(".flag")];
      const chips = flags.map((f) => f.getBoundingClientRect());
      return {
        id: i,
        inside: chips.every((c) => c.left >= box.left - 0.5 && c.right <= box.right + 0.5),
        apart: chips.every((a, i) => chips.every((b, k) => k <= i || a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5)),
        // (Each name within its chip: squeezed, a chip's name ran over the next chip.)
        whole: flags.every((f) => f.scrollWidth <= f.clientWidth + 1),
      };
    });
  });
  assert.ok(heads.length > 5);
  for (const h of heads) assert.deepEqual(h, { id: h.id, inside: true, apart: true, whole: true });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("printing as soon as a journey opens prints its steps' flags", async () => {
  // The flags come from the insights, computed after the map's first frame: a print before
  // that frame had none (and made the test above flaky under load).
  const b2b = readJson(join(EXAMPLES, "b2b-software.json"));
  const page = await app.page("?src=examples/b2b-software.json");
  await mapOf(page, b2b.title);
  const settled = await page.evaluate(() => {
    dispatchEvent(new Event("beforeprint"));
    const flags = document.querySelectorAll(".print-map .pm-more .flag").length;
    dispatchEvent(new Event("afterprint"));
    return flags;
  });
  assert.ok(settled > 5);
  const printed = await page.evaluate(async (text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    document.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
    // Microtasks only: the map is mounted, and no frame has been drawn.
    for (let i = 0; i < 1000 && document.title !== "Printed at once"; i++) await Promise.resolve();
    if (document.title !== "Printed at once") return "not opened";
    dispatchEvent(new Event("beforeprint"));
    return document.querySelectorAll(".print-map .pm-more .flag").length;
  }, JSON.stringify({ ...b2b, title: "Printed at once" }));
  assert.equal(printed, settled);
  assert.deepEqual(page.errors, []);
  await page.close();
});
