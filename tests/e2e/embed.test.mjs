// Embed mode in a real host page: a small iframe with `embed=1`, the host script from the
// README sizing it from the height the app posts, the app's chrome gone, the full-view link,
// and the Share dialog's embed code opening the same map embedded.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { serve } from "../../tools/serve.mjs";
import { alertText, EXAMPLES, mapOf, pasteText, readJson, ROOT, sealedLink, start } from "./harness.mjs";

let app;
let host;
let hostDir;
before(async () => {
  app = await start();
  hostDir = mkdtempSync(join(tmpdir(), "jl-host-"));
  host = await serve({ dir: hostDir });
});
after(async () => {
  await app.stop();
  host.server.close();
  rmSync(hostDir, { recursive: true, force: true });
});

const MINIMAL = readJson(join(EXAMPLES, "minimal.json"));
const B2B = readJson(join(EXAMPLES, "b2b-software.json"));

/** The host script exactly as the README gives it. */
function readmeHostScript() {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const block = readme.split("<!-- host-script -->")[1].match(/```html\n([\s\S]*?)```/)[1];
  assert.match(block, /journey-lens:height/);
  return block;
}

/** A host page (another origin) with `iframe`, then the README's host script and `after`. */
async function hostPage(iframe, { script = readmeHostScript(), after = "" } = {}) {
  writeFileSync(join(hostDir, "index.html"), `<!doctype html><html><head><link rel="icon" href="data:,"></head><body style="margin:0">
<h1>Intranet page</h1>${iframe}
${script}${after}</body></html>`);
  const page = await app.page(null, { viewport: { width: 800, height: 700 } });
  await page.goto(host.url);
  return page;
}

