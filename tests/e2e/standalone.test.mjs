// "Download HTML": one self-contained file that opens from disk (file://) with the network
// blocked, shows the same journey in the same view, and can export again from there.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";
import { alertText, downloadFromShare, EXAMPLES, mapOf, pasteText, readJson, start, stepIds } from "./harness.mjs";

let app;
const dir = mkdtempSync(join(tmpdir(), "jl-standalone-"));
before(async () => { app = await start(); });
after(async () => { await app.stop(); rmSync(dir, { recursive: true, force: true }); });

const downloadHtml = (page, name) => downloadFromShare(page, "HTML", dir, name);

// A page that may not reach any network: every http(s) request is refused and recorded.
async function offlinePage() {
  const page = await app.page(null);
  page.requests = [];
  await page.route(/^https?:/, (route) => { page.requests.push(route.request().url()); route.abort(); });
  page.on("request", (r) => { if (!/^(file|blob|data):/.test(r.url())) page.requests.push(r.url()); });
  return page;
}


test("the stand-alone HTML opens from disk with no network, in the same view", async () => {
  const journey = readJson(join(EXAMPLES, "compra-online.json"));
  const page = await app.page("?src=examples/compra-online.json");
  await mapOf(page, journey.title);
  await page.getByRole("button", { name: "Emotion curve" }).click();
  const { path, suggested } = await downloadHtml(page);
  assert.match(suggested, /\.html$/);
  const html = readFileSync(path, "utf8");
  assert.ok(!/<script[^>]+src=|<link[^>]+href=/.test(html), "nothing is loaded from outside the file");
  // Journey text stays text: no "<" inside the carried JSON.
  const carried = html.match(/<script id="journey-lens-journey"[^>]*>([^]*?)<\/script>/)[1];
  assert.ok(!carried.includes("<"));
  assert.deepEqual(JSON.parse(carried).steps.map((s) => s.id), journey.steps.map((s) => s.id));
  console.log(`stand-alone file: ${(statSync(path).size / 1024).toFixed(0)} KB`);

  const offline = await offlinePage();
  await offline.goto(pathToFileURL(path).href);
  await offline.waitForFunction((t) => document.title === t, journey.title);
  await offline.waitForSelector("[data-view=swimlane][data-view-mode=curve] .step-head");
  assert.deepEqual(await stepIds(offline), journey.steps.map((s) => s.id));
  assert.equal(await alertText(offline), "");
  // The examples live on the site, not in the file: no menu offering them.
  assert.equal(await offline.locator("button.examples").isVisible(), false, "no examples menu");
  await offline.getByRole("button", { name: "Map" }).click();
  await offline.waitForSelector("[data-view=swimlane][data-view-mode=map] [data-lane-id]");
  await offline.screenshot({ path: "target/e2e-standalone.png" });
  assert.deepEqual(offline.requests, []);
  assert.deepEqual(offline.errors, []);
  // Its share links are file: links, which open only on this computer: the dialog says so.
  await offline.getByRole("button", { name: "Share", exact: true }).click();
  await offline.waitForFunction(() => document.querySelector("input.share-link")?.value.startsWith("file:"));
  assert.equal(await offline.locator(".share-warning").isVisible(), true);
  assert.equal(await offline.locator(".share-warning").textContent(), "This page is a file on this computer: its links and embed code open only here. Send the file instead.");
  await offline.keyboard.press("Escape");

  // From the file itself: export again (HTML and JSON), still offline, with a step's
  // details open and a lane hidden: the new file opens as the map was left.
  const chosen = journey.steps[2].id;
  await offline.locator(`.step-head[data-step-id="${chosen}"]`).click();
  await offline.waitForFunction((id) => document.querySelector("#step-details:not([hidden]) .details")?.dataset.stepId === id, chosen);
  await offline.getByText("Lanes", { exact: true }).click();
  await offline.locator(".lanes-menu label[data-lane-id=thoughts] input").uncheck();
  await offline.waitForSelector("[data-view=swimlane] [data-lane-id=thoughts]", { state: "detached" });
  const again = await downloadHtml(offline, "again.html");
  const second = await offlinePage();
  await second.goto(pathToFileURL(again.path).href);
  await second.waitForFunction((t) => document.title === t, journey.title);
  await second.waitForSelector("[data-view=swimlane][data-view-mode=map] .step-head");
  assert.deepEqual(await stepIds(second), journey.steps.map((s) => s.id));
  await second.waitForFunction((id) => document.querySelector("#step-details:not([hidden]) .details")?.dataset.stepId === id, chosen);
  assert.equal(await second.locator("[data-view=swimlane] [data-lane-id=thoughts]").count(), 0);
  assert.equal(await second.locator("[data-view=swimlane] [data-lane-id=pains]").count(), 1);
  await second.screenshot({ path: "target/e2e-standalone-again.png" });
  assert.deepEqual(second.requests, []);
  assert.deepEqual(second.errors, []);
  await second.close();
  await offline.close();
  await page.close();
});

