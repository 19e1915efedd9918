/**
 * Splits a decoded input into raw documents. Two shapes are accepted:
 * - the portal dump: documents separated by a line holding `-`, each a title line, body line(s)
 *   and a publication-date line, with the page chrome (`有想补充的信息?点我投稿`, `- 联系我们`) after
 *   the last one;
 * - a lone plain-text report: the whole file is one document, its first short line the title.
 */
import type { Span } from '@gwr/domain';
import { SESSION_NAME } from './lexicon/congress.js';
import { type Line, splitLines } from './lines.js';
import { toMatchText } from './normalize.js';

export interface RawDocument {
  title: string;
  titleSpan: Span;
  /** `投资瓯海区` from a leading `【投资瓯海区】`. */
  sourceTag: string | null;
  body: string;
  bodySpan: Span;
  published: string | null;
  dateSpan: Span | null;
  /** The page's address, when a saved page opens with it (`http://…/2022-01/11/…`). */
  address: string | null;
}

export interface SplitResult {
  documents: RawDocument[];
  /** Lines recognised as page chrome and dropped. */
  chrome: Line[];
  format: 'portal' | 'plain';
}

const SEPARATOR = /^\s*-\s*$/;
const DATE_LINE = /^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*$/;
/** Menu items and calls to action the portal prints around its content. */
const CHROME_LINE =
  /^\s*(-\s+\S{1,12}|有想补充的信息.*|点我投稿|版权所有.*|Copyright.*|返回顶部|上一篇.*|下一篇.*)\s*$/i;
const SOURCE_TAG = /^\s*【([^】]{1,20})】/;
/** Longest title we accept from a plain report's first line; longer first lines are body text. */
const MAX_TITLE = 120;

/** @param traditional whether the text is in traditional characters (its furniture is read through simplified forms) */
export function splitPage(text: string, traditional = false): SplitResult {
  const lines = splitLines(text);
  const isSeparator = lines.map(isSeparatorLine);
  return isSeparator.some(Boolean)
    ? splitPortal(text, lines, isSeparator)
    : splitPlain(text, lines, traditional);
}

function trimmedSpan(line: Line): Span {
  const lead = line.text.length - line.text.trimStart().length;
  const trail = line.text.length - line.text.trimEnd().length;
  return { start: line.start + lead, end: line.end - trail };
}

function isoDate(match: RegExpExecArray): string {
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

/**
 * A page's byline of its publication among its furniture (`发布时间:2022-06-21`, or a line opening on
 * `时间:2012-02-01 来源:…`; not `更新时间`, when a portal last touched it); the date in 1–3.
 */
const PUBLISHED_BYLINE = /(?:^\s*|发布|刊发)(?:时间|日期)[::]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/;

function makeDocument(
  text: string,
  titleLine: Line,
  bodyLines: Line[],
  dateLine: Line | null,
  address: string | null = null,
  publishedByline: string | null = null,
  pageSection: string | null = null,
): RawDocument {
  const titleSpan = trimmedSpan(titleLine);
  const title = text.slice(titleSpan.start, titleSpan.end);
  const first = bodyLines[0];
  const last = bodyLines[bodyLines.length - 1];
  const bodySpan =
    first && last
      ? { start: trimmedSpan(first).start, end: trimmedSpan(last).end }
      : { start: titleSpan.end, end: titleSpan.end };
  const date = dateLine ? DATE_LINE.exec(dateLine.text) : null;
  return {
    title,
    titleSpan,
    sourceTag: SOURCE_TAG.exec(title)?.[1] ?? pageSection,
    body: text.slice(bodySpan.start, bodySpan.end),
    bodySpan,
    published: date ? isoDate(date) : publishedByline,
    dateSpan: dateLine ? trimmedSpan(dateLine) : null,
    address,
  };
}

/**
 * A headline holds no full stop (a mark may close it: `…全国第五!`): a line that does
 * (`中新社北京3月5日电 …。`) is the lead.
 */
function holdsNoStop(text: string): boolean {
  const line = text.trim();
  return !/[。!?]/.test(line.slice(0, -1)) && !line.endsWith('。');
}

const isSeparatorLine = (line: Line) => SEPARATOR.test(line.text);
const hasText = (line: Line) => line.text.trim() !== '';
const isDateAfterTitle = (line: Line, i: number) => i > 0 && DATE_LINE.test(line.text);

function splitPortal(text: string, lines: Line[], isSeparator: boolean[]): SplitResult {
  const documents: RawDocument[] = [];
  const chrome: Line[] = [];
  let blockStart = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !isSeparator[i]) continue;
    readBlock(text, lines.slice(blockStart, i), documents, chrome);
    blockStart = i + 1;
  }
  return { documents, chrome, format: 'portal' };
}

/**
 * The lines between two separators: a document (title, body, date line) and the page chrome
 * around it. A module function, not a closure made per page: V8 keeps a closure's optimised code
 * only while a closure holds it, so one made per call was compiled again after every full GC.
 */
