// dist/ works from any folder of a static host: served under /tools/journeys/, the default
// example, ?src= examples and share links all resolve relative to that folder.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { DIST, mapOf, start } from "./harness.mjs";

let app;
let root;
before(async () => {
  root = mkdtempSync(join(tmpdir(), "jl-subpath-"));
  cpSync(DIST, join(root, "tools", "journeys"), { recursive: true });
  app = await start({ dir: root });
});
after(async () => {
  await app.stop();
  rmSync(root, { recursive: true, force: true });
});

test("the site works under a sub-path", async () => {
  const page = await app.page("tools/journeys/");
  await mapOf(page, "Buying and upgrading a team software subscription");
  await page.getByRole("button", { name: "Examples" }).click();
  await page.getByRole("button", { name: "Minimal journey" }).click();
  await mapOf(page, "Minimal journey");
  assert.equal(new URL(page.url()).pathname, "/tools/journeys/");
  await page.getByRole("button", { name: "Share" }).click();
  await page.waitForFunction(() => document.querySelector(".share-link")?.value.includes("#j1="));
  const link = await page.locator(".share-link").inputValue();
  assert.ok(link.startsWith(`${app.url}tools/journeys/#j1=`), link);
  const other = await app.page(null);
  await other.goto(link);
  await mapOf(other, "Minimal journey");
  assert.deepEqual([...page.errors, ...other.errors], []);
  await other.close();
  await page.close();
});