test("journey text with markup stays text in the stand-alone file", async () => {
  const nasty = {
    version: 1, title: "</script><script>alert(1)</script> & <b>bold</b>",
    phases: [{ id: "p", name: "</style><img src=x onerror=alert(2)>" }],
    steps: [{ id: "s1", phase: "p", name: "<!-- x --> ]]> </title>", emotion: 1 }],
  };
  const page = await app.page("");
  await mapOf(page, "Buying and upgrading a team software subscription");
  await page.getByRole("button", { name: "Paste JSON" }).click();
  await page.fill(".modal textarea", JSON.stringify(nasty));
  await page.getByRole("button", { name: "Open", exact: true }).click();
  await mapOf(page, nasty.title);
  const { path } = await downloadHtml(page, "nasty.html");
  const offline = await offlinePage();
  let dialogs = 0;
  offline.on("dialog", (d) => { dialogs++; d.dismiss(); });
  await offline.goto(pathToFileURL(path).href);
  await offline.waitForFunction((t) => document.title === t, nasty.title);
  await offline.waitForSelector(".step-head");
  assert.equal(await offline.locator(".step-head .step-name").textContent(), nasty.steps[0].name);
  assert.equal(await offline.locator("img").count(), 0);
  assert.equal(dialogs, 0);
  assert.deepEqual(offline.errors, []);
  await offline.close();
  await page.close();
});

test("the stand-alone file carries the journey's own text: numbers in meta and unknown fields as written", async () => {
  const text = `{"version": 1, "title": "Numbers", "meta": {"crm_id": 9007199254740993, "big": 12345678901234567890, "ratio": 1.50, "far": 1E400},
    "phases": [{"id": "p", "name": "P"}], "steps": [{"id": "s", "phase": "p", "name": "S", "x-cents": 123456789012345678901234567890}]}`;
  const source = join(dir, "numbers.json");
  (await import("node:fs")).writeFileSync(source, text);
  const page = await app.page("");
  await page.setInputFiles("input[type=file]", source);
  await mapOf(page, "Numbers");
  const { path } = await downloadHtml(page, "numbers.html");
  const html = readFileSync(path, "utf8");
  const carried = html.match(/<script id="journey-lens-journey"[^>]*>([^<]*)<\/script>/)[1];
  for (const kept of ['"crm_id":9007199254740993', '"big":12345678901234567890', '"ratio":1.50', '"far":1E400', '"x-cents":123456789012345678901234567890']) {
    assert.ok(carried.includes(kept), `${kept} in ${carried}`);
  }
  // Opened from disk and downloaded again as JSON: still as written.
  const offline = await offlinePage();
  await offline.goto(pathToFileURL(path).href);
  await offline.waitForFunction(() => document.title === "Numbers");
  const again = readFileSync((await downloadFromShare(offline, "JSON", dir, "again.json")).path, "utf8");
  for (const kept of ['"crm_id": 9007199254740993', '"big": 12345678901234567890', '"ratio": 1.50', '"far": 1E400']) {
    assert.ok(again.includes(kept), `${kept} in ${again}`);
  }
  await offline.close();
  await page.close();
});

test("a share link pasted on the stand-alone file opens as a link; a damaged one is told and the map stays", async () => {
  // The file's own journey was opened instead, whatever the link said.
  const page = await app.page("?src=examples/compra-online.json");
  const own = readJson(join(EXAMPLES, "compra-online.json"));
  await mapOf(page, own.title);
  const { path } = await downloadHtml(page, "paste-link.html");
  const b2b = readJson(join(EXAMPLES, "b2b-software.json"));
  await page.goto(`${app.url}?src=examples/b2b-software.json`);
  await mapOf(page, b2b.title);
  await page.getByRole("button", { name: "Share", exact: true }).click();
  await page.waitForFunction(() => document.querySelector("input.share-link")?.value.includes("#j1="));
  const link = await page.locator("input.share-link").inputValue();
  await page.close();

  const file = await app.page(null);
  await file.goto(pathToFileURL(path).href);
  await mapOf(file, own.title);
  await pasteText(file, link);
  await mapOf(file, b2b.title);
  assert.deepEqual(await stepIds(file), b2b.steps.map((s) => s.id).slice(0, (await stepIds(file)).length));
  assert.equal(await alertText(file), "");
  await pasteText(file, link.replace(/#j1=.{12}/, "#j1=AAAAAAAAAAAA"));
  await file.waitForSelector("[role=alert] .alert");
  assert.match(await alertText(file), /link/i);
  assert.equal(await file.locator(".journey-heading h1").innerText(), b2b.title, "the map shown stays");
  // Back to the file's address without a link: its own journey.
  await file.goBack();
  await file.goBack();
  await mapOf(file, own.title);
  assert.deepEqual(file.errors, []);
  await file.close();
});
