// SVG and PNG export: the view on screen, every step of it (not only the columns in view),
// with the journey inside, so that opening or dropping the image reopens the map. A map too
// wide for the browser's canvas gives a scaled PNG and says so.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { alertText, downloadFromShare, EXAMPLES, expectedPoints, FIXTURES, mapOf, readJson, start, stepIds } from "./harness.mjs";

let app;
const dir = mkdtempSync(join(tmpdir(), "jl-image-"));
before(async () => { app = await start(); });
after(async () => { await app.stop(); rmSync(dir, { recursive: true, force: true }); });

const exportAs = (page, kind, name) => downloadFromShare(page, kind, dir, name);

const open = (page, path) => page.setInputFiles("input[type=file]", path);
const drawnColumns = (page) => page.locator(".step-head[data-step-id]").count();

// PNG facts read from the file: its size, and the text of its journey-lens iTXt chunk.
function readPng(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
  let journey = null;
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString("latin1", at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === "iTXt" && data.toString("latin1", 0, 13) === "journey-lens\0") {
      // keyword NUL, compression flag and method, language NUL, translated keyword NUL, text
      const language = data.indexOf(0, 15);
      journey = data.subarray(data.indexOf(0, language + 1) + 1).toString("utf8");
    }
    at += 12 + length;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), journey };
}

