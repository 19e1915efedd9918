/**
 * Finds the names of GB/T 2260 regions in a text (full names such as `瓯海区` and the short
 * forms texts use, `衢州` for 衢州市), longest name first at each position, so `温州市瓯海区`
 * reads as 温州市 then 瓯海区 and `苏州工业园区` as itself rather than 苏州.
 */
import { allRegionNames, regionCandidates } from '@gwr/domain';

export interface RegionMention {
  name: string;
  start: number;
  end: number;
  /** The name is the full official name of a region (`衢州市`), not a short form (`衢州`). */
  full: boolean;
}

interface NameIndex {
  /** Names by their first character, longest first. */
  byFirst: Map<string, string[]>;
  full: Set<string>;
}

let index: NameIndex | undefined;
const HAN = /[\u4e00-\u9fa5]/;

function getIndex(): NameIndex {
  if (index) return index;
  const byFirst = new Map<string, string[]>();
  const full = new Set<string>();
  for (const name of allRegionNames()) {
    if (name.length < 2) continue;
    const list = byFirst.get(name[0]!) ?? [];
    list.push(name);
    byFirst.set(name[0]!, list);
    if (regionCandidates(name).some((r) => r.name === name)) full.add(name);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  index = { byFirst, full };
  return index;
}

/**
 * Region names in `text`, in order, non-overlapping.
 *
 * @example findRegionMentions('温州市瓯海区').map((m) => m.name) // ['温州市', '瓯海区']
 */
export function findRegionMentions(text: string, from = 0, to = text.length): RegionMention[] {
  const { byFirst, full } = getIndex();
  const mentions: RegionMention[] = [];
  let i = from;
  while (i < to) {
    const names = byFirst.get(text[i]!);
    let matched: string | undefined;
    if (names) {
      for (const name of names) {
        if (i + name.length <= to && text.startsWith(name, i)) {
          matched = name;
          break;
        }
      }
    }
    // A two-character name with a one-character stem (`范县`, `富县`) is usually the tail of a
    // word (`示范县`, `产业富县`): it counts only after punctuation or another region's name.
    if (matched && matched.length === 2 && i > from && HAN.test(text[i - 1]!) && mentions.at(-1)?.end !== i) {
      matched = undefined;
    }
    if (matched) {
      mentions.push({ name: matched, start: i, end: i + matched.length, full: full.has(matched) });
      i += matched.length;
    } else i++;
  }
  return mentions;
}
