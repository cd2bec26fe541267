// Zeroes the bytes of the wasm's data that no code left in it can reach: wasm-opt drops dead
// functions but never the data, so the strings and tables of what it dropped stayed (the
// `std::io` error texts of wasm-streams' byte source, which tools/unused-exports.mjs makes
// trap, wasm-bindgen's borrow messages, vtables): about 1 KB of data, 0.7 KB of gzip.
//
// The data is cut into objects at every address the code before wasm-opt names (an
// `i32.const` or a load's or store's offset) and every word of the data that is an address
// in it. An object is live when the code after wasm-opt names an address in it (an address
// that is not a load's or store's may be one past an object's end, so the object before it
// is live too), or a live object holds a pointer into it. Since an address in the data or the
// code may be a number that only looks like one, an object after a live one is dropped only
// where it starts at an address that something now gone named: dead code, or a dead object.
// The zeroed bytes stay in place (the module's layout does not change); gzip makes little of
// them. usage: node tools/dead-data.mjs BEFORE.wasm AFTER.wasm (AFTER is rewritten)
import { readFileSync, writeFileSync } from "node:fs";
import binaryen from "binaryen";

const [beforePath, afterPath] = process.argv.slice(2);

/** The bytes of a string in binaryen's text: `\xx` escapes and UTF-8 characters. */
function decode(text) {
  const out = [];
  for (let k = 0; k < text.length; ) {
    if (text[k] === "\\") {
      const hex = text.slice(k + 1, k + 3);
      if (/^[0-9a-f]{2}$/.test(hex)) {
        out.push(parseInt(hex, 16));
        k += 3;
      } else {
        out.push({ t: 9, n: 10, r: 13, '"': 34, "'": 39, "\\": 92 }[text[k + 1]]);
        k += 2;
      }
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(k));
    out.push(...Buffer.from(ch, "utf8"));
    k += ch.length;
  }
  return out;
}

/** A module's active data segments, and the addresses its code names: [value, is an access]. */
function read(path) {
  const module = binaryen.readBinary(readFileSync(path));
  const text = module.emitText();
  module.dispose();
  const segments = [];
  const addresses = [];
  let previous = "";
  for (const line of text.split("\n")) {
    const data = /^ \(data \$\S+ \(i32\.const (\d+)\) "(.*)"\)$/.exec(line);
    if (data) {
      segments.push({ base: Number(data[1]), bytes: decode(data[2]) });
      continue;
    }
    if (/^ \(data /.test(line)) throw new Error(`${path}: a data segment not at a constant address`);
    // A load's or store's address: its first operand, or its offset.
    const access = /\((i32|i64|f32|f64)\.(load|store)\w*( offset=\d+)?( align=\d+)?$/.test(previous.trim());
    for (const c of line.matchAll(/i32\.const (\d+)|offset=(\d+)/g)) {
      addresses.push([Number(c[1] ?? c[2]), c[2] !== undefined || access]);
    }
    previous = line;
  }
  return { segments, addresses };
}

binaryen.setDebugInfo(false);
const before = read(beforePath);
const after = read(afterPath);
const lo = Math.min(...after.segments.map((s) => s.base));
const hi = Math.max(...after.segments.map((s) => s.base + s.bytes.length));
const memory = new Uint8Array(hi - lo);
for (const s of after.segments) memory.set(s.bytes, s.base - lo);
const inData = (a) => a >= lo && a < hi;
const word = (a) => (memory[a - lo] | (memory[a - lo + 1] << 8) | (memory[a - lo + 2] << 16) | (memory[a - lo + 3] << 24)) >>> 0;
const wordsIn = function* (a0, a1) {
  for (let a = a0 + ((4 - (a0 % 4)) % 4); a + 4 <= a1; a += 4) if (inData(word(a))) yield word(a);
};

// The objects: from each address named to the next.
const named = new Set([lo]);
for (const [a] of before.addresses) if (inData(a)) named.add(a);
for (const a of wordsIn(lo, hi)) named.add(a);
const starts = [...named].sort((a, b) => a - b);
const end = (r) => (r + 1 < starts.length ? starts[r + 1] : hi);
const objectAt = (a) => {
  let [l, h] = [0, starts.length - 1];
  while (l < h) {
    const m = (l + h + 1) >> 1;
    if (starts[m] <= a) l = m;
    else h = m - 1;
  }
  return l;
};

// Live objects: named by the code left, or by a live object, until nothing changes.
const live = new Uint8Array(starts.length);
const queue = [];
const reach = (a, access) => {
  if (!inData(a)) return;
  for (const r of [objectAt(a), a > lo && !access ? objectAt(a - 1) : -1]) {
    if (r >= 0 && !live[r]) {
      live[r] = 1;
      queue.push(r);
    }
  }
};
for (const [a, access] of after.addresses) reach(a, access);
// An object after a live one goes only where its start was named by something now gone:
// code that wasm-opt dropped, or a dead object.
const namedByGoneCode = new Set(before.addresses.map(([a]) => a));
for (const [a] of after.addresses) namedByGoneCode.delete(a);
for (;;) {
  while (queue.length) {
    const r = queue.pop();
    for (const a of wordsIn(starts[r], end(r))) reach(a, false);
  }
  const namedByDead = new Set();
  starts.forEach((a0, r) => {
    if (!live[r]) for (const a of wordsIn(a0, end(r))) namedByDead.add(a);
  });
  for (let r = 1; r < starts.length; r++) {
    if (!live[r] && live[r - 1] && !namedByGoneCode.has(starts[r]) && !namedByDead.has(starts[r])) {
      live[r] = 1;
      queue.push(r);
    }
  }
  if (!queue.length) break;
}

// Zero the dead objects' bytes in the binary, where each segment's bytes are.
const wasm = readFileSync(afterPath);
let at = 8;
const leb = () => {
  let [value, shift, byte] = [0, 0, 0];
  do {
    byte = wasm[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return value;
};
const segmentsAt = [];
while (at < wasm.length) {
  const id = wasm[at++];
  const size = leb();
  const next = at + size;
  if (id === 11) {
    for (let n = leb(); n > 0; n--) {
      const flags = leb();
      if (flags !== 0 || wasm[at++] !== 0x41) throw new Error(`${afterPath}: a data segment other than active at an i32.const`);
      let [base, shift, byte] = [0, 0, 0];
      do {
        byte = wasm[at++];
        base |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      if (wasm[at++] !== 0x0b) throw new Error(`${afterPath}: a data segment's offset is not a constant`);
      const length = leb();
      segmentsAt.push({ base, length, file: at });
      at += length;
    }
  }
  at = next;
}
const expected = after.segments.map((s) => `${s.base}+${s.bytes.length}`).join();
if (segmentsAt.map((s) => `${s.base}+${s.length}`).join() !== expected) throw new Error(`${afterPath}: the data segments read differ from binaryen's`);
let zeroed = 0;
for (const s of segmentsAt) {
  for (let i = 0; i < s.length; i++) {
    const r = objectAt(s.base + i);
    if (!live[r] && wasm[s.file + i] !== 0) {
      wasm[s.file + i] = 0;
      zeroed++;
    }
  }
}
writeFileSync(afterPath, wasm);
const objects = live.reduce((n, l) => n + (l ? 0 : 1), 0);
console.log(`dead-data: ${zeroed} bytes of ${objects} objects no code reaches zeroed, of ${hi - lo} bytes of data`);
