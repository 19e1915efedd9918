/**
 * A stable 64-bit string hash (cyrb53 variant, two 32-bit lanes) rendered as 16 hex digits.
 * Not cryptographic: ids only need to be stable and practically collision-free in one corpus,
 * and this runs in the browser with no crypto API.
 */
export function stableHash(text: string, seed = 0): string {
  let h1 = (0xdeadbeef ^ seed) | 0;
  let h2 = (0x41c6ce57 ^ seed) | 0;
  for (let from = 0; from < text.length; from += CHUNK) {
    h1 = absorb(text, from, Math.min(text.length, from + CHUNK), h1, h2);
    h2 = lane2;
  }
  return finish(h1, h2);
}

/**
 * Characters hashed per call of `absorb`. Why chunks: a document is hashed whole (tens of
 * thousands of characters), and one long loop gets compiled by V8 on the stack (OSR) before the
 * code after it has type feedback; V8 then kept deoptimizing that cached code on every later
 * call, ~1,500 times per 20 MB of input. Short loops are optimized the ordinary way.
 */
const CHUNK = 1024;

/** The second lane's state after `absorb` (a function returns one number without allocating). */
let lane2 = 0;

/** Mixes `text[from, to)` into both lanes; returns lane 1 and leaves lane 2 in `lane2`. */
function absorb(text: string, from: number, to: number, h1: number, h2: number): number {
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  lane2 = h2;
  return h1;
}

function finish(h1: number, h2: number): string {
  const m1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const m2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(m1 ^ (m1 >>> 13), 3266489909);
  return hex8(m2) + hex8(m1);
}

/** Two hex digits for each byte value. */
const HEX_BYTE = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/**
 * A 32-bit integer as 8 unsigned hex digits, a byte at a time from a table: every fact id is
 * rendered, and toString(16) + padStart cost three times as much.
 */
function hex8(h: number): string {
  return (
    HEX_BYTE[(h >>> 24) & 0xff]! +
    HEX_BYTE[(h >>> 16) & 0xff]! +
    HEX_BYTE[(h >>> 8) & 0xff]! +
    HEX_BYTE[h & 0xff]!
  );
}
