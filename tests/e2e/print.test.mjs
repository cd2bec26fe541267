// Printing ("Save as PDF"): every step of a long journey on landscape pages, in blocks that
// each repeat the lane titles, phases and step headers, nothing wider than the page, fewer
// pages on A3 than on A4, and the windowed screen map back after printing. Real PDFs from
// Chromium's printing (page.pdf fires beforeprint and afterprint as a print does), and the
// print layout itself under print media emulation at the size of an A4 landscape page.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { expectedPoints, FIXTURES, mapOf, readJson, serveFixtures, start } from "./harness.mjs";

/** A4 landscape in CSS pixels (297 x 210 mm at 96 px per inch). */
const A4 = { width: 1123, height: 794 };
/** gen-journey.py 60, checked against the generator in schema.test.mjs. */
const journey = readJson(join(FIXTURES, "generated", "60.json"));

let app;
let fixtures;
before(async () => {
  app = await start();
  fixtures = await serveFixtures();
});
after(async () => {
  await app.stop();
  fixtures.server.close();
});

/** Pages in a PDF from Chromium: its page objects. */
function pages(pdf) {
  return pdf.toString("latin1").match(/\/Type \/Page(?!s)/g).length;
}

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
    const steps = [...map.querySelectorAll(".pm-step")];
    const titles = [...map.querySelectorAll(".pm-lanes")].filter(visible);
    const rect = (el) => el.getBoundingClientRect();
    return {
      k: Number(getComputedStyle(map).getPropertyValue("--k")),
      stepIds: steps.map((s) => s.dataset.stepId),
      heads: steps.map((s) => s.querySelector(".step-head .step-name")?.textContent),
      // Each block: the steps on one line of the grid, and the lane titles at its left.
      blocks: titles.map((t) => {
        const top = rect(t).top;
        const row = steps.filter((s) => Math.abs(rect(s).top - top) < 1);
        return {
          titles: [...t.children].map((c) => c.firstChild.textContent.trim()),
          left: rect(t).left,
          steps: row.map((s) => s.dataset.stepId),
          phaseNames: row.map((s) => s.querySelector(".pm-phase b")).filter(visible).map((b) => b.textContent),
        };
      }),
      points: map.querySelectorAll(".pm-curve .point").length,
      // The curve's lines run on to the next step's point, clipped by each column's svg.
      right: Math.max(...[...map.querySelectorAll(":not(svg *)")].map((el) => rect(el).right)),
      width: document.documentElement.clientWidth,
      scrollWidth: document.documentElement.scrollWidth,
      screenMap: visible(document.querySelector(".map-scroll")),
      chrome: [".actions", ".brand", "[role=alert]"].filter((s) => document.querySelector(s) && visible(document.querySelector(s))),
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
  assert.ok(p.k >= 5 && p.k <= 6, `an A4 landscape page holds 5 or 6 steps a block (${p.k})`);
  assert.equal(p.blocks.length, Math.ceil(60 / p.k));
  const lanes = ["Phases", "User actions", "Touchpoints", "Channels", "Owner", "User thoughts", "Emotion", "Pain points", "Opportunities", "Metrics"];
  const phaseName = (id) => journey.phases.find((ph) => ph.id === journey.steps.find((s) => s.id === id).phase).name;
  p.blocks.forEach((block, i) => {
    assert.deepEqual(block.titles, lanes, `block ${i + 1} has every lane's title`);
    assert.equal(block.left, p.blocks[0].left, `block ${i + 1}'s titles are at the left`);
    assert.deepEqual(block.steps, p.stepIds.slice(i * p.k, (i + 1) * p.k), `block ${i + 1}'s steps`);
    assert.equal(block.phaseNames[0], phaseName(block.steps[0]), `block ${i + 1} names its first step's phase`);
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