test("a long map exports every step as SVG and PNG, and each reopens the journey", async () => {
  const journey = readJson(join(FIXTURES, "generated", "50.json"));
  const ids = journey.steps.map((s) => s.id);
  const page = await app.page("");
  await open(page, join(FIXTURES, "generated", "50.json"));
  await mapOf(page, journey.title);
  const windowed = await drawnColumns(page);
  assert.ok(windowed < ids.length, "the screen map is windowed");

  const svg = await exportAs(page, "SVG");
  assert.match(svg.path, /\.svg$/);
  const text = readFileSync(svg.path, "utf8");
  const facts = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, "image/svg+xml");
    const root = doc.documentElement;
    const x = (el) => Number(el.getAttribute("x"));
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      width: Number(root.getAttribute("width")),
      foreign: doc.querySelectorAll("foreignObject, style").length,
      // Each step's header, a group keeping its hook, and the lines of its name.
      steps: [...doc.querySelectorAll("g.step-head[data-step-id]")].map((g) => ({
        id: g.getAttribute("data-step-id"),
        name: [...g.querySelectorAll("text.step-name")].map((t) => t.textContent).join(" "),
        left: Math.min(...[...g.querySelectorAll("text")].map(x)),
      })),
      points: doc.querySelectorAll("[data-step-id][data-persona-id]").length,
      title: doc.querySelector("title")?.textContent,
      carried: JSON.parse(doc.getElementById("journey-lens-journey").textContent),
      // Controls have no use in a picture: "Curve as a table". (The phases' ▾ stay, the
      // corner's as each phase's: they say what is folded, and a phase's name kept the gap
      // of a ▾ left out.)
      controls: doc.querySelectorAll(".table-button").length,
      texts: [...doc.querySelectorAll("text")].map((t) => t.textContent),
    };
  }, text);
  assert.equal(facts.controls, 0, "no buttons in the image");
  assert.ok(!facts.texts.includes("Curve as a table"), "no button text in the image");
  assert.ok(facts.texts.some((t) => /^phases$/i.test(t)), `the corner names the phases' row: ${facts.texts.slice(0, 8)}`);
  assert.equal(facts.texts.filter((t) => t.trim() === "▾").length, journey.phases.length + 1, "the corner's ▾ and each phase's");
  assert.equal(facts.error, null, "the SVG is well-formed XML");
  assert.equal(facts.foreign, 0, "plain vector: no <foreignObject>, no CSS");
  assert.deepEqual(facts.steps.map((s) => s.id), ids, "every step is in the image");
  facts.steps.forEach((step, i) => {
    assert.equal(step.name, journey.steps[i].name, `step ${i + 1}'s name is text`);
    const column = 184 + 216 * i;
    assert.ok(step.left > column && step.left < column + 216, `step ${i + 1}'s text is in its column (${step.left})`);
  });
  assert.equal(facts.points, expectedPoints(journey), "every point of every curve, with its hooks");
  assert.equal(facts.width, 184 + 216 * ids.length);
  assert.equal(facts.title, journey.title);
  assert.deepEqual(facts.carried.steps.map((s) => s.id), ids);
  assert.equal(await drawnColumns(page), windowed, "the map is windowed again after the export");

  // The SVG, shown as an image, draws the map (not a blank or broken picture).
  const look = await app.page(null, { viewport: { width: 1400, height: 900 } });
  await look.setContent(`<img src="data:image/svg+xml;base64,${Buffer.from(text).toString("base64")}">`);
  await look.waitForFunction(() => document.querySelector("img").complete && document.querySelector("img").naturalWidth > 0);
  await look.screenshot({ path: "target/e2e-export-svg.png" });
  await look.close();

  // A renderer that is not a browser (librsvg, as vector editors read SVG) draws the same
  // picture: near the browser's drawing, far from an empty page (what a <foreignObject> SVG
  // gives there). Compared at an eighth of the size, where fonts that differ matter little.
  const rendered = execFileSync("rsvg-convert", [svg.path], { maxBuffer: 1 << 28 });
  const look2 = await app.page(null);
  const distance = await look2.evaluate(async ([svgText, png]) => {
    const load = async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return image;
    };
    const browser = await load("data:image/svg+xml;charset=utf-8," + encodeURIComponent(svgText));
    const other = await load("data:image/png;base64," + png);
    const [w, h] = [Math.round(browser.naturalWidth / 8), Math.round(browser.naturalHeight / 8)];
    const pixels = (image) => {
      const ctx = Object.assign(document.createElement("canvas"), { width: w, height: h }).getContext("2d");
      ctx.fillStyle = "#fff";
      ctx.fillRect(0, 0, w, h);
      if (image) ctx.drawImage(image, 0, 0, w, h);
      return ctx.getImageData(0, 0, w, h).data;
    };
    const mean = (p, q) => {
      let sum = 0;
      for (let i = 0; i < p.length; i += 4) sum += Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]);
      return sum / (p.length / 4) / 3;
    };
    const drawn = pixels(browser);
    return { same: other.naturalWidth === browser.naturalWidth, rsvg: mean(drawn, pixels(other)), empty: mean(drawn, pixels(null)) };
  }, [text, rendered.toString("base64")]);
  await look2.close();
  assert.ok(distance.same, "librsvg draws it at its size");
  assert.ok(distance.rsvg < 6 && distance.empty > 2.5 * distance.rsvg, `librsvg's drawing is the browser's (${JSON.stringify(distance)})`);

  const png = await exportAs(page, "PNG");
  const pngFacts = readPng(readFileSync(png.path));
  assert.ok(pngFacts.width > 8000 && pngFacts.width <= 16384, `PNG width ${pngFacts.width}`);
  assert.deepEqual(JSON.parse(pngFacts.journey).steps.map((s) => s.id), ids);
  assert.equal(png.note, "", "a map that fits the canvas limits is not scaled below 100%");

  // Each file, opened again, shows the same journey.
  for (const path of [svg.path, png.path]) {
    const other = await app.page("");
    await mapOf(other, "Buying and upgrading a team software subscription");
    await open(other, path);
    await mapOf(other, journey.title);
    assert.equal(await alertText(other), "");
    await other.locator(".map-scroll").evaluate((el) => { el.scrollLeft = el.scrollWidth; });
    await other.waitForSelector(`.step-head[data-step-id="${ids.at(-1)}"]`);
    assert.deepEqual(other.errors, []);
    await other.close();
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

// A journey of `count` steps in one phase, written to a file to open.
function longJourney(count, title) {
  const path = join(dir, `wide-${count}.json`);
  const journey = {
    version: 1, title, phases: [{ id: "p", name: "All" }],
    steps: Array.from({ length: count }, (_, i) => ({ id: `s${i}`, phase: "p", name: `Step ${i + 1}`, emotion: (i % 5) - 2 })),
  };
  writeFileSync(path, JSON.stringify(journey));
  return [path, journey];
}

test("an SVG exported while a filter dims steps draws no text that is for screen readers only", async () => {
  const page = await app.page("");
  await mapOf(page, "Buying and upgrading a team software subscription");
  await page.getByRole("combobox", { name: "Channel", exact: true }).selectOption("video");
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.step-head[data-step-id="pay"]')).getPropertyValue("--dim").trim() === "1");
  const { path } = await exportAs(page, "SVG");
  const svg = readFileSync(path, "utf8");
  assert.ok(svg.includes("Pays the first invoice"), "the dimmed step is drawn");
  assert.doesNotMatch(svg, /filtered out/);
  // As on screen, a dimmed step's contents lose their colours (its chips, pains and
  // opportunities kept them), and the heading names the filter that dimmed it.
  const facts = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, "image/svg+xml");
    // (Each of its cells that holds something: an empty cell has nothing to grey.)
    const grey = (id) => [...doc.querySelectorAll(`g.step-head[data-step-id="${id}"], g.cell[data-step-id="${id}"]`)]
      .filter((g) => g.querySelector("text")).every((g) => g.querySelector('g[filter="url(#jl-g)"] text'));
    return {
      saturate: doc.querySelector("filter#jl-g feColorMatrix")?.getAttribute("values"),
      pay: grey("pay"),
      kept: doc.querySelectorAll('g[filter] [data-step-id="demo-call"]').length + doc.querySelectorAll('g[data-step-id="demo-call"] g[filter]').length,
      heading: [...doc.querySelectorAll("svg > text")].map((e) => e.textContent),
    };
  }, svg);
  assert.equal(facts.saturate, "0");
  assert.ok(facts.pay, "the dimmed step's contents are grey");
  assert.equal(facts.kept, 0, "the step kept by the filter keeps its colours");
  assert.ok(facts.heading.includes("Channel: Video call"), facts.heading.join(" | "));
  await page.close();
});

