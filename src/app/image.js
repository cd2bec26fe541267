// The view on screen as an image: a plain vector SVG (no <foreignObject>, which vector
// editors and slide tools do not draw) that carries the journey as metadata, so that dropping
// the image back on the app reopens the map, and a PNG drawn from that SVG.
//
// The SVG is drawn from the browser's own layout: each element's background and borders as
// rectangles and lines, its text as one <text> a line where the browser put the line, its
// inline SVG (the curve) copied with its computed paint. Pseudo-elements (quotes, icons, chip
// dots) are made real for the time of the walk so that they are drawn too. Elements that carry
// a test or embedder hook (data-step-id, data-lane-id, data-persona-id) become groups with
// the same attributes, and text lines keep their element's classes.

// The largest canvas every current browser draws: sides up to 16,384 px, 120 M pixels.
const MAX_SIDE = 16384;
const MAX_AREA = 120e6;

// A letter of a right-to-left script.
const RTL = /[\p{sc=Hebrew}\p{sc=Arabic}\p{sc=Syriac}\p{sc=Thaana}\p{sc=Nko}\p{sc=Samaritan}\p{sc=Mandaic}]/u;

// Characters XML does not allow, such as U+0001, as U+FFFD: one made the SVG not
// well-formed, so it would not open, and the PNG drawn from it was never made.
const xmlChars = (text) => text.replace(/[\0-\x08\v\f\x0e-\x1f\ufffe\uffff]/g, "\ufffd");
const escapeXml = (text) =>
  xmlChars(text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"));

// The size of the image of `root`: the whole of it, also what is scrolled out of view (a
// map's grid is as wide as all its columns while only some are drawn).
const sizeOf = (root) => {
  const drawn = root.getBoundingClientRect();
  return [Math.ceil(Math.max(root.scrollWidth, drawn.width)), Math.ceil(Math.max(root.scrollHeight, drawn.height))];
};

// The scale a PNG of that size is drawn at: twice its size where the browser's canvas limits
// allow, smaller where they do not.
const pngScale = (width, height) =>
  Math.min(2, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));

// The scale a PNG of `root` would be drawn at, known before anything is drawn.
export const pngScaleOf = (root) => atFullSize(root, () => pngScale(...sizeOf(root)));

// `draw()` with `root` at 100%, whatever its zoom on screen (CSS `zoom`, under which the
// browser gives boxes in zoomed pixels and fonts in unzoomed ones: an image of a map at Fit
// had its columns narrowed and its text at full size). An image shows the map at 100%.
function atFullSize(root, draw) {
  const zoom = root.style.zoom;
  root.style.zoom = "1";
  try {
    return draw();
  } finally {
    root.style.zoom = zoom;
  }
}

// The SVG drawn as a PNG (see pngScale). Returns [PNG bytes, scale].
export async function pngOf(svg, width, height) {
  const scale = pngScale(width, height);
  const image = new Image();
  image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg);
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.floor(width * scale));
  canvas.height = Math.max(1, Math.floor(height * scale));
  canvas.getContext("2d").drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
  return [new Uint8Array(await blob.arrayBuffer()), scale];
}

const SIDES = ["Top", "Right", "Bottom", "Left"];
const HOOKS = ["data-step-id", "data-lane-id", "data-persona-id"];
const SVG_PAINT = ["fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "stroke-opacity",
  "stroke-linecap", "stroke-linejoin", "opacity", "font-size", "font-family", "font-weight", "text-anchor",
  "dominant-baseline", "vector-effect", "paint-order", "letter-spacing"];

// `root`: the view, fully drawn. `carried`: the journey's JSON with <, > and & escaped.
// Returns [svg text, width, height].
export const vectorSvg = (root, carried, title, description) =>
  atFullSize(root, () => drawnSvg(root, carried, title, description));

// The journey's title and description for the top of an image `width` wide, laid out by the
// browser (any script, wrapped as on screen) to be drawn as the map is.
function headingOf(title, description, width) {
  const heading = document.createElement("div");
  heading.className = "image-heading";
  heading.style.width = `${width}px`;
  // The filters in force (their chips' words): a picture with greyed steps says why.
  const filters = [...document.querySelectorAll(".chip-text")].map((e) => e.textContent).join(" · ");
  for (const [tag, text] of [["h2", title], ["p", description], ["p", filters]]) {
    if (!text) continue;
    const part = document.createElement(tag);
    part.dir = "auto";
    part.textContent = text;
    heading.append(part);
  }
  document.body.append(heading);
  return heading;
}

