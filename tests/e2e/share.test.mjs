// Share links: every example survives the round trip through a link (same steps, same view),
// links are no longer than mermaid.live's encoding of the same JSON, and damaged or newer
// links are refused with a clear message without losing the map on screen.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync, deflateSync } from "node:zlib";
import { after, before, test } from "node:test";
import { alertText, downloadFromShare, dropText, examples, EXAMPLES, FIXTURES, mapOf, openBytes, pasteText, readJson, start, stepIds } from "./harness.mjs";

let app;
before(async () => { app = await start(); });
after(async () => { await app.stop(); });

async function shareLink(page) {
  await page.getByRole("button", { name: "Share" }).click();
  const field = page.getByRole("textbox", { name: "Share link" });
  await page.waitForFunction(() => document.querySelector(".share-link")?.value.includes("#j1="));
  const link = await field.inputValue();
  const length = Number(await page.locator(".share-length").getAttribute("data-length"));
  assert.equal(length, [...link].length, "the dialog shows the link's length");
  await page.keyboard.press("Escape");
  return link;
}


for (const [i, file] of examples().entries()) {
  test(`${file}: a share link reopens the same map in the same view`, async () => {
    const journey = readJson(join(EXAMPLES, file));
    const page = await app.page(`?src=examples/${file}`);
    await mapOf(page, journey.title);
    const view = ["Emotion curve", "Map", "Insights"][i % 3];
    await page.getByRole("button", { name: view }).click();
    const link = await shareLink(page);
    assert.ok(link.startsWith(app.url) && !link.includes("?"), link);
    const fragment = link.slice(link.indexOf("#") + 1);
    // No longer than mermaid.live's encoding (zlib level 9, base64url) of the same file.
    const mermaidLive = deflateSync(readFileSync(join(EXAMPLES, file)), { level: 9 }).toString("base64url");
    const data = fragment.split("&")[0].slice(3);
    assert.ok(data.length <= mermaidLive.length, `${data.length} > ${mermaidLive.length}`);

    const other = await app.page(null);
    await other.goto(link);
    await other.waitForFunction((t) => document.title === t, journey.title);
    const mode = { "Emotion curve": "curve", Map: "map", Insights: "insights" }[view];
    if (mode === "insights") {
      await other.waitForSelector("[data-view=insights] .stats");
      await other.getByRole("button", { name: "Map" }).click();
    } else {
      await other.waitForSelector(`[data-view=swimlane][data-view-mode=${mode}]`);
    }
    await other.waitForSelector(".step-head");
    assert.deepEqual(await stepIds(other), journey.steps.map((s) => s.id));
    assert.equal(await alertText(other), "");
    assert.deepEqual(other.errors, []);
    await other.close();
    await page.close();
  });
}

