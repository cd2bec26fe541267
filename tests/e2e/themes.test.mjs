// Themes: light, dark and high contrast, from the Theme menu or `theme=` in the URL, and
// automatic (the system's light or dark) without one. Each theme passes axe-core with no
// serious or critical violation (the high-contrast one also the 7:1 enhanced contrast rule),
// and each is screenshot to be looked at.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { appAndFixtures, axeViolations, EXAMPLES, mapOf, openBytes, readJson } from "./harness.mjs";

const b2b = readJson(join(EXAMPLES, "b2b-software.json"));

const { app, fixtures } = await appAndFixtures();

const themes = [
  // [name, theme= in the URL, the system's scheme, data-theme, page background]
  ["light", "light", "dark", "light", "rgb(244, 246, 249)"],
  ["dark", "dark", "light", "dark", "rgb(13, 18, 28)"],
  ["contrast", "contrast", "dark", "contrast", "rgb(255, 255, 255)"],
  ["automatic, system dark", null, "dark", null, "rgb(13, 18, 28)"],
  ["automatic, system light", null, "light", null, "rgb(244, 246, 249)"],
];

for (const [name, param, scheme, attribute, background] of themes) {
  test(`theme ${name}: shown from the first paint, and no serious accessibility violation`, async () => {
    const page = await app.page(null, { viewport: { width: 1366, height: 768 } });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(app.url + (param ? `?theme=${param}` : ""));
    await mapOf(page, b2b.title);
    const seen = await page.evaluate(() => ({
      attribute: document.documentElement.getAttribute("data-theme"),
      background: getComputedStyle(document.body).backgroundColor,
      checked: document.querySelector("#theme-menu input:checked")?.value,
    }));
    assert.equal(seen.attribute, attribute);
    assert.equal(seen.background, background);
    assert.equal(seen.checked, param ?? "", "the menu ticks the theme shown");
    // WCAG 2.2's target size (24 px, or that much room around) is not on by default.
    const rules = param === "contrast" ? ["color-contrast-enhanced", "target-size"] : ["target-size"];
    assert.deepEqual(await axeViolations(page, rules), []);
    await page.screenshot({ path: `target/e2e-theme-${param ?? `auto-${scheme}`}.png` });
    // The insights too: their boards and badges have colours of their own.
    await page.getByRole("button", { name: "Insights" }).click();
    await page.waitForSelector(".board li");
    assert.deepEqual(await axeViolations(page, rules), [], "the insights");
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test("the Theme menu sets the theme and the URL in place (no history entry, the fragment kept), and a reload keeps it", async () => {
  const page = await app.page("?src=examples/b2b-software.json#kept");
  await mapOf(page, b2b.title);
  const entries = await page.evaluate(() => history.length);
  await page.getByRole("button", { name: "Theme" }).click();
  await page.getByRole("radio", { name: "High contrast" }).check();
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute("data-theme")), "contrast");
  const url = new URL(page.url());
  assert.equal(url.searchParams.get("theme"), "contrast");
  assert.equal(url.searchParams.get("src"), "examples/b2b-software.json");
  assert.equal(url.hash, "#kept");
  assert.equal(await page.evaluate(() => history.length), entries, "no history entry");
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).color), "rgb(0, 0, 0)");

  await page.reload();
  await mapOf(page, b2b.title);
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute("data-theme")), "contrast");
  await page.getByRole("button", { name: "Theme" }).click();
  assert.ok(await page.getByRole("radio", { name: "High contrast" }).isChecked());
  await page.getByRole("radio", { name: "Automatic (system)" }).check();
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute("data-theme")), false);
  assert.equal(new URL(page.url()).searchParams.has("theme"), false);
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("#theme-menu").isVisible(), false, "Escape closes the menu");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("every persona's curve stands out from the lane in every theme (3:1 for graphics)", async () => {
  const src = `?src=${encodeURIComponent(fixtures.url + "generated/9-six-personas.json")}&view=curve`;
  for (const theme of ["light", "dark", "contrast"]) {
    const page = await app.page(`${src}&theme=${theme}`, { viewport: { width: 1366, height: 768 } });
    await page.waitForSelector("[data-view-mode=curve] .curve-line");
    const ratios = await page.evaluate(() => {
      const rgb = (colour) => colour.match(/[\d.]+/g).slice(0, 3).map(Number);
      const luminance = (colour) => {
        const [r, g, b] = rgb(colour).map((v) => v / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const lane = getComputedStyle(document.querySelector(".map-grid .lane[data-lane-id=emotion] .cell, .map-grid .lane[data-lane-id=emotion]"));
      const back = luminance(lane.backgroundColor.startsWith("rgba(0, 0, 0, 0)") ? getComputedStyle(document.querySelector(".map-scroll")).backgroundColor : lane.backgroundColor);
      return [...document.querySelectorAll(".curve-line")].map((line) => {
        const l = luminance(getComputedStyle(line).stroke);
        return Math.round(((Math.max(l, back) + 0.05) / (Math.min(l, back) + 0.05)) * 10) / 10;
      });
    });
    assert.equal(ratios.length, 6);
    // The dark theme's slate line was 1.7:1 and its blue one 2.6:1.
    assert.ok(ratios.every((r) => r >= 3), `${theme}: ${ratios}`);
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test("a channel's or owner's chip in the palette's colours keeps its dot 3:1 against the chip in every theme", async () => {
  // The palette's deep colours on the dark theme's dark chips: a review could not tell ten
  // owners apart there (their dots 2.1-2.75:1 against the chip). Ten owners and ten
  // channels without colours of their own: every colour of the palette.
  const ids = ["marketing", "sales", "risk", "field", "contact", "logistics", "it", "billing", "digital", "partners"];
  const palette = {
    version: 1,
    title: "The palette",
    phases: [{ id: "p", name: "P" }],
    steps: ids.map((id) => ({ id, phase: "p", name: `Step of ${id}`, owner: id, channel: `${id}-channel` })),
  };
  for (const theme of ["light", "dark", "contrast"]) {
    const page = await app.page(`?src=examples/b2b-software.json&theme=${theme}`, { viewport: { width: 2400, height: 600 } });
    await mapOf(page, b2b.title);
    await openBytes(page, "palette.json", JSON.stringify(palette));
    await mapOf(page, palette.title);
    const ratios = await page.evaluate(() => {
      // (Colours mixed by `color-mix` read as `color(srgb r g b)`, from 0 to 1.)
      const rgb = (colour) => {
        const v = colour.match(/[\d.]+/g).map(Number);
        return colour.startsWith("color(") ? v.slice(0, 3).map((c) => c * 255) : v.slice(0, 3);
      };
      const luminance = (colour) => {
        const [r, g, b] = rgb(colour).map((v) => v / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      return [...document.querySelectorAll(".map-grid .lane:is([data-lane-id=owner], [data-lane-id=channels]) .chip")].map((chip) => {
        const [dot, back] = [getComputedStyle(chip, "::before").backgroundColor, getComputedStyle(chip).backgroundColor].map(luminance);
        return [chip.textContent, Math.round(((Math.max(dot, back) + 0.05) / (Math.min(dot, back) + 0.05)) * 10) / 10];
      });
    });
    assert.equal(ratios.length, 20);
    for (const [name, ratio] of ratios) assert.ok(ratio >= 3, `${theme}, ${name}: ${ratio}:1`);
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test("the Theme and Lanes menus close when the keyboard leaves them, and their buttons still toggle them", async () => {
  const page = await app.page("", { viewport: { width: 1366, height: 768 } });
  await mapOf(page, b2b.title);
  const open = (id) => page.$eval(`#${id}`, (p) => p.matches(":popover-open"));
  for (const [name, id] of [["Theme", "theme-menu"], ["Lanes", "lanes-menu"]]) {
    const button = page.getByRole("button", { name, exact: true });
    await button.focus();
    await page.keyboard.press("Enter");
    assert.equal(await open(id), true, `${name} opens`);
    // Tab through the menu and on past its end: it closes (it stayed open over the bar).
    let inside = true;
    for (let i = 0; i < 40 && inside; i++) {
      await page.keyboard.press("Tab");
      inside = await page.evaluate((id) => document.getElementById(id).contains(document.activeElement), id);
    }
    assert.equal(inside, false, `${name}: the keyboard left the menu`);
    assert.equal(await open(id), false, `${name} closes when the keyboard leaves it`);
    // Its button opens it and closes it again; a choice inside keeps it open.
    await button.click();
    assert.equal(await open(id), true);
    await page.locator(`#${id} label`).first().click();
    assert.equal(await open(id), true, `${name} stays open for a choice`);
    await button.click();
    assert.equal(await open(id), false, `${name}'s button closes it`);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("an unknown theme in the URL is ignored: the system's theme shows", async () => {
  const page = await app.page("?theme=%3Cscript%3E");
  await mapOf(page, b2b.title);
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute("data-theme")), false);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("forced colours (Windows high contrast) keep importance, the view on, the selected step and search matches", async () => {
  const page = await app.page(null, { viewport: { width: 1366, height: 768 } });
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto(app.url + "?step=compare-pricing&q=home");
  await mapOf(page, b2b.title);
  await page.waitForSelector(".step-head[data-step-id=visit-home]");
  const seen = await page.evaluate(() => {
    const style = (selector) => getComputedStyle(document.querySelector(selector));
    return {
      forced: matchMedia("(forced-colors: active)").matches,
      dotOn: style(".step-head[data-importance='4'] .importance i.on").backgroundColor,
      dotOff: style(".step-head[data-importance='4'] .importance i:not(.on)").backgroundColor,
      viewOn: style(".segmented [aria-pressed=true]").backgroundColor,
      viewOff: style(".segmented [aria-pressed=false]").backgroundColor,
      selected: style(".cell[data-step-id=compare-pricing]").outlineWidth,
      other: style(".cell[data-step-id=request-demo]").outlineWidth,
      match: style(".step-head[data-step-id=visit-home] .step-name").textDecorationColor,
      thickness: style(".step-head[data-step-id=visit-home] .step-name").textDecorationThickness,
      noMatch: style(".step-head[data-step-id=compare-pricing] .step-name").textDecorationColor,
      number: [style(".step-number").borderTopStyle, style(".step-number").borderTopWidth],
    };
  });
  // A step's number keeps a ring where its dark disc gave way to the page's colour.
  assert.deepEqual(seen.number, ["solid", "1px"]);
  assert.equal(seen.forced, true);
  assert.notEqual(seen.dotOn, seen.dotOff, "filled and hollow importance squares differ");
  assert.notEqual(seen.viewOn, seen.viewOff, "the view shown is marked");
  assert.equal(seen.selected, "3px", "the selected column is framed");
  assert.equal(seen.other, "0px");
  // The underline's colour is see-through but where the search finds the step.
  const transparent = (colour) => /\/ 0\)$|^rgba\(.*, 0\)$|^transparent$/.test(colour);
  assert.ok(!transparent(seen.match), `a match is underlined: ${seen.match}`);
  assert.ok(transparent(seen.noMatch), `no underline elsewhere: ${seen.noMatch}`);
  // The match the search is at (the only one here) is underlined twice as thick.
  assert.equal(seen.thickness, "6px");
  await page.screenshot({ path: "target/e2e-forced-colors.png" });
  assert.deepEqual(page.errors, []);
  await page.close();
});
