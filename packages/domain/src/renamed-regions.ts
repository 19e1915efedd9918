/**
 * Regions renamed within the years reports cover, by the name they had, with today's GB/T 2260
 * code (checked against the table by a test). A report of those years names the region so
 * (`2012年苍山县政府工作报告`): its facts belong to today's region, under the name it then had.
 * (Counties that only became a city or district of the same stem, 大洼县 → 大洼区, need no entry:
 * regions.ts reads those earlier names itself. Merged regions are not renames and are left out.)
 */
export const RENAMED_REGIONS: readonly { name: string; code: string; renamed: number }[] = [
  { name: '襄樊市', code: '420600', renamed: 2010 },
  { name: '襄阳区', code: '420607', renamed: 2010 },
  { name: '思茅市', code: '530800', renamed: 2007 },
  { name: '苍山县', code: '371324', renamed: 2014 },
  { name: '株洲县', code: '430212', renamed: 2018 },
  { name: '蓟县', code: '120119', renamed: 2016 },
  { name: '昌都县', code: '540302', renamed: 2014 },
  { name: '林芝县', code: '540402', renamed: 2015 },
  { name: '那曲县', code: '540602', renamed: 2017 },
  { name: '绍兴县', code: '330603', renamed: 2013 },
  { name: '楚州区', code: '320803', renamed: 2012 },
  { name: '宜宾县', code: '511504', renamed: 2018 },
  { name: '郫县', code: '510117', renamed: 2016 },
  { name: '元坝区', code: '510811', renamed: 2013 },
  { name: '陕县', code: '411203', renamed: 2016 },
  { name: '滦县', code: '130284', renamed: 2018 },
  { name: '上饶县', code: '361104', renamed: 2019 },
  { name: '郧县', code: '420304', renamed: 2014 },
  { name: '许昌县', code: '411003', renamed: 2017 },
  { name: '开封县', code: '410212', renamed: 2014 },
  { name: '普洱哈尼族彝族自治县', code: '530821', renamed: 2007 },
  { name: '翠云区', code: '530802', renamed: 2007 },
  { name: '东陵区', code: '210112', renamed: 2014 },
  // Not 开县 (开州区) or 达县 (达川区): `召开县人大会议`, `到达县城` hold those names in passing.
];
