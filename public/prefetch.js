// Starts fetching the journey the URL names as soon as the page is parsed, before the app's
// modules have loaded; boot.js hands the text to the app. A classic script, so it runs at
// once (and under a strict CSP). The default must match the app's DEFAULT_EXAMPLE (if it
// does not, the app just fetches itself).
(function () {
  if (/[#&][je]1=/.test(location.hash)) return; // a share link carries the journey
  var src = new URLSearchParams(location.search).get("src") || "examples/b2b-software.json";
  try {
    var url = new URL(src, location.href);
    if (url.protocol !== "http:" && url.protocol !== "https:") return;
    // A failed fetch resolves to `undefined`: the app then fetches itself and says why.
    var text = fetch(url.href)
      .then(function (r) { return r.ok ? r.text() : undefined; })
      .catch(function () { return undefined; });
    window.journeyLensPrefetch = { url: url.href, text: text };
  } catch (e) {
    // Not a URL: the app says so.
  }
})();
