// The view on screen as an image: an SVG that holds the view's elements (in a
// <foreignObject>, with the app's CSS) and the journey (as metadata, so that dropping the
// image back on the app reopens the map), and a PNG drawn from that SVG.

const XHTML = "http://www.w3.org/1999/xhtml";
// The largest canvas every current browser draws: sides up to 16,384 px, 120 M pixels.
const MAX_SIDE = 16384;
const MAX_AREA = 120e6;

const escapeXml = (text) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// The page's CSS, from its style sheets (a stand-alone file's included).
function css() {
  return [...document.styleSheets]
    .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join("\n"))
    .join("\n")
    .replace(/]]>/g, "]] >");
}

// `root`: the view, fully drawn. `carried`: the journey's JSON with <, > and & escaped.
// Returns [svg text, width, height].
export function viewSvg(root, carried, title) {
  const width = Math.ceil(Math.max(root.scrollWidth, root.getBoundingClientRect().width));
  const height = Math.ceil(Math.max(root.scrollHeight, root.getBoundingClientRect().height));
  const body = getComputedStyle(document.body);
  const box = document.createElementNS(XHTML, "div");
  box.className = "image-export";
  box.style.cssText = `overflow:hidden;width:${width}px;height:${height}px;font-family:${body.fontFamily};color:${body.color};background:${body.backgroundColor}`;
  box.append(root.cloneNode(true));
  const content = new XMLSerializer().serializeToString(box);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeXml(title)}</title>` +
    `<metadata id="journey-lens-journey">${carried}</metadata>` +
    `<style><![CDATA[${css()}]]></style>` +
    `<foreignObject x="0" y="0" width="${width}" height="${height}">${content}</foreignObject></svg>`;
  return [svg, width, height];
}

// The SVG drawn as a PNG at twice its size where the browser's canvas limits allow, smaller
// where they do not. Returns [PNG bytes, scale].
export async function pngOf(svg, width, height) {
  const scale = Math.min(2, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
  const image = new Image();
  // A data: URL: an SVG with a <foreignObject> from a blob: URL would taint the canvas.
  image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg);
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.floor(width * scale));
  canvas.height = Math.max(1, Math.floor(height * scale));
  canvas.getContext("2d").drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
  return [new Uint8Array(await blob.arrayBuffer()), scale];
}
