#!/usr/bin/env node
/**
 * Build step of @gwr/domain: writes dist/region-pinyin.json, the readings englishRegionName needs,
 * from pinyin-pro (a maintained library, used here only, so no dictionary ships to browsers): each
 * character of every region stem, and the stems whose reading as a word differs from their
 * characters' (重庆 chong qing, not zhong qing). Runs after tsc (it reads dist/).
 */
import { writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { allRegionNames, shortRegionName } from '../dist/regions.js';

const read = (text) =>
  pinyin(text, { toneType: 'none', type: 'array', v: true }).map((s) => s.replace(/v/g, 'ü'));
const stems = [...new Set(allRegionNames().map(shortRegionName))].sort();
const chars = {};
for (const stem of stems) for (const ch of stem) chars[ch] ??= read(ch)[0];
const words = {};
for (const stem of stems) {
  const word = read(stem).join(' ');
  if (word !== [...stem].map((ch) => chars[ch]).join(' ')) words[stem] = word;
}
const out = new URL('../dist/region-pinyin.json', import.meta.url);
writeFileSync(out, `${JSON.stringify({ chars, words })}\n`);
console.log(
  `region-pinyin.json: ${Object.keys(chars).length} characters, ${Object.keys(words).length} word readings`,
);
