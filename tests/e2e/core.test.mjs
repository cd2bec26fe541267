// The core promise in a real browser: every example opens as a map with its curve, every way
// in works, bad input is reported where it is, and a failed load never loses the map shown.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, test } from "node:test";
import { alertText, appAndFixtures, dropText, examples, EXAMPLES, expectedPoints, FIXTURES, headerPlace, mapOf, openBytes, pasteText, readJson, settled } from "./harness.mjs";

const { app, fixtures } = await appAndFixtures();

const B2B = readJson(join(EXAMPLES, "b2b-software.json"));
const BUILTIN_TITLES = {
  actions: "User actions", touchpoints: "Touchpoints", channels: "Channels", owner: "Owner",
  thoughts: "User thoughts", emotion: "Emotion", pains: "Pain points", opportunities: "Opportunities",
  metrics: "Metrics", backstage: "Backstage",
};
const STEP_FIELD = {
  touchpoints: "touchpoints", channels: "channel", owner: "owner", thoughts: "thoughts", emotion: "emotion",
  pains: "pains", opportunities: "opportunities", metrics: "metrics", backstage: "backstage",
};
const hasData = (v) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0) && !(typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 0);

/** The lanes a journey must show, in order, with their titles. */
function expectedLanes(journey) {
  const used = (id) => id === "actions" || journey.steps.some((s) => hasData(STEP_FIELD[id] ? s[STEP_FIELD[id]] : s.custom?.[id]));
  if (journey.lanes) {
    const lanes = journey.lanes.filter((l) => !l.hidden && (BUILTIN_TITLES[l.id] ? used(l.id) : true));
    return lanes.map((l) => [l.id, l.title ?? BUILTIN_TITLES[l.id]]);
  }
  return Object.keys(BUILTIN_TITLES).filter(used).map((id) => [id, BUILTIN_TITLES[id]]);
}

async function shownLanes(page) {
  return page.$$eval("[data-view=swimlane] [data-lane-id]", (rows) =>
    rows.map((r) => [r.dataset.laneId, r.querySelector(".lane-title > span")?.textContent.trim() ?? ""]));
}

async function counts(page) {
  return page.evaluate(() => ({
    steps: document.querySelectorAll("[data-view=swimlane] .step-head[data-step-id]").length,
    points: document.querySelectorAll("svg[data-view=emotion-curve] .point[data-step-id][data-persona-id]").length,
    stepIds: [...document.querySelectorAll(".step-head[data-step-id]")].map((e) => e.dataset.stepId),
  }));
}

