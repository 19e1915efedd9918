/** The readings of region names @gwr/domain's build writes (extract.ts: a page's address), read once a thread. */
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
