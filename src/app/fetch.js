// A response's bytes, read in parts: past `limit` the reading stops, and what it resolves
// to is the size read so far (a number) instead. A server that gives no Content-Length can
// send without end, and reading it whole would take the page down. (prefetch.js reads the
// same way.)
export async function bytesUpTo(response, limit) {
  const reader = response.body.getReader();
  const parts = [];
  for (let size = 0, part; !(part = await reader.read()).done; parts.push(part.value)) {
    if ((size += part.value.length) > limit) return reader.cancel(), size;
  }
  return new Blob(parts).arrayBuffer();
}