function readBlock(text: string, block: Line[], documents: RawDocument[], chrome: Line[]): void {
  const content = block.filter(hasText);
  // The date line closes a document; whatever follows it in the block is page chrome.
  const dateIndex = content.findIndex(isDateAfterTitle);
  const own = dateIndex >= 0 ? content.slice(0, dateIndex + 1) : content;
  for (const line of content.slice(own.length)) chrome.push(line);
  const kept: Line[] = [];
  for (const line of own) (CHROME_LINE.test(line.text) ? chrome : kept).push(line);
  // A block may open on the furniture a plain page opens on (a disclosure page's record, `发文机关:`):
  // the title comes after it, unless what comes after is a lead (it holds a full stop), no title.
  while (kept.length > 1 && PAGE_FURNITURE.test(kept[0]!.text) && holdsNoStop(kept[1]!.text))
    chrome.push(kept.shift()!);
  const [titleLine, ...rest] = kept;
  if (!titleLine) return;
  const dateLine = rest.length > 0 && DATE_LINE.test(rest[rest.length - 1]!.text) ? rest.pop()! : null;
  // A lone short line between separators is navigation, not a document.
  if (rest.length === 0) {
    chrome.push(titleLine, ...(dateLine ? [dateLine] : []));
    return;
  }
  documents.push(makeDocument(text, titleLine, rest, dateLine));
}

/**
 * A web page saved as text opens with its site's furniture:
 * - breadcrumbs (`首页>政府信息公开>…`, `所在位置: 首页 > 文件公告`, or the last step alone: `> 城市`);
 * - its menu (`首页 本地资讯 教育 房产`, a link back home alone: `返回首页`, or five and more short names
 *   in a row: `今日甲县 今日乙县 …`, `《某日报》 《某日报藏文版》 …`), or three and more short links
 *   between bars (`返回首页 | 版面导航 | 标题导航`);
 * - bylines of the page (`发布时间:…`, `时间:2012-02-01 来源:…`, `更新时间:…`, `来源:…`, `责任编辑:…`),
 *   and a disclosure page's document record (`索引号`, `发文字号`, `成文日期`, `附件`);
 * - buttons (`放大 缩小`, `改变文字大小`, `无障碍`, `搜索`, `打印`, `返回顶部`), the site's greeting
 *   (`今天是…`, `欢迎光临…`, `设为首页`), a channel's name alone (`统计公报`, `政务公开`), a public
 *   account's call to follow it (`点击上方"蓝字"`, `关注我们吧!`), a navigation label (`导航菜单`, `网站导航`);
 * - a line of Latin letters alone (a site's `Workflow`, `Menu`: a Chinese page's title is never that),
 *   or of a table's bars alone (`|`, left of a layout table);
 * - a newspaper's page heading (`第01版:要闻`), a photo credit (`大会现场 张三 摄`) or the page's
 *   address (`http://…`);
 * - what a saving tool left of the page's markup (`某某广播电视台">`, an attribute's close).
 */
const ADDRESS = /(?:https?:\/\/|www\.)\S+/;
/** A newspaper page's heading (`第06版:2022阜阳两会`); group 1, its section. */
const PAGE_SECTION = /^\s*第\d{1,3}版\s*[::]\s*(\S.{0,19}?)\s*$/;
const PAGE_FURNITURE = new RegExp(
  String.raw`^\s*(?:.{0,40}(?:>|»|›|>).{0,40}(?:>|»|›|>).*|(?:>|»|›|>)\s*\S{1,8}|.*(?:(?:您|当前)?所在(?:的)?位置|当前位置|发布时间|发布日期|更新时间|责任编辑|访问量|浏览次数|关联稿件|无障碍|放大\s*缩小|字号|(?:文字|字体)大小|【打印】|分享到|点击[::]|索\s*引\s*号|文\s*号[::\s]|发文字号|发文机关|发文日期|发布机构|组配分类|主题分类|成文日期|生成日期|公开方式|公开范围|公开时限|今天是|欢迎光临|欢迎访问|设为首页|设为主页|加入收藏|站内搜索).*|附件|搜索|打印|关闭|返回(?:顶部|列表)|回到顶部|[|｜]+|(?:统计公报|统计数据|政府数据|政务公开|信息公开|政府信息公开|通知公告|政策文件|工作动态|.{0,4}专题)|第\d{1,3}版.*|[A-Za-z][A-Za-z ]{0,30}|.{0,6}(?:点击上方|关注我们).{0,10}|.{0,4}导航(?:菜单|栏)?|(?:返回)?首页(?:\s+\S{1,8})*|[^|｜]{1,12}(?:[|｜][^|｜]{1,12}){2,}|\S{2,12}(?:\s+\S{2,12}){4,}|\S{0,16}\s\S{2,4}\s*[摄攝]|.{0,6}(?:来源|作者)[::].{0,40}|(?:时间|日期)[::]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}.*|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+[\d:]+)?(?:\s+星期.)?|.{0,12}星期[一二三四五六日天]|.*["']\s*\/?>|${ADDRESS.source})\s*$`,
);
/** A first line that opens the speech or its byline is body, not a title (`各位代表:`, `——2019年…会议上`). */
const BODY_OPENING = /^\s*(?:各位代表|——|—|\(?\d{4}年\d{1,2}月\d{1,2}日在)/;

/** A line that numbers a part of a report (`一、2022年工作回顾`, `(三)坚持深化改革`). */
const PART_HEADING = /^\s*(?:[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))])/;
/** The longest line a table of contents holds. */
const MAX_CONTENTS_LINE = 30;

