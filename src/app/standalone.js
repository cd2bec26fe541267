// "Download as HTML": one self-contained file holding the app (its wasm, JS and CSS) and the
// journey, which opens from disk (file://) with no network. The app's own files are read
// back from the site that serves it (they are in the browser's cache), or, in a stand-alone
// file, from the copy that file carries: a stand-alone file can export again.
//
// The file's parts, each in an element the app or this module reads back:
// - <style>: the app's CSS;
// - <script id="journey-lens-journey" type="application/json" data-view="…">: the journey,
//   and in `data-view` the view it was exported in, as the page URL's query gives it
//   (`view=curve&step=pay&hide=thoughts`; files from before 2026-12-02 hold only `curve`);
// - <script id="journey-lens-sources" type="application/json">: the wasm-bindgen glue (its
//   snippet modules are bundled into it at build time) and the wasm in base64;
// - an inline module script that loads the glue from a blob: URL and starts the wasm from
//   the bytes in the file.
// JSON placed in a <script> has every "<" written as \u003c, so no text can end the element:
// the journey comes so from the app (`domain::carrier::markup_safe`, its own text, numbers as
// the file spelled them), the sources by `asScriptText`.

const SOURCES_ID = "journey-lens-sources";

const asScriptText = (value) => JSON.stringify(value).replace(/</g, "\\u003c");
const escapeHtml = (text) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

async function fetchText(path) {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

function base64(bytes) {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

// The app's code: from the stand-alone file this page is, else from the site.
async function sources() {
  const carried = document.getElementById(SOURCES_ID);
  if (carried) {
    const style = document.querySelector("style[data-journey-lens]");
    return { ...JSON.parse(carried.textContent), css: style ? style.textContent : "" };
  }
  const glue = await fetchText("pkg/journey-lens.js");
  const wasm = await fetch(new URL("pkg/journey-lens_bg.wasm", document.baseURI));
  if (!wasm.ok) throw new Error(`wasm: ${wasm.status}`);
  const css = await fetchText("app.css");
  return { glue, wasm: base64(new Uint8Array(await wasm.arrayBuffer())), css };
}

// Starts the app from the file's own parts; written into the file as its one script.
const BOOT = `
const sources = JSON.parse(document.getElementById("${SOURCES_ID}").textContent);
const url = (text) => URL.createObjectURL(new Blob([text], { type: "text/javascript" }));
const { default: init } = await import(url(sources.glue));
await init({ module_or_path: Uint8Array.from(atob(sources.wasm), (c) => c.charCodeAt(0)) });
`;

export async function standaloneHtml(journeyJson, title, view, lang) {
  const { css, ...code } = await sources();
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" data-standalone>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="Journey Lens">
<title>${escapeHtml(title)}</title>
<style data-journey-lens>${css.replace(/<\/style/gi, "<\\/style")}</style>
<script id="journey-lens-journey" type="application/json" data-view="${escapeHtml(view)}">${journeyJson}</script>
<script id="${SOURCES_ID}" type="application/json">${asScriptText(code)}</script>
<script type="module">${BOOT}</script>
</head>
<body>
<noscript><p>This journey map needs JavaScript and WebAssembly.</p></noscript>
</body>
</html>
`;
}