function drawnSvg(root, carried, title, description) {
  // A picture has no tooltips: its steps' names take three lines (style/swimlane.css).
  root.classList.add("jl-image");
  // Sticky titles and headers sit at their place only when nothing is scrolled.
  const scrolled = [];
  for (let el = root; el; el = el.parentElement) {
    if (el.scrollLeft || el.scrollTop) scrolled.push([el, el.scrollLeft, el.scrollTop]);
    el.scrollLeft = el.scrollTop = 0;
  }
  const spans = flatten(root);
  let heading;
  try {
    const [width, mapHeight] = sizeOf(root);
    heading = headingOf(title, description, width);
    const top = Math.ceil(heading.getBoundingClientRect().height);
    const height = top + mapHeight;
    const out = [];
    drawing(heading, out)(heading);
    out.push(`<g transform="translate(0 ${top})">`);
    drawing(root, out)(root);
    out.push("</g>");
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      `<title>${escapeXml(title)}</title>` +
      `<metadata id="journey-lens-journey">${carried}</metadata>` +
      '<filter id="jl-g"><feColorMatrix type="saturate" values="0"/></filter>' +
      `<rect width="${width}" height="${height}"${paint(getComputedStyle(document.body).backgroundColor) ?? ' fill="#fff"'}/>` +
      out.join("") +
      "</svg>";
    return [svg, width, height];
  } finally {
    root.classList.remove("jl-image");
    heading?.remove();
    for (const node of spans) {
      node.parentElement.classList.remove("jl-flat");
      node.remove();
    }
    for (const [el, left, top] of scrolled) {
      el.scrollLeft = left;
      el.scrollTop = top;
    }
  }
}

// Each ::before and ::after under `root` made real for the time of the walk, the
// pseudo-element hidden: plain text in its element's style (a thought's quotes) as a text
// node, so that it joins the words of its line; anything else (an icon, a chip's dot) as a
// span with the pseudo-element's computed style (set through the CSSOM, which a strict CSP
// allows).
const SAME_TEXT = ["display", "position", "fontSize", "fontWeight", "fontStyle", "fontFamily", "color"];
// What tells two pseudo-elements' looks apart: where their boxes go and how they are painted.
// Those that agree on all of it (the dots of the chips of one colour) are clones of one span
// given the whole computed style, which is read and written once, not once a chip: at 1,000
// steps that was most of an export's 14 s.
const LOOK = ["content", "display", "position", "top", "right", "bottom", "left", "width", "height",
  "margin", "padding", "border", "borderRadius", "boxSizing", "backgroundColor", "backgroundImage",
  "color", "opacity", "visibility", "font", "letterSpacing", "textTransform", "textDecoration",
  "verticalAlign", "transform", "flex", "alignSelf", "whiteSpace", "boxShadow"];

// For ::before and for ::after, the selector of the elements that may have one: those of the
// rules that give it content (any other element's are not drawn, and asking the browser for a
// pseudo-element's style costs as much as a chip's whole drawing).
function pseudoHosts(sheets) {
  const hosts = { "::before": [], "::after": [] };
  const visit = (rules) => {
    for (const rule of rules) {
      if (rule.cssRules?.length) visit(rule.cssRules);
      const content = rule.style?.content;
      if (!rule.selectorText || !content || content === "none") continue;
      for (const which of ["::before", "::after"]) {
        const pseudo = new RegExp(`::?${which.slice(2)}`);
        if (pseudo.test(rule.selectorText)) hosts[which].push(rule.selectorText.replace(/::?(before|after)/g, ""));
      }
    }
  };
  try {
    for (const sheet of sheets) visit(sheet.cssRules);
  } catch {
    return { "::before": ["*"], "::after": ["*"] }; // a sheet whose rules cannot be read
  }
  return hosts;
}

