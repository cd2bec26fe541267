// Embed mode (`embed=1`): tells the host page the app's height whenever it changes, so a
// host script can size the iframe (README, "Embed"). Only the height leaves the frame.
export function reportHeight(el) {
  if (window.parent === window) return;
  let last = -1;
  let waiting = false;
  const send = () => {
    waiting = false;
    const height = Math.ceil(el.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "journey-lens:height", height }, "*");
  };
  // Chromium pauses the rendering of a cross-origin iframe out of the host's view, and its
  // ResizeObserver with it: the app's changes (the map drawn, a lane's height set) are
  // also measured a moment after they are made, whether the frame is in view or not.
  const soon = () => {
    if (!waiting) {
      waiting = true;
      setTimeout(send, 50);
    }
  };
  new ResizeObserver(send).observe(el);
  new MutationObserver(soon).observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
  addEventListener("resize", soon);
}