/**
 * How many lines of the page's opening are the report's table of contents: two or more part
 * headings in a row, the first of which the text repeats further on (a document site sets the
 * contents above the report). They are furniture: the title is the line after them.
 */
function tableOfContents(content: readonly Line[]): number {
  const isEntry = (line: Line) =>
    PART_HEADING.test(line.text) && line.text.trim().length <= MAX_CONTENTS_LINE;
  let count = 0;
  while (count < content.length && isEntry(content[count]!)) count++;
  if (count < 2) return 0;
  const first = content[0]!.text.trim();
  return content.slice(count).some((line) => line.text.trim() === first) ? count : 0;
}

/** A report's own title on a line of its own (`2023年某市政府工作报告`). */
const REPORT_TITLE_LINE = /^\s*\S[^。]{0,40}工作报告\s*$/;
/** The byline under it: where it was delivered (`---2023年1月30日在某市第十六届人民代表大会第四次会议上`). */
const BYLINE_LINE = new RegExp(`^\\s*(?:[-—─]{1,3})?[^。]{0,24}在[^。]{0,24}${SESSION_NAME}上`);
/** How far down a page its report's title is looked for. */
const REPORT_TITLE_REACH = 80;

/**
 * How many lines above a report's own title and byline, further down the page, are furniture: a
 * forum post's header (`查看: 1119|回复: 0`, the poster's rank and counters) or a portal's menus
 * and links. The report starts at its title.
 */
function furnitureAboveReport(content: readonly Line[], traditional: boolean): number {
  const read = (line: Line) => (traditional ? toMatchText(line.text, true) : line.text);
  const reach = Math.min(content.length - 1, REPORT_TITLE_REACH);
  for (let i = 1; i < reach; i++) {
    // A sentence above the title is news of the report (`…全文发布。报告中提到,…主要预期目标是:…`),
    // part of the page's text, not its furniture.
    if (content[i - 1]!.text.includes('。')) return 0;
    if (REPORT_TITLE_LINE.test(read(content[i]!)) && BYLINE_LINE.test(read(content[i + 1]!))) return i;
  }
  return 0;
}

function splitPlain(text: string, lines: Line[], traditional: boolean): SplitResult {
  const content = lines.filter(hasText);
  const chrome: Line[] = [];
  // (`當前位置:首頁` is furniture as `当前位置:首页` is.)
  const isFurniture = (line: Line) =>
    PAGE_FURNITURE.test(traditional ? toMatchText(line.text, true) : line.text);
  while (content.length > 1 && isFurniture(content[0]!)) chrome.push(content.shift()!);
  chrome.push(...content.splice(0, tableOfContents(content)));
  chrome.push(...content.splice(0, furnitureAboveReport(content, traditional)));
  const first = content[0];
  if (!first) return { documents: [], chrome, format: 'plain' };
  const firstIsTitle =
    first.text.trim().length <= MAX_TITLE &&
    content.length > 1 &&
    !BODY_OPENING.test(first.text) &&
    holdsNoStop(first.text);
  const bodyLines = firstIsTitle ? content.slice(1) : content;
  const dateLine =
    bodyLines.length > 1 && DATE_LINE.test(bodyLines[bodyLines.length - 1]!.text) ? bodyLines.pop()! : null;
  const titleLine = firstIsTitle ? first : { text: '', start: first.start, end: first.start };
  const address = chrome.map((line) => ADDRESS.exec(line.text)?.[0]).find(Boolean) ?? null;
  // A newspaper page's section is the channel the page was printed in (`第06版:2022阜阳两会`).
  const section = chrome.map((line) => PAGE_SECTION.exec(line.text)?.[1]).find(Boolean) ?? null;
  // The date the furniture says the page was published, read through simplified forms (`發布時間`).
  const byline = chrome
    .map((line) => PUBLISHED_BYLINE.exec(toMatchText(line.text, traditional)))
    .find(Boolean);
  return {
    documents: [
      makeDocument(text, titleLine, bodyLines, dateLine, address, byline ? isoDate(byline) : null, section),
    ],
    chrome,
    format: 'plain',
  };
}
