/**
 * The words that bound or approximate a figure, by the qualifier they give it. Before the
 * number: `超过500亿元` (at least), `控制在3%` (at most), `约7%` (about). After it: `以上`,
 * `以内`, `左右`. Where one word ends another (`不超过` ends with `超过`), the longer is read.
 */
import type { Qualifier } from '@gwr/domain';
import { THRESHOLD_MARKS, THRESHOLD_WORDS } from './cues.js';
import { NUMERAL_CHARS } from './numerals.js';
import { alternation } from './pattern.js';

/** Words before a number. */
export const PREFIX_QUALIFIERS: readonly [readonly string[], Qualifier][] = [
  [
    [
      // A threshold crossed (`首破10亿元`, `跨越50亿元大关`, `迈上500亿元台阶`) is at least that much.
      ...THRESHOLD_WORDS.flatMap((w) => [w, `${w}了`, `首次${w}`, `历史性${w}`]),
      '不低于',
      '不少于',
      '高于',
      '多于',
      '大于',
      // A table's or a digest's sign (`城镇登记失业率≤4%`, `≥7%`).
      '≥',
      '≧',
    ],
    'at_least',
  ],
  // `逼近300亿元大关`: close below it.
  [['不超过', '不高于', '不多于', '不大于', '低于', '少于', '小于', '控制在', '逼近', '≤', '≦'], 'at_most'],
  [['约', '近', '接近', '将近', '大约', '大概'], 'about'],
];

/** Words after a number. */
export const SUFFIX_QUALIFIERS: readonly [readonly string[], Qualifier][] = [
  [['以上', '之上', '多'], 'at_least'],
  [['以内', '以下', '之内'], 'at_most'],
  [['左右'], 'about'],
];

/** Written between a number and its unit: `65亿余元` and `1000多万` are at least that much. */
export const APPROXIMATE_TAIL = ['余', '多'];

/** A ceiling the text sets (`控制在`, `下降到`, `不超过`): a target so worded is at most its figure. */
export const CEILING_WORDS = ['控制在', '下降到', '降至', '降到', '降低到', '不超过', '不高于'];

/**
 * A threshold's mark after a figure, or after the figures listed with it (`3500亿元台阶`,
 * `跨越2500亿元、3000亿元、3500亿元台阶`, `跨越了两千亿元和三千亿元两个台阶`, `人均10000元的大关`):
 * each figure is a threshold crossed, at least that much.
 */
export const MILESTONES_AFTER = new RegExp(
  `^(?:[、和及与](?:\\d[\\d.]*|[${NUMERAL_CHARS}]+)[^,;。、和及与\\d“”"]{0,4}?)*(?:(?:[两二三四五六七八九十]|\\d{1,2})个)?的?(?:新)?(?:${alternation(THRESHOLD_MARKS)})`,
);
