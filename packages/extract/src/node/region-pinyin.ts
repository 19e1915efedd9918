/**
 * The readings of region names @gwr/domain's build writes, read once a thread: with them a page's
 * address may name its place (extract.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RegionPinyin } from '@gwr/domain';

let loaded: RegionPinyin | undefined;

export function regionPinyin(): RegionPinyin {
  loaded ??= JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve('@gwr/domain/region-pinyin.json'), 'utf8'),
  ) as RegionPinyin;
  return loaded;
}
