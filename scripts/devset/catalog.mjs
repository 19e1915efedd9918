// Writes the indicator catalog as the helpers read it (id, names, measures, years, every wording),
// from the built domain package: `node scripts/devset/catalog.mjs > $DEVSET/catalog.tsv`.
import { INDICATORS } from '../../packages/domain/dist/index.js';

const rows = INDICATORS.map((i) =>
  [
    i.id,
    i.zh,
    i.en,
    i.measures.join(','),
    i.levelUnit ?? '',
    i.years ? JSON.stringify(i.years) : '',
    i.aliases.join('; '),
  ].join('\t'),
);
process.stdout.write(
  `id\tzh\ten\tmeasures\tlevel_unit\tyears_published\tknown_wordings\n${rows.join('\n')}\n`,
);