describe("examples", () => {
  test("the page opens on the b2b example, its title the journey's", async () => {
    const page = await app.page("");
    await mapOf(page, B2B.title);
    const c = await counts(page);
    assert.equal(c.steps, B2B.steps.length);
    assert.deepEqual(c.stepIds, B2B.steps.map((s) => s.id));
    assert.equal(c.points, expectedPoints(B2B));
    assert.equal(await alertText(page), "");
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  for (const file of examples()) {
    test(`${file}: every step, lane and curve point is drawn`, async () => {
      const journey = readJson(join(EXAMPLES, file));
      const page = await app.page(`?src=examples/${file}`);
      await mapOf(page, journey.title);
      const c = await counts(page);
      assert.equal(c.steps, journey.steps.length);
      assert.deepEqual(c.stepIds, journey.steps.map((s) => s.id));
      assert.equal(c.points, expectedPoints(journey));
      const lanes = await shownLanes(page);
      assert.deepEqual(lanes.map(([id]) => id), expectedLanes(journey).map(([id]) => id));
      // Lane titles as the file gives them (the actions row is the step header row).
      const titles = await page.$$eval(".map-body .lane-title > span:first-child", (s) => s.map((e) => e.textContent.trim()));
      assert.deepEqual(titles, expectedLanes(journey).filter(([id]) => id !== "actions").map(([, t]) => t));
      // Persona ids on the points: the file's, or `default`.
      const personaIds = await page.$$eval(".point", (p) => [...new Set(p.map((e) => e.dataset.personaId))].sort());
      const ids = (journey.personas ?? []).map((p) => p.id);
      assert.deepEqual(personaIds, ids.length ? personaIds.filter((id) => ids.includes(id)) : ["default"]);
      // Phases as column groups, in order.
      const phases = await page.$$eval("[data-phase-id]", (p) => p.map((e) => e.dataset.phaseId));
      assert.deepEqual(phases, journey.phases.filter((p) => journey.steps.some((s) => s.phase === p.id)).map((p) => p.id));
      assert.equal(await alertText(page), "");
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }

  test("the examples menu lists every bundled example and opens the chosen one", async () => {
    const page = await app.page("");
    await mapOf(page, B2B.title);
    const options = await page.$$eval("#examples-menu button", (o) => o.map((e) => e.dataset.file));
    assert.deepEqual(options.sort(), examples());
    // The example open is marked as the current one, with a check.
    const current = () => page.$$eval("#examples-menu [aria-current=true]", (o) => o.map((e) => e.dataset.file));
    assert.deepEqual(await current(), ["b2b-software.json"]);
    const mark = (file) => page.$eval(`#examples-menu [data-file="${file}"]`, (b) => getComputedStyle(b, "::before").content);
    assert.match(await mark("b2b-software.json"), /^"✓"/);
    assert.equal(await mark("minimal.json"), '""');
    const minimal = readJson(join(EXAMPLES, "minimal.json"));
    await page.getByRole("button", { name: "Examples" }).click();
    // Under its button, from its left edge (anchored on its right, it was pressed against the
    // window's edge).
    const [menu, button] = await page.evaluate(() => ["#examples-menu", "button.examples"].map((s) => document.querySelector(s).getBoundingClientRect().left));
    assert.ok(Math.abs(menu - button) < 1, `the menu at ${menu}, its button at ${button}`);
    await page.getByRole("button", { name: minimal.title }).click();
    await mapOf(page, minimal.title);
    assert.equal(await page.$eval("#examples-menu", (m) => m.matches(":popover-open")), false, "the menu closes");
    assert.match(page.url(), /\?src=examples\/minimal\.json$/);
    assert.deepEqual(await current(), ["minimal.json"]);
    await page.goBack();
    await mapOf(page, B2B.title);
    assert.deepEqual(await current(), ["b2b-software.json"]);
    // A journey from elsewhere (pasted, a file, a link) is none of them.
    await pasteText(page, readFileSync(join(EXAMPLES, "minimal.json"), "utf8"));
    await mapOf(page, minimal.title);
    assert.deepEqual(await current(), []);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("Spanish text, accents and emoji render as written", async () => {
    const journey = readJson(join(EXAMPLES, "compra-online.json"));
    const page = await app.page("?src=examples/compra-online.json");
    await mapOf(page, journey.title);
    const names = await page.$$eval(".step-head .step-name", (e) => e.map((x) => x.innerText.trim()));
    assert.deepEqual(names, journey.steps.map((s) => s.name));
    assert.equal(await page.title(), journey.title);
    await page.close();
  });
});

describe("bad input", () => {
  /** Opens the b2b map, then `act`; the map must still be there afterwards. */
  async function afterMap(act) {
    const page = await app.page("");
    await mapOf(page, B2B.title);
    await act(page);
    await page.waitForSelector("[role=alert] .alert");
    const text = await alertText(page);
    assert.equal(await page.title(), B2B.title, "the earlier journey is still the page's");
    assert.equal((await counts(page)).steps, B2B.steps.length, "the earlier map is still shown");
    return { page, text };
  }

  test("a syntax error names line and column (file picker)", async () => {
    const { page, text } = await afterMap((p) => p.setInputFiles("input[type=file]", join(FIXTURES, "syntax-error.json")));
    assert.match(text, /syntax-error\.json/);
    assert.match(text, /3:30: invalid JSON: expected ',' or '}'/);
    await page.close();
  });

  test("a file that is not a journey is refused (drag and drop)", async () => {
    const { page, text } = await afterMap(async (p) => {
      const body = readFileSync(join(FIXTURES, "not-a-journey.json"), "utf8");
      await p.evaluate((text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], "not-a-journey.json", { type: "application/json" }));
        for (const type of ["dragenter", "dragover", "drop"]) {
          document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
        }
      }, body);
    });
    assert.match(text, /1:1: expected a journey object, found an array/);
    await page.close();
  });

  test("a file with comments is told that JSON has none, where the first one is", async () => {
    const body = Buffer.from('{\n  // drafted in a workshop\n  "version": 1\n}');
    const { page, text } = await afterMap((p) => openBytes(p, "commented.json", body));
    assert.match(text, /2:3: invalid JSON: JSON has no comments; remove this comment/);
    // A comment as YAML and shell files write one, too.
    await openBytes(page, "hash.json", '{\n  "version": 1 # the format\n}');
    await page.waitForFunction(() => /hash\.json/.test(document.querySelector("[role=alert]").textContent));
    assert.match(await alertText(page), /2:16: invalid JSON: JSON has no comments; remove this comment/);
    await page.close();
  });

  test("quotes a word processor curled are told as such", async () => {
    const body = Buffer.from('{\n  “version”: 1\n}');
    const { page, text } = await afterMap((p) => openBytes(p, "curly.json", body));
    assert.match(text, /2:3: invalid JSON: a curly quote; JSON's strings need straight double quotes \("\)/);
    await page.close();
  });

  test("UTF-16 files open as their text; Windows-1252 ones too, with a warning where UTF-8 ends", async () => {
    const journey = (title) => JSON.stringify({ version: 1, title, phases: [{ id: "p", name: "Fase única" }], steps: [{ id: "s", phase: "p", name: "Pagó €5 – “ok”" }] }, null, 2);
    const page = await app.page("");
    await mapOf(page, B2B.title);
    // As PowerShell's Out-File writes it: UTF-16 little-endian with a byte-order mark.
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(journey("Atención al cliente 🙂"), "utf16le")]);
    await openBytes(page, "utf16.json", utf16);
    await mapOf(page, "Atención al cliente 🙂");
    assert.equal(await alertText(page), "");
    assert.equal(await page.locator(".step-head[data-step-id=s] .step-name").innerText(), "Pagó €5 – “ok”");
    // Windows-1252 has each of these letters in one byte.
    const latin = journey("Atención al cliente");
    const cp1252 = { "€": 0x80, "–": 0x96, "“": 0x93, "”": 0x94 };
    const bytes = Buffer.from([...latin].map((c) => cp1252[c] ?? c.charCodeAt(0)));
    await openBytes(page, "latin.json", bytes);
    await mapOf(page, "Atención al cliente");
    assert.equal(await page.locator(".step-head[data-step-id=s] .step-name").innerText(), "Pagó €5 – “ok”");
    await page.waitForSelector("[role=alert] .alert[data-kind=warning]");
    const text = await alertText(page);
    assert.match(text, /latin\.json/);
    assert.match(text, /3:19: this file is not UTF-8; it was read as Windows-1252 \(Western European\): if letters look wrong, save it as UTF-8/);
    // A UTF-8 file with one stray byte stays UTF-8: that byte is U+FFFD, told where it is.
    const base = Buffer.from(journey("Atención al cliente"), "utf8");
    const cut = base.indexOf("Fase") + 4;
    const stray = Buffer.concat([base.subarray(0, cut), Buffer.from([0xe9]), base.subarray(cut)]);
    await openBytes(page, "stray.json", stray);
    await page.waitForFunction(() => /stray\.json/.test(document.querySelector("[role=alert]").textContent));
    assert.equal(await page.locator(".step-head[data-step-id=s] .step-name").innerText(), "Pagó €5 – “ok”");
    assert.match(await alertText(page), /stray\.json.*: this byte is not UTF-8 \(nor any other shown as \uFFFD\); the rest of the file is read as UTF-8/);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  /** Opens the b2b map, then `body` as the file `name`, which must open as `title` with a warning. */
  async function openedWithWarning(name, body, title) {
    const page = await app.page("");
    await mapOf(page, B2B.title);
    await openBytes(page, name, body);
    await mapOf(page, title);
    await page.waitForSelector("[role=alert] .alert[data-kind=warning]");
    return { page, text: await alertText(page) };
  }

  test("a key written twice opens with a warning at the second, whose value is used", async () => {
    const body = '{"version": 1, "title": "Twice", "phases": [{"id": "p", "name": "P"}],\n "steps": [{"id": "s", "phase": "p", "name": "First", "name": "Second"}]}';
    const { page, text } = await openedWithWarning("twice.json", body, "Twice");
    assert.match(text, /2:55: "name" is already a key of this object; only this last value is used/);
    assert.equal(await page.locator(".step-head[data-step-id=s] .step-name").innerText(), "Second");
    await page.close();
  });

  test("a blank title or step name opens with a warning; the title is then the untitled one, the step's name its id", async () => {
    const body = '{"version": 1, "title": " ", "phases": [{"id": "p", "name": "P"}], "steps": [{"id": "s", "phase": "p", "name": "", "emotion": -1}, {"id": "t", "phase": "p", "name": "T", "emotion": 1}]}';
    const { page, text } = await openedWithWarning("blank.json", body, "Untitled journey");
    assert.match(text, /title: expected a string that is not empty, found " " — "Untitled journey" is used instead/);
    assert.match(text, /steps\[0\]\.name \(“s”\): expected a string that is not empty, found "" — "s" is used instead/);
    // The step is drawn, called by its id wherever its name is shown: its header, and the
    // curve's summary (it read "lowest point , −1").
    assert.equal(await page.locator(".step-head[data-step-id=s] .step-name").innerText(), "s");
    const summary = await page.locator(".curve-text").evaluate((e) => e.textContent);
    assert.match(summary, /lowest point “s”, −1/);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("dropped text that cannot be opened is named as such, and goes to the paste dialog to be mended", async () => {
    const page = await app.page("");
    await mapOf(page, B2B.title);
    const dropped = '\n  "a journey"';
    await dropText(page, dropped);
    const message = page.locator(".modal [role=alert].paste-error");
    await message.waitFor();
    const text = await message.innerText();
    assert.match(text, /^Could not open dropped text; the map shown is unchanged/);
    assert.match(text, /2:3: expected a journey object, found "a journey"/);
    // The text is kept in the dialog, the caret at the place; the map shown stays.
    assert.equal(await page.locator(".modal textarea").inputValue(), dropped);
    assert.equal(await page.$eval(".modal textarea", (a) => a.selectionStart), 3);
    assert.equal(await page.title(), B2B.title);
    assert.equal((await counts(page)).steps, B2B.steps.length);
    await page.close();
  });

  test("pasted JSON without phases is refused (paste dialog)", async () => {
    const page = await app.page("");
    await mapOf(page, B2B.title);
    await page.getByRole("button", { name: "Paste JSON" }).click();
    await page.fill(".modal textarea", readFileSync(join(FIXTURES, "no-phases.json"), "utf8"));
    await page.getByRole("button", { name: "Open", exact: true }).click();
    // Said in the dialog, which stays open, and only there: the page's alert is unchanged
    // (a screen reader hears it once, and text given up leaves no message behind).
    const message = page.locator(".modal [role=alert].paste-error");
    await message.waitFor();
    assert.match(await message.innerText(), /phases: missing; expected an array of at least one phase/);
    assert.equal(await alertText(page), "");
    await page.keyboard.press("Escape");
    assert.equal(await alertText(page), "");
    assert.equal(await page.title(), B2B.title);
    await page.close();
    // With no map on screen, the dialog does not claim one stays (as the page's alert).
    const blank = await app.page("?src=does-not-exist.json");
    await blank.waitForSelector("[role=alert] .alert");
    await blank.getByRole("button", { name: "Paste JSON" }).click();
    await blank.fill(".modal textarea", "{ not json");
    await blank.getByRole("button", { name: "Open", exact: true }).click();
    const said = blank.locator(".modal .paste-error");
    await said.waitFor();
    assert.match(await said.innerText(), /^Could not open pasted text(?!; the map shown)/);
    await blank.close();
  });

  test("with many problems, the paste dialog lists first what kept the text from opening, and fits the window", async () => {
    const page = await app.page("", { viewport: { width: 390, height: 800 } });
    await mapOf(page, B2B.title);
    await page.getByRole("button", { name: "Paste JSON" }).click();
    const phases = Array.from({ length: 70 }, () => ({ goal: "no id, no name" }));
    await page.fill(".modal textarea", JSON.stringify({ version: 1, title: "Bad", phases, steps: [] }, null, 1));
    await page.getByRole("button", { name: "Open", exact: true }).click();
    const first = page.locator(".modal .paste-error li").first();
    await first.waitFor();
    assert.match(await first.innerText(), /^phases: /);
    assert.match(await page.locator(".modal .paste-error .alert-more").innerText(), /more/);
    // The dialog stays within the window (it scrolls inside), title and buttons reachable.
    const box = await page.locator(".modal").boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 800, JSON.stringify(box));
    await page.getByRole("button", { name: "Cancel" }).scrollIntoViewIfNeeded();
    assert.ok(await page.getByRole("button", { name: "Cancel" }).isVisible());
    // Bullets are drawn, not read: the list's items are heard as their text.
    const heard = await page.locator(".modal .paste-error").ariaSnapshot();
    assert.doesNotMatch(heard, /[•◦]/);
    await page.close();
  });

  test("a failed paste keeps the URL of the map shown, and the paste box starts empty", async () => {
    const page = await app.page("?src=examples/minimal.json");
    await mapOf(page, "Minimal journey");
    await page.getByRole("button", { name: "Paste JSON" }).click();
    await page.fill(".modal textarea", "{ not json");
    await page.getByRole("button", { name: "Open", exact: true }).click();
    await page.waitForSelector(".modal .paste-error:not([hidden])");
    assert.match(page.url(), /\?src=examples\/minimal\.json$/);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Paste JSON" }).click();
    assert.equal(await page.locator(".modal textarea").inputValue(), "");
    assert.equal(await page.locator(".modal .paste-error").isVisible(), false);
    assert.equal(await page.locator(".modal textarea").getAttribute("aria-invalid"), "false");
    await page.close();
  });

  test("text the paste dialog cannot open stays in it, with the message and the caret at its place", async () => {
    const page = await app.page("?src=examples/minimal.json");
    await mapOf(page, "Minimal journey");
    await page.getByRole("button", { name: "Paste JSON" }).click();
    // 40 lines, the mistake on the 38th (a missing comma), after an emoji on its line.
    const lines = ['{ "version": 1, "title": "Fixed 😀", "phases": [{ "id": "p", "name": "P" }], "steps": ['];
    for (let i = 0; i < 36; i++) lines.push(`  { "id": "s${i}", "phase": "p", "name": "Step ${i}" },`);
    lines.push('  { "id": "last", "phase": "p", "name": "😀 Last" "emotion": 1 }', "]}");
    const text = lines.join("\n");
    await page.fill(".modal textarea", text);
    // Ctrl+Enter, from the text area: the caret moves and the text area scrolls to it.
    await page.keyboard.press("Control+Enter");
    const message = page.locator(".modal [role=alert].paste-error");
    await message.waitFor();
    assert.match(await message.innerText(), /Could not open pasted text; the map shown is unchanged/);
    assert.match(await message.innerText(), /38:50: invalid JSON: expected ',' or '}'/);
    // The dialog stays open with the text, marked invalid, and the caret is at 38:50.
    assert.equal(await page.locator(".modal textarea").inputValue(), text);
    const at = await page.$eval(".modal textarea", (a) => ({ focused: document.activeElement === a, start: a.selectionStart, end: a.selectionEnd, invalid: a.getAttribute("aria-invalid"), described: a.getAttribute("aria-describedby"), scrolled: a.scrollTop }));
    const offset = lines.slice(0, 37).join("\n").length + 1 + '  { "id": "last", "phase": "p", "name": "😀 Last" '.length;
    assert.deepEqual([at.focused, at.start, at.end, at.invalid], [true, offset, offset, "true"]);
    assert.match(at.described, /paste-error/);
    assert.ok(at.scrolled > 0, "the text area scrolled to the caret");
    // The map behind is the one shown before.
    assert.equal(await page.locator(".journey-heading h1").innerText(), "Minimal journey");
    // Fixed at the caret, the text opens and the dialog closes.
    await page.keyboard.type(",");
    await page.getByRole("button", { name: "Open", exact: true }).click();
    await mapOf(page, "Fixed 😀");
    assert.equal(await page.locator(".modal").isVisible(), false);
    await page.close();
  });

  test("a comma left out at a line's end is told there, and typed at the caret it opens", async () => {
    const page = await app.page("?src=examples/minimal.json");
    await mapOf(page, "Minimal journey");
    await page.getByRole("button", { name: "Paste JSON" }).click();
    const text = '{\n  "version": 1,\n  "title": "Comma"\n  "phases": [{ "id": "p", "name": "P" }],\n  "steps": [{ "id": "s", "phase": "p", "name": "S" }]\n}';
    await page.fill(".modal textarea", text);
    await page.keyboard.press("Control+Enter");
    const message = page.locator(".modal [role=alert].paste-error");
    await message.waitFor();
    // Line 3, where the comma goes (line 4 holds no mistake).
    assert.match(await message.innerText(), /3:19: invalid JSON: expected ',' or '}'/);
    const caret = await page.$eval(".modal textarea", (a) => a.selectionStart);
    assert.equal(caret, text.indexOf('"Comma"') + '"Comma"'.length);
    await page.keyboard.type(",");
    await page.getByRole("button", { name: "Open", exact: true }).click();
    await mapOf(page, "Comma");
    await page.close();
  });

  /** `text` pasted (Ctrl+V outside any text field) on the minimal example, which cannot open
   * it: the page, and the paste dialog's message once it shows. */
  async function pastedAndRefused(text) {
    const page = await app.page("?src=examples/minimal.json");
    await mapOf(page, "Minimal journey");
    await pasteText(page, text);
    const message = page.locator(".modal [role=alert].paste-error");
    await message.waitFor();
    return { page, message };
  }

  test("a comma to remove is selected in the paste dialog, so that Backspace removes it", async () => {
    const text = '{ "version": 1, "title": "No comma", "phases": [{ "id": "p", "name": "P" }],\n  "steps": [{ "id": "s", "phase": "p", "name": "S" },] }';
    const { page, message } = await pastedAndRefused(text);
    assert.match(await message.innerText(), /2:53: invalid JSON: a comma before a closing bracket; remove it/);
    const comma = text.indexOf("},]") + 1;
    const at = await page.$eval(".modal textarea", (a) => [document.activeElement === a, a.selectionStart, a.selectionEnd]);
    assert.deepEqual(at, [true, comma, comma + 1]);
    await page.keyboard.press("Backspace");
    assert.equal(await page.locator(".modal textarea").inputValue(), text.replace("},]", "}]"));
    await page.keyboard.press("Control+Enter");
    await mapOf(page, "No comma");
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("text pasted on the page that cannot be opened goes to the paste dialog, to be mended there", async () => {
    const text = '{ "version": 1, "title": "Mended", "phases": [{ "id": "p", "name": "P" }],\n  "steps": [{ "id": "s", "phase": "p" "name": "S" }] }';
    const { page, message } = await pastedAndRefused(text);
    assert.match(await message.innerText(), /Could not open pasted text; the map shown is unchanged/);
    assert.match(await message.innerText(), /2:39: invalid JSON: expected ',' or '}'/);
    // The text is in the dialog, the caret at the place; the page's alert says nothing of it.
    assert.equal(await page.locator(".modal textarea").inputValue(), text);
    const at = await page.$eval(".modal textarea", (a) => [document.activeElement === a, a.selectionStart, a.getAttribute("aria-invalid")]);
    assert.deepEqual(at, [true, text.indexOf('"name": "S"'), "true"]);
    assert.equal(await alertText(page), "");
    assert.equal(await page.locator(".journey-heading h1").innerText(), "Minimal journey");
    // Mended at the caret, Ctrl+Enter opens it.
    await page.keyboard.type(",");
    await page.keyboard.press("Control+Enter");
    await mapOf(page, "Mended");
    assert.equal(await page.locator(".modal").isVisible(), false);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("Ctrl+V while a dialog is open is left alone: no paste box opens unseen behind it", async () => {
    const page = await app.page("?src=examples/minimal.json");
    await mapOf(page, "Minimal journey");
    await page.getByRole("button", { name: "Share" }).click();
    await page.locator(".modal h2").first().waitFor();
    await pasteText(page, "{ not json");
    await page.waitForTimeout(300);
    assert.equal(await page.$eval(".paste-host", (host) => host.hidden), true, "no paste box behind the dialog");
    assert.equal(await page.locator(".journey-heading h1").innerText(), "Minimal journey");
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("a ?src= that does not exist says so", async () => {
    const page = await app.page("?src=does-not-exist.json");
    await page.waitForSelector("[role=alert] .alert");
    // Nothing was shown before, so the message does not claim a map stays.
    assert.match(await alertText(page), /^Could not open “does-not-exist\.json”(?!; the map shown)/);
    assert.match(await alertText(page), /does-not-exist\.json/);
    assert.match(await alertText(page), /404/);
    // With no journey there is nothing to share or present: the buttons say so, and look it.
    for (const name of ["Share", "Present"]) {
      const button = page.getByRole("button", { name, exact: true });
      assert.ok(await button.isDisabled(), name);
      assert.ok(Number(await button.evaluate((b) => getComputedStyle(b).opacity)) < 0.6, `${name} looks disabled`);
    }
    assert.deepEqual(page.errors.filter((e) => !/404/.test(e)), []);
    await page.close();
  });

  test("an empty or blank ?src= is no src: the default journey opens, without a message", async () => {
    for (const query of ["?src=", "?src=%20%20%20"]) {
      const page = await app.page(query);
      await mapOf(page, B2B.title);
      // It fetched the page itself and said "this HTML file carries no journey".
      assert.equal(await page.locator("[role=alert] .alert").count(), 0, query);
      assert.deepEqual(page.errors, []);
      await page.close();
    }
  });

  test("a ?src= with another scheme is refused without fetching", async () => {
    const page = await app.page("?src=javascript:alert(1)");
    await page.waitForSelector("[role=alert] .alert");
    assert.match(await alertText(page), /http/);
    await page.close();
  });

  test("wrong values are listed by path and the rest of the journey opens", async () => {
    const page = await app.page(`?src=${encodeURIComponent(fixtures.url + "wrong-values.json")}`);
    await mapOf(page, "Wrong values");
    await page.waitForSelector("[role=alert] .alert");
    const text = await alertText(page);
    for (const m of [
      // A step on the map is named after the path (paths count from 0); one left out is not.
      "steps[1].importance (“Second”): expected a number from 1 to 5, found 9",
      "steps[3].emotion (“Fourth”): expected a number from -2 to 2, found 7",
      'steps[3].links[0].url (“Fourth”): expected an http(s) or mailto URL, found "javascript:alert(1)"',
      'steps[4].phase: unknown phase "gamma"; expected one of "a", "b"',
      'steps[5].id: duplicate step id "one", already used by steps[0]',
    ]) assert.ok(text.includes(m), `missing: ${m}\nin: ${text}`);
    const items = await page.$$eval("[role=alert] li[data-at]", (l) => l.map((e) => e.dataset.at));
    assert.ok(items.includes("steps[3].emotion"));
    assert.deepEqual((await counts(page)).stepIds, ["one", "two", "three", "four"]);
    await page.close();
  });

  test("a problem names its step quoted, isolated and on one line", async () => {
    // A name with U+202E RIGHT-TO-LEFT OVERRIDE turned the rest of its message around, and a
    // name of 1,200 characters took eight lines of the alert.
    const page = await app.page("");
    await mapOf(page, B2B.title);
    const long = "Checks the invoice ".repeat(63).trim();
    const steps = [
      { id: "a", phase: "p", name: long, emotion: 9 },
      { id: "b", phase: "p", name: "\u202eRLO name", emotion: 9 },
    ];
    await openBytes(page, "names.json", JSON.stringify({ version: 1, title: "Names", phases: [{ id: "p", name: "P" }], steps }));
    await mapOf(page, "Names");
    await page.waitForSelector("[role=alert] .alert");
    const facts = await page.$$eval("[role=alert] li[data-at$=emotion]", (items) => items.map((li) => {
      const name = li.querySelector(".problem-step");
      const after = document.createRange();
      after.selectNodeContents(li.querySelector(".what"));
      return {
        tag: name.tagName, title: name.title, text: li.textContent,
        lines: Math.round(name.getBoundingClientRect().height / parseFloat(getComputedStyle(name).lineHeight || 18)),
        cut: name.scrollWidth > name.clientWidth,
        // In a left-to-right line, what is wrong comes to the right of the name.
        after: after.getBoundingClientRect().left >= name.getBoundingClientRect().right - 1,
      };
    }));
    assert.equal(facts.length, 2);
    assert.deepEqual(facts.map((f) => f.tag), ["BDI", "BDI"]);
    assert.equal(facts[0].title, long);
    assert.ok(facts[0].text.startsWith(`steps[0].emotion (“${long}”): expected a number`), facts[0].text);
    assert.ok(facts[0].cut && facts[0].lines <= 1, JSON.stringify(facts[0]));
    assert.ok(facts[1].text.startsWith("steps[1].emotion (“\u202eRLO name”): expected"), facts[1].text);
    assert.ok(facts[1].after, "the message after an overriding name is in its place");
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("a name of invisible characters is told as blank, written as escapes and not quoted as a step's name", async () => {
    const page = await app.page("");
    await mapOf(page, B2B.title);
    const steps = [{ id: "s", phase: "p", name: " \ufeff\u200f", emotion: 9 }];
    await openBytes(page, "zw.json", JSON.stringify({ version: 1, title: "\u200b", phases: [{ id: "p", name: "P" }], steps }));
    await mapOf(page, "Untitled journey");
    const text = await alertText(page);
    for (const m of [
      'title: expected a string that is not empty, found "\\u200b" — "Untitled journey" is used instead',
      'steps[0].name (“s”): expected a string that is not empty, found " \\ufeff\\u200f" — "s" is used instead',
      "steps[0].emotion (“s”): expected a number from -2 to 2, found 9",
    ]) assert.ok(text.includes(m), `missing: ${m}\nin: ${text}`);
    // The step is named by the id that stands in for its name, not by the invisible one.
    const named = await page.locator("[role=alert] .problem-step").allTextContents();
    assert.ok(named.length > 0 && named.every((n) => n === "s"), named.join("|"));
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("a file with tens of thousands of problems opens with them counted, and the app keeps working", async () => {
    const page = await app.page("");
    // 20,000 channels and a step naming an unknown one 20,000 times: each warning held a copy
    // of the 20,000 known ids, and the page ran out of memory (`unreachable`, no message).
    const channels = Array.from({ length: 20000 }, (_, i) => ({ id: `c${i}` }));
    const many = (title, step) => JSON.stringify({ version: 1, title, channels, phases: [{ id: "a", name: "A" }], steps: [{ id: "s", phase: "a", name: "n", ...step }] });
    await openBytes(page, "channels.json", many("Many channels", { channel: Array(20000).fill("z") }));
    await mapOf(page, "Many channels");
    await page.waitForSelector("[role=alert] .alert[data-kind=warning]");
    let text = await alertText(page);
    assert.match(text, /^Opened “channels\.json” with 20,000 problems /);
    assert.ok(text.includes('steps[0].channel[0] (“n”): unknown channel "z"; expected one of "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", …'), text);
    assert.equal(await page.locator("[role=alert] li[data-at]").count(), 50);
    assert.match(text, / and 19,950 more ×$/);
    // 300,000 wrong pains: the first ten thousand problems are kept, the rest counted.
    await openBytes(page, "pains.json", many("Many pains", { pains: Array(300000).fill(1) }));
    await mapOf(page, "Many pains");
    await page.waitForSelector("[role=alert] .alert[data-kind=error]");
    text = await alertText(page);
    assert.match(text, /^Opened “pains\.json” with 300,000 problems /);
    assert.ok(text.includes("steps[0].pains[49] (“n”): expected a string, found 1"), text);
    assert.match(text, / and 299,950 more ×$/);
    await pasteText(page, JSON.stringify(B2B));
    await mapOf(page, B2B.title);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("a ?src= file larger than 100 MB is refused, before reading when the server gives its size, else at the limit", async () => {
    // A server that says 200 MB and never sends them, one that sends 101 MB unsized, at once
    // or after the app has started without them, one that sends without end, and one whose
    // 150 KB of gzip inflate to 150 MB.
    const mb = Buffer.alloc(101 * 1024 * 1024, " ");
    const bomb = gzipSync(Buffer.concat([Buffer.from('{"title": "'), Buffer.alloc(150 * 1024 * 1024, "a"), Buffer.from('"}')]));
    const server = createServer((req, res) => {
      const headers = { "access-control-allow-origin": "*", "content-type": "application/json" };
      if (req.url === "/said.json") {
        res.writeHead(200, { ...headers, "content-length": String(200 * 1024 * 1024) });
        res.write('{"version": 1, ');
        return; // (never ends: a page that waits for the body never says anything)
      }
      if (req.url === "/bomb.json") {
        // 150 MB of JSON in about 150 KB of gzip, its Content-Length the compressed size.
        res.writeHead(200, { ...headers, "content-encoding": "gzip", "content-length": String(bomb.length) });
        return res.end(bomb);
      }
      if (req.url === "/endless.json") {
        res.writeHead(200, headers);
        res.write('{"version": 1, "title": "');
        const chunk = Buffer.alloc(1024 * 1024, "a");
        const pump = () => {
          while (!res.destroyed && res.write(chunk));
        };
        res.on("drain", pump);
        pump();
        return;
      }
      const send = () => {
        res.writeHead(200, headers);
        res.end(Buffer.concat([mb, Buffer.from("{}")]));
      };
      if (req.url === "/late.json") setTimeout(send, 1500);
      else send();
    });
    await new Promise((done) => server.listen(0, "127.0.0.1", done));
    const base = `http://127.0.0.1:${server.address().port}/`;
    try {
      const larger = "the file is larger than the limit of 100 MB";
      const said = "the file is 200 MB; the limit is 100 MB";
      for (const [name, message] of [["said.json", said], ["unsized.json", larger], ["late.json", larger], ["endless.json", larger], ["bomb.json", larger]]) {
        const page = await app.page(null);
        // boot.js waits 400 ms for the journey's bytes. Holding boot.js back until the
        // bytes are in makes the app start with them in hand; late.json comes after.
        let release;
        const held = new Promise((done) => (release = done));
        await page.route("**/boot.js", async (route) => (await held, route.continue()));
        await page.goto(`${app.url}?src=${encodeURIComponent(base + name)}`, { waitUntil: "commit" });
        if (name === "unsized.json" || name === "endless.json" || name === "bomb.json") {
          // Read up to the limit, then stopped: what arrives is the size read.
          await page.waitForFunction(() => globalThis.journeyLensPrefetch);
          const arrived = await page.evaluate(async () => await globalThis.journeyLensPrefetch.bytes);
          assert.equal(typeof arrived, "number", name);
          assert.ok(arrived > 100 * 1024 * 1024 && arrived < 110 * 1024 * 1024, `${name}: ${arrived}`);
        }
        release();
        await page.waitForSelector("[role=alert] .alert");
        assert.match(await alertText(page), new RegExp(message), name);
        assert.deepEqual(page.errors, []);
        await page.close();
      }
      // The app's own fetch (a ?src= reached by going back) stops at the limit too, and the
      // map on screen stays.
      const page = await app.page(`?src=${encodeURIComponent(fixtures.url + "future-version.json")}`);
      await mapOf(page, "From the future");
      const stepIds = () => page.$$eval(".step-head[data-step-id]", (els) => els.map((e) => e.dataset.stepId));
      const steps = await stepIds();
      await page.evaluate((src) => {
        history.pushState(null, "", `?src=${encodeURIComponent(src)}`);
        dispatchEvent(new PopStateEvent("popstate"));
      }, base + "endless.json");
      await page.waitForFunction(() => /larger than the limit/.test(document.querySelector("[role=alert]").textContent), null, { timeout: 60000 });
      assert.match(await alertText(page), /Could not open .*; the map shown is unchanged/);
      assert.equal(await page.title(), "From the future");
      assert.ok(steps.length > 0);
      assert.deepEqual(await stepIds(), steps);
      assert.deepEqual(page.errors, []);
      await page.close();
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  test("a future version opens with a warning", async () => {
    const page = await app.page(`?src=${encodeURIComponent(fixtures.url + "future-version.json")}`);
    await mapOf(page, "From the future");
    await page.waitForSelector("[role=alert] .alert[data-kind=warning]");
    assert.match(await alertText(page), /format version 3/);
    await page.close();
  });

  test("numbers of 17 digits or more read as the nearest double (fixture long-numbers.json)", async () => {
    const page = await app.page(`?src=${encodeURIComponent(fixtures.url + "long-numbers.json")}`);
    await mapOf(page, "Long numbers");
    await settled(page);
    // 2.0000000000000001 is 2 exactly, so it is in range: no message about it. 1e309 is
    // past the largest double: told as written and left out (it showed as "∞ ✓").
    await page.waitForSelector("[role=alert] .alert");
    assert.match(await alertText(page), /long-numbers\.json” with 1 problem steps\[2\]\.metrics\.csat \(“Past the largest double”\): expected a number, found 1e309 — this value is ignored/);
    assert.equal(await page.locator(".cell[data-step-id=far] .metric").count(), 0);
    const status = (step) => page.getAttribute(`.cell[data-step-id=${step}] .metric[data-metric-id=csat]`, "data-status");
    assert.equal(await status("just-below"), "missed", "3.9999999999999996 is below a target of 4");
    assert.equal(await status("at"), "met", "4.0000000000000001 is 4");
    // Shown with the digits that tell it from the target (not "4 ✗ … ≥ 4").
    const shown = (step) => page.textContent(`.cell[data-step-id=${step}] .metric[data-metric-id=csat] .value`);
    assert.equal(await shown("just-below"), "3.9999999999999996");
    assert.equal(await shown("at"), "4");
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("journey text is text: markup in a file is shown, never run", async () => {
    const page = await app.page(`?src=${encodeURIComponent(fixtures.url + "script-text.json")}`);
    await page.waitForFunction(() => document.querySelector(".step-head[data-step-id]"));
    await page.hover(".step-head");
    await page.hover(".point");
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator("[data-view=swimlane] script, [data-view=swimlane] img, [data-view=swimlane] iframe, [data-view=swimlane] b").count(), 0);
    assert.match(await page.locator(".step-head .step-name").innerText(), /<b>bold\?<\/b> & <i>not<\/i>/);
    assert.match(await page.title(), /^<img src=x/);
    await page.close();
  });

  test("dismissing a message keeps the map; a good file then replaces it", async () => {
    const { page } = await afterMap((p) => p.setInputFiles("input[type=file]", join(FIXTURES, "syntax-error.json")));
    await page.getByRole("button", { name: "Dismiss" }).click();
    assert.equal(await alertText(page), "");
    await page.setInputFiles("input[type=file]", join(EXAMPLES, "minimal.json"));
    await mapOf(page, "Minimal journey");
    assert.equal((await counts(page)).steps, 3);
    await page.close();
  });
});

describe("a reload", () => {
  const BROADBAND = readJson(join(FIXTURES, "broadband.json"));
  // The tab keeps a copy once the map is drawn (src/app/fetch.js).
  const keptAs = (page, name) => page.waitForFunction((n) => sessionStorage.getItem("jl-opened")?.startsWith(`${n}/`), name);

  test("a journey opened from a file comes back on a reload, in its view, with its name in messages", async () => {
    const page = await app.page("");
    await mapOf(page, B2B.title);
    // A file with a problem, so that the message names it after the reload too.
    const journey = { ...BROADBAND, steps: BROADBAND.steps.map((s, i) => (i === 1 ? { ...s, importance: 9 } : s)) };
    await openBytes(page, "broadband.json", JSON.stringify(journey));
    await mapOf(page, BROADBAND.title);
    await page.waitForFunction(() => /problem/.test(document.querySelector("[role=alert]").textContent));
    const before = await alertText(page);
    assert.match(before, /“broadband\.json” with 1 problem/);
    await page.locator('.step-head[data-step-id="reschedules"] .step-name').click();
    await page.waitForFunction(() => location.search.includes("step=reschedules"));
    await keptAs(page, "broadband.json");
    await page.reload();
    await mapOf(page, BROADBAND.title);
    await page.waitForSelector('#step-details:not([hidden])');
    assert.match(await page.locator("#step-details").innerText(), /Calls to reschedule the slot/);
    assert.ok(page.url().includes("step=reschedules"), page.url());
    assert.equal(await alertText(page), before);
    // Back closes the step's details, on the same journey.
    await page.goBack();
    await page.waitForSelector("#step-details", { state: "hidden" });
    await mapOf(page, BROADBAND.title);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("pasted text comes back on a reload; a file too large to keep leaves none kept, and a reload shows the default", async () => {
    const page = await app.page("");
    await mapOf(page, B2B.title);
    await pasteText(page, readFileSync(join(EXAMPLES, "minimal.json"), "utf8"));
    await mapOf(page, "Minimal journey");
    await keptAs(page, "");
    await page.reload();
    await mapOf(page, "Minimal journey");
    // A file's name may hold a line break (Linux, macOS): the reload had read its second
    // line as the start of the JSON.
    const named = { ...BROADBAND, title: "A name of two lines" };
    await openBytes(page, "two\nlines.json", JSON.stringify(named));
    await mapOf(page, named.title);
    await keptAs(page, "two\nlines.json");
    await page.reload();
    await mapOf(page, named.title);
    // About 12 MB as the tab's storage counts it (two bytes a character): over its quota.
    const big = { ...BROADBAND, title: "Too large to keep", description: "x".repeat(6_000_000) };
    await openBytes(page, "big.json", JSON.stringify(big));
    await mapOf(page, "Too large to keep");
    // Said, not silent (a review lost a 7 MB file to a reload without a word).
    assert.match(await alertText(page), /“big\.json” with 1 problem.*this journey is over 5 MB, too large for this tab to keep: a reload will show the default example instead/s);
    // (Dropped at once: a reload at any moment after shows no older journey.)
    assert.equal(await page.evaluate(() => sessionStorage.getItem("jl-opened")), null);
    await page.reload();
    // Not the minimal journey kept before it.
    await mapOf(page, B2B.title);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  // Writing a copy of 10,000 steps (3.6 MB) took 20 ms, and the map waited for it.
  test("the copy is written after the map is drawn", async () => {
    const page = await app.page("");
    await mapOf(page, B2B.title);
    await page.evaluate((title) => {
      window.keptWhenDrawn = new Promise((done) => {
        const seen = new MutationObserver(() => {
          if (document.title !== title || !document.querySelector("[data-view=swimlane] .step-head")) return;
          seen.disconnect();
          done(sessionStorage.getItem("jl-opened"));
        });
        seen.observe(document, { subtree: true, childList: true });
      });
    }, BROADBAND.title);
    await openBytes(page, "broadband.json", JSON.stringify(BROADBAND));
    assert.equal(await page.evaluate(() => window.keptWhenDrawn), null);
    await keptAs(page, "broadband.json");
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});

describe("layout", () => {
  test("a journey of phases without steps says so on one line, in a card as wide as the message", async () => {
    const page = await app.page("?src=examples/minimal.json");
    await mapOf(page, "Minimal journey");
    await page.getByRole("button", { name: "Paste JSON" }).click();
    await page.fill(".modal textarea", JSON.stringify({ version: 1, title: "Only phases", phases: [{ id: "a", name: "A" }], steps: [] }));
    await page.getByRole("button", { name: "Open", exact: true }).click();
    await page.waitForSelector(".map-empty");
    const box = await page.$eval(".map-empty", (p) => ({
      text: p.textContent,
      lines: Math.round((p.getBoundingClientRect().height - 64) / parseFloat(getComputedStyle(p).lineHeight)),
      inCard: p.getBoundingClientRect().right <= document.querySelector(".map-scroll").getBoundingClientRect().right,
    }));
    assert.deepEqual(box, { text: "This journey has no steps yet.", lines: 1, inCard: true });
    // Its phases are shown, in order, each over a step's width (there was only the message).
    await page.getByRole("button", { name: "Paste JSON" }).click();
    const phases = [{ id: "a", name: "Awareness", goal: "Learn that we exist" }, { id: "b", name: "Purchase" }, { id: "c", name: "Renewal" }];
    await page.fill(".modal textarea", JSON.stringify({ version: 1, title: "Three phases", phases, steps: [] }));
    await page.getByRole("button", { name: "Open", exact: true }).click();
    await page.waitForFunction(() => document.title === "Three phases" && document.querySelector(".phase-row .phase"));
    const shown = () => page.$$eval(".phase-row .phase", (ps) => ps.map((p) => [p.dataset.phaseId, p.dataset.tone, p.innerText.replace(/\s+/g, " ").trim(), Math.round(p.getBoundingClientRect().width)]));
    assert.deepEqual(await shown(), [["a", "0", "Awareness Learn that we exist", 216], ["b", "1", "Purchase", 216], ["c", "2", "Renewal", 216]]);
    assert.equal(await page.locator(".map-empty").textContent(), "This journey has no steps yet.");
    // The button that folds every phase has no steps to fold.
    assert.equal(await page.locator(".phase-toggle.all").isDisabled(), true);
    // Presented, the journey is of three phases (it said "0 phases").
    await page.getByRole("button", { name: "Present" }).click();
    assert.match(await page.locator("#presentation .slide-meta").textContent(), /^3 phases · 0 steps$/);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("step numbers and names and the lane titles stay in view while a wide map scrolls", async () => {
    const page = await app.page("");
    await mapOf(page, B2B.title);
    const box = async (sel) => page.locator(sel).first().boundingBox();
    const before = { title: await box(".map-body .lane-title"), head: await headerPlace(page) };
    assert.ok(before.head.phases > 30 && before.head.hidden.length === 0, `at the top the headers are whole: ${JSON.stringify(before.head)}`);
    // A step's marks and links sit right over its number and name, not at the top of a
    // header made tall by another step's marks.
    const gaps = await page.$$eval(".step-head[data-step-id]:has(.flags)", (heads) => heads.map((h) => {
      // (A step's one link shares its number's line.)
      const above = [...h.children].filter((c) => !c.matches(".step-top, .step-name, .step-links[data-single]"));
      return h.querySelector(".step-number").getBoundingClientRect().top - Math.max(...above.map((c) => c.getBoundingClientRect().bottom));
    }));
    assert.ok(gaps.length >= 3 && gaps.every((g) => g >= 0 && g <= 8), `the marks sit over their step's number: ${gaps}`);
    await page.locator(".map-scroll").evaluate((el) => el.scrollBy(600, 400));
    await page.waitForTimeout(100);
    const after = { title: await box(".map-body .lane-title"), head: await headerPlace(page) };
    assert.equal(after.title.x, before.title.x, "lane titles stick to the left");
    // The headers' last lines stick to the top: each step's number and name, no more.
    assert.ok(after.head.steps >= 4 && after.head.hidden.length === 0, `names in view: ${JSON.stringify(after.head)}`);
    assert.ok(after.head.pinned <= 90 && after.head.phases <= 1, `only the last lines stay: ${JSON.stringify(after.head)}`);
    await page.close();
  });

  test("a long map draws only the columns in view, and every lane follows the scroll", async () => {
    const journey = readJson(join(FIXTURES, "generated", "50.json"));
    const page = await app.page(`?src=${encodeURIComponent(fixtures.url + "generated/50.json")}`);
    await mapOf(page, journey.title);
    const rows = () => page.evaluate(() => {
      const ids = (els) => [...els].map((e) => e.dataset.stepId).join(" ");
      const lanes = [...document.querySelectorAll(".map-body .lane:not([data-lane-id=emotion])")];
      return {
        heads: ids(document.querySelectorAll(".step-head[data-step-id]")),
        lanes: lanes.map((lane) => ids(lane.querySelectorAll(":scope > .cell"))),
        points: ids(document.querySelectorAll(".point[data-persona-id=p0]")),
      };
    });
    // There and back again: columns leave and enter on both sides.
    for (const x of [0, 2600, 7000, 1e6, 3000, 0]) {
      await page.locator(".map-scroll").evaluate((el, x) => { el.scrollLeft = x; }, x);
      await page.waitForTimeout(120);
      const { heads, lanes, points } = await rows();
      const shown = heads.split(" ");
      assert.ok(shown.length >= 4 && shown.length < 20, `a window of columns at ${x}: ${heads}`);
      const first = Number(shown[0].slice(1));
      assert.deepEqual(shown, shown.map((_, i) => `s${first + i}`), `consecutive steps at ${x}`);
      assert.ok(lanes.length >= 5, "the generated journey fills several lanes");
      for (const lane of lanes) assert.equal(lane, heads, `every lane shows the header's steps at ${x}`);
      assert.equal(points, heads, `the curve follows at ${x}`);
    }
    await page.close();
  });

  test("switching between the map and the curve keeps the scroll position", async () => {
    const page = await app.page("");
    await mapOf(page, B2B.title);
    await page.waitForSelector(".step-head .flag"); // the insights have arrived
    await page.locator(".map-scroll").evaluate((el) => el.scrollBy(500, 0));
    await page.getByRole("button", { name: "Emotion curve" }).click();
    await page.waitForSelector("[data-view=swimlane][data-view-mode=curve]");
    assert.equal(await page.locator(".map-scroll").evaluate((el) => el.scrollLeft), 500);
    await page.getByRole("button", { name: "Map" }).click();
    await page.waitForSelector("[data-view=swimlane][data-view-mode=map]");
    assert.equal(await page.locator(".map-scroll").evaluate((el) => el.scrollLeft), 500);
    await page.close();
  });

  test("curve points sit on their step's column", async () => {
    const page = await app.page("");
    await mapOf(page, B2B.title);
    const offsets = await page.evaluate(() => [...document.querySelectorAll(".point")].map((p) => {
      const head = document.querySelector(`.step-head[data-step-id="${CSS.escape(p.dataset.stepId)}"]`).getBoundingClientRect();
      const dot = p.querySelector(".marker").getBoundingClientRect();
      return Math.abs(dot.x + dot.width / 2 - (head.x + head.width / 2));
    }));
    assert.ok(offsets.length > 0);
    for (const o of offsets) assert.ok(o < 1, `point off its column by ${o}px`);
    await page.close();
  });

  test("two personas feeling the same at a step both show: the second's marker inside the first's", async () => {
    const page = await app.page("", { viewport: { width: 1366, height: 768 } });
    await mapOf(page, B2B.title);
    const size = (step, persona) => page.$eval(`.point[data-step-id="${step}"][data-persona-id="${persona}"] .marker`, (m) => m.getBBox().width);
    // Ana and Luis both at +1 at "Visits the home page": Luis's square had covered Ana's circle.
    const [ana, luis] = [await size("visit-home", "ana"), await size("visit-home", "luis")];
    assert.ok(luis < ana * 0.7, `${luis} inside ${ana}`);
    // Apart (+1 and 0), each at its own size.
    assert.equal(await size("read-article", "ana"), ana);
    assert.ok(Math.abs((await size("read-article", "luis")) - 0.9 * ana) < 0.1);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("long text wraps inside its column", async () => {
    const page = await app.page("");
    await mapOf(page, B2B.title);
    const overflowing = await page.$$eval(".cell, .step-head", (cells) =>
      cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.dataset.stepId));
    assert.deepEqual(overflowing, []);
    await page.close();
  });

  test("importance 2.5 is two squares and a half, and says 2.5", async () => {
    const page = await app.page("");
    await mapOf(page, B2B.title);
    const journey = { version: 1, title: "Halves", phases: [{ id: "p", name: "P" }],
      steps: [{ id: "a", phase: "p", name: "A", importance: 2.5 }, { id: "b", phase: "p", name: "B", importance: 5 }] };
    await page.getByRole("button", { name: "Paste JSON" }).click();
    await page.fill(".modal textarea", JSON.stringify(journey));
    await page.getByRole("button", { name: "Open", exact: true }).click();
    await mapOf(page, "Halves");
    const squares = (id) => page.$eval(`.step-head[data-step-id=${id}] .importance`, (e) => [e.getAttribute("aria-label"), [...e.children].map((i) => i.className).join(" ")]);
    assert.deepEqual(await squares("a"), ["Importance 2.5 of 5", "on on half  "]);
    assert.deepEqual(await squares("b"), ["Importance 5 of 5", "on on on on on"]);
    const half = await page.$eval(".step-head[data-step-id=a] .importance i.half", (i) => getComputedStyle(i).backgroundImage);
    assert.match(half, /linear-gradient/);
    // Coloured from 3, where the insights count a step important (3 was grey, beside a step's
    // "Fix first"), in the accent colour; 2.5 is not important, and grey.
    const three = { ...journey, steps: [journey.steps[0], { id: "b", phase: "p", name: "B", importance: 3 }] };
    await page.getByRole("button", { name: "Paste JSON" }).click();
    await page.fill(".modal textarea", JSON.stringify(three));
    await page.getByRole("button", { name: "Open", exact: true }).click();
    await page.waitForFunction(() => document.querySelector(".step-head[data-step-id=b] .importance")?.children.length === 5
      && document.querySelectorAll(".step-head[data-step-id=b] .importance i.on").length === 3);
    const colours = await page.evaluate(() => {
      const on = (id) => getComputedStyle(document.querySelector(`.step-head[data-step-id=${id}] .importance i.on`)).backgroundColor;
      const probe = document.createElement("i");
      probe.style.color = "var(--accent)";
      document.body.append(probe);
      const accent = getComputedStyle(probe).color;
      probe.remove();
      return { low: on("a"), three: on("b"), accent };
    });
    assert.equal(colours.three, colours.accent);
    assert.notEqual(colours.low, colours.accent);
    await page.close();
  });

  test("half an emoji escaped (as JavaScript writes one cut in two) opens as a replacement character", async () => {
    const page = await app.page("");
    await mapOf(page, B2B.title);
    const name = "Cut emoji " + "😀".slice(0, 1);
    const text = JSON.stringify({ version: 1, title: "Halves", phases: [{ id: "p", name: "P" }], steps: [{ id: "s", phase: "p", name }] });
    assert.match(text, /\\ud83d/, "JSON.stringify escapes the lone surrogate");
    await page.getByRole("button", { name: "Paste JSON" }).click();
    await page.fill(".modal textarea", text);
    await page.getByRole("button", { name: "Open", exact: true }).click();
    await mapOf(page, "Halves");
    assert.equal(await page.locator(".step-head[data-step-id=s] .step-name").innerText(), "Cut emoji \uFFFD");
    await page.close();
  });

  test("a lane title of one long word breaks inside its column", async () => {
    const page = await app.page("");
    await mapOf(page, B2B.title);
    const journey = { version: 1, title: "Long lane", lanes: [{ id: "actions" }, { id: "pains", title: "Kundenzufriedenheitsmessungsergebnisse" }],
      phases: [{ id: "p", name: "P" }], steps: [{ id: "s", phase: "p", name: "S", pains: ["x"] }] };
    await page.getByRole("button", { name: "Paste JSON" }).click();
    await page.fill(".modal textarea", JSON.stringify(journey));
    await page.getByRole("button", { name: "Open", exact: true }).click();
    await mapOf(page, "Long lane");
    const title = await page.$eval("[data-lane-id=pains] .lane-title", (t) => ({ scroll: t.scrollWidth, client: t.clientWidth, text: t.textContent }));
    assert.match(title.text, /Kundenzufriedenheitsmessungsergebnisse/i);
    assert.ok(title.scroll <= title.client + 1, `the title runs ${title.scroll - title.client} px past its column`);
    await page.close();
  });
});

describe("lanes and personas", () => {
  test("empty lanes start hidden and the Lanes menu shows or hides any lane", async () => {
    const page = await app.page("?src=examples/minimal.json");
    await mapOf(page, "Minimal journey");
    const lanes = () => page.$$eval("[data-view=swimlane] [data-lane-id]", (r) => r.map((e) => e.dataset.laneId));
    assert.deepEqual(await lanes(), ["actions", "emotion"]);
    await page.getByText("Lanes", { exact: true }).click();
    const menu = await page.$$eval(".lanes-menu label[data-lane-id]", (l) => l.map((e) => [e.dataset.laneId, e.querySelector("input").checked]));
    assert.deepEqual(menu.find(([id]) => id === "touchpoints"), ["touchpoints", false]);
    assert.deepEqual(menu.find(([id]) => id === "emotion"), ["emotion", true]);
    await page.locator(".lanes-menu label[data-lane-id=pains] input").check();
    assert.deepEqual(await lanes(), ["actions", "emotion", "pains"]);
    await page.locator(".lanes-menu label[data-lane-id=emotion] input").uncheck();
    assert.deepEqual(await lanes(), ["actions", "pains"]);
    assert.equal(await page.locator("svg[data-view=emotion-curve]").count(), 0);
    // With every lane hidden, the map says where they are instead of a blank box.
    const note = page.locator(".no-lanes");
    assert.ok(!(await note.isVisible()));
    await page.locator(".lanes-menu label[data-lane-id=pains] input").uncheck();
    assert.deepEqual(await lanes(), ["actions"]);
    assert.ok(await note.isVisible());
    assert.match(await note.innerText(), /^No lane is shown: choose some in the Lanes menu/);
    await page.locator(".lanes-menu label[data-lane-id=pains] input").check();
    assert.ok(!(await note.isVisible()));
    // The menu is a popover: Escape closes it.
    assert.ok(await page.locator(".lanes-menu").isVisible());
    await page.keyboard.press("Escape");
    assert.ok(!(await page.locator(".lanes-menu").isVisible()));
    await page.close();
  });

  test("a journey that states no feelings says so beside its empty curve", async () => {
    const page = await app.page(`?src=${encodeURIComponent(fixtures.url + "no-feelings.json")}`);
    await mapOf(page, "Steps without feelings");
    await page.keyboard.press("c");
    const note = page.locator(".emotion-title .no-feelings");
    await note.waitFor();
    assert.equal(await note.innerText(), "This journey states no feelings.");
    assert.equal(await page.locator(".point").count(), 0);
    await page.close();
    const b2b = await app.page("");
    await mapOf(b2b, B2B.title);
    assert.ok((await b2b.locator(".point").count()) > 0);
    assert.equal(await b2b.locator(".no-feelings").count(), 0);
    await b2b.close();
  });

  test("a persona's curve can be hidden and shown from the legend", async () => {
    const page = await app.page("");
    await mapOf(page, B2B.title);
    const points = (id) => page.locator(`.point[data-persona-id="${id}"]`).count();
    const [first, second] = B2B.personas;
    const secondPoints = await points(second.id);
    assert.ok(secondPoints > 0);
    const toggle = page.locator(`.legend li[data-persona-id="${second.id}"] button`);
    assert.equal(await toggle.getAttribute("aria-pressed"), "true");
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-pressed"), "false");
    assert.equal(await points(second.id), 0);
    assert.equal(await page.locator(`.curve-line[data-persona-id="${second.id}"]`).count(), 0);
    assert.ok((await points(first.id)) > 0, "the other persona stays");
    await toggle.click();
    assert.equal(await points(second.id), secondPoints);
    await page.close();
  });
});
