// The same journey drawn by Mermaid's `journey` diagram, for the benchmark: fetched from
// `?src=`, translated (one task per step, score = emotion + 3, the personas as actors), then
// rendered; `mm:drawn` is marked once the frame with the diagram has been painted.
const src = new URLSearchParams(location.search).get("src");
const journey = await (await fetch(src)).json();

const clean = (text) => String(text).replace(/[:;#\n\r]/g, " ").trim() || "-";
function translate(j) {
  const personas = (j.personas ?? []).map((p) => p.id);
  const actors = (j.personas ?? []).map((p) => clean(p.name)).join(", ") || "Customer";
  const lines = ["journey", `title ${clean(j.title)}`];
  for (const phase of j.phases) {
    lines.push(`section ${clean(phase.name)}`);
    for (const step of j.steps.filter((s) => s.phase === phase.id)) {
      const e = step.emotion;
      const values = typeof e === "number" ? [e] : e ? personas.map((id) => e[id]).filter((v) => typeof v === "number") : [];
      const mean = values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
      const score = Math.min(5, Math.max(1, Math.round(mean + 3)));
      lines.push(`  ${clean(step.name)}: ${score}: ${actors}`);
    }
  }
  return lines.join("\n");
}

const text = translate(journey);
mermaid.initialize({ startOnLoad: false, securityLevel: "strict", maxTextSize: 1e9 });
const t0 = performance.now();
const { svg } = await mermaid.render("journey", text);
document.getElementById("diagram").innerHTML = svg;
performance.mark("mm:rendered", { detail: performance.now() - t0 });
requestAnimationFrame(() => setTimeout(() => performance.mark("mm:drawn"), 0));
