// A swipe across `el`: a finger moved at least 40 px sideways, and twice as far sideways as
// up or down (that scrolls a long slide), tells `moved` 1 when it went left (on to what is
// at the right) and -1 when it went right. A touch that starts in `ignore` (a selector: a
// bar that scrolls sideways itself) is left alone.
export function onSwipe(el, ignore, moved) {
  let x = NaN, y = NaN;
  el.addEventListener("touchstart", (e) => {
    const t = e.touches[0];
    [x, y] = e.touches.length > 1 || e.target.closest(ignore) ? [NaN, NaN] : [t.clientX, t.clientY];
  }, { passive: true });
  el.addEventListener("touchend", (e) => {
    const t = e.changedTouches[0], dx = t.clientX - x, dy = t.clientY - y;
    if (Math.abs(dx) >= 40 && Math.abs(dx) > 2 * Math.abs(dy)) moved(dx < 0 ? 1 : -1);
    x = NaN;
  });
}
