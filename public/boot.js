// Starts the app. A module file rather than an inline script, so the page runs under a
// Content-Security-Policy without 'unsafe-inline'. Paths are relative: the site works
// from any folder of any static host.
import init from "./pkg/journey-lens.js";

init({ module_or_path: new URL("./pkg/journey-lens_bg.wasm", import.meta.url) });
