// Starts the app. A module file rather than an inline script, so the page runs under a
// Content-Security-Policy without 'unsafe-inline'. Paths are relative: the site works
// from any folder of any static host.
import init from "./pkg/journey-lens.js";

const wasmUrl = new URL("./pkg/journey-lens_bg.wasm", import.meta.url);
const module = WebAssembly.compileStreaming(fetch(wasmUrl));

// prefetch.js, inline in index.html, has started fetching the journey. Under a
// Content-Security-Policy that does not allow it (by the hash the README gives), it runs
// from its file now. When the journey's bytes arrive soon, the app starts with them in hand
// and draws the map in its very first frame; otherwise the app starts at once and takes
// them when they come.
if (globalThis.journeyLensPrefetch === undefined) {
  await new Promise((done) => {
    const script = document.createElement("script");
    script.src = new URL("./prefetch.js", import.meta.url);
    script.onload = script.onerror = done;
    document.head.append(script);
  });
}
const prefetch = globalThis.journeyLensPrefetch;
if (prefetch) {
  const soon = new Promise((resolve) => setTimeout(resolve, 400));
  const bytes = await Promise.race([prefetch.bytes, soon]);
  // An ArrayBuffer when it came in time, else the promise of it.
  globalThis.journeyLensPrefetch = { url: prefetch.url, bytes: bytes ?? prefetch.bytes };
}
const wasm = await init({ module_or_path: await module });

// For benchmarks and embedders' diagnostics: the app's WebAssembly memory in bytes.
globalThis.journeyLens = Object.freeze({ wasmMemoryBytes: () => wasm.memory.buffer.byteLength });
