/**
 * The extraction pipeline over one decoded input: split into documents, then for each read its
 * metadata, sections and spam fragments, and its facts. Pure: no I/O, no Node APIs.
 */
import type { Fact, GwrDocument, Region, RegionPinyin, Section, SpamFragment } from '@gwr/domain';
import { regionOfAddress } from './address-region.js';
import { readMetadata } from './document-metadata.js';
import { extractFacts, type FactSection } from './facts.js';
import { type InputPlan, type PlannedDocument, planInput } from './input-plan.js';
import { TARGETS_HEADLINE } from './lexicon/headings.js';
import { lostPercentSigns } from './lost-percents.js';
import { type PlacePart, roundUp } from './place-parts.js';
import { readingView } from './reading-view.js';
import { findSections } from './sections.js';
import { findSpam, type SpamSpan } from './spam.js';
import type { RawDocument } from './split-page.js';

export { type InputPlan, type PlannedDocument, planInput };

export interface ExtractOptions {
  /** Name of the input, recorded on each document (a path, or any label). */
  sourceFile: string;
  /**
   * The region of a document whose text names none (a clipped paragraph, a snippet). A document
   * that names its own region keeps it; one with no region at all yields no facts, with a warning.
   */
  defaultRegion?: Region;
  /**
   * Readings of region names (`@gwr/domain/region-pinyin.json`): with them, a page whose text names
   * no region is taken for the place its address names (`www.longyou.gov.cn`), before
   * `defaultRegion`. The Node loader passes them; a browser may load the file and pass it.
   */
  regionPinyin?: RegionPinyin;
}

export interface ExtractResult {
  sourceFile: string;
  format: 'portal' | 'plain';
  /** Whether the input was read as traditional characters (matched through simplified forms). */
  traditional: boolean;
  documents: GwrDocument[];
  sections: Section[];
  spam: SpamFragment[];
  facts: Fact[];
  warnings: string[];
}

/** Stands in for spam characters in the match text: no rule matches it, link words allow it. */
const MASK = '\u2060';

/**
 * Extracts documents, sections, spam fragments and facts from decoded text. Offsets are
 * character offsets into `text`.
 *
 * @example
 * const { documents, facts } = extract('2018年庆元县人民政府工作报告\n…全县地区生产总值69.5亿元,增长7.5%…', {
 *   sourceFile: 'report.txt',
 * });
 */
export function extract(text: string, options: ExtractOptions): ExtractResult {
  const plan = planInput(text);
  return extractDocuments(plan, plan.documents, options);
}

/**
 * Reads some of a plan's documents: their metadata, sections, spam and facts, in order. Each
 * document is read on its own, so slices of a plan can be read apart (on other threads) and their
 * results concatenated in order.
 */
export function extractDocuments(
  plan: Pick<InputPlan, 'format' | 'traditional' | 'warnings'>,
  documents: readonly PlannedDocument[],
  options: ExtractOptions,
): ExtractResult {
  const result: ExtractResult = {
    sourceFile: options.sourceFile,
    format: plan.format,
    traditional: plan.traditional,
    documents: [],
    sections: [],
    spam: [],
    facts: [],
    warnings: [...plan.warnings],
  };
  for (const { raw, docId } of documents) readDocument(raw, docId, plan.traditional, options, result);
  return result;
}

