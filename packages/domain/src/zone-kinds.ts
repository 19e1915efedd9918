/**
 * The kinds of development zone (GB/T 2260 lists some beside counties, `苏州工业园区`; reports give
 * figures of others, `长春高新区`): the word in full, the short form texts and lists of zones use
 * for it, and its English. One table for the extractor, which reads zones by these words, and for
 * the names the API and the dashboard show.
 */
export interface ZoneKind {
  zh: string;
  short?: string;
  en: string;
}

export const ZONE_KINDS: readonly ZoneKind[] = [
  { zh: '高新技术产业开发区', short: '高新区', en: 'High-tech Industrial Development Zone' },
  { zh: '经济技术开发区', short: '经开区', en: 'Economic and Technological Development Zone' },
  // The Torch Programme's high-tech zones keep its name (威海火炬高技术产业开发区, `中山火炬开发区`).
  { zh: '火炬高技术产业开发区', short: '火炬开发区', en: 'Torch High-tech Industrial Development Zone' },
  { zh: '经济开发区', en: 'Economic Development Zone' },
  { zh: '工业园区', en: 'Industrial Park' },
  { zh: '开发区', en: 'Development Zone' },
];
