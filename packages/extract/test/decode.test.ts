/**
 * Decoding of every encoding a report arrives in, on real text from the seed: the committed
 * fixtures (see fixtures/README.md) and the whole seed re-encoded by glibc's iconv at test time.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { decode, ExtractError } from '../src/index.js';
import { nodeUtf8 } from '../src/node/read-input.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`fixtures/${name}`, import.meta.url)));
const utf8 = (name: string) => fixture(name).toString('utf8');
const seedPath = fileURLToPath(new URL('../../../seeds/000_7a8c45a8c6b1753b.txt', import.meta.url));

function decodeError(bytes: Uint8Array, file = 'x.txt'): ExtractError {
  try {
    decode(bytes, file);
  } catch (error) {
    if (error instanceof ExtractError) return error;
    throw error;
  }
  throw new Error('decode accepted the input');
}

describe('decode: the seed excerpt in each encoding gives back the UTF-8 original', () => {
  const original = utf8('excerpt.utf8.txt');
  it.each([
    ['excerpt.utf8.txt', 'utf-8', false],
    ['excerpt.utf8-bom.txt', 'utf-8', true],
    ['excerpt.gbk.txt', 'gb18030', false],
    ['excerpt.utf16le.txt', 'utf-16le', false],
    ['excerpt.utf16be.txt', 'utf-16be', false],
    ['excerpt.utf16le-bom.txt', 'utf-16le', true],
    ['excerpt.utf16be-bom.txt', 'utf-16be', true],
  ])('%s → %s', (name, encoding, hadBom) => {
    const decoded = decode(fixture(name), name);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.hadBom).toBe(hadBom);
    expect(decoded.warnings).toEqual([]);
    // Offsets count from after the BOM and nothing else changes, so the text is identical.
    expect(decoded.text).toBe(original);
  });
});

describe('decode: traditional characters', () => {
  const traditional = utf8('traditional.utf8.txt');
  it('the traditional fixture is the excerpt converted by opencc-js (cn → tw)', () => {
    expect(traditional).toBe(OpenCC.Converter({ from: 'cn', to: 'tw' })(utf8('excerpt.utf8.txt')));
    expect(traditional).not.toBe(utf8('excerpt.utf8.txt'));
  });
  it.each([
    ['traditional.big5.txt', 'big5'],
    ['traditional.gb18030.txt', 'gb18030'],
    ['traditional.utf8.txt', 'utf-8'],
  ])('%s → %s', (name, encoding) => {
    const decoded = decode(fixture(name), name);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(traditional);
  });
});

describe('decode: short inputs, where statistical detectors guess wrong', () => {
  it.each([
    ['shortest.gbk.txt', 'gb18030', 'shortest.utf8.txt'],
    ['shortest.big5.txt', 'big5', 'shortest-traditional.utf8.txt'],
    ['sentence.gbk.txt', 'gb18030', 'sentence.utf8.txt'],
  ])('%s → %s', (name, encoding, original) => {
    const decoded = decode(fixture(name), name);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(utf8(original));
  });
});

describe('decode: the whole seed re-encoded by iconv', () => {
  const seed = readFileSync(seedPath, 'utf8');
  it.each([
    ['GB18030', 'gb18030'],
    ['UTF-16LE', 'utf-16le'],
    ['UTF-16BE', 'utf-16be'],
  ])('%s', (iconvName, encoding) => {
    const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', iconvName, seedPath], {
      maxBuffer: 64 << 20,
    });
    const decoded = decode(bytes, 'seed');
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(seed);
  });
});

describe('decode: bad bytes', () => {
  it('an empty input is refused', () => {
    expect(decodeError(new Uint8Array(0)).reason).toBe('the file is empty');
  });
  it('whitespace only is refused', () => {
    expect(decodeError(new TextEncoder().encode(' \n\r\n\t \n')).reason).toMatch(/only whitespace/);
  });
  it('a PNG image is refused as binary, naming the file', () => {
    const error = decodeError(fixture('pixel.png'), 'pixel.png');
    expect(error.reason).toMatch(/^binary file/);
    expect(error.message).toBe(`pixel.png: ${error.reason}`);
  });
  it('random bytes are refused as binary', () => {
    // A fixed linear congruential sequence: random-looking, but the same on every run.
    const bytes = new Uint8Array(200_000);
    let state = 12345;
    for (let i = 0; i < bytes.length; i++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      bytes[i] = state >>> 24;
    }
    expect(decodeError(bytes).reason).toMatch(/^binary file/);
    expect(decodeError(bytes.filter((b) => b !== 0)).reason).toMatch(/^(binary file|cannot decode)/);
  });
  it('UTF-8 cut inside its last character keeps the text before it, with a warning', () => {
    const decoded = decode(fixture('truncated.utf8.txt'), 'truncated.utf8.txt');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.warnings).toHaveLength(1);
    expect(decoded.warnings[0]).toMatch(/middle of a UTF-8 character/);
    expect(utf8('excerpt.utf8.txt').startsWith(decoded.text)).toBe(true);
    expect(decoded.text.length).toBe(999);
  });
  it('UTF-16 cut after an odd number of bytes drops the odd byte, with a warning', () => {
    const whole = fixture('excerpt.utf16le.txt');
    const decoded = decode(whole.subarray(0, whole.length - 3), 'cut.txt');
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.warnings).toEqual([
      'the file has an odd number of bytes for UTF-16 (truncated?); the last byte was dropped',
    ]);
    expect(decoded.text).toBe(utf8('excerpt.utf8.txt').slice(0, -2));
  });

  it('a stray invalid byte inside UTF-8 is replaced, counted in a warning, offsets kept', () => {
    const good = fixture('excerpt.utf8.txt');
    const at = good.indexOf('\n', 600); // a character boundary
    const bad = Buffer.concat([good.subarray(0, at), Buffer.from([0xff]), good.subarray(at)]);
    const decoded = decode(bad, 'x');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.warnings).toEqual(['1 undecodable byte sequence(s) replaced by U+FFFD']);
    expect(decoded.text.replace('\ufffd', '')).toBe(good.toString('utf8'));
  });
});

describe("decode with Node's fast UTF-8 path (readInput uses it)", () => {
  const seed = readFileSync(seedPath);
  it('gives the same text as the fatal TextDecoder on the whole seed', () => {
    const fast = decode(seed, 'seed.txt', { utf8: nodeUtf8 });
    expect(fast.encoding).toBe('utf-8');
    expect(fast.text).toBe(new TextDecoder('utf-8', { fatal: true }).decode(seed));
  });
  it('keeps characters outside the BMP as surrogate pairs, as TextDecoder does', () => {
    const text = '𠀀𪚥 地区生产总值69.5亿元,增长7.5% 😀';
    const decoded = decode(Buffer.from(text, 'utf8'), 'astral.txt', { utf8: nodeUtf8 });
    expect(decoded.text).toBe(text);
    expect(decoded.text.length).toBe(text.length);
  });
  it('declines invalid UTF-8, which is then read as the encoding it is', () => {
    const gbk = fixture('excerpt.gbk.txt');
    expect(nodeUtf8(gbk)).toBeUndefined();
    expect(decode(gbk, 'excerpt.gbk.txt', { utf8: nodeUtf8 }).text).toBe(utf8('excerpt.utf8.txt'));
  });
});