test("the curve view's image leaves out its summary box, which the screen scrolls and the picture would cut", async () => {
  const page = await app.page("?view=curve");
  await mapOf(page, "Buying and upgrading a team software subscription");
  // On screen, beside the curve, a box that scrolls holds each persona's lowest and highest.
  const summary = page.locator(".curve-summary");
  await summary.waitFor();
  const onScreen = await summary.evaluate((el) => ({ text: el.textContent, cut: el.scrollHeight > el.clientHeight, width: el.clientWidth }));
  assert.match(onScreen.text, /lowest point/);
  assert.ok(onScreen.width > 100 && onScreen.cut, JSON.stringify(onScreen));
  const { path } = await exportAs(page, "SVG");
  const svg = readFileSync(path, "utf8");
  // (Tested without printing the whole SVG on failure.)
  assert.equal(/lowest point|highest point/.exec(svg)?.[0], undefined, "no summary in the image");
  assert.ok(svg.includes("Widest gap"), "the widest gap is named");
  assert.ok(svg.includes('data-persona-id="luis"'), "the curve is drawn");
  // Nor is its room: the widest gap comes right under the legend, not in the link colour it
  // has on screen.
  const facts = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, "image/svg+xml");
    const y = (e) => Number(e.getAttribute("y"));
    const title = [...doc.querySelectorAll("text")].find((e) => /^emotion$/i.test(e.textContent));
    const widest = doc.querySelector("text.widest-label");
    return { below: y(widest) - y(title), fill: widest.getAttribute("fill") };
  }, svg);
  assert.ok(facts.below > 0 && facts.below < 150, `under the title and legend: ${JSON.stringify(facts)}`);
  assert.notEqual(facts.fill, "#1d4ed8", "not the link colour");
  await page.close();
});

