/**
 * The short form of a region name that texts use (`瓯海` for 瓯海区, `衢州` for 衢州市): the
 * administrative suffix dropped, but never below two characters (`沙县` stays whole).
 */
const SUFFIXES = ['自治县', '自治州', '地区', '新区', '区', '县', '市', '省', '州', '盟', '旗'];

export function shortRegionName(name: string): string {
  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return name;
}
