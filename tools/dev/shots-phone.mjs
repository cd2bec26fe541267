// Phone-width and long-title screenshots. usage: node tools/dev/shots-phone.mjs
import { mapOf, start } from "../../tests/e2e/harness.mjs";
const app = await start();
const page = await app.page("", { viewport: { width: 390, height: 844 } });
await mapOf(page, "Buying and upgrading a team software subscription");
await page.screenshot({ path: "/tmp/shots/phone.png" });
await page.setViewportSize({ width: 1366, height: 768 });
await page.getByRole("button", { name: "Paste JSON" }).click();
const long = "A very long journey title ".repeat(40);
await page.fill(".modal textarea", JSON.stringify({ version: 1, title: long, phases: [{ id: "p", name: "P" }], steps: [
  { id: "a", phase: "p", name: "Long step name ".repeat(30), description: "Description ".repeat(80), emotion: -1, thoughts: ["مرحبا بالعالم، هذا نص عربي"] },
  { id: "b", phase: "p", name: "שלום עולם", emotion: 1 } ] }));
await page.locator(".modal .button.primary").click();
await page.waitForSelector(".step-head");
await page.screenshot({ path: "/tmp/shots/long.png" });
await page.getByRole("button", { name: "Emotion curve" }).click();
await page.screenshot({ path: "/tmp/shots/long-curve.png" });
await app.stop();