test("text with characters XML does not allow exports as a well-formed SVG and a PNG, and each reopens the journey", async () => {
  // U+0001 in a name, U+000B in an id, U+FFFE in the title: the SVG was not well-formed (it
  // would not open anywhere) and the PNG drawn from it was never made, without a word.
  const path = join(dir, "control.json");
  const journey = {
    version: 1, title: "Odd \ufffe text", phases: [{ id: "p", name: "All" }],
    steps: [{ id: "s\u000b1", phase: "p", name: "a\u0001b", emotion: 1 }, { id: "s2", phase: "p", name: "Plain", emotion: -1 }],
  };
  writeFileSync(path, JSON.stringify(journey));
  const page = await app.page("");
  await open(page, path);
  await mapOf(page, journey.title);
  const { path: svgPath } = await exportAs(page, "SVG");
  const svg = readFileSync(svgPath, "utf8");
  const parsed = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, "image/svg+xml");
    return { error: doc.querySelector("parsererror")?.textContent ?? null, texts: [...doc.querySelectorAll("text")].map((e) => e.textContent) };
  }, svg);
  assert.equal(parsed.error, null);
  assert.ok(parsed.texts.includes("a\ufffdb"), parsed.texts.join(" | "));
  const { path: pngPath } = await exportAs(page, "PNG");
  assert.ok(readFileSync(pngPath).subarray(0, 8).equals(Buffer.from("\x89PNG\r\n\x1a\n", "latin1")));
  // Each carries the journey as it was.
  for (const file of [svgPath, pngPath]) {
    await open(page, join(EXAMPLES, "b2b-software.json"));
    await mapOf(page, "Buying and upgrading a team software subscription");
    await open(page, file);
    await mapOf(page, journey.title);
    assert.deepEqual(await stepIds(page), ["s\u000b1", "s2"]);
    assert.equal(await page.locator('.step-head[data-step-id="s2"]').count(), 1);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a step name of 200,000 letters in one word exports the lines its header shows", async () => {
  // Measured a letter at a time, to the end of the word: about 9 s for 100,000 letters and
  // four times that for 200,000, all of it drawn, cut off by the header's clip.
  const path = join(dir, "long-word.json");
  const journey = {
    version: 1, title: "Long word", phases: [{ id: "p", name: "All" }],
    steps: [{ id: "long", phase: "p", name: "W".repeat(200000), emotion: 1 }, { id: "short", phase: "p", name: "Short", emotion: -1 }],
  };
  writeFileSync(path, JSON.stringify(journey));
  const page = await app.page("");
  await open(page, path);
  await mapOf(page, journey.title);
  const { path: svgPath } = await exportAs(page, "SVG");
  const drawn = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, "image/svg+xml");
    const texts = [...doc.querySelectorAll('g.step-head[data-step-id="long"] text')].map((e) => e.textContent);
    return { error: doc.querySelector("parsererror")?.textContent ?? null, texts, short: doc.querySelectorAll('g.step-head[data-step-id="short"] text').length };
  }, readFileSync(svgPath, "utf8"));
  assert.equal(drawn.error, null);
  const letters = drawn.texts.join("").replace(/[^W]/g, "").length;
  assert.ok(letters > 20 && letters < 1000, `${letters} letters drawn: ${drawn.texts.map((t) => t.slice(0, 40)).join(" | ")}`);
  assert.ok(drawn.texts.at(-1).endsWith("…"), "the last line shown ends in …");
  assert.ok(drawn.short > 0, "the next step is drawn");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("an image shows the map at 100% whatever its zoom on screen", async () => {
  // At Fit (48% here) the columns were drawn narrowed and their text at full size, across
  // the next columns, and the curve ran past the map's edge.
  const images = {};
  for (const zoom of ["100", "fit", "150"]) {
    const page = await app.page(`?zoom=${zoom}`, { viewport: { width: 1366, height: 800 } });
    await mapOf(page, "Buying and upgrading a team software subscription");
    const svg = readFileSync((await exportAs(page, "SVG", `zoom-${zoom}.svg`)).path, "utf8");
    const png = readPng(readFileSync((await exportAs(page, "PNG", `zoom-${zoom}.png`)).path));
    images[zoom] = { svg, png: [png.width, png.height] };
    const shown = Number(await page.locator(".map-grid").evaluate((g) => g.style.zoom));
    const expected = { 100: 1, fit: 0.48, 150: 1.5 }[zoom];
    assert.ok(Math.abs(shown - expected) < 0.01, `the zoom on screen is back: ${shown}`);
    assert.deepEqual(page.errors, []);
    await page.close();
  }
  assert.equal(images.fit.svg, images["100"].svg, "at Fit, the image at 100%");
  assert.equal(images["150"].svg, images["100"].svg, "at 150%, the image at 100%");
  assert.deepEqual(images.fit.png, images["100"].png);
  assert.deepEqual(images["150"].png, images["100"].png);
});