function flatten(root) {
  const made = [];
  const looks = new Map();
  const hosts = pseudoHosts([...document.styleSheets, ...document.adoptedStyleSheets]);
  for (const [which, selectors] of Object.entries(hosts)) {
    for (const el of selectors.length ? root.querySelectorAll(selectors.join(",")) : []) {
      if (el instanceof SVGElement) continue;
      const style = getComputedStyle(el, which);
      // What is drawn is the first string: `"" / "filtered out"` has alternative text for
      // screen readers only, and draws nothing.
      const drawn = /^"((?:[^"\\]|\\.)*)"/.exec(style.content);
      if (!drawn || style.display === "none") continue;
      const text = drawn[1].replace(/\\(.)/g, "$1");
      // An empty one is drawn when it is a shape (a chip's dot, a touchpoint's ring).
      const shape = style.backgroundColor !== "rgba(0, 0, 0, 0)" || style.borderStyle !== "none";
      if (!text && !shape) continue;
      const own = getComputedStyle(el);
      const plain =
        !shape && SAME_TEXT.every((p) => style[p] === (p === "display" ? "inline" : p === "position" ? "static" : own[p]));
      let node = document.createTextNode(text);
      if (!plain) {
        const look = LOOK.map((p) => style[p]).join("\n");
        if (!looks.has(look)) {
          const span = document.createElement("span");
          for (const name of style) span.style.setProperty(name, style.getPropertyValue(name));
          looks.set(look, span);
        }
        node = looks.get(look).cloneNode();
        node.textContent = text;
      }
      made.push([el, which, node]);
    }
  }
  for (const [el, which, node] of made) {
    el.classList.add("jl-flat");
    which === "::before" ? el.prepend(node) : el.append(node);
  }
  return made.map((m) => m[2]);
}

const num = (v) => Math.round(v * 10) / 10;
const canvas = () => (num.ctx ??= document.createElement("canvas").getContext("2d"));

// A CSS colour (any syntax) as [sRGB, alpha], through the canvas, which gives #rrggbb,
// rgba(…) or, for what color-mix() computes to, color(srgb r g b / a) with 0-1 channels.
// Each element asks for five or six colours, nearly all the same few: each is read once.
const colours = new Map();
function colour(value) {
  if (!colours.has(value)) colours.set(value, readColour(value));
  return colours.get(value);
}

