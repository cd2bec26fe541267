// Marks on steps (hovered, selected, search match, dimmed) as stylesheets the document
// adopts: one rule per kind gives the steps' elements a flag custom property, which
// style/explore.css turns into a look. Columns drawn later (the map draws only those in
// view) pick the marks up by themselves, and a strict Content-Security-Policy allows it.
const sheets = new Map();

export function setMarks(slot, text) {
  let sheet = sheets.get(slot);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheets.set(slot, sheet);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(text);
}

// Highlights the search text in `root`'s text (the CSS Custom Highlight API: the DOM is
// not touched). Case and accents do not matter, as in the search itself.
export const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

export function highlightText(root, query) {
  if (!globalThis.CSS?.highlights) return;
  const needle = fold(query.trim());
  const ranges = [];
  // A mark that shows its symbol only is found by its hidden name: its chip is marked.
  for (const chip of document.querySelectorAll(".flag[data-found]")) chip.removeAttribute("data-found");
  if (needle && root) {
    // What the search looks through only: the steps' text (in the map, the insights and the
    // open step's details), not the lane titles, the phases or the toolbar, nor a dialog.
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, (n) =>
      n.nodeType == 3 ? (n.parentNode.closest("[data-step-id],.details") ? 1 : 3) : n.matches(".modal-backdrop") ? 2 : 3);
    for (let node = walk.nextNode(); node; node = walk.nextNode()) {
      // The folded text, and where each of its characters came from.
      const text = node.data;
      let folded = "";
      const from = [];
      for (let i = 0; i < text.length; i++) {
        const f = fold(text[i]);
        folded += f;
        for (let k = 0; k < f.length; k++) from.push(i);
      }
      from.push(text.length);
      for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
        const range = new Range();
        range.setStart(node, from[at]);
        range.setEnd(node, from[at + needle.length - 1] + 1);
        ranges.push(range);
        if (node.parentNode.matches(".compact > :first-child")) node.parentNode.parentNode.setAttribute("data-found", "");
      }
    }
  }
  // (Added one by one: spread as arguments, the ranges of a letter found 500,000 times in a
  // long text overflowed the stack, and the error left the app broken.)
  const highlight = new Highlight();
  for (const range of ranges) highlight.add(range);
  CSS.highlights.set("jl-search", highlight);
}
