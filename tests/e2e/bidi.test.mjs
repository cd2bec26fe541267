// Right-to-left journey text (Arabic, Hebrew) in a left-to-right UI: each block of journey
// text takes its direction from its own content, names put inside the UI's sentences are
// isolated so that the numbers around them stay in place, and exported images draw it
// where the screen does.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { appAndFixtures, downloadFromShare, FIXTURES, mapOf, openBytes, readJson } from "./harness.mjs";

const rtl = readJson(join(FIXTURES, "rtl.json"));

const { app, fixtures } = await appAndFixtures();

const open = async (query = "") => {
  const page = await app.page(`?src=${encodeURIComponent(fixtures.url + "rtl.json")}${query}`, { viewport: { width: 1366, height: 768 } });
  await mapOf(page, rtl.title);
  return page;
};

/** Where the first word of `selector`'s text is drawn, against the element's own box. */
const firstWord = (page, selector) =>
  page.$eval(selector, (el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode();
    const word = node.data.match(/\S+/);
    const range = document.createRange();
    range.setStart(node, word.index);
    range.setEnd(node, word.index + word[0].length);
    const [w, box] = [range.getBoundingClientRect(), el.getBoundingClientRect()];
    return { word: word[0], fromLeft: Math.round(w.left - box.left), fromRight: Math.round(box.right - w.right), inside: w.left >= box.left - 1 && w.right <= box.right + 1 };
  });