function readColour(value) {
  const ctx = canvas();
  ctx.fillStyle = "#000";
  ctx.fillStyle = value;
  const c = ctx.fillStyle;
  if (c[0] === "#") return [c, 1];
  const n = c.replace(/^color\(srgb/, "").match(/[\d.e-]+/g).map(Number);
  const rgb = n.slice(0, 3).map((v) => Math.round(c.startsWith("color(") ? v * 255 : v));
  return [`rgb(${rgb})`, n[3] ?? 1];
}

// A CSS colour as SVG paint attributes (` fill="…" fill-opacity="…"`), or null when invisible.
function paint(value, attr = "fill") {
  const [c, a] = colour(value);
  return a >= 1 ? ` ${attr}="${c}"` : a > 0 ? ` ${attr}="${c}" ${attr}-opacity="${a}"` : null;
}

// A function that draws an element under `root` (and what is in it) into `out`.
function drawing(root, out) {
  const origin = root.getBoundingClientRect();
  const range = document.createRange();
  const fonts = new Map();
  let clips = 0;

  // `clip`: the box that cuts what `el` draws, in the page's pixels, and whether the cut
  // text ends in "…" there (line-clamp, text-overflow).
  const walk = (el, clip = null) => {
    const style = getComputedStyle(el);
    if (style.display === "none" || style.visibility === "hidden") return;
    const r = el.getBoundingClientRect();
    const [x, y] = [r.left - origin.left, r.top - origin.top];
    let close = "";
    const open = (tag) => {
      out.push(tag);
      close = (tag.startsWith("<a") ? "</a>" : "</g>") + close;
    };
    const hooks = HOOKS.filter((a) => el.hasAttribute(a)).map((a) => ` ${a}="${escapeXml(el.getAttribute(a))}"`);
    if (hooks.length) open(`<g class="${escapeXml(el.getAttribute("class") ?? "")}"${hooks.join("")}>`);
    if (Number(style.opacity) < 1) open(`<g opacity="${style.opacity}">`);
    // A filter's dimmed steps, their colours gone as on screen.
    if (style.filter === "grayscale(1)") open('<g filter="url(#jl-g)">');
    if (el.localName === "a" && /^(https?|mailto):/i.test(el.href)) open(`<a href="${escapeXml(el.href)}">`);
    if (el instanceof SVGSVGElement) {
      out.push(inlineSvg(el, x, y, r));
    } else {
      box(style, x, y, r.width, r.height);
      if (el !== root && style.overflowX !== "visible") {
        const id = `jl-clip-${++clips}`;
        out.push(`<clipPath id="${id}"><rect x="${num(x + el.clientLeft)}" y="${num(y + el.clientTop)}" width="${num(el.clientWidth)}" height="${num(el.clientHeight)}"/></clipPath>`);
        open(`<g clip-path="url(#${id})">`);
        const [left, top] = [r.left + el.clientLeft, r.top + el.clientTop];
        const ellipsis = style.textOverflow === "ellipsis" || style.webkitLineClamp !== "none";
        clip = { left, right: left + el.clientWidth, bottom: top + el.clientHeight, ellipsis };
      }
      // Adjacent text nodes (a thought and its quotes) are one run of words.
      let run = [];
      for (const node of [...el.childNodes, null]) {
        if (node?.nodeType === Node.TEXT_NODE) {
          run.push(node);
          continue;
        }
        if (run.length) text(run, style, clip);
        run = [];
        if (node?.nodeType === Node.ELEMENT_NODE) walk(node, clip);
      }
    }
    out.push(close);
  };

  // Background and borders: one rectangle when the four borders match, else a line a side.
  const box = (style, x, y, w, h) => {
    const radius = Math.min(parseFloat(style.borderTopLeftRadius) || 0, w / 2, h / 2);
    const rect = (inset, rest) =>
      `<rect x="${num(x + inset)}" y="${num(y + inset)}" width="${num(w - 2 * inset)}" height="${num(h - 2 * inset)}"` +
      (radius ? ` rx="${num(Math.max(0, radius - inset))}"` : "") + `${rest}/>`;
    const background = paint(style.backgroundColor);
    if (background) out.push(rect(0, background));
    const widths = SIDES.map((side) => parseFloat(style[`border${side}Width`]));
    const sides = SIDES.map((side, i) => {
      const kind = style[`border${side}Style`];
      const colour = widths[i] > 0 && kind !== "none" && kind !== "hidden" && paint(style[`border${side}Color`], "stroke");
      const dash = kind === "dashed" ? ` stroke-dasharray="${num(3 * widths[i])}"` : kind === "dotted" ? ` stroke-dasharray="${num(widths[i])}"` : "";
      return colour ? `${colour} stroke-width="${num(widths[i])}"${dash}` : null;
    });
    if (sides[0] && sides.every((s) => s === sides[0])) return out.push(rect(widths[0] / 2, ` fill="none"${sides[0]}`));
    const [t, r, b, l] = widths.map((v) => v / 2);
    const ends = [[x, y + t, x + w, y + t], [x + w - r, y, x + w - r, y + h], [x, y + h - b, x + w, y + h - b], [x + l, y, x + l, y + h]];
    sides.forEach((side, i) => {
      const [x1, y1, x2, y2] = ends[i].map(num);
      if (side) out.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"${side}/>`);
    });
  };

  // A run of text nodes as one <text> a line: its words grouped by the line the browser put
  // them on.
  const text = (nodes, style, clip) => {
    let lines = [];
    const data = nodes.map((n) => n.data).join("");
    // The node and offset of the run's i-th character.
    const at = (i) => {
      for (const n of nodes) {
        if (i <= n.length) return [n, i];
        i -= n.length;
      }
    };
    const select = (from, to) => {
      range.setStart(...at(from));
      range.setEnd(...at(to));
    };
    const place = (from, to) => {
      select(from, to);
      const r = range.getBoundingClientRect();
      if (!r.width && !r.height) return;
      const line = lines.at(-1);
      const words = data.slice(from, to);
      if (line && Math.abs(line.top - r.top) < 2) {
        line.words.push(words);
        [line.left, line.right] = [Math.min(line.left, r.left), Math.max(line.right, r.right)];
      } else lines.push({ top: r.top, left: r.left, right: r.right, height: r.height, words: [words] });
    };
    // Past the clip's bottom nothing shows: the text there is not measured (a character at a
    // time, a word of 100,000 letters took 9 s) beyond the first line it cuts.
    const below = () => clip && lines.at(-1)?.top >= clip.bottom;
    for (const word of data.matchAll(/\S+/g)) {
      if (below()) break;
      const end = word.index + word[0].length;
      select(word.index, end);
      if (range.getClientRects().length < 2) {
        place(word.index, end);
        continue;
      }
      // A word broken over lines (at a hyphen, or anywhere in a long link): a part a line.
      let [i, from, top] = [word.index, word.index, null];
      for (const ch of word[0]) {
        select(i, i + ch.length);
        const r = range.getBoundingClientRect();
        if (r.height && top !== null && Math.abs(r.top - top) >= 2) {
          place(from, i);
          from = i;
          if (below()) break;
        }
        if (r.height) top = r.top;
        i += ch.length;
      }
      place(from, below() ? from : end);
    }
    if (!lines.length) return;
    const [ascent, descent] = metrics(style);
    const upper = style.textTransform === "uppercase";
    const names = nodes[0].parentElement.getAttribute("class")?.replace(/\s*jl-flat/, "");
    const look =
      (names ? ` class="${escapeXml(names)}"` : "") +
      ` font-family="${escapeXml(family(style.fontFamily))}" font-size="${style.fontSize}"` +
      (style.fontWeight !== "400" ? ` font-weight="${style.fontWeight}"` : "") +
      (style.fontStyle !== "normal" ? ` font-style="${style.fontStyle}"` : "") +
      (style.letterSpacing !== "normal" ? ` letter-spacing="${style.letterSpacing}"` : "") +
      (style.textDecorationLine.includes("underline") ? ` text-decoration="underline"` : "") +
      (paint(style.color) ?? "");
    // A right-to-left paragraph (journey text takes its direction from its first letter,
    // `unicode-bidi: plaintext`) starts at its line's right end: drawn from its left, as a
    // left-to-right line, Arabic was placed past its box and cut.
    const first = style.unicodeBidi === "plaintext" ? data.match(/\p{L}/u)?.[0] : null;
    const rtl = first ? RTL.test(first) : style.direction === "rtl";
    if (clip?.ellipsis) lines = ellipsized(lines, style, clip, rtl, upper);
    for (const line of lines) {
      const words = line.words.join(" ");
      const baseline = line.top - origin.top + (line.height - ascent - descent) / 2 + ascent;
      const x = rtl ? `${num(line.right - origin.left)}" direction="rtl` : num(line.left - origin.left);
      out.push(`<text x="${x}" y="${num(baseline)}"${look}>${escapeXml(upper ? words.toLocaleUpperCase() : words)}</text>`);
    }
  };

  // The lines the clip shows, the last one cut to end in "…" where the browser cut the text.
  const ellipsized = (lines, style, clip, rtl, upper) => {
    const shown = lines.filter((line) => line.top + line.height / 2 < clip.bottom);
    const last = shown.at(-1);
    if (!last) return shown;
    const room = rtl ? last.right - clip.left : clip.right - last.left;
    if (shown.length === lines.length && last.right - last.left <= room + 0.5) return shown;
    const ctx = canvas();
    ctx.font = fontOf(style);
    const width = (t) => ctx.measureText(upper ? t.toLocaleUpperCase() : t).width;
    let words = [...last.words.join(" ")];
    while (words.length && width(words.join("").trimEnd() + "…") > room) words.pop();
    last.words = [words.join("").trimEnd() + "…"];
    return shown;
  };

  const fontOf = (style) => `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;

  // The font's ascent and descent, measured once a font.
  const metrics = (style) => {
    const font = fontOf(style);
    if (!fonts.has(font)) {
      const ctx = canvas();
      ctx.font = font;
      const m = ctx.measureText("Hg");
      fonts.set(font, [m.fontBoundingBoxAscent, m.fontBoundingBoxDescent]);
    }
    return fonts.get(font);
  };

  return walk;
}

// A font-family list for other renderers: without the colour emoji fonts, which some
// (librsvg) take digits from; they find emoji by their own font fallback.
const family = (list) => list.split(",").filter((name) => !/emoji/i.test(name)).join(",");

// An inline <svg> at (x, y), its paint taken from the computed style of each of its elements
// (as presentation attributes: the CSS classes mean nothing outside the app).
function inlineSvg(svg, x, y, r) {
  const copy = svg.cloneNode(true);
  const from = [svg, ...svg.querySelectorAll("*")];
  const to = [copy, ...copy.querySelectorAll("*")];
  from.forEach((el, i) => {
    const style = getComputedStyle(el);
    if (style.display === "none") return to[i].remove();
    for (const name of SVG_PAINT) {
      let value = style.getPropertyValue(name);
      if (!value || value === "none" || value === "normal" || (name.endsWith("opacity") && value === "1")) {
        if (name === "fill" || name === "stroke") to[i].setAttribute(name, "none");
        continue;
      }
      if ((name === "fill" || name === "stroke") && !value.startsWith("url(")) {
        const [c, a] = colour(value);
        value = c;
        if (a < 1) to[i].setAttribute(`${name}-opacity`, a);
      }
      to[i].setAttribute(name, value);
    }
    to[i].removeAttribute("class");
    if (style.textTransform === "uppercase" && !el.children.length) to[i].textContent = el.textContent.toLocaleUpperCase();
  });
  copy.setAttribute("x", num(x));
  copy.setAttribute("y", num(y));
  copy.setAttribute("width", num(r.width));
  copy.setAttribute("height", num(r.height));
  if (getComputedStyle(svg).overflow === "visible") copy.setAttribute("overflow", "visible");
  return xmlChars(new XMLSerializer().serializeToString(copy));
}
