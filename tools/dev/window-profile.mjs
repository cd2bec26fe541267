// Where the time of a phase of the 1,000-step first screen goes, function by function: CPU
// samples taken in the trace (so they share its clock with the app's jl:* marks), kept
// between two marks, summed over loads (inclusive and self, in ms a load), for one or two
// builds loaded in turn. Use builds that keep names (tools/dev/names-build.sh) to read them.
// usage: WIN=parsed,mounted N=12 node tools/dev/window-profile.mjs DIR [DIR2]
//   (each DIR a dist holding j1000.json, from ../shared/tools/gen-journey.py 1000); writes
//   /tmp/window-profile.json and prints the functions that differ most.
import { chromium } from "playwright-core";
import { writeFileSync } from "node:fs";
import { serve } from "../serve.mjs";

const [A, B] = (process.env.WIN || "parsed,mounted").split(",").map((x) => "jl:" + x);
const dirs = process.argv.slice(2);
const N = +(process.env.N || 8);
const servers = await Promise.all(dirs.map((dir) => serve({ dir })));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
const out = dirs.map(() => ({ incl: {}, self: {}, wall: 0 }));
for (let i = 0; i < N; i++) {
  for (let d = 0; d < dirs.length; d++) {
    const page = await ctx.newPage();
    await browser.startTracing(page, { categories: ["blink.user_timing", "disabled-by-default-v8.cpu_profiler"] });
    await page.goto(servers[d].url + "?src=j1000.json", { waitUntil: "commit" });
    await page.waitForFunction(() => performance.getEntriesByName("jl:drawn").length, null, { polling: 20 });
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const marks = {};
    for (const e of events) if (e.cat.includes("user_timing") && e.name.startsWith("jl:")) marks[e.name] = e;
    const pid = marks["jl:start"].pid;
    const nodes = new Map();
    const samples = [];
    let t = 0;
    for (const e of events.filter((e) => e.pid === pid && (e.name === "Profile" || e.name === "ProfileChunk"))) {
      if (e.name === "Profile") { t = e.args.data.startTime; continue; }
      const cp = e.args.data.cpuProfile || {};
      for (const n of cp.nodes || []) nodes.set(n.id, n);
      const deltas = e.args.data.timeDeltas || [];
      (cp.samples || []).forEach((s, k) => { t += deltas[k]; samples.push([t, s]); });
    }
    const [a, b] = [marks[A].ts, marks[B].ts];
    out[d].wall += (b - a) / 1000 / N;
    for (let k = 0; k + 1 < samples.length; k++) {
      const [ts, id] = samples[k];
      if (ts < a || ts >= b) continue;
      const dt = (samples[k + 1][0] - ts) / 1000 / N;
      const seen = new Set();
      let first = true;
      for (let n = nodes.get(id); n; n = nodes.get(n.parent)) {
        const name = (n.callFrame.functionName || "(anon)").replace(/\[[0-9a-f]{16}\]/g, "");
        if (first) { out[d].self[name] = (out[d].self[name] || 0) + dt; first = false; }
        if (!seen.has(name)) { seen.add(name); out[d].incl[name] = (out[d].incl[name] || 0) + dt; }
      }
    }
    await page.close();
  }
}
writeFileSync("/tmp/window-profile.json", JSON.stringify(out));
console.log(`${A} to ${B}, wall:`, out.map((o) => o.wall.toFixed(1)).join(" against "), "ms");
for (const kind of ["incl", "self"]) {
  const [x, y] = [out[0][kind], (out[1] ?? out[0])[kind]];
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
  keys.sort((p, q) => (dirs.length > 1 ? Math.abs((y[q] || 0) - (x[q] || 0)) - Math.abs((y[p] || 0) - (x[p] || 0)) : (x[q] || 0) - (x[p] || 0)));
  console.log(`-- ${kind}`);
  for (const k of keys.slice(0, 25)) console.log(((x[k] || 0).toFixed(2)).padStart(7), dirs.length > 1 ? ((y[k] || 0).toFixed(2)).padStart(7) : "", k.slice(0, 140));
}
await browser.close();
servers.forEach((s) => s.server.close());
