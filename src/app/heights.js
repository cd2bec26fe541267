// Reports an element's height whenever it changes (a ResizeObserver): the emotion lane's
// title asks for a taller curve when its legend and links need more room than the curve.
// The height is in the element's own CSS pixels, whatever the map's zoom.
export function watchHeight(el, report) {
  new ResizeObserver(() => {
    if (el.isConnected) report(el.offsetHeight);
  }).observe(el);
}
