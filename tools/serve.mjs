// A small static file server for the built site: correct MIME types (application/wasm),
// validators for revalidation (as real static hosts send), and optional security headers to
// test the app under a strict CSP.
// usage: node tools/serve.mjs --dir dist [--host 127.0.0.1] [--port 8080] [--csp]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

/** The Content-Security-Policy the app is built to run under (see README). */
export const STRICT_CSP = [
  "default-src 'self'",
  // The hash allows index.html's one inline script, public/prefetch.js as the build
  // writes it (tools/minify.mjs checks it).
  "script-src 'self' 'wasm-unsafe-eval' 'sha256-Vo0kcW5rsserMnY3Fxiy0qoTk6F8HT0LUsygzbkstA4='",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https: http:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors *",
].join("; ");

/** Starts a server; resolves to { server, url }. `headers` are added to every response. */
export function serve({ dir, host = "127.0.0.1", port = 0, headers = {} }) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error(), { code: "ENOENT" });
      let info = await stat(file);
      if (info.isDirectory()) info = await stat((file = join(file, "index.html")));
      // Validators, as any static host sends: a revalidated 304 lets the browser reuse its
      // cached copy, and with it the compiled WebAssembly code it keeps beside the response.
      const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
      const head = {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
        etag,
        "last-modified": info.mtime.toUTCString(),
        "x-content-type-options": "nosniff",
        ...headers,
      };
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304, head);
        return res.end();
      }
      const body = await readFile(file);
      res.writeHead(200, head);
      res.end(body);
    } catch (err) {
      res.writeHead(err.code === "ENOENT" || err.code === "EISDIR" ? 404 : 500, { "content-type": "text/plain" });
      res.end(err.code === "ENOENT" ? "Not found" : "Server error");
    }
  });
  return new Promise((ok) =>
    server.listen(port, host, () => ok({ server, url: `http://${host}:${server.address().port}/` })),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const headers = process.argv.includes("--csp") ? { "content-security-policy": STRICT_CSP } : {};
  const { url } = await serve({ dir: arg("dir", "dist"), host: arg("host", "127.0.0.1"), port: Number(arg("port", 8080)), headers });
  console.log(`Serving ${arg("dir", "dist")} on ${url}`);
}