function readDocument(
  raw: RawDocument,
  doc_id: string,
  traditional: boolean,
  options: ExtractOptions,
  result: ExtractResult,
): void {
  const offset = raw.bodySpan.start;
  const titleMatch = readingView(raw.title, traditional).text;
  const view = readingView(raw.body, traditional);
  const spam = findSpam(view.text);
  const bodyMatch = mask(view.text, spam);
  const read = readMetadata(raw, bodyMatch, titleMatch);
  const fallback =
    read.region || read.township
      ? null
      : ((options.regionPinyin && regionOfAddress(raw.address, options.regionPinyin)) ??
        options.defaultRegion);
  const meta = fallback ? { ...read, region: fallback } : read;
  const sections = findSections(bodyMatch, meta.kind, meta.relaysReport, titleMatch);
  result.documents.push({
    doc_id,
    source_file: options.sourceFile,
    kind: meta.kind,
    title: raw.title,
    source_tag: raw.sourceTag,
    published: raw.published,
    report_date: meta.reportDate,
    report_year: meta.reportYear,
    region: meta.region?.name ?? null,
    region_code: meta.region?.code ?? null,
    session: meta.session,
    speaker: meta.speaker,
    speaker_title: meta.speakerTitle,
    text: raw.body,
    title_span: raw.titleSpan,
    body_span: raw.bodySpan,
    date_span: raw.dateSpan,
  });
  sections.forEach((s, ordinal) => {
    result.sections.push({
      doc_id,
      ordinal,
      kind: s.kind,
      title: s.title,
      start: view.toSource(s.start) + offset,
      end: view.toSource(s.end) + offset,
    });
  });
  for (const s of spam) {
    const span = view.sourceSpan(s.start, s.end);
    result.spam.push({
      doc_id,
      start: span.start + offset,
      end: span.end + offset,
      text: raw.body.slice(span.start, span.end),
      reason: s.reason,
    });
  }
  const { parts: places, ownPlaceOutside } =
    meta.kind === 'news' ? roundUp(bodyMatch, meta.region, titleMatch) : { parts: [], ownPlaceOutside: true };
  const factSections = withPlaces(sections, places, TARGETS_HEADLINE.test(titleMatch));
  const facts = extractFacts(raw.body, view, bodyMatch, factSections, {
    docId: doc_id,
    docKind: meta.kind,
    region: ownPlaceOutside ? meta.region : null,
    frame: {
      reportYear: meta.reportYear,
      reportLike: meta.kind === 'work_report' || meta.relaysReport,
      lateInYear: meta.lateInYear,
      publishedYear: meta.publishedYear,
    },
    bodyOffset: offset,
    percentsLost: lostPercentSigns(bodyMatch),
  });
  // A figure is a statement about a region: without one (a document that names none, outside any
  // place's part) it cannot stand beside any region's targets or results, so it is reported and
  // left out. Likewise a figure of no year (a document that names none, and a sentence that names
  // none): it is the result or the target of nothing a leader can compare. The document and its
  // text are kept.
  let placeless = 0;
  let undated = 0;
  // A loop, not push(...facts): a huge input can hold more facts than a call has arguments.
  for (const fact of facts) {
    if (fact.region === null) placeless++;
    else if (fact.year === null) undated++;
    else result.facts.push(fact);
  }
  if (placeless > 0) result.warnings.push(leftUnread(raw, 'region', placeless));
  if (undated > 0) result.warnings.push(leftUnread(raw, 'year', undated));
}

/**
 * The sections cut where a place's part starts, each piece of a part carrying its place. In a
 * round-up headlined as the places' targets, a part's figures that no heading files otherwise
 * are targets.
 */
function withPlaces(
  sections: readonly FactSection[],
  places: readonly PlacePart[],
  targetsHeadline: boolean,
): readonly FactSection[] {
  if (places.length === 0) return sections;
  const pieces: FactSection[] = [];
  for (const section of sections) {
    const cuts = [section.start, ...places.flatMap((p) => [p.start, p.end]), section.end]
      .filter((at) => at >= section.start && at <= section.end)
      .sort((a, b) => a - b);
    for (let k = 0; k + 1 < cuts.length; k++) {
      const [start, end] = [cuts[k]!, cuts[k + 1]!];
      if (end <= start) continue;
      const place = places.find((p) => p.start <= start && end <= p.end);
      if (!place) pieces.push({ ...section, start, end });
      else {
        const kind = targetsHeadline && section.kind === 'body' ? 'targets' : section.kind;
        pieces.push({ ...section, kind, start, end, region: place.region });
      }
    }
  }
  return pieces;
}

/** The warning for figures left out because their document names no region or no year. */
function leftUnread(raw: RawDocument, missing: 'region' | 'year', count: number): string {
  const name = raw.title.trim() || raw.body.trim().slice(0, 20);
  const figures = count === 1 ? 'one figure' : `${count} figures`;
  return `document 「${name}」 names no ${missing} it is about: ${figures} left unread`;
}

/** The match text with spam fragments masked, so they neither split nor feed a fact. */
function mask(match: string, spam: SpamSpan[]): string {
  if (spam.length === 0) return match;
  let out = '';
  let at = 0;
  for (const s of spam) {
    out += match.slice(at, s.start) + MASK.repeat(s.end - s.start);
    at = s.end;
  }
  return out + match.slice(at);
}
