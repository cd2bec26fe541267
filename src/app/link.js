// Share links in the browser's own machinery, so the wasm carries no compressor and no
// cryptography: raw DEFLATE by Compression Streams, and passphrase sealing by WebCrypto.
export async function deflateRaw(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

// Fails past 100 MB, the app's limit for a file (what it throws is the cancelling's
// promise: the app only asks whether it failed). A link of a few hundred KB can inflate to
// gigabytes, which would take the page down.
export async function inflateRaw(bytes) {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  const parts = [];
  for (let size = 0, part; !(part = await reader.read()).done; parts.push(part.value)) {
    if ((size += part.value.length) > 104857600) throw reader.cancel();
  }
  return new Blob(parts).text();
}

// Format e1 (see src/domain/link.rs): salt (16) | nonce (12) | AES-256-GCM ciphertext and
// tag, the key derived from the passphrase by PBKDF2-SHA-256 at OWASP's 600,000 iterations.
// The format's name is authenticated too, so data cannot be replayed under a later format.
const ITERATIONS = 600000;
const FORMAT = new TextEncoder().encode("e1");

async function key(passphrase, salt, use) {
  if (!crypto.subtle) throw new Error("insecure"); // WebCrypto needs https or localhost
  const base = await crypto.subtle.importKey(
    "raw", new TextEncoder().encode(passphrase), "PBKDF2", false, ["deriveKey"]);
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations: ITERATIONS },
    base, { name: "AES-GCM", length: 256 }, false, [use]);
}

export async function seal(bytes, passphrase) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const k = await key(passphrase, salt, "encrypt");
  const secret = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: FORMAT }, k, bytes);
  const out = new Uint8Array(28 + secret.byteLength);
  out.set(salt);
  out.set(iv, 16);
  out.set(new Uint8Array(secret), 28);
  return out;
}

// Throws "insecure" without WebCrypto, and OperationError for a wrong passphrase (GCM's tag
// does not match): never returns garbage.
export async function unseal(bytes, passphrase) {
  const k = await key(passphrase, bytes.subarray(0, 16), "decrypt");
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: bytes.subarray(16, 28), additionalData: FORMAT }, k, bytes.subarray(28));
  return new Uint8Array(plain);
}
