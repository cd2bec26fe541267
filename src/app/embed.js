// Embed mode (`embed=1`): tells the host page the app's height whenever it changes, so a
// host script can size the iframe (README, "Embed"). Only the height leaves the frame.
export function reportHeight(el) {
  if (window.parent === window) return;
  let last = -1;
  const send = () => {
    const height = Math.ceil(el.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "journey-lens:height", height }, "*");
  };
  new ResizeObserver(send).observe(el);
  send();
}
