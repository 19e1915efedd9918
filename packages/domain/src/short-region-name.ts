/**
 * The short form a text uses for a region (`衢州` for 衢州市, `恩施` for 恩施土家族苗族自治州): a rule
 * over the name alone, kept apart from the GB/T 2260 data (regions.ts) so that code naming regions
 * (a browser writing English names) does not load the divisions with it.
 */

/** Suffixes dropped to get the short form a text uses (`衢州` for 衢州市), longest first. */
const SUFFIXES = [
  '维吾尔自治区',
  '壮族自治区',
  '回族自治区',
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '地区',
  '新区',
  '林区',
  '省',
  '市',
  '区',
  '县',
  '盟',
  '旗',
];

/**
 * Peoples named in autonomous divisions (`恩施土家族苗族自治州` is called 恩施, `龙胜各族自治县` 龙胜):
 * several may follow the stem, the multi-character ones sometimes without 族 (`巴音郭楞蒙古自治州`).
 */
const PEOPLES =
  /(?:蒙古|维吾尔|布依|朝鲜|土家|哈尼|哈萨克|傈僳|拉祜|东乡|纳西|景颇|柯尔克孜|达斡尔|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺)族?$|(?:回|藏|苗|彝|壮|满|侗|瑶|白|黎|佤|畲|水|土|羌|怒|京|傣|各)族$/;

export function shortRegionName(name: string): string {
  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) {
      let stem = name.slice(0, -suffix.length);
      // An autonomous division drops its peoples; so does a district named after one (`管城回族区`
      // is called 管城, as its portal `guancheng.gov.cn` is).
      if (suffix.startsWith('自治') || (suffix === '区' && stem.endsWith('族'))) {
        for (let m = PEOPLES.exec(stem); m && m.index >= 2; m = PEOPLES.exec(stem))
          stem = stem.slice(0, m.index);
      }
      return stem;
    }
  }
  return name;
}