test("an image is headed by the journey's title and description, and draws chips' dots, touchpoints' rings and the widest gap's step whole", async () => {
  const journey = readJson(join(EXAMPLES, "b2b-software.json"));
  const page = await app.page("");
  await mapOf(page, journey.title);
  const svg = readFileSync((await exportAs(page, "SVG", "heading.svg")).path, "utf8");
  const facts = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, "image/svg+xml");
    const y = (el) => Number(el.getAttribute("y"));
    const texts = [...doc.querySelectorAll("text")];
    // The map is drawn moved down below the heading.
    const moved = doc.querySelector("svg > g[transform]");
    const mapTop = Number(/translate\(0 (\d+)\)/.exec(moved.getAttribute("transform"))[1]);
    const shapes = (w, rx) => doc.querySelectorAll(`rect[width="${w}"][height="${w}"][rx="${rx}"]`).length;
    return {
      above: texts.filter((e) => !moved.contains(e) && y(e) < mapTop).map((e) => e.textContent),
      map: moved.querySelectorAll("text").length,
      all: texts.length,
      chips: doc.querySelectorAll("text.chip").length,
      dots: shapes(8, 4),
      rings: shapes(5, 2.5),
      widest: texts.filter((e) => e.classList.contains("widest-step")).map((e) => e.textContent),
      support: [...doc.querySelectorAll('g.step-head[data-step-id="contact-support"] text')].map((e) => e.textContent).join(" "),
    };
  }, svg);
  // A picture has no tooltips: a header's marks are all drawn, without the screen's "+N".
  for (const mark of ["Likely break", "Lowest point", "Fix first", "Handoff", "Channel switch"]) assert.ok(facts.support.includes(mark), `${mark} in ${facts.support}`);
  assert.doesNotMatch(facts.support, /\+\d/);
  assert.deepEqual(facts.above.slice(0, 1), [journey.title], "the title heads the image");
  assert.equal(facts.above.slice(1).join(" "), journey.description, "the description under it");
  assert.equal(facts.above.length + facts.map, facts.all, "the rest is the map's, below the heading");
  assert.ok(facts.chips > 20);
  assert.equal(facts.dots, facts.chips, "a dot for each chip");
  const touchpoints = journey.steps.reduce((n, s) => n + (s.touchpoints?.length ?? 0), 0);
  assert.equal(facts.rings, touchpoints, "a ring for each touchpoint");
  // "Widest gap: Contacts support about the broken upgrade": two lines on screen, cut; a
  // picture has no tooltip to say the rest.
  assert.equal(facts.widest.join(" "), "Contacts support about the broken upgrade");
  assert.deepEqual(page.errors, []);
  await page.close();
});

