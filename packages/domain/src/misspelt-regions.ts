/**
 * Names web copies misspell with a look-alike character, by the misspelt form, with the GB/T 2260
 * code of the region meant (checked against the table by a test): `毫州市` for 亳州市, as an input
 * method offers the common 毫 for the rare 亳. Each form names no region and is no ordinary word; a
 * fact read under it belongs to the region meant, under its own name.
 */
export const MISSPELT_REGIONS: readonly { name: string; code: string }[] = [
  { name: '毫州市', code: '341600' },
  { name: '沪州市', code: '510500' },
  { name: '瞿州市', code: '330800' },
  { name: '琢州市', code: '130681' },
];