test("an embedded map fits a small iframe, without the app's chrome, and the host sizes it", async () => {
  const src = `${app.url}?src=examples/minimal.json&embed=1`;
  const page = await hostPage(`<iframe src="${src}" title="Journey" width="480" height="300" style="border:0"></iframe>`);
  const frame = page.frameLocator("iframe");
  await frame.locator(".step-head[data-step-id]").first().waitFor();
  assert.equal(await frame.locator(".step-head[data-step-id]").count(), MINIMAL.steps.length);
  // The chrome is gone; the title and the full-view link stay.
  for (const hidden of [".brand", ".actions", "input[type=file]", ".journey-description"]) {
    assert.equal(await frame.locator(hidden).first().isVisible(), false, `${hidden} is hidden`);
  }
  assert.equal(await frame.locator(".journey-heading h1").innerText(), MINIMAL.title);
  const link = frame.getByRole("link", { name: "Open full view ↗" });
  assert.equal(await link.getAttribute("href"), `${app.url}?src=examples/minimal.json`);
  assert.equal(await link.getAttribute("target"), "_blank");
  assert.equal(await link.getAttribute("rel"), "noopener noreferrer");
  // The host script has sized the iframe to the app's height.
  const inner = await frame.locator(".app").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  await page.waitForFunction((h) => document.querySelector("iframe").style.height === `${h}px`, inner);
  assert.ok(inner > 300, `the map needs more than the iframe's first 300 px (${inner})`);
  const box = await page.locator("iframe").boundingBox();
  assert.equal(Math.round(box.height), inner);
  // It fits the frame's width: the map scrolls sideways inside, the page never does.
  assert.equal(await frame.locator("html").evaluate((el) => el.scrollWidth <= el.clientWidth), true);
  const map = frame.locator(".map-scroll");
  assert.ok(await map.evaluate((el) => el.scrollWidth > el.clientWidth), "the map scrolls sideways");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("an iframe below the host's fold is sized to the whole map before it is scrolled to", async () => {
  // Chromium pauses the rendering of a cross-origin iframe out of view, and a ResizeObserver
  // with it: the app told the host its toolbar's 13 px, then nothing, and the map waited
  // as a strip until the reader scrolled to it.
  const src = `${app.url}?src=examples/b2b-software.json&embed=1`;
  const page = await hostPage(`<div style="height:1500px">Above the map.</div><iframe src="${src}" title="Journey" width="700" height="300" style="border:0"></iframe>`);
  const frame = page.frames().find((f) => f.url().startsWith(app.url));
  await frame.waitForSelector(".app[data-busy=false] .step-head[data-step-id]");
  const inner = () => frame.evaluate(() => Math.ceil(document.querySelector(".app").getBoundingClientRect().height));
  await page.waitForFunction((h) => document.querySelector("iframe").style.height === `${h}px`, await inner(), { timeout: 5000 });
  await page.waitForTimeout(500);
  const final = await inner();
  assert.ok(final > 600, `the whole map (${final} px)`);
  assert.equal(await page.evaluate(() => document.querySelector("iframe").style.height), `${final}px`);
  assert.equal(await page.evaluate(() => scrollY), 0, "the host page was not scrolled");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("an embed sent filtered says by what, with chips that clear it; unfiltered, no filter bar", async () => {
  const src = `${app.url}?src=examples/b2b-software.json&embed=1&channel=video`;
  const page = await hostPage(`<iframe src="${src}" title="Journey" width="760" height="400" style="border:0"></iframe>`);
  const frame = page.frameLocator("iframe");
  await frame.locator(".step-head[data-step-id]").first().waitFor();
  const dimmed = () => frame.locator(".step-head[data-step-id]").evaluateAll((hs) => hs.filter((h) => getComputedStyle(h).getPropertyValue("--dim").trim() === "1").length);
  assert.ok(await dimmed() > 0, "steps without a video call are dimmed");
  // The dimming is explained: the chip says by what; the rest of the filter bar stays out.
  const chip = frame.locator(".filter-chip");
  await chip.waitFor();
  assert.equal((await chip.textContent()).replace("×", ""), "Channel: Video call");
  for (const hidden of [".search", ".filter select", ".zoom"]) {
    assert.equal(await frame.locator(hidden).first().isVisible(), false, `${hidden} is hidden`);
  }
  await frame.locator(".app").screenshot({ path: "target/embed-filtered.png" });
  await chip.click();
  await frame.locator(".filter-chip").waitFor({ state: "detached" });
  assert.equal(await dimmed(), 0);
  assert.equal(await frame.locator(".filter-bar").isVisible(), false, "no filter, no bar");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("steps clicked in an embedded map add nothing to the host page's history", async () => {
  // The full app gives each step selected a history entry; in a frame they are the host
  // page's, and its Back button walked through the steps instead of leaving the page.
  const src = `${app.url}?src=examples/b2b-software.json&embed=1`;
  const page = await hostPage(`<iframe src="${src}" title="Journey" width="700" height="500" style="border:0"></iframe>`);
  const frame = page.frames().find((f) => f.url().startsWith(app.url));
  await frame.waitForSelector('.step-head[data-step-id="visit-home"]');
  const before = await page.evaluate(() => history.length);
  for (const step of ["visit-home", "compare-pricing"]) {
    await frame.locator(`.step-head[data-step-id="${step}"]`).click();
    await frame.waitForFunction((id) => new URL(location.href).searchParams.get("step") === id, step);
  }
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => history.length), before);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a sealed embed waits for the reader: the host page keeps the keyboard as it loads", async () => {
  const maker = await app.page("?src=examples/minimal.json");
  await mapOf(maker, MINIMAL.title);
  const link = await sealedLink(maker, "open sesame");
  await maker.close();
  const src = link.replace("#", "?embed=1#");
  const page = await hostPage(`<div style="height:3000px">Above the map.</div><iframe src="${src}" title="Journey" width="700" height="400" style="border:0"></iframe>`);
  const frame = page.frames().find((f) => f.url().startsWith(app.url));
  await frame.waitForSelector(".locked-host:not([hidden]) input.passphrase", { state: "attached" });
  await page.waitForTimeout(300);
  // The field did not take the keyboard: the host page keeps it, and its keys stay there.
  assert.equal(await page.evaluate(() => document.activeElement.tagName), "BODY");
  await page.keyboard.press("Space");
  assert.equal(await frame.locator("input.passphrase").inputValue(), "");
  await page.waitForFunction(() => scrollY > 0, null, { timeout: 5000 }); // Space scrolled the host page
  // The host script sized the frame to hold the dialog (the app without a map is its bar
  // alone: the dialog was cut to a 32 px strip), and the reader clicks into it.
  await page.locator("iframe").scrollIntoViewIfNeeded();
  const [dialog, box] = [await frame.locator(".modal").boundingBox(), await page.locator("iframe").boundingBox()];
  assert.ok(dialog.y >= box.y && dialog.y + dialog.height <= box.y + box.height, `a ${dialog.height} px dialog in a ${box.height} px frame`);
  await page.screenshot({ path: "target/embed-sealed.png" });
  // (The field is a field, not the 16 px sliver the dialog's column squeezed it into.)
  assert.ok((await frame.locator("input.passphrase").boundingBox()).height >= 30);
  await frame.locator("input.passphrase").click();
  await page.keyboard.type("open sesame");
  await page.keyboard.press("Enter");
  await frame.waitForFunction((t) => document.title === t, MINIMAL.title);
  assert.equal(await alertText(frame), "");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("an embed whose journey cannot be opened shows the message alone, no invitation to open a file", async () => {
  const page = await app.page("?src=nope.json&embed=1", { viewport: { width: 700, height: 500 } });
  await page.waitForSelector("[role=alert] .alert");
  assert.match(await alertText(page), /Could not open “nope.json”/);
  for (const hidden of [".empty-state", ".present-button"]) {
    assert.equal(await page.locator(hidden).isVisible(), false, `${hidden} is hidden`);
  }
  await page.close();
});

test("in a narrow frame the embed bar starts with the title", async () => {
  const page = await app.page("?src=examples/b2b-software.json&embed=1", { viewport: { width: 400, height: 500 } });
  await mapOf(page, B2B.title);
  const x = async (selector) => (await page.locator(selector).boundingBox()).x;
  const title = await x(".journey-heading h1");
  assert.ok(title < await x(".present-button") && title < await x(".full-view"), "the title comes first");
  await page.close();
});

test("an embed opened on a step holds its details whole, and the host sizes the frame to them", async () => {
  // A short map (most lanes hidden) under long details: the frame was sized to the map and
  // the details were cut off, scrolling inside a 424 px box.
  const hide = ["touchpoints", "thoughts", "pains", "opportunities", "metrics", "backstage", "owner", "channels"].map((l) => `&hide=${l}`).join("");
  const src = `${app.url}?src=examples/b2b-software.json&step=request-demo${hide}&embed=1`;
  const page = await hostPage(`<iframe src="${src}" title="Journey" width="700" height="300" style="border:0"></iframe>`);
  const frame = page.frames().find((f) => f.url().startsWith(app.url));
  await frame.waitForSelector('#step-details:not([hidden]) .details[data-step-id="request-demo"]');
  await page.waitForTimeout(300);
  const sizes = await frame.evaluate(() => {
    const details = document.querySelector("#step-details");
    return {
      map: document.querySelector(".map-scroll").getBoundingClientRect().height,
      details: details.getBoundingClientRect().bottom,
      whole: details.scrollHeight <= details.clientHeight + 1,
      app: Math.ceil(document.querySelector(".app").getBoundingClientRect().height),
    };
  });
  assert.ok(sizes.details > sizes.map + 100, `the details (to ${sizes.details} px) are longer than the map (${sizes.map} px)`);
  assert.ok(sizes.whole, "the details do not scroll inside");
  assert.ok(sizes.app >= sizes.details, `the app (${sizes.app} px) holds them`);
  await page.waitForFunction((h) => document.querySelector("iframe").style.height === `${h}px`, sizes.app);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("an embedded map is read-only: a pasted journey does not replace it", async () => {
  const page = await app.page("?src=examples/minimal.json&embed=1");
  await mapOf(page, MINIMAL.title);
  await pasteText(page, JSON.stringify(B2B));
  await page.waitForTimeout(300);
  assert.equal(await page.title(), MINIMAL.title);
  assert.equal(await page.locator("[role=alert]").innerText(), "");
  await page.close();
});

test("embedded, the single keys of search, zoom and the views do not act, and the shortcut list leaves them out", async () => {
  // The frame shows no search box, zoom buttons or view buttons: a key that changed the
  // view or the zoom left a mouse user with nothing to undo it.
  const page = await app.page("?src=examples/b2b-software.json&embed=1");
  await mapOf(page, B2B.title);
  await page.focus(".map-scroll");
  const query = () => new URL(page.url()).search;
  const before = query();
  // (Each key alone: some undo others, as m after c.)
  for (const key of ["c", "i", "+", "=", "-", "f", "/"]) {
    await page.keyboard.press(key);
    const now = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() =>
      r([!!document.querySelector("[data-view=swimlane]"), document.querySelector(".map-grid")?.dataset.zoom, document.activeElement.matches("input")])))));
    assert.deepEqual(now, [true, "1", false], key);
    assert.equal(query(), before, key);
  }
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await dialog.waitFor();
  const rows = await dialog.locator("dd").allTextContents();
  assert.deepEqual(rows, ["Previous or next step (in the map)", "Lane above or below", "First or last step", "Open the step's details",
    "Close the details or a dialog", "Move between the toolbar, the filters and the map", "Present the journey", "This list"]);
  assert.equal(await dialog.locator("label.single-keys").textContent(), "Single-key shortcuts (P ?)");
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" }).catch(() => dialog.waitFor({ state: "hidden" }));
  // Present still acts: the embed shows its button.
  await page.keyboard.press("p");
  await page.waitForSelector(".present-frame");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("presenting in a frame not allowed full screen raises no error", async () => {
  // (A host's own iframe without allow="fullscreen": the request was refused with an
  // uncaught "Disallowed by permissions policy".)
  const src = `${app.url}?src=examples/minimal.json&embed=1`;
  const page = await hostPage(`<iframe src="${src}" title="Journey" width="700" height="500" style="border:0"></iframe>`);
  const frame = page.frames().find((f) => f.url().startsWith(app.url));
  await frame.waitForSelector(".step-head");
  await frame.locator(".map-scroll").focus();
  await page.keyboard.press("p");
  await frame.waitForSelector(".present-frame");
  await page.waitForTimeout(300);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the Share dialog's embed code shows the same journey and view, embedded", async () => {
  const page = await app.page("?src=examples/b2b-software.json");
  await mapOf(page, B2B.title);
  await page.getByRole("button", { name: "Emotion curve" }).click();
  await page.getByRole("button", { name: "Share" }).click();
  const field = page.getByRole("textbox", { name: "Embed code" });
  await field.waitFor();
  const code = await field.inputValue();
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=1#j1=[A-Za-z0-9_-]+&amp;view=curve" title="([^"]*)"/);
  assert.equal(code.match(/ title="([^"]*)"/)[1], B2B.title);
  // Each Copy button is named for what it copies (two buttons named "Copy" could not be
  // told apart in a screen reader's list), its visible label "Copy" first.
  const copies = page.getByRole("button", { name: /^Copy/ });
  assert.deepEqual(await copies.evaluateAll((l) => l.map((b) => b.textContent)), ["Copy: Share link", "Copy: Embed code"]);
  // Once the link is on the clipboard, its button says "Copied" and the dialog's status says
  // which (a button's new name is not always read out); the other still says "Copy".
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.url.replace(/\/$/, "") });
  await page.getByRole("button", { name: /^Copy\b.*Share link$/ }).click();
  await page.getByRole("button", { name: /^Copied\b.*Share link$/ }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.getByRole("textbox", { name: "Share link" }).inputValue());
  const status = page.locator(".share [role=status].copy-status");
  assert.equal(await status.textContent(), "Copied: Share link");
  assert.deepEqual(await page.locator(".share-row button > span:first-child").allTextContents(), ["Copied", "Copy"]);
  // (Chromium names it "Copy : Embed code": a space around the out-of-flow part.)
  await page.getByRole("button", { name: /^Copy\b.*Embed code$/ }).click();
  await page.getByRole("button", { name: /^Copied\b.*Embed code$/ }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  assert.equal(await status.textContent(), "Copied: Embed code");
  await page.close();
  // The code alone, without the README's script: its own script sizes the frame to the app.
  const hosted = await hostPage(code, { script: "" });
  const frame = hosted.frameLocator("iframe");
  await frame.locator("[data-view=swimlane][data-view-mode=curve]").waitFor();
  const inner = await frame.locator(".app").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  await hosted.waitForFunction((h) => document.querySelector("iframe").style.height === `${h}px`, inner);
  assert.equal(await frame.locator(".journey-heading h1").innerText(), B2B.title);
  assert.equal(await frame.locator(".actions").isVisible(), false);
  assert.equal(await frame.locator(".point").count() > 0, true);
  await hosted.close();
});

test("the embed code keeps the view's filters but not the step whose details are open", async () => {
  // The details would cover most of the frame (a review: more than half of a wiki's 1000 px).
  const page = await app.page("?src=examples/b2b-software.json&step=receive-quote&channel=email");
  await mapOf(page, B2B.title);
  await page.getByRole("button", { name: "Share" }).click();
  const field = page.getByRole("textbox", { name: "Embed code" });
  await field.waitFor();
  const src = (await field.inputValue()).match(/^<iframe src="([^"]*)"/)[1].replaceAll("&amp;", "&");
  const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
  assert.match(link, /[?&]step=receive-quote/, "the share link opens the step");
  assert.doesNotMatch(src, /step=/);
  assert.match(src, /\?channel=email&embed=1#j1=/);
  // Opened, the embed shows the map, filtered, with no details.
  const embedded = await app.page(src.replace(/^https?:\/\/[^/]+\//, ""));
  await mapOf(embedded, B2B.title);
  await embedded.waitForSelector('.filter-chip[data-filter="channel"]');
  assert.equal(await embedded.locator("#step-details .details").count(), 0);
  await embedded.close();
  await page.close();
});

test("the mouse wheel over an embedded map scrolls the host page", async () => {
  // The frame is as tall as the map, so the map has nothing to scroll down: the wheel goes
  // on to the host page, as over its other content. (Contained, it scrolled nothing.)
  const src = `${app.url}?src=examples/b2b-software.json&embed=1`;
  const page = await hostPage(`<iframe src="${src}" title="Journey" width="100%" height="300" style="border:0"></iframe>`, {
    after: '<p style="height:2000px">The rest of the intranet page.</p>',
  });
  const frame = page.frameLocator("iframe");
  await frame.locator(".step-head[data-step-id]").first().waitFor();
  const inner = await frame.locator(".app").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  await page.waitForFunction((h) => document.querySelector("iframe").style.height === `${h}px`, inner);
  const map = await frame.locator(".map-scroll").boundingBox();
  await page.mouse.move(map.x + map.width / 2, 200);
  await page.mouse.wheel(0, 400);
  await page.waitForFunction(() => scrollY > 0, null, { timeout: 5000 });
  // Sideways, the map scrolls itself.
  await page.mouse.wheel(400, 0);
  await frame.locator(".map-scroll").evaluate((el) => new Promise((done) => {
    const check = () => (el.scrollLeft > 0 ? done() : requestAnimationFrame(check));
    check();
  }));
  assert.deepEqual(page.errors, []);
  await page.close();
});