// A phone's narrow lane titles cut the widest gap's step to three lines, and its label was
// left out of the picture ("Contacts support about th…").
test("an image made on a phone names the widest gap whole, with its label", async () => {
  const page = await app.page("", { viewport: { width: 375, height: 812 } });
  await page.waitForSelector("[data-view=swimlane] .step-head");
  const svg = readFileSync((await exportAs(page, "SVG", "phone.svg")).path, "utf8");
  const said = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, "image/svg+xml");
    return [...doc.querySelectorAll("text[class^=widest-]")].map((e) => e.textContent).join(" ");
  }, svg);
  assert.equal(said, "Widest gap: Contacts support about the broken upgrade");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("an image says whole what the screen cuts and its tooltips say: three personas' names, steps' descriptions, phases' goals", async () => {
  const journey = readJson(join(FIXTURES, "broadband.json"));
  const page = await app.page("");
  await open(page, join(FIXTURES, "broadband.json"));
  await mapOf(page, journey.title);
  // On screen, three personas' names are cut to one line each.
  const cutOnScreen = await page.locator(".legend-toggle span").evaluateAll((spans) => spans.filter((s) => s.scrollWidth > s.clientWidth).length);
  assert.equal(cutOnScreen, 3);
  const svg = readFileSync((await exportAs(page, "SVG", "whole.svg")).path, "utf8");
  const facts = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, "image/svg+xml");
    const lines = (el) => [...el.querySelectorAll("text")].map((e) => e.textContent).join(" ");
    return {
      // The legend's entries (the curve's lines, in its own <svg>, carry the hook too).
      personas: [...doc.querySelectorAll("g[data-persona-id]:not([data-step-id])")].filter((g) => !g.closest("svg svg")).map(lines),
      descriptions: [...doc.querySelectorAll("g.step-head[data-step-id]")].map((g) =>
        [...g.querySelectorAll("text.step-description")].map((e) => e.textContent).join(" ")),
      goals: [...doc.querySelectorAll("text.phase-goal")].map((e) => e.textContent),
      cut: [...doc.querySelectorAll("text")].map((e) => e.textContent).filter((text) => text.endsWith("…")),
    };
  }, svg);
  assert.deepEqual(facts.personas, journey.personas.map((p) => p.name));
  // Compared without spaces: a line may break after "contact-".
  const squeezed = (texts) => texts.map((text) => text.replace(/\s+/g, ""));
  assert.deepEqual(squeezed(facts.descriptions), squeezed(journey.steps.map((s) => s.description)));
  assert.ok(journey.phases.every((p) => facts.goals.join(" ").includes(p.goal)), facts.goals.join(" | "));
  assert.deepEqual(facts.cut, []);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the insights' image keeps the matrix readable: the quadrants' names in capitals, the counts' halo under the digits", async () => {
  // 120 steps at five spots of importance 5: counts stand for the steps past each spot's dots.
  const [path, journey] = longJourney(120, "Counts on the matrix");
  journey.steps.forEach((s) => (s.importance = 5));
  writeFileSync(path, JSON.stringify(journey));
  const page = await app.page("");
  await open(page, path);
  await mapOf(page, journey.title);
  await page.getByRole("button", { name: "Insights" }).click();
  await page.waitForSelector(".matrix .m-more");
  const onScreen = await page.locator(".matrix .quadrant-name").allTextContents();
  const svg = readFileSync((await exportAs(page, "SVG", "insights.svg")).path, "utf8");
  const texts = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, "image/svg+xml");
    const look = (e) => ({ text: e.textContent, halo: e.getAttribute("stroke-width"), order: e.getAttribute("paint-order") });
    return {
      names: [...doc.querySelectorAll("text[data-quadrant]")].map(look),
      counts: [...doc.querySelectorAll("text")].filter((e) => e.textContent.startsWith("+") && e.textContent !== "+2").map(look),
    };
  }, svg);
  assert.equal(texts.names.length, 4);
  assert.deepEqual(texts.names.map((n) => n.text), onScreen.map((s) => s.toLocaleUpperCase()), "in capitals, as on screen");
  assert.equal(texts.counts.length, 5, "a count at each spot");
  // A 3 px halo painted over the digits hid them: it goes under them, as on screen.
  for (const n of texts.counts) assert.deepEqual([n.halo, n.order], ["3px", "stroke"], n.text);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a map too wide for one canvas gives a scaled PNG and says so", async () => {
  const [path, journey] = longJourney(120, "A hundred and twenty steps");
  const page = await app.page("");
  await open(page, path);
  await mapOf(page, journey.title);
  await page.getByRole("button", { name: "Emotion curve" }).click();
  const png = await exportAs(page, "PNG");
  const facts = readPng(readFileSync(png.path));
  const width = 184 + 216 * 120;
  const percent = Math.floor((16384 / width) * 100);
  assert.equal(percent, 62);
  assert.equal(png.note, `This map is too large for one image at full size: the PNG is scaled to ${percent}% to fit the browser's limits. The SVG keeps every detail.`);
  assert.ok(Math.abs(facts.width - 16384) <= 1, `PNG width ${facts.width}`);
  assert.equal(JSON.parse(facts.journey).steps.length, 120);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a map too wide for a readable PNG is not drawn: the dialog says why and offers the SVG", async () => {
  const [path, journey] = longJourney(200, "Two hundred steps");
  const page = await app.page("");
  await open(page, path);
  await mapOf(page, journey.title);
  const downloads = [];
  page.on("download", (d) => downloads.push(d.suggestedFilename()));
  await page.getByRole("button", { name: "Share" }).click();
  const button = page.getByRole("button", { name: "Download PNG" });
  const before = await button.boundingBox();
  await button.click();
  // 16,384 px of canvas for 43,384 px of map: 37%, where its text would be a blur.
  await page.locator(".share-note").filter({ hasText: /\S/ }).waitFor();
  // Said next to the button, which stays where it was clicked (the note came under the
  // link, far above, and the dialog moved up as it grew).
  const [after, note] = [await button.boundingBox(), await page.locator(".share-note").boundingBox()];
  assert.deepEqual(after, before, "the button stays put");
  assert.ok(note.y >= after.y + after.height && note.y - (after.y + after.height) < 24, `the note ${note.y} under the button ${after.y}`);
  assert.equal(
    await page.locator(".share-note").textContent(),
    "This map is too wide for a readable PNG: it would be shrunk to 37%. Save it as SVG, which keeps every detail at any size, or collapse phases to narrow it.",
  );
  // Nothing was drawn (every column stays windowed) and no file was offered.
  assert.ok((await drawnColumns(page)) < 20, `${await drawnColumns(page)} columns drawn`);
  await page.waitForTimeout(300);
  assert.deepEqual(downloads, []);
  // The SVG still comes, whole. Drawing 200 steps takes a while: the dialog says so at the
  // click, and that is painted before the columns are drawn; it is cleared once the file is
  // offered. Presses meanwhile (the page is busy: the browser hands them over between its
  // tasks) make no second file.
  const svgButton = await page.getByRole("button", { name: "Download SVG" }).boundingBox();
  const press = () => page.mouse.click(svgButton.x + svgButton.width / 2, svgButton.y + svgButton.height / 2);
  const download = page.waitForEvent("download");
  const first = await page.evaluate(() => new Promise((resolve) => {
    [...document.querySelectorAll(".share button")].find((b) => b.textContent === "Download SVG").click();
    const said = document.querySelector(".share-note").textContent;
    requestAnimationFrame(() => resolve({ said, columns: document.querySelectorAll(".step-head[data-step-id]").length }));
  }));
  assert.equal(first.said, "Drawing every step for the image…");
  assert.ok(first.columns < 20, `${first.columns} columns drawn before the frame that shows the note`);
  const presses = [press(), press()];
  await download;
  await Promise.all(presses);
  assert.equal(await page.locator(".share-note").textContent(), "");
  await page.waitForTimeout(1000);
  assert.deepEqual(downloads, ["Two-hundred-steps.svg"]);
  await page.keyboard.press("Escape");
  const svg = await exportAs(page, "SVG");
  assert.equal(svg.note, "");
  assert.equal(svg.suggested, "Two-hundred-steps.svg");
  assert.equal((readFileSync(svg.path, "utf8").match(/data-step-id="s\d+"/g) ?? []).length >= 200, true);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("on a phone, the dialog scrolls to what a download says", async () => {
  const [path, journey] = longJourney(200, "Two hundred steps");
  // (A small phone: the dialog is taller than the window.)
  const page = await app.page("?lang=es", { viewport: { width: 375, height: 667 } });
  await open(page, path);
  await mapOf(page, journey.title);
  await page.getByRole("button", { name: "Compartir" }).click();
  await page.getByRole("button", { name: "Descargar PNG" }).click();
  const note = page.locator(".share-note");
  await note.filter({ hasText: /\S/ }).waitFor();
  // The refusal, five lines in Spanish, ran past the bottom of the dialog, which scrolls.
  const [said, dialog] = [await note.boundingBox(), await page.locator(".modal.share").boundingBox()];
  assert.ok(said.y >= dialog.y && said.y + said.height <= dialog.y + dialog.height + 0.5,
    `the note at ${said.y}-${said.y + said.height}, the dialog at ${dialog.y}-${dialog.y + dialog.height}`);
  assert.equal(await page.evaluate(() => scrollY), 0, "the page behind stays");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("an image that carries no journey is refused clearly and the map stays", async () => {
  const page = await app.page("");
  await mapOf(page, "Buying and upgrading a team software subscription");
  const svg = join(dir, "plain.svg");
  writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
  await open(page, svg);
  await page.waitForSelector("[role=alert] .alert");
  assert.match(await alertText(page), /this SVG file carries no journey: expected JSON, or an image or page exported by Journey Lens/);
  const png = join(dir, "plain.png");
  writeFileSync(png, Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4nGNgAAIAAAUAAXpeqz8AAAAASUVORK5CYII=", "base64"));
  await open(page, png);
  await page.waitForFunction(() => document.querySelector("[role=alert]").textContent.includes("PNG"));
  assert.match(await alertText(page), /this PNG image carries no journey: expected one exported by Journey Lens/);
  assert.equal((await stepIds(page)).length, 12, "the journey on screen stays");
  await page.close();
});
