// Reports an element's height whenever it changes (a ResizeObserver): the emotion lane's
// title asks for a taller curve when its legend and links need more room than the curve.
// The height is in the element's own CSS pixels, whatever the map's zoom.
export function watchHeight(el, report) {
  new ResizeObserver(() => {
    if (el.isConnected) report(el.offsetHeight);
  }).observe(el);
}

// Keeps an element's height in its `--h` (a ResizeObserver): the map's headers stay pinned
// with only their last lines in view, which needs the headers' height.
export function keepHeight(el) {
  new ResizeObserver(() => el.style.setProperty("--h", el.offsetHeight + "px")).observe(el);
}