test("a share link carries the whole view: selected step, hidden lanes and personas, search, filter, zoom", async () => {
  const b2b = readJson(join(EXAMPLES, "b2b-software.json"));
  const view = "step=pay&hide=thoughts&hide-persona=luis&q=quote&channel=email&zoom=fit";
  const page = await app.page(`?src=examples/b2b-software.json&${view}`);
  await mapOf(page, b2b.title);
  await page.waitForSelector('#step-details .details[data-step-id="pay"]');
  await page.getByRole("button", { name: "Emotion curve" }).click();
  const link = await shareLink(page);
  const url = new URL(link);
  assert.equal(url.searchParams.get("src"), null, "the journey is in the fragment, not fetched");
  assert.deepEqual([...url.searchParams.keys()].sort(), ["channel", "hide", "hide-persona", "q", "step", "zoom"]);
  assert.match(url.hash, /^#j1=.*&view=curve$/);

  const other = await app.page(null);
  await other.goto(link);
  await other.waitForSelector("[data-view=swimlane][data-view-mode=curve]");
  await other.waitForSelector('#step-details .details[data-step-id="pay"]');
  const seen = await other.evaluate(() => ({
    thoughts: !!document.querySelector('.lane[data-lane-id="thoughts"]'),
    luis: document.querySelector('.legend li[data-persona-id="luis"] button').getAttribute("aria-pressed"),
    q: document.querySelector("input[type=search]").value,
    channel: document.querySelector(".filter-bar select").value,
    fitted: Number(document.querySelector(".map-grid").dataset.zoom) < 1,
    zoom: new URL(location.href).searchParams.get("zoom"),
  }));
  assert.deepEqual(seen, { thoughts: false, luis: "false", q: "quote", channel: "email", fitted: true, zoom: "fit" });
  assert.deepEqual([...page.errors, ...other.errors], []);
  await other.close();
  await page.close();
});

/** The minimal example, its share link made in the curve view, and the page it was made in. */
async function minimalCurveLink() {
  const journey = readJson(join(EXAMPLES, "minimal.json"));
  const page = await app.page("?src=examples/minimal.json");
  await mapOf(page, journey.title);
  await page.getByRole("button", { name: "Emotion curve" }).click();
  return { journey, page, link: await shareLink(page) };
}

test("a link mangled as mail, chat and wiki tools do still opens its journey", async () => {
  const { journey, page, link } = await minimalCurveLink();
  const [base, fragment] = link.split("#");
  const data = fragment.split("&")[0];
  for (const mangled of [
    `${base}#${fragment.replaceAll("=", "%3D").replaceAll("&", "%26")}`,
    `${base}##${fragment}`,
    `${base}?${fragment}`,
    `${base}#${fragment.replace("&", "&amp;")}).`,
    `${base}#${data.slice(0, 40)}%20${data.slice(40)}&view=curve`,
    // Quoted or italicised in a chat, and a no-break or zero-width space inside.
    `${base}#${fragment}\u201d.`,
    `${base}#${fragment}\u2026`,
    `${base}#${fragment}**`,
    `${base}#${data.slice(0, 30)}\u00a0${data.slice(30, 50)}\u200b${data.slice(50)}&view=curve`,
  ]) {
    const other = await app.page(null);
    await other.goto(mangled);
    // (Not the example opened when a page names no journey, and no message.)
    await other.waitForFunction((t) => document.title === t, journey.title);
    await other.waitForSelector("[data-view=swimlane][data-view-mode=curve]");
    assert.deepEqual(await stepIds(other), journey.steps.map((s) => s.id), mangled);
    assert.equal(await alertText(other), "", mangled);
    assert.deepEqual(other.errors, []);
    await other.close();
  }
  await page.close();
});

test("a share link pasted or dropped on the page, or into the paste box, opens as a link", async () => {
  const { journey, page: source, link } = await minimalCurveLink();
  await source.close();
  const page = await app.page("");
  const b2bTitle = "Buying and upgrading a team software subscription";
  await mapOf(page, b2bTitle);
  // Ctrl+V of the whole link, as copied from a chat (a space and a line break around it).
  await pasteText(page, ` ${link}\n`);
  await mapOf(page, journey.title);
  await page.waitForSelector("[data-view=swimlane][data-view-mode=curve]");
  assert.deepEqual(await stepIds(page), journey.steps.map((s) => s.id));
  assert.equal(await alertText(page), "");
  assert.equal(await page.locator(".modal").count(), 0, "no paste box");
  // Back returns to the map before.
  await page.goBack();
  await mapOf(page, b2bTitle);
  // Dropped as text, from its `#` (a link dragged from the address bar drops the whole).
  await dropText(page, link.slice(link.indexOf("#")));
  await mapOf(page, journey.title);
  assert.equal(await alertText(page), "");
  await page.goBack();
  await mapOf(page, b2bTitle);
  // The Paste JSON box takes a link too.
  await page.getByRole("button", { name: "Paste JSON" }).click();
  await page.locator(".modal textarea").fill(link);
  await page.getByRole("button", { name: "Open", exact: true }).click();
  await mapOf(page, journey.title);
  assert.equal(await page.locator(".modal").isVisible(), false);
  // A damaged link is told as a link, not as JSON.
  await pasteText(page, link.replace(/#j1=.{12}/, "#j1=AAAAAAAAAAAA"));
  await page.waitForSelector("[role=alert] .alert");
  assert.match(await alertText(page), /link/i);
  assert.doesNotMatch(await alertText(page), /JSON/);
  assert.equal(await page.locator(".journey-heading h1").innerText(), journey.title, "the map shown stays");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a damaged link is refused and the map shown stays", async () => {
  const page = await app.page("");
  await mapOf(page, "Buying and upgrading a team software subscription");
  await page.evaluate(() => { location.hash = "j1=AAAAAAAA"; });
  await page.waitForSelector("[role=alert] .alert");
  assert.match(await alertText(page), /link: the journey data in this link is damaged or cut short/);
  assert.equal(await page.title(), "Buying and upgrading a team software subscription");
  assert.ok((await stepIds(page)).length === 12);
  await page.close();
});

test("a link that inflates past 100 MB is refused as damaged, and the app keeps working", async () => {
  // 150 KB of link for 150 MB of JSON: it took the page down (wasm ran out of memory).
  const data = deflateRawSync(Buffer.alloc(150 * 1024 * 1024, " "), { level: 9 }).toString("base64url");
  const page = await app.page("");
  await mapOf(page, "Buying and upgrading a team software subscription");
  await page.evaluate((data) => { location.hash = `j1=${data}`; }, data);
  await page.waitForSelector("[role=alert] .alert");
  assert.match(await alertText(page), /link: the journey data in this link is damaged or cut short/);
  assert.equal((await stepIds(page)).length, 12, "the map shown stays");
  await pasteText(page, JSON.stringify({ version: 1, title: "After", phases: [{ id: "p", name: "P" }], steps: [{ id: "a", phase: "p", name: "A" }] }));
  await mapOf(page, "After");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a link in a newer format or with bad characters says so", async () => {
  const page = await app.page("#j2=AQID");
  await page.waitForSelector("[role=alert] .alert");
  assert.match(await alertText(page), /link: this link uses share format "j2", newer than this app reads \(j1, e1\)/);
  await page.goto(app.url + "#j1=AQ!D");
  await page.reload();
  await page.waitForSelector("[role=alert] .alert");
  assert.match(await alertText(page), /link: expected base64url data after j1=, found "!D" at character 3/);
  await page.close();
});

test("a long journey's link warns that it may break and offers the file", async () => {
  const steps = Array.from({ length: 400 }, (_, i) => ({ id: `s${i}`, phase: "p", name: `Step ${i} ${Math.random().toString(36)}`, thoughts: [Math.random().toString(36).repeat(3)], emotion: (i % 5) - 2 }));
  const page = await app.page("");
  await mapOf(page, "Buying and upgrading a team software subscription");
  await page.getByRole("button", { name: "Paste JSON" }).click();
  await page.fill(".modal textarea", JSON.stringify({ version: 1, title: "Long", phases: [{ id: "p", name: "P" }], steps }));
  await page.getByRole("button", { name: "Open", exact: true }).click();
  await mapOf(page, "Long");
  await page.getByRole("button", { name: "Share" }).click();
  await page.waitForSelector(".share-warning");
  assert.match(await page.locator(".share-warning").textContent(), /Send the file instead/);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download JSON" }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), "Long.json");
  const saved = JSON.parse(readFileSync(await file.path(), "utf8"));
  assert.equal(saved.steps.length, 400);
  await page.close();
});

test("the Share dialog says when values the file had wrong are not in the link, and only then", async () => {
  const page = await app.page("");
  await mapOf(page, "Buying and upgrading a team software subscription");
  await openBytes(page, "wrong-values.json", readFileSync(join(FIXTURES, "wrong-values.json")));
  await mapOf(page, "Wrong values");
  await page.getByRole("button", { name: "Share" }).click();
  await page.waitForFunction(() => document.querySelector(".share-link")?.value.includes("#j1="));
  assert.equal(await page.locator(".share-warning").textContent(), "Values that could not be read from the file are not in the link or the downloads.");
  assert.ok(await page.locator(".share-warning").isVisible());
  await page.keyboard.press("Escape");
  // A journey read without errors (a warning only changes nothing) gets no such line.
  await page.getByRole("button", { name: "Paste JSON" }).click();
  await page.fill(".modal textarea", JSON.stringify({ version: 1, title: "Fine", phases: [{ id: "p", name: "P" }], steps: [{ id: "s", phase: "p", name: "S", pains: "One" }] }));
  await page.getByRole("button", { name: "Open", exact: true }).click();
  await mapOf(page, "Fine");
  await page.getByRole("button", { name: "Share" }).click();
  await page.waitForFunction(() => document.querySelector(".share-link")?.value.includes("#j1="));
  assert.equal(await page.locator(".share-warning").isVisible(), false);
  await page.close();
});

test("JSON out and back in loses nothing, unknown fields included", async () => {
  const original = {
    version: 1, title: "Round trip ☕", "x-programme": { owner: "CX guild", tags: ["a", "b"] },
    personas: [{ id: "ana", name: "Ana", "x-segment": "SMB" }],
    phases: [{ id: "p", name: "Só uma fase", "x-colour": "#123456" }],
    steps: [
      { id: "s1", phase: "p", name: "Une étape", emotion: { ana: -1 }, "x-score": 0.25, touchpoints: ["Web <form>"] },
      { id: "s2", phase: "p", name: "第二步", emotion: { ana: 2 }, "x-notes": { nested: [1, { deep: true }] } },
    ],
  };
  const dir = mkdtempSync(join(tmpdir(), "jl-json-"));
  const first = join(dir, "original.json");
  writeFileSync(first, JSON.stringify(original));
  const page = await app.page("");
  const roundTrip = async (path) => {
    await page.setInputFiles("input[type=file]", path);
    await mapOf(page, original.title);
    return (await downloadFromShare(page, "JSON", dir, `${Math.random()}.json`)).path;
  };
  const once = await roundTrip(first);
  const twice = await roundTrip(once);
  const [a, b] = [readJson(once), readJson(twice)];
  assert.deepEqual(b, a, "export → import → export gives the same file");
  assert.deepEqual(a["x-programme"], original["x-programme"]);
  assert.equal(a.personas[0]["x-segment"], "SMB");
  assert.equal(a.phases[0]["x-colour"], "#123456");
  assert.equal(a.steps[0]["x-score"], 0.25);
  assert.deepEqual(a.steps[1]["x-notes"], original.steps[1]["x-notes"]);
  assert.deepEqual(a.steps.map((s) => [s.id, s.name]), original.steps.map((s) => [s.id, s.name]));
  assert.equal(a.steps[0].touchpoints[0], "Web <form>");
  assert.deepEqual(page.errors, []);
  await page.close();
  rmSync(dir, { recursive: true, force: true });
});

test("Download JSON keeps unknown numbers as the file wrote them, indented by two spaces", async () => {
  const text = `{"version": 1, "title": "Numbers", "meta": {"crm_id": 12345678901234567890123, "ratio": 1.50, "tiny": 1E-400},
    "phases": [{"id": "p", "name": "P"}], "steps": [{"id": "s", "phase": "p", "name": "S", "x-cents": 9007199254740993}]}`;
  const dir = mkdtempSync(join(tmpdir(), "jl-numbers-"));
  const file = join(dir, "numbers.json");
  writeFileSync(file, text);
  const page = await app.page("");
  await page.setInputFiles("input[type=file]", file);
  await mapOf(page, "Numbers");
  const saved = readFileSync((await downloadFromShare(page, "JSON", dir, "out.json")).path, "utf8");
  for (const kept of ['"crm_id": 12345678901234567890123', '"ratio": 1.50', '"tiny": 1E-400', '"x-cents": 9007199254740993']) {
    assert.ok(saved.includes(kept), `${kept} in:\n${saved}`);
  }
  // Laid out as the browser's JSON would lay it out, which people and diff tools expect.
  const roundable = saved.replace("12345678901234567890123", "1").replace("1.50", "1.5").replace("1E-400", "0").replace("9007199254740993", "2");
  assert.equal(roundable, JSON.stringify(JSON.parse(roundable), null, 2));
  assert.deepEqual(page.errors, []);
  await page.close();
  rmSync(dir, { recursive: true, force: true });
});

test("closing Share or Paste JSON gives the keyboard back to the button that opened it", async () => {
  const page = await app.page("?src=examples/minimal.json");
  await mapOf(page, "Minimal journey");
  for (const [name, close] of [["Share", "Escape"], ["Paste JSON", "Escape"], ["Share", "Close"], ["Paste JSON", "Cancel"]]) {
    await page.getByRole("button", { name, exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector("[role=dialog]:not([hidden] *)");
    if (close === "Escape") await page.keyboard.press("Escape");
    else await page.getByRole("dialog").getByRole("button", { name: close, exact: true }).click();
    await page.waitForFunction(() => ![...document.querySelectorAll("[role=dialog]")].some((d) => d.checkVisibility()));
    const focused = await page.evaluate(() => document.activeElement?.textContent.trim());
    assert.equal(focused, name, `${name}, closed with ${close}`);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("while a dialog is open, Tab stays in it and the page behind is out of reach", async () => {
  const page = await app.page("?src=examples/minimal.json");
  await mapOf(page, "Minimal journey");
  for (const name of ["Share", "Paste JSON", "Keyboard shortcuts"]) {
    await page.getByRole("button", { name, exact: true }).click();
    await page.waitForSelector("[role=dialog]:not([hidden] *)");
    const outside = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press("Tab");
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest("[role=dialog]") ? "" : el?.outerHTML.slice(0, 80) ?? "none";
      });
      if (where) outside.push(where);
    }
    assert.deepEqual(outside, [], `${name}: Tab left the dialog`);
    // Shift+Tab goes round the other way.
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift+Tab");
    assert.ok(await page.evaluate(() => document.activeElement?.closest("[role=dialog]")), `${name}: Shift+Tab left the dialog`);
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => ![...document.querySelectorAll("[role=dialog]")].some((d) => d.checkVisibility()));
    assert.equal(await page.locator(".app > [inert]").count(), 0, `${name}: the page is in reach again`);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});
