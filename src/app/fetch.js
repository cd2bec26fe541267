// A response's bytes, read in parts: past `limit` the reading stops, and what it resolves
// to is the size read so far (a number) instead. A server can send without end, or send a
// small compressed body (its Content-Length) that the browser inflates to gigabytes:
// reading it whole would take the page down. The parts are put together here, not by a
// Blob, which is slower. (prefetch.js reads the same way.)
export async function bytesUpTo(response, limit) {
  const reader = response.body.getReader();
  const parts = [];
  let size = 0;
  for (let part; !(part = await reader.read()).done; parts.push(part.value)) {
    if ((size += part.value.length) > limit) return reader.cancel(), size;
  }
  const bytes = new Uint8Array(size);
  size = 0;
  for (const part of parts) bytes.set(part, size), (size += part.length);
  return bytes.buffer;
}

// A journey opened from a file, or pasted or dropped, has no address: the tab keeps it
// (its file's name, a `/` and its text) so that a reload shows it again.
// The tab's storage stays in this browser and ends with the tab. The copy kept before is
// dropped at once: a reload must not show an older journey, even where the new one cannot
// be written (too large, no `text`, or a frame without storage). The new one is written
// after the map is drawn: writing 3.6 MB took 20 ms, and the first screen waited for it.
const KEPT = "jl-opened";
export function keep(name, text) {
  try {
    sessionStorage.removeItem(KEPT);
    if (text !== undefined) {
      requestAnimationFrame(() => setTimeout(() => {
        try { sessionStorage.setItem(KEPT, name + "/" + text); } catch {}
      }));
    }
  } catch {}
}
export function kept() {
  try { return sessionStorage.getItem(KEPT); } catch {}
}
