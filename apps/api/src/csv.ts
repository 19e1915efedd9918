/** CSV downloads: the body is the product's CSV (@gwr/domain: RFC 4180, formulas neutralised, BOM). */
export { toCsv } from '@gwr/domain';

/** `attachment; filename="facts.csv"` with an RFC 5987 form for non-ASCII names. */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
