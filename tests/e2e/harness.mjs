// Shared set-up for the browser tests: the built site served on loopback, Debian's
// Chromium started headless with the flags this machine needs, and small helpers that
// wait for the app the way a user would (for the map, or for a message).
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after } from "node:test";
import { chromium } from "playwright-core";
import { serve } from "../../tools/serve.mjs";

export const ROOT = new URL("../../", import.meta.url).pathname;
export const DIST = join(ROOT, "dist");
export const EXAMPLES = join(ROOT, "public", "examples");
export const FIXTURES = join(ROOT, "tests", "fixtures");

export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** Serves `dist/` (or `dir`) and starts Chromium with a fresh profile. */
export async function start({ dir = DIST, headers = {} } = {}) {
  const { server, url } = await serve({ dir, headers });
  const profile = mkdtempSync(join(tmpdir(), "jl-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  return {
    url,
    context,
    async page(path = "", { viewport } = {}) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      page.errors = [];
      page.on("pageerror", (e) => page.errors.push(e.message));
      page.on("console", (m) => m.type() === "error" && page.errors.push(m.text()));
      if (path !== null) await page.goto(url + path);
      return page;
    },
    async stop() {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const AXE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");

/** axe-core's serious and critical violations on the page, with `rules` switched on. */
export async function axeViolations(page, rules = []) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async (extra) => {
    const options = { resultTypes: ["violations"], rules: Object.fromEntries(extra.map((r) => [r, { enabled: true }])) };
    const result = await globalThis.axe.run(document, options);
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  }, rules);
}

/** Waits until nothing is loading and a map (or a message) is shown. */
export async function settled(page) {
  await page.waitForSelector(".app[data-busy=false]");
  await page.waitForFunction(() =>
    document.querySelector("[data-view=swimlane]") || document.querySelector("[role=alert] .alert") || document.querySelector(".empty-state"));
}

/** Where the map's headers are against its scroll box: how far down they reach (`pinned`),
 *  the ids of the steps in view whose number or name is out of sight, how many steps are in
 *  view, and where the phase row ends. */
export function headerPlace(page) {
  return page.evaluate(() => {
    const box = document.querySelector(".map-scroll").getBoundingClientRect();
    const head = document.querySelector(".map-head").getBoundingClientRect();
    const titles = document.querySelector(".lane-title").getBoundingClientRect();
    const steps = [...document.querySelectorAll(".step-head[data-step-id]")]
      .filter((h) => { const r = h.getBoundingClientRect(); return r.right > titles.right && r.left < box.right; })
      .map((h) => [h.dataset.stepId, ...[".step-number", ".step-name"].map((c) => h.querySelector(c).getBoundingClientRect())]);
    return {
      pinned: head.bottom - box.top,
      hidden: steps.filter(([, n, name]) => n.top < box.top - 1 || name.top < box.top - 1 || name.bottom > head.bottom + 1).map(([id]) => id),
      steps: steps.length,
      phases: document.querySelector(".phase-row").getBoundingClientRect().bottom - box.top,
    };
  });
}

/** Waits for the map of the journey titled `title`. */
export async function mapOf(page, title) {
  await page.waitForFunction((t) => document.title === t && document.querySelector("[data-view=swimlane] .step-head"), title);
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}

export function examples() {
  return readdirSync(EXAMPLES).filter((f) => f.endsWith(".json")).sort();
}

/** The curve points a journey must have: one per persona with a value at a step. A bare
 * number belongs to the first persona (or `default` when there are none). */
export function expectedPoints(journey) {
  const ids = (journey.personas ?? []).map((p) => p.id);
  const personas = ids.length ? ids : ["default"];
  const phases = new Set((journey.phases ?? []).map((p) => p.id));
  let n = 0;
  for (const step of journey.steps) {
    if (!phases.has(step.phase)) continue;
    const e = step.emotion;
    if (typeof e === "number") n += 1;
    else if (e && typeof e === "object") n += personas.filter((id) => typeof e[id] === "number").length;
  }
  return n;
}

/**
 * The app and the fixtures' server for a test file, started when the file loads and stopped
 * after its tests: `const { app, fixtures } = await appAndFixtures();`.
 */
export async function appAndFixtures() {
  const app = await start();
  const fixtures = await serveFixtures();
  after(async () => {
    await app.stop();
    fixtures.server.close();
  });
  return { app, fixtures };
}

/** A second origin serving tests/fixtures (or `dir`), for absolute ?src= URLs (CORS allowed). */
export function serveFixtures(dir = FIXTURES) {
  return serve({ dir, headers: { "access-control-allow-origin": "*" } });
}

/** Ctrl+V of `text` on the page, outside any text field (the paste event the browser sends). */
export function pasteText(page, text) {
  return page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    document.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
  }, text);
}

/** `text` dragged onto the page and dropped (the events the browser sends). */
export function dropText(page, text) {
  return page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.setData("text/plain", text);
    for (const type of ["dragenter", "dragover", "drop"]) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, text);
}

/** The ids of the step headers drawn, in order. */
export function stepIds(page) {
  return page.$$eval(".step-head[data-step-id]", (h) => h.map((e) => e.dataset.stepId));
}

/** Opens `bytes` (a Buffer or a string) with the file picker, as a file named `name`. */
export function openBytes(page, name, bytes) {
  return page.setInputFiles("input[type=file]", { name, mimeType: "application/json", buffer: Buffer.from(bytes) });
}

/**
 * Saves what the Share dialog's "Download <kind>" button gives in `dir`, as `name` or else
 * the name the app suggests, and closes the dialog. Returns the path, the suggested name
 * and the dialog's note about the file.
 */
export async function downloadFromShare(page, kind, dir, name) {
  // (Exact: a persona's legend button, "Raj, student sharer", holds "Share" too.)
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: `Download ${kind}` }).click();
  const file = await download;
  const path = join(dir, name ?? file.suggestedFilename());
  await file.saveAs(path);
  const note = await page.locator(".share-note").textContent();
  await page.keyboard.press("Escape");
  return { path, suggested: file.suggestedFilename(), note };
}

/** Text of the alert region, whitespace collapsed. */
export async function alertText(page) {
  return (await page.locator(".alert-region[role=alert]").innerText()).replace(/\s+/g, " ").trim();
}

/** The share link of the journey on `page` sealed with `passphrase`, made with the Share
 *  dialog (which is closed again). */
export async function sealedLink(page, passphrase) {
  await page.getByRole("button", { name: "Share" }).click();
  await page.waitForFunction(() => document.querySelector(".share-link")?.value.includes("#j1="));
  const field = page.getByLabel("Passphrase (optional)");
  await field.fill(passphrase);
  await field.press("Enter");
  await page.waitForFunction(() => document.querySelector(".share-link")?.value.includes("#e1="));
  const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
  const embed = await page.locator("textarea.embed-code").inputValue();
  assert.ok(embed.includes("embed=1#e1="), "the embed code carries the sealed link");
  assert.ok(await page.getByText(/whoever opens it is asked for the passphrase/).isVisible());
  await page.keyboard.press("Escape");
  return link;
}
