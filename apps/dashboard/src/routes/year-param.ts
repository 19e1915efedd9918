/** The `?year=` of a page's URL, when it is a year; pages without one show their latest year. */
export function yearParam(params: URLSearchParams): number | null {
  const year = params.get('year');
  return year && /^\d{4}$/.test(year) ? Number(year) : null;
}
