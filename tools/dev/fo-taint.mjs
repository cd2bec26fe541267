// Checks whether drawing an SVG image with <foreignObject> taints a canvas in this Chromium.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../../tests/e2e/harness.mjs";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const p = await b.newPage();
await p.goto("data:text/html,<p>x</p>");
console.log(await p.evaluate(async () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><foreignObject width="200" height="100"><div xmlns="http://www.w3.org/1999/xhtml" style="font:20px sans-serif;color:red">Hello <b>there</b></div></foreignObject></svg>`;
  const out = {};
  for (const kind of ["blob", "data"]) {
    const url = kind === "blob" ? URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" })) : "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg);
    const img = new Image(); img.src = url; await img.decode();
    const c = document.createElement("canvas"); c.width = 200; c.height = 100;
    const ctx = c.getContext("2d"); ctx.drawImage(img, 0, 0);
    try { const d = ctx.getImageData(0, 0, 200, 100).data; let red = 0; for (let i = 0; i < d.length; i += 4) if (d[i] > 200 && d[i+1] < 50) red++; out[kind] = "ok, red pixels " + red; } catch (e) { out[kind] = "tainted: " + e.message; }
  }
  return out;
}));
await b.close();
