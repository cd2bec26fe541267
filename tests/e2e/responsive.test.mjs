// Screen sizes: on a phone the lane-title column is narrower, so a whole step fits beside it;
// the windowing and "Fit" use the same width; growing the window brings the wide column back.
// The bars scroll away on a phone, so the map gets the screen. A 1366x768 laptop keeps the
// wide column. Both are screenshot to be looked at.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { appAndFixtures, EXAMPLES, FIXTURES, headerPlace, mapOf, openBytes, readJson } from "./harness.mjs";

const b2b = readJson(join(EXAMPLES, "b2b-software.json"));
const SRC = "?src=examples/b2b-software.json";

const four = readJson(join(FIXTURES, "generated", "9-four-personas.json"));
const six = readJson(join(FIXTURES, "generated", "9-six-personas.json"));

const { app, fixtures } = await appAndFixtures();

const titleWidth = (page) => page.$eval('.lane[data-lane-id="pains"] .lane-title', (e) => e.getBoundingClientRect().width);

test("on a phone the lane titles take 112 px and the first step is whole beside them", async () => {
  const page = await app.page(SRC, { viewport: { width: 390, height: 844 } });
  await mapOf(page, b2b.title);
  assert.equal(await titleWidth(page), 112);
  assert.equal(await page.$eval(".map-grid", (g) => getComputedStyle(g).getPropertyValue("--title-w").trim()), "112px");
  // The first step's header ends inside the scroll box: it can be read without scrolling.
  const fits = await page.evaluate(() => {
    const box = document.querySelector(".map-scroll").getBoundingClientRect();
    const head = document.querySelector(".step-head[data-step-id]").getBoundingClientRect();
    return head.left >= box.left && head.right <= box.right;
  });
  assert.ok(fits, "the first step is whole on screen");
  // The grid is as wide as its columns: titles plus one column per step.
  assert.equal(await page.$eval(".map-grid", (g) => g.style.width), `${112 + 216 * b2b.steps.length}px`);
  await page.screenshot({ path: "target/e2e-phone.png" });
  // Fit: the zoom that makes titles and steps as wide as the phone, with the narrow titles
  // (a 12-step map is held at the least zoom, 25%).
  await page.getByRole("button", { name: "Fit" }).click();
  await page.waitForFunction(() => document.querySelector(".map-grid").dataset.zoom !== "1");
  const expected = Math.max(0.25, (390 - 34) / (112 + 216 * b2b.steps.length));
  assert.equal(Number(await page.$eval(".map-grid", (g) => g.dataset.zoom)).toFixed(3), expected.toFixed(3));
  // A wider window: the titles are wide again.
  await page.getByRole("button", { name: "Actual size (100%)" }).click();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.waitForFunction(() => document.querySelector('.lane[data-lane-id="pains"] .lane-title').getBoundingClientRect().width === 184);
  assert.equal(await page.$eval(".map-grid", (g) => g.style.width), `${184 + 216 * b2b.steps.length}px`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

// The words of `selector`'s text that run over two lines: a word broken inside shows as
// more than one line box of the word's range.
const brokenWords = (page, selector) =>
  page.$$eval(selector, (elements) => {
    const broken = [];
    for (const element of elements) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });

test("on a phone lane titles and persona names wrap between words, in every language", async () => {
  const long = `?src=${encodeURIComponent(fixtures.url + "generated/50.json")}`;
  for (const lang of ["en", "es", "it"]) {
    for (const src of [SRC, "?src=examples/compra-online.json", long]) {
      const page = await app.page(`${src}&lang=${lang}`, { viewport: { width: 390, height: 844 } });
      await page.waitForSelector(".app[data-busy=false] .legend-toggle");
      const titles = await page.$$eval(".map-grid .lane-title", (t) => t.length);
      assert.ok(titles >= 8, `${titles} lane titles`);
      // "OPORTUNIDADES" was cut after its E, "Persona" after its O.
      assert.deepEqual(await brokenWords(page, ".map-grid .lane-title > span, .phase-toggle.all > span, .legend-toggle span"), [], `${lang} ${src}`);
      assert.deepEqual(page.errors, []);
      await page.close();
    }
  }
});

test("at any laptop width the journey's title is whole: the buttons take the next line first", async () => {
  for (const width of [1280, 1366, 1536, 1600, 1680, 1920]) {
    const page = await app.page(SRC, { viewport: { width, height: 800 } });
    await mapOf(page, b2b.title);
    // Squeezed beside the buttons at 1536-1680 px it was cut to "…a team software…".
    const clamped = await page.$eval(".journey-heading h1", (h) => h.scrollHeight > h.clientHeight + 1);
    assert.equal(clamped, false, `${width} px`);
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test("on a phone the bars scroll away and the map takes the screen", async () => {
  const page = await app.page(SRC, { viewport: { width: 390, height: 844 } });
  await mapOf(page, b2b.title);
  const box = () => page.$eval(".map-scroll", (m) => { const r = m.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; });
  // At first the bars are above the map.
  assert.ok((await box()).top > 300, "the bars come first");
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(() => document.querySelector(".map-scroll").getBoundingClientRect().top < 10);
  const { top, bottom } = await box();
  assert.ok(top >= 0 && bottom <= 844 && bottom - top >= 844 - 17, `a screenful of map (${top}..${bottom})`);
  // A small journey stays a small card.
  const small = await app.page("?src=examples/minimal.json", { viewport: { width: 390, height: 844 } });
  await mapOf(small, "Minimal journey");
  const height = await small.$eval(".map-scroll", (m) => m.getBoundingClientRect().height);
  assert.ok(height < 700, `the minimal map is ${height} px high`);
  assert.deepEqual([...page.errors, ...small.errors], []);
  await small.close();
  await page.close();
});

// Pinned whole, the phase and step headers took most of a phone's map; not pinned, the
// lanes further down named no step. Their last lines stay: each step's number and name.
test("on a phone, down the lanes, each step's number and name stay pinned above them", async () => {
  const page = await app.page(SRC, { viewport: { width: 390, height: 844 } });
  await mapOf(page, b2b.title);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const place = async () => ({
    ...(await headerPlace(page)),
    pains: await page.evaluate(() => document.querySelector('.lane[data-lane-id="pains"]').getBoundingClientRect().top - document.querySelector(".map-head").getBoundingClientRect().bottom),
  });
  const top = await place();
  assert.ok(top.phases > 30 && top.hidden.length === 0, `at the top the headers are whole: ${JSON.stringify(top)}`);
  // The pains' lane at the top of the box.
  // (As far as the box scrolls: to its end, short of the pains' lane's top since the headers
  // hold one line of marks and a single link shares the number's line.)
  const wanted = await page.locator(".map-scroll").evaluate((m) => {
    const by = m.querySelector('.lane[data-lane-id="pains"]').getBoundingClientRect().top - m.getBoundingClientRect().top;
    m.scrollBy(0, by);
    return Math.min(by, m.scrollHeight - m.clientHeight);
  });
  assert.ok(wanted >= 400, `far down the lanes: ${wanted}`);
  await page.waitForFunction((wanted) => document.querySelector(".map-scroll").scrollTop >= wanted - 1, wanted);
  const down = await place();
  assert.ok(down.steps >= 1 && down.hidden.length === 0, `names in view: ${JSON.stringify(down)}`);
  assert.ok(down.pinned <= 90 && down.phases <= 1, `only the last lines stay: ${JSON.stringify(down)}`);
  assert.ok(down.pains >= -1, `the lanes go on under them: ${JSON.stringify(down)}`);
  await page.screenshot({ path: "target/e2e-phone-pinned-names.png" });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("on a phone a step opened in the details is beside the lane titles when they close", async () => {
  for (const step of ["pay", "renew"]) {
    const page = await app.page(`${SRC}&step=${step}`, { viewport: { width: 390, height: 844 } });
    await page.waitForSelector("#step-details:not([hidden])");
    await page.keyboard.press("Escape");
    await page.locator("#step-details").waitFor({ state: "hidden" });
    const [head, titles] = await Promise.all([
      page.locator(`.step-head[data-step-id="${step}"]`).boundingBox(),
      page.locator(".lane-title").first().boundingBox(),
    ]);
    assert.ok(head.x >= titles.x + titles.width && head.x + head.width <= 390, `${step} at ${head.x}..${head.x + head.width}, titles end at ${titles.x + titles.width}`);
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test("on a tablet a step opened in the details is whole between the lane titles and the panel", async () => {
  for (const viewport of [{ width: 768, height: 1024 }, { width: 820, height: 1180 }, { width: 1024, height: 768 }]) {
    for (const step of ["read-article", "pay", "renew"]) {
      const page = await app.page(`${SRC}&step=${step}`, { viewport });
      await page.waitForSelector("#step-details:not([hidden])");
      await page.waitForFunction(() => document.querySelector("#step-details .details")?.dataset.stepId);
      const [head, titles, panel] = await Promise.all([
        page.locator(`.step-head[data-step-id="${step}"]`).boundingBox(),
        page.locator(".lane-title").first().boundingBox(),
        page.locator("#step-details").boundingBox(),
      ]);
      const at = `${viewport.width}px, ${step} at ${head.x}..${head.x + head.width}, titles end at ${titles.x + titles.width}, the panel starts at ${panel.x}`;
      assert.ok(head.x >= titles.x + titles.width - 0.5 && head.x + head.width <= panel.x + 0.5, at);
      assert.ok(panel.width >= 320, `${viewport.width}px: the panel is ${panel.width} px wide`);
      if (step === "pay" && viewport.width === 768) await page.screenshot({ path: "target/e2e-tablet-details.png" });
      assert.deepEqual(page.errors, []);
      await page.close();
    }
  }
});

test("Fit on a phone counts the narrow titles", async () => {
  // Three steps: 112 + 3 × 216 = 760 px of map in 390 − 34 px of room.
  const page = await app.page("?src=examples/minimal.json&zoom=fit", { viewport: { width: 390, height: 844 } });
  await mapOf(page, "Minimal journey");
  await page.waitForFunction(() => document.querySelector(".map-grid").dataset.zoom !== "1");
  assert.equal(await page.$eval(".map-grid", (g) => g.dataset.zoom), ((390 - 34) / 760).toFixed(4).replace(/0+$/, ""));
  const right = await page.$eval(".map-grid", (g) => g.getBoundingClientRect().right);
  assert.ok(right <= 390, `the whole map is on screen (${right})`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a 1366x768 laptop shows the map with wide lane titles, several steps and the whole emotion curve", async () => {
  const page = await app.page(SRC, { viewport: { width: 1366, height: 768 } });
  await mapOf(page, b2b.title);
  assert.equal(await titleWidth(page), 184);
  const inView = await page.evaluate(() => {
    const box = document.querySelector(".map-scroll").getBoundingClientRect();
    return [...document.querySelectorAll(".step-head[data-step-id]")].filter((h) => h.getBoundingClientRect().right <= box.right).length;
  });
  assert.ok(inView >= 5, `${inView} whole steps in view`);
  // The bars, the phases and the lanes are set closer on a short screen: the whole emotion
  // curve is on the first screen, under the touchpoints, channels, owners and thoughts.
  const curve = await page.evaluate(() => {
    const lane = document.querySelector(".map-body .lane[data-lane-id=emotion]").getBoundingClientRect();
    const box = document.querySelector(".map-scroll");
    return { bottom: lane.bottom, seen: box.getBoundingClientRect().top + box.clientTop + box.clientHeight };
  });
  assert.ok(curve.bottom <= curve.seen && curve.seen <= 768, JSON.stringify(curve));
  await page.screenshot({ path: "target/e2e-laptop.png" });
  assert.deepEqual(page.errors, []);
  await page.close();
});

// The widest gap's link under the legend: its label and the step's name each keep some
// room, in a long language, on a phone and with four personas (a line each then), and it
// ends before the curve's scale. Beside a laptop's map the label is whole, and on a phone
// with two personas (broken between its words).
test("the widest gap's link shows the step's name on a phone and with four personas", async () => {
  const shows = (page) =>
    page.evaluate(() => {
      const button = document.querySelector(".widest-gap");
      const rect = (c) => button.querySelector(c).getBoundingClientRect();
      const [b, label, step] = [button.getBoundingClientRect(), rect(".widest-label"), rect(".widest-step")];
      const title = button.closest(".lane-title");
      const end = title.getBoundingClientRect().right - parseFloat(getComputedStyle(title).paddingRight);
      return {
        label: button.querySelector(".widest-label").textContent,
        step: button.querySelector(".widest-step").textContent,
        labelShown: label.width >= 20 && label.top >= b.top - 1 && label.bottom <= b.bottom + 1,
        labelWhole: button.querySelector(".widest-label").scrollWidth <= Math.ceil(label.width),
        stepShown: step.width >= 30 && step.top >= b.top - 1 && step.top + 12 <= b.bottom,
        beforeScale: b.right <= end + 1,
      };
    });
  const cases = [
    [SRC, 390, b2b],
    [`?src=${encodeURIComponent(fixtures.url + "generated/9-four-personas.json")}`, 390, four],
    [`?src=${encodeURIComponent(fixtures.url + "generated/9-four-personas.json")}`, 1366, four],
  ];
  for (const [src, width, journey] of cases) {
    const page = await app.page(`${src}&lang=es`, { viewport: { width, height: 844 } });
    await mapOf(page, journey.title);
    const id = await page.locator(".widest-gap").getAttribute("data-step-id");
    const got = await shows(page);
    const what = `${journey.title} at ${width} px`;
    assert.equal(got.label, "Mayor diferencia:", what);
    assert.equal(got.step, journey.steps.find((s) => s.id === id).name, what);
    assert.ok(got.labelShown && got.stepShown && got.beforeScale, `${what}: ${JSON.stringify(got)}`);
    // Whole beside a laptop's map, and on a phone with two personas, where it takes two
    // lines ("Widest g…" on one).
    if (width > 720 || journey === b2b) assert.ok(got.labelWhole, `${what}: the label is cut (${JSON.stringify(got)})`);
    await page.locator('.lane[data-lane-id="emotion"] .lane-title').screenshot({ path: `target/e2e-widest-gap-${journey.personas.length}-${width}.png` });
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

// Between a phone and a wide laptop the bar wraps its buttons: every control stays on the
// page (in the longest language too), and the page never scrolls sideways.
test("on a phone, a tablet or a small laptop every control of the bar is on screen", async () => {
  for (const lang of ["en", "es"]) {
    const page = await app.page(`${SRC}&lang=${lang}`, { viewport: { width: 768, height: 1024 } });
    await mapOf(page, b2b.title);
    // 320 px: WCAG's reflow width (the search box ran 12 px past it).
    for (const width of [320, 375, 721, 768, 900, 1024, 1100, 1280, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      const off = await page.evaluate(() =>
        [...document.querySelectorAll(".toolbar :is(button, select, label.button, a[href]), .filter-bar :is(button, select, input)")]
          .filter((e) => e.getClientRects().length > 0)
          .map((e) => [e.textContent.trim() || e.getAttribute("aria-label") || e.className, e.getBoundingClientRect()])
          .filter(([, r]) => r.left < 0 || r.right > innerWidth)
          .map(([name, r]) => `${name} at ${Math.round(r.left)}..${Math.round(r.right)}`));
      assert.deepEqual(off, [], `${lang} at ${width} px`);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.equal(scrollWidth, width, `${lang} at ${width} px: the page is ${scrollWidth} px wide`);
      if (width === 768) await page.screenshot({ path: `target/e2e-tablet-${lang}.png` });
    }
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

// With no journey open (a link's file was not found), the page says how to open one: on a
// phone the card ran 100 px off the screen, held as wide as the b2b example's button.
test("on a phone the page without a journey fits the screen, its examples' titles wrapped", async () => {
  for (const lang of ["en", "es", "it"]) {
    for (const width of [320, 375]) {
      const page = await app.page(`?src=missing.json&lang=${lang}`, { viewport: { width, height: 800 } });
      await page.waitForSelector(".empty-state .button");
      const off = await page.evaluate(() =>
        [...document.querySelectorAll(".empty-state, .empty-state :is(h2, p, .button)")]
          .map((e) => [e.textContent.trim().slice(0, 30), e.getBoundingClientRect()])
          .filter(([, r]) => r.left < 8 || r.right > innerWidth - 8)
          .map(([name, r]) => `${name} at ${Math.round(r.left)}..${Math.round(r.right)}`));
      assert.deepEqual(off, [], `${lang} at ${width} px`);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width);
      // The controls for a journey shown are off (the Lanes menu opened empty, and the
      // views' buttons pressed to show nothing).
      const disabled = await page.$$eval(".toolbar button:disabled", (b) => b.map((e) => e.textContent.trim()));
      assert.equal(disabled.length, 6, disabled.join());
      if (width === 375 && lang === "en") await page.screenshot({ path: "target/e2e-phone-no-journey.png" });
      await page.close();
    }
  }
});

// The filters' names give up their room below 1,600 px (the options name the filters): on
// a tablet in Italian they took the filter bar to a third line.
test("on a tablet the filters share the search's line, in the longest language too", async () => {
  for (const lang of ["en", "it"]) {
    const page = await app.page(`${SRC}&lang=${lang}`, { viewport: { width: 768, height: 1024 } });
    await mapOf(page, b2b.title);
    const tops = await page.$$eval(".filter-bar :is(input.search, select)", (els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    assert.equal(tops.length, 3);
    assert.ok(tops.every((t) => Math.abs(t - tops[0]) <= 4), `${lang}: ${tops}`);
    await page.close();
  }
});

// A menu opens under its button, inside the screen, on a phone as on a laptop.
test("the Lanes and Theme menus open inside the screen", async () => {
  for (const width of [390, 1366]) {
    const page = await app.page(SRC, { viewport: { width, height: 844 } });
    await mapOf(page, b2b.title);
    for (const [name, panel] of [["Lanes", "#lanes-menu"], ["Theme", "#theme-menu"]]) {
      await page.getByRole("button", { name, exact: true }).click();
      await page.locator(panel).waitFor();
      const r = await page.$eval(panel, (p) => p.getBoundingClientRect().toJSON());
      assert.ok(r.left >= 0 && r.right <= width, `${name} at ${width} px: ${Math.round(r.left)}..${Math.round(r.right)}`);
      if (width === 390) await page.screenshot({ path: `target/e2e-phone-${name.toLowerCase()}-menu.png` });
      await page.keyboard.press("Escape");
      await page.locator(panel).waitFor({ state: "hidden" });
    }
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

// The emotion lane's title holds the legend and two links: where they need more room than
// the curve (six personas, a phone, a long language), the lane grows and the curve with
// it, and nothing in the title is cut off (it was: the links went under the lane's edge).
test("the emotion lane grows to hold its legend and links, and the curve grows with it", async () => {
  const sixSrc = `?src=${encodeURIComponent(fixtures.url + "generated/9-six-personas.json")}`;
  const cases = [
    [`${SRC}&lang=es`, 390, b2b, "b2b in Spanish on a phone"],
    [sixSrc, 1366, six, "six personas"],
    [`${sixSrc}&zoom=50`, 1366, six, "six personas at 50%"],
    [sixSrc, 390, six, "six personas on a phone"],
    [SRC, 1366, b2b, "b2b on a laptop"],
  ];
  for (const [src, width, journey, what] of cases) {
    const page = await app.page(src, { viewport: { width, height: 900 } });
    await mapOf(page, journey.title);
    await page.waitForSelector(".table-button");
    await page.waitForTimeout(100); // (the curve follows the title's height in the same frame)
    const got = await page.evaluate(() => {
      const lane = document.querySelector(".lane[data-lane-kind=emotion]");
      const title = lane.querySelector(".emotion-title").getBoundingClientRect();
      const curve = lane.querySelector("svg.emotion-curve").getBoundingClientRect();
      const cut = [...lane.querySelectorAll(".emotion-title :is(.legend-toggle, .widest-gap, .table-button)")]
        .filter((e) => { const r = e.getBoundingClientRect(); return r.top < title.top || r.bottom > title.bottom + 0.5; })
        .map((e) => e.textContent);
      const low = lane.querySelector('.tick[data-value="-2"]').getBoundingClientRect();
      return { cut, title: title.height, curve: curve.height, lowTick: low.bottom <= title.bottom + 0.5 };
    });
    assert.deepEqual(got.cut, [], `${what}: cut off`);
    assert.ok(Math.abs(got.title - got.curve) < 1, `${what}: title ${got.title} px, curve ${got.curve} px`);
    assert.ok(got.lowTick, `${what}: the −2 tick is in the lane`);
    // Never shorter than the curve's own 168 px; taller here but for two personas in English.
    const least = 168 * (src.includes("zoom=50") ? 0.5 : 1);
    if (journey === b2b && width === 1366) assert.ok(got.curve >= least - 0.5, `${what}: ${got.curve}`);
    else assert.ok(got.curve > least + 10, `${what}: the curve grew (${got.curve})`);
    await page.locator(".lane[data-lane-kind=emotion] .emotion-title").screenshot({ path: `target/e2e-emotion-title-${what.replace(/\W+/g, "-")}.png` });
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

// On a phone the page scrolls as well as the map: the widest-gap link (reached by the
// keyboard without scrolling, as a screen reader may) brings the curve into the window.
test("on a phone the widest-gap link brings the whole curve into the window", async () => {
  const page = await app.page(SRC, { viewport: { width: 390, height: 844 } });
  await mapOf(page, b2b.title);
  await page.evaluate(() => { window.scrollTo(0, 0); document.querySelector(".widest-gap").focus({ preventScroll: true }); });
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => {
    const r = document.querySelector(".lane[data-lane-kind=emotion]").getBoundingClientRect();
    return r.top >= -1 && r.bottom <= document.documentElement.clientHeight + 1;
  });
  await page.screenshot({ path: "target/e2e-phone-widest-gap.png" });
  assert.deepEqual(page.errors, []);
  await page.close();
});

// The curve view shows the curve's summary beside it, in the title column: with four or six
// personas the sentences ran on past the curve, the lane grew with them, and the curve's
// bottom (−1 to −2, where the problems are) went below the window.
test("the curve view keeps the whole curve in the window with four or six personas", async () => {
  for (const file of ["9-four-personas.json", "9-six-personas.json"]) {
    const page = await app.page(`?src=${encodeURIComponent(fixtures.url + "generated/" + file)}&view=curve`, { viewport: { width: 1366, height: 768 } });
    await page.waitForSelector("[data-view-mode=curve] .step-head");
    const fit = await page.evaluate(() => {
      const box = document.querySelector(".map-scroll");
      const summary = document.querySelector(".curve-summary");
      const link = document.querySelector(".table-button").getBoundingClientRect();
      const lane = document.querySelector(".map-grid .lane[data-lane-id=emotion]").getBoundingClientRect();
      return {
        scrolls: box.scrollHeight > box.clientHeight + 1,
        summaryShown: summary.offsetHeight > 40,
        summaryScrolls: summary.scrollHeight > summary.clientHeight,
        linkInLane: link.bottom <= lane.bottom + 1,
      };
    });
    assert.deepEqual(fit, { scrolls: false, summaryShown: true, summaryScrolls: true, linkInLane: true }, file);
    // Its last lines fade while more is below, and not once scrolled to the end.
    const mask = () => page.$eval(".curve-summary", (s) => getComputedStyle(s).maskImage);
    assert.match(await mask(), /^linear-gradient\(to top/);
    await page.$eval(".curve-summary", (s) => { s.scrollTop = s.scrollHeight; });
    await page.waitForFunction(() => getComputedStyle(document.querySelector(".curve-summary")).maskImage === "none");
    await page.screenshot({ path: `target/curve-view-${file.replace(".json", "")}.png` });
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test("700 px wide (a wiki column's embed), a persona's name of three words shows whole in the legend", async () => {
  // Below 721 px the lane titles take the narrow layout; two lines had cut "María, remote
  // worker" to "María, remote…", though the curve beside the legend is taller than it.
  const journey = structuredClone(b2b);
  journey.title = "Three-word names";
  journey.personas[0].name = "María, remote worker";
  const page = await app.page(SRC, { viewport: { width: 700, height: 900 } });
  await mapOf(page, b2b.title);
  await openBytes(page, "names.json", JSON.stringify(journey));
  await mapOf(page, journey.title);
  const names = await page.$$eval(".legend-toggle span", (spans) =>
    spans.map((s) => ({ text: s.textContent, cut: s.scrollHeight > s.clientHeight + 1 })));
  assert.deepEqual(names.map((n) => n.text), [journey.personas[0].name, journey.personas[1].name]);
  assert.deepEqual(names.filter((n) => n.cut), []);
  assert.deepEqual(page.errors, []);
  await page.close();
});
