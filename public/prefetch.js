// Sets the theme the URL names, and starts fetching the journey the URL names while the
// page is being parsed, before the app's files have arrived; boot.js hands the bytes to the
// app. The build writes it inline into index.html, first in <head>: it runs without waiting
// for any file, so the journey's request goes out a round trip sooner than from a script
// file. The README's Content-Security-Policy allows it by its hash; where a policy does not,
// boot.js loads this same code from prefetch.js instead. The default must match the app's
// DEFAULT_EXAMPLE (if it does not, the app just fetches itself).
(function () {
  window.journeyLensPrefetch = null; // ran (boot.js reads it)
  // The theme the URL names, set before the first paint (src/app/theme_menu.rs keeps it).
  var params = new URLSearchParams(location.search);
  var theme = params.get("theme");
  if (/^(light|dark|contrast)$/.test(theme)) document.documentElement.setAttribute("data-theme", theme);
  if (/[#&][je]1=/.test(location.hash)) return; // a share link carries the journey
  var src = params.get("src") || "examples/b2b-software.json";
  try {
    var url = new URL(src, location.href);
    if (url.protocol !== "http:" && url.protocol !== "https:") return;
    // A failed fetch, or a file larger than the app reads (100 MB) by its Content-Length,
    // resolves to `undefined`: the app then fetches itself and says why. The bytes, not the
    // text: the app decodes them faster than it can take a JS string. They are read in
    // parts, and past the limit the size read resolves instead: a server can send without
    // end, or a small compressed body that inflates to gigabytes (src/app/fetch.js reads
    // the same way).
    var limit = 104857600;
    var upTo = function (r) {
      var reader = r.body.getReader(), parts = [], size = 0;
      return reader.read().then(function next(part) {
        if (part.done) {
          var bytes = new Uint8Array(size), at = 0;
          parts.forEach(function (p) { bytes.set(p, at); at += p.length; });
          return bytes.buffer;
        }
        if ((size += part.value.length) > limit) return reader.cancel(), size;
        parts.push(part.value);
        return reader.read().then(next);
      });
    };
    var bytes = fetch(url.href)
      .then(function (r) { return r.ok && !(r.headers.get("content-length") > limit) ? upTo(r) : undefined; })
      .catch(function () { return undefined; });
    window.journeyLensPrefetch = { url: url.href, bytes: bytes };
  } catch (e) {
    // Not a URL: the app says so.
  }
})();