test("the title, description and a persona's name read right to left from their first word", async () => {
  const page = await open();
  // The first word of an Arabic title and description is at their right end (they were
  // laid out left to right, the sentence's parts in the wrong order).
  for (const selector of [".journey-heading h1", ".journey-description"]) {
    const first = await firstWord(page, selector);
    assert.ok(first.fromRight <= 2 && first.fromLeft > 20, `${selector}: ${JSON.stringify(first)}`);
  }
  // A persona's name cut to one line keeps its beginning in sight (three personas: one
  // line each, cut with an ellipsis).
  const name = await firstWord(page, '.legend li[data-persona-id="sara"] .legend-toggle span');
  assert.equal(name.word, "سارة،");
  assert.ok(name.inside, `the name's first word is shown: ${JSON.stringify(name)}`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a right-to-left name in the UI's sentences keeps the numbers after it", async () => {
  const page = await open("&step=s2");
  await page.waitForSelector('#step-details:not([hidden]) .feelings li[data-persona-id="sara"]');
  // "سارة، …: −1": the value is drawn after (right of) the name, as in "Ana: −1". Without
  // an isolate the sign and colon joined the Arabic run: "1− :سارة…".
  const order = await page.$eval('.feelings li[data-persona-id="sara"]', (li) => {
    const node = [...li.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.data.includes("−1"));
    const at = (text) => {
      const i = node.data.indexOf(text);
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + text.length);
      return range.getBoundingClientRect();
    };
    return { name: Math.round(at("سارة").right), value: Math.round(at("−1").left), colon: Math.round(at(":").left) };
  });
  assert.ok(order.colon >= order.name && order.value > order.colon, JSON.stringify(order));
  // The insights and the curve's summary isolate the names they put in their sentences.
  const isolatedName = "\u2068" + rtl.personas[0].name + "\u2069";
  await page.getByRole("button", { name: "Insights" }).click();
  await page.waitForSelector("[data-view=insights] .stats");
  assert.ok((await page.locator("[data-section=weakest]").innerText()).includes(isolatedName));
  await page.getByRole("button", { name: "Emotion curve" }).click();
  await page.waitForSelector("[data-view-mode=curve] .curve-summary");
  assert.ok((await page.locator(".curve-summary").textContent()).includes(isolatedName));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a file's name in a message is isolated, and one long word of a name wraps inside the alert", async () => {
  const page = await app.page("", { viewport: { width: 1366, height: 768 } });
  await mapOf(page, "Buying and upgrading a team software subscription");
  const journey = JSON.stringify({ version: 1, title: "Overrides", phases: [{ id: "p", name: "P" }], steps: [{ id: "s", phase: "p", name: "S", emotion: 7 }] });
  // U+202E RIGHT-TO-LEFT OVERRIDE in the name turned the heading's own words after it
  // around ("Opened “bidimelborp 1 htiw ”nosj.exe.json").
  const name = "bidi\u202Enosj.exe.json";
  await openBytes(page, name, journey);
  await mapOf(page, "Overrides");
  const heading = await page.locator(".alert-heading").textContent();
  assert.ok(heading.startsWith(`Opened “\u2068${name}\u2069” with 1 problem`), JSON.stringify(heading));
  // A name of one 300-letter word ran out of the alert and made the page scroll sideways.
  await openBytes(page, "x".repeat(300) + ".json", journey.replace("Overrides", "Long name"));
  await mapOf(page, "Long name");
  const widths = await page.evaluate(() => {
    const alert = document.querySelector(".alert");
    const heading = alert.querySelector(".alert-heading");
    return {
      page: document.documentElement.scrollWidth, window: innerWidth,
      text: heading.scrollWidth, heading: heading.clientWidth, right: heading.getBoundingClientRect().right, alert: alert.getBoundingClientRect().right,
    };
  });
  assert.ok(widths.page <= widths.window && widths.text <= widths.heading && widths.right <= widths.alert, JSON.stringify(widths));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("an exported SVG draws right-to-left lines where the screen does", async () => {
  const page = await open();
  const dir = mkdtempSync(join(tmpdir(), "jl-bidi-"));
  // Where the map draws each step's name, from the grid's corner.
  const names = rtl.steps.map((s) => s.name);
  const onScreen = await page.evaluate((names) => {
    const grid = document.querySelector(".map-grid").getBoundingClientRect();
    return names.map((name) => {
      const el = [...document.querySelectorAll(".step-head .step-name")].find((e) => e.textContent === name);
      const r = el.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(el);
      const t = range.getBoundingClientRect();
      return { left: t.left - grid.left, right: t.right - grid.left, boxRight: r.right - grid.left };
    });
  }, names);
  const { path } = await downloadFromShare(page, "SVG", dir);
  const svg = readFileSync(path, "utf8");
  rmSync(dir, { recursive: true, force: true });
  const drawn = await page.evaluate(([svg, names]) => {
    const host = document.createElement("div");
    host.innerHTML = svg;
    document.body.append(host);
    const texts = [...host.querySelectorAll("text")];
    const out = names.map((name) => {
      const t = texts.find((e) => e.textContent === name);
      const box = t.getBBox();
      return { left: box.x, right: box.x + box.width, direction: t.getAttribute("direction") };
    });
    host.remove();
    return out;
  }, [svg, names]);
  for (const [i, name] of names.entries()) {
    // (The SVG's fonts may differ from the page's by a few pixels a line.)
    assert.equal(drawn[i].direction, "rtl", name);
    assert.ok(Math.abs(drawn[i].right - onScreen[i].right) < 3, `${name}: drawn ${JSON.stringify(drawn[i])}, on screen ${JSON.stringify(onScreen[i])}`);
    assert.ok(drawn[i].right <= onScreen[i].boxRight + 1, `${name} inside its header`);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("an image of a wide right-to-left journey has its description under its title, at the right", async () => {
  const page = await open();
  // Five times the steps: an image wider than the description's 90 characters.
  const wide = { ...rtl, steps: [0, 1, 2, 3, 4].flatMap((n) => rtl.steps.map((st) => ({ ...st, id: `${st.id}-${n}` }))) };
  await openBytes(page, "wide.json", JSON.stringify(wide));
  await page.waitForSelector(`.step-head[data-step-id="${rtl.steps[0].id}-0"]`);
  const dir = mkdtempSync(join(tmpdir(), "jl-bidi-"));
  const { path } = await downloadFromShare(page, "SVG", dir);
  const svg = readFileSync(path, "utf8");
  rmSync(dir, { recursive: true, force: true });
  const heading = await page.evaluate((svg) => {
    const host = document.createElement("div");
    host.innerHTML = svg;
    document.body.append(host);
    const texts = [...host.querySelectorAll("text")];
    const right = (t) => t.getBBox().x + t.getBBox().width;
    const out = { width: Number(host.querySelector("svg").getAttribute("width")), title: right(texts[0]), description: right(texts[1]) };
    host.remove();
    return out;
  }, svg);
  assert.ok(heading.width > 2000, JSON.stringify(heading));
  // (It had kept to the left, its right edge about 800 px from the image's left.)
  assert.ok(Math.abs(heading.title - heading.description) < 2, JSON.stringify(heading));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a right-to-left pain or idea has its mark and edge at its right, where its text starts", async () => {
  const page = await open();
  const sides = await page.evaluate(() =>
    [".pains li", ".opportunities li"].map((selector) => {
      const style = getComputedStyle(document.querySelector(`.map-grid ${selector}`));
      return [style.borderRightWidth, style.borderLeftWidth, style.paddingRight];
    }),
  );
  // (They were at the left, the text at the right.)
  assert.deepEqual(sides, [["3px", "0px", "28px"], ["3px", "0px", "28px"]]);
  assert.deepEqual(page.errors, []);
  await page.close();
});
