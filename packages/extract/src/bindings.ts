/**
 * Binds the figures of one sentence to their subjects, left to right, the way the sentence is
 * built: a figure follows its subject through link words (`地区生产总值增长7.5%`); a figure with
 * no subject of its own continues the one before (`69.5亿元,增长7.5%`); `分别` and a run of values
 * (`增长9.4%、10.2%`) count their values out over as many subjects; a figure framed as the goal
 * a past year set (`控制在预期4.2%以内`) is that year's target beside its result.
 */
import { type Qualifier, unitByCode } from '@gwr/domain';
import { clauseAt, partStart, type Sentence, type Span } from './clauses.js';
import type { IndicatorMention } from './indicator-matcher.js';
import { SHARE_OF_GDP } from './lexicon/constructions.js';
import {
  AIMING_AT,
  GOAL_TIERS,
  MULTIPLE_OF_A_YEAR,
  STATED_TARGET_AFTER,
  STATED_TARGET_BEFORE,
  STRETCH_WORDS,
} from './lexicon/cues.js';
import { TARGETS_MET, TARGETS_MET_BEFORE } from './lexicon/headings.js';
import {
  CHANGE_FROM,
  CHANGE_TO,
  CIRCUMSTANCES,
  EACH_GOES_ON,
  EACH_OF_THEM,
  LEVEL_REACHED,
  LIST_JOINER,
  LIST_JOINER_PATTERN,
  RANK_ASIDE,
  RANKING_AFTER,
  YEAR_FRAME,
} from './lexicon/link-words.js';
import { alternation } from './lexicon/pattern.js';
import type { Quantity } from './quantity.js';
import { fenbieSubjects, groupSubjects, labelFor, labelled, nounAfter, type Subject } from './subjects.js';
import { changeDirection, cleanLabel, isLink, openBracketBefore, placeOfBracket } from './wording.js';

export interface Binding {
  subject: Subject;
  quantity: Quantity;
  /** Words between subject and number (decide measure, sign, ceiling). */
  link: string;
  /** A result stated as a share of its target (`完成年度任务的201.6%`). */
  attainment: boolean;
  /** The goal a past year set, stated beside its result (`控制在预期4.2%以内`). */
  statedTarget: boolean;
  /** A value worked out rather than written (`低于预期1.5个百分点`: the target is the result + 1.5). */
  derivedValue: number | null;
  /**
   * For a value a 分别 counts out, the qualifier its run ends on (`分别保持增长20%、13%和14%以上`):
   * the list is one statement, and a goal's mark on its last value speaks for all of it.
   */
  runQualifier?: Qualifier;
  /**
   * For a value of a run, where its first value starts: a run is read as one clause, even where it
   * goes on past a comma (`分别比2000年增长1倍,4.1倍和3.2倍`: each value is compared with 2000).
   */
  runStart?: number;
}

/**
 * A share of the year's own goal achieved (`完成年度任务的201.6%`, `完成年度目标投资额的133%`,
 * `完成省下达计划的110%`, `完成目标任务的98%`); a share of another goal (`完成灾后重建主要目标
 * 任务的72%`) is not the subject's. (`完成盟级调整任务的107.4%`: a league sets its banners' goals.)
 * A revenue's goal is its budget (`占预算的102%`, `为年初预算的98%`, `占预算调整数的100.1%`), as
 * adjusted or summed up too (`完成调整预算的99.6%`, `占调整预算105.47%`, `完成汇总预算的101.0%`).
 * A year's plan or goal is named so too (`完成投资88亿元,为年度计划的110%`, `达到年度目标的105%`).
 */
const ACHIEVEMENT =
  /完成(?:了)?(?:(?:年度|全年|年初|今年|当年|年|省|市|县|区|州|盟|旗|上级|预期)[^,;。]{0,10}?)?(?:目标|任务|计划|预算)(?:[^,;。]{0,7}?的)?$|(?:完成(?:了)?|占|为|达到?)[^,;。\d]{0,6}?预算(?:调整数)?的?$|(?:占|为|达到?)(?:年度|全年|年初|当年|年)(?:目标|任务|计划)的$/;
const FENBIE = '分别';
/**
 * Exactly one joiner, or a comma, between two values of a run: `9.4%、10.2%`, `7%和9%`; or none,
 * where a page lost its separators (`分别增长4.4%5.9%5.8%`).
 */
const ONE_VALUE_JOINER = new RegExp(`^(?:${LIST_JOINER_PATTERN}|,)?$`);
/** `控制在预期4.2%以内`, `低于预期的8%`, `高于年初人代会12%的目标`: the words around a stated target. */
const TARGET_BEFORE = new RegExp(`(?:${alternation(STATED_TARGET_BEFORE)})(?:下降|增长|上涨|提高)?$`);
const TARGET_AFTER = new RegExp(`^(?:${alternation(STATED_TARGET_AFTER)})`);
/** The close of a circumstance (`的情况下`) right after its figure. */
const CIRCUMSTANCE_CLOSE = new RegExp(`^的?(?:${alternation(CIRCUMSTANCES)})下`);
/** How far before the circumstance the figure it interrupts may end (`53.6亿元,在`). */
const CIRCUMSTANCE_REACH = 3;
/** A goal said to have been met just before its figure (`实现了增长`, `超额完成`), not one to meet. */
const MET_GOAL = new RegExp(`(?:${TARGETS_MET_BEFORE})了?(?:增长|下降)?$`);
/**
 * A figure named as a goal, then said to have been met (`年初确定的财政收入6亿元的目标圆满完成`): the goal
 * of the year reviewed, unless the sentence aims at it (`确保…增长8%的目标顺利实现`).
 */
const GOAL_MET_AFTER = new RegExp(`^(?:${alternation(STATED_TARGET_AFTER)})(?:已|均|都|也)?${TARGETS_MET}`);
const AIMING = new RegExp(alternation(AIMING_AT));
/**
 * `比预期目标高1.5个百分点`, `比预期目标高出2.3个百分点`, `低于预期0.5个百分点`, `超目标任务1.5个百分点`:
 * the result's distance from its target.
 */
const GAP_TO_TARGET =
  /(?:(高于|高出|低于|超过|超出|超|快于|慢于)(?:年初|年度|全年)?(?:预期|目标|预期目标|计划)(?:任务)?|(?:比|较)(?:年初|年度|全年)?(?:预期|目标|预期目标|计划)(?:目标|任务)?(高|低|快|慢)出?)$/;
/** `比“十五”计划目标275亿元超过150.7亿元`, `…多150.7亿元`: what a result passed its stated target by. */
const PAST_STATED_TARGET_BY = /^(?:超过|超出|超额|高出|多出?)了?$/;
/** `超额完成年度任务2.1亿元`, `超出市级下调任务指标6000万元`: a level's excess over its target. */
const EXCESS_OVER_TARGET = /(?:超额完成|超出|超过|超)[^,;。]{0,8}?(?:任务|目标)(?:指标)?$/;
const ABOVE = /^(?:高|超|快)/;
const TARGET_WORD = /预期|目标|计划|任务/;
/** A clause that opens on one of a plan's tiers states that goal (`…;奋斗目标23亿美元`). */
const OPENS_ON_GOAL_TIER = new RegExp(`^(?:${alternation(GOAL_TIERS)})`);
/** A year that frames a figure anew. */
const OWN_YEAR = new RegExp(YEAR_FRAME);
/** What a share is taken of follows 占 (`,占全区增加值的81%`): the whole, not the figure's subject. */
const WHOLE_OF_SHARE = /占(?:全[县市区省州盟旗])?$/;
/** Between a goal's figure and a higher one it strives for: `,力争`, `、争取达到`. */
const STRETCH = new RegExp(`^[,,、;]?(?:${alternation(STRETCH_WORDS)})$`);

/** An aside's close, and a joiner after it (`)、`). */
const ASIDE_CLOSED = new RegExp(`\\)(?:${LIST_JOINER_PATTERN})?`);

/** A list joiner right after a value: the list goes on past it. */
const LIST_JOINER_NEXT = new RegExp(`^(?:${LIST_JOINER_PATTERN})`);

/** Words saying each item of a pair has the figure (`城乡居民收入均增长8%`). */
const BOTH = new RegExp(alternation(EACH_OF_THEM));

/**
 * @param match the document's match text
 * @param mentions indicator mentions of the sentence, at document offsets
 */
export function bindSentence(
  match: string,
  sentence: Sentence,
  quantities: Quantity[],
  mentions: IndicatorMention[],
  ownNames: readonly string[] = [],
): Binding[] {
  return new SentenceBinder(match, sentence, quantities, mentions, ownNames).bind();
}

class SentenceBinder {
  private readonly bindings: Binding[] = [];
  /** The subject of the last figure: a figure without a subject of its own continues it. */
  private previous: Subject | null = null;
  /**
   * The subject of the last figure outside brackets: once an aside closes, the sentence goes on with
   * it (`生产总值180亿元(按新口径为195.2亿元),增长9.1%`: the growth is the total's, not the aside's).
   */
  private previousOutsideAside: Subject | null = null;
  /** Subjects that received a value, in order: 分别 in a clause of its own pairs with the last n. */
  private readonly valued: Subject[] = [];
  /** The subjects the last 分别 counted values out over: a run of as many values goes on with them. */
  private distributed: Subject[] | null = null;
  /** The noun right after the previous number, in case the next number's noun follows it too. */
  private lastNoun: string | null = null;

  constructor(
    private readonly match: string,
    private readonly sentence: Sentence,
    private readonly quantities: Quantity[],
    private readonly mentions: IndicatorMention[],
    /** Names the document's place calls itself by beyond a region's (a zone's: zone-of-document.ts). */
    private readonly ownNames: readonly string[],
  ) {}

  bind(): Binding[] {
    for (let i = 0; i < this.quantities.length; ) i += this.bindAt(i);
    return this.bindings;
  }

  private clauseOf(pos: number): Span {
    return clauseAt(this.sentence, pos) ?? { start: this.sentence.start, end: this.sentence.end };
  }

  /** The values of a run: the quantity at `i` and those following it joined by 和/、/及, in one unit. */
  private valueRun(i: number): Quantity[] {
    const run = [this.quantities[i]!];
    let clause = this.clauseOf(run[0]!.numberStart);
    for (let k = i + 1; k < this.quantities.length; k++) {
      const q = this.quantities[k]!;
      // (Past a rank in brackets after the value before: `5.6%(全市第四)、6.6%`.)
      const gap = this.match.slice(run[run.length - 1]!.end, q.start).replace(RANK_ASIDE, '');
      // A run may go on past its clause's comma (`分别增长15.3%,29.6%`), only with nothing else
      // between, and on in the clause it reached (`分别达到4.4亿元,50.6亿元和28亿元`).
      if (q.numberStart > clause.end) {
        if (gap !== ',') break;
        clause = this.clauseOf(q.numberStart);
      }
      if (!ONE_VALUE_JOINER.test(gap) || !inOneRun(q.unit, run[0]!.unit) || q.percentagePoints) break;
      run.push(q);
    }
    return run;
  }

  /** Binds the quantity at `i` (and any values it counts out with); returns how many it took. */
  private bindAt(i: number): number {
    const { match } = this;
    const q = this.quantities[i]!;
    const clause = this.clauseOf(q.numberStart);
    const prev = this.quantities[i - 1];
    const pastAside = prev !== undefined && this.inAside(prev.start) && !this.inAside(q.start);
    if (pastAside) this.previous = this.previousOutsideAside;
    // (Past an aside's close and a joiner after it, as past a comma: `51.6亿元(含退税3.4亿元)、同口径
    // 增长4%` goes on with the total.)
    const closed = pastAside ? ASIDE_CLOSED.exec(match.slice(prev.end, q.start)) : null;
    const anchor =
      closed && prev
        ? prev.end + closed.index + closed[0].length
        : prev && prev.end > clause.start
          ? prev.end
          : clause.start;
    const segment = match.slice(anchor, q.start);
    const fenbie = segment.lastIndexOf(FENBIE);
    if (fenbie >= 0) {
      // 分别 pairs the n subjects before it with the n values after it, in order.
      let run = this.valueRun(i);
      const countFrom = (start: number, n: number) =>
        fenbieSubjects(
          match,
          this.mentions,
          start,
          anchor + fenbie,
          n,
          this.valued,
          this.figurelessClauseBefore(clause),
        );
      // The subjects are counted out from the clause's start (`596个省大中型项目、1852个…项目投资分别`:
      // its counts are part of their names); where that finds no catalogued one past a figure of the
      // clause, from after the figure, whose separator may have been lost (`增长2.7%城镇和农村…分别`).
      const countOut = (n: number) => {
        const fromClause = countFrom(clause.start, n);
        if (anchor === clause.start || fromClause?.some((s) => s.indicators)) return fromClause;
        return countFrom(anchor, n) ?? fromClause;
      };
      // `城乡居民人均可支配收入分别增长8.1%`: one value after a pair the clause names is each one's;
      // one a joiner leaves waiting for the next (`分别增长2.6%、`, a list cut short) is the first's.
      const pair =
        run.length === 1 && this.namesSubjectBefore(clause.start, anchor + fenbie) ? countOut(2) : null;
      const cutShort = pair !== null && LIST_JOINER_NEXT.test(match.slice(q.end, q.end + 2));
      // (The one value goes to both, and is still the only quantity taken.)
      const taken = run.length;
      if (pair && !cutShort) run = [q, q];
      const subjects = cutShort ? pair.slice(0, 1) : (pair ?? countOut(run.length));
      if (subjects) {
        const attainment = ACHIEVEMENT.test(match.slice(anchor, q.numberStart));
        // What links them is said after the subjects' names: `增加值分别为` links by `分别为`. A
        // last subject named by its own words (`总产值、增加值分别完成`) ends where 分别 starts.
        let named = anchor;
        // (A construction that takes 分别 in names its subjects up to its own end.)
        for (const m of this.mentions) if (m.start >= anchor && m.start < anchor + fenbie) named = m.end;
        if (LIST_JOINER.test(match.slice(named, anchor + fenbie))) named = anchor + fenbie;
        // (Not a statistic the subjects are said of: `对经济增长和税收增长的贡献率分别达…`.)
        const link = match.slice(named, q.start);
        if (attainment || isLink(link)) {
          this.distribute(run, subjects, link, attainment);
          return taken;
        }
      }
    }
    // `分别增长14.1%、…和26.8%,达4270亿元、…和1573亿元`: a clause of link words opening on a run of
    // as many values as the last 分别 counted out goes on with its subjects.
    const each = EACH_GOES_ON.exec(segment);
    if (
      this.distributed &&
      (anchor === clause.start || each) &&
      isLink(segment.slice(each?.[0].length ?? 0))
    ) {
      const run = this.valueRun(i);
      if (run.length >= 2 && run.length === this.distributed.length && run.every((r) => r.unit === q.unit)) {
        this.distribute(run, this.distributed, segment, false);
        return run.length;
      }
    }
    const stated = this.statedTarget(q, clause, segment);
    if (stated) {
      this.push([stated.subject], q, stated.link, { statedTarget: true, derivedValue: stated.value });
      return 1;
    }
    // The gap from a target just stated to the result is no value of the statistic.
    const last = this.bindings.at(-1);
    // (`超过` may have been read as the figure's qualifier: the words run to its number.)
    if (
      last?.statedTarget &&
      last.quantity === prev &&
      PAST_STATED_TARGET_BY.test(match.slice(prev.end, q.numberStart))
    )
      return 1;
    // (In its clause, past a plan's amount: `完成年计划710亿元的89.4%`.)
    const attainment =
      q.unit === '%' && ACHIEVEMENT.test(match.slice(Math.max(clause.start, q.start - 16), q.numberStart));
    const chosen = this.subjectsOf(q, clause, prev, anchor, segment, attainment);
    if (!chosen) return 1;
    const run = this.valueRun(i);
    if (run.length >= 2) {
      // `城镇和农村居民人均可支配收入44178元、25396元`: as many values as subjects, in order;
      // `分别为3.6万元、2.1万元,增长9.4%、10.2%`: a run goes on with the last 分别's subjects.
      if (chosen.subjects.length === run.length) {
        this.distribute(run, chosen.subjects, chosen.link, attainment);
        return run.length;
      }
      // `城镇居民收入…元,农村居民收入…元,实际增长9.8%和8.5%`: without a 分别, a clause that is
      // only a run of values goes on with as many catalogued subjects that just received one.
      const opensClause = anchor === clause.start;
      const goesOn = chosen.inherited
        ? this.distributed?.length === run.length
          ? this.distributed
          : opensClause
            ? this.lastValued(run.length)
            : null
        : null;
      if (goesOn) {
        this.distribute(run, goesOn, chosen.link, attainment);
        return run.length;
      }
    }
    const subjects = chosen.whole
      ? [
          {
            indicators: [chosen.whole],
            label: null,
            evidenceStart: chosen.subjects[0]!.evidenceStart,
            sides: chosen.subjects.flatMap((s) => s.indicators ?? []),
          },
        ]
      : chosen.subjects;
    const goalMet =
      GOAL_MET_AFTER.test(match.slice(q.end, q.end + 16)) &&
      !AIMING.test(match.slice(this.sentence.start, q.start));
    this.push(subjects, q, chosen.link, goalMet ? { statedTarget: true } : { attainment });
    // `仍实现了增长6%的既定目标`: a result that met a goal of its own figure states the goal too.
    if (MET_GOAL.test(segment) && TARGET_AFTER.test(match.slice(q.end, q.end + 8)))
      this.push(subjects, q, chosen.link, { statedTarget: true });
    this.lastNoun = nounAfter(match, q, clause);
    return 1;
  }

  /**
   * `地方财政收入53.6亿元,在税收下降13.2%的情况下仍增长6%`: past a circumstance whose own figure
   * came just before, a figure goes on with the subject named before the circumstance opened.
   */
  private beforeCircumstance(prev: Quantity | undefined, q: Quantity): Subject[] | null {
    if (!prev || !CIRCUMSTANCE_CLOSE.test(this.match.slice(prev.end, q.start))) return null;
    const opened = this.match.lastIndexOf('在', prev.numberStart);
    const before = this.bindings.findLast((b) => b.quantity.end <= opened);
    return before && opened - before.quantity.end <= CIRCUMSTANCE_REACH ? [before.subject] : null;
  }

  /**
   * `生产总值达2085亿元,占全省比重提高到26%;增速达16%`: a change after a figure's share of a wider
   * whole is the figure's, not the share's: the subject before the share.
   */
  private pastShare(segment: string): Subject | null {
    if (!isShareOfWhole(this.previous) || changeDirection(segment) === 0) return null;
    return this.bindings.findLast((b) => !isShareOfWhole(b.subject))?.subject ?? null;
  }

  /** The clause before `clause` in the sentence, if it states no figure. */
  private figurelessClauseBefore(clause: Span): Span | undefined {
    const clauses = this.sentence.clauses;
    const k = clauses.findIndex((c) => c.start === clause.start);
    const before = k > 0 ? clauses[k - 1] : undefined;
    if (!before || this.quantities.some((q) => q.numberStart >= before.start && q.numberStart < before.end))
      return undefined;
    return before;
  }

  /** The subjects of a figure that is not part of a 分别: its own, the previous one's, or a label. */
  private subjectsOf(
    q: Quantity,
    clause: Span,
    prev: Quantity | undefined,
    anchor: number,
    segment: string,
    attainment: boolean,
  ): { subjects: Subject[]; link: string; inherited: boolean; whole?: string } | null {
    const { match } = this;
    const last = this.lastMentionEnding(anchor, q.start);
    if (
      last &&
      linksFigure(match.slice(last.end, q.start), attainment) &&
      !WHOLE_OF_SHARE.test(match.slice(anchor, last.start))
    ) {
      let subjects = groupSubjects(
        match,
        this.mentions,
        last,
        this.clauseOf(last.start),
        anchor,
        this.ownNames,
      );
      // `该项目计划总投资50亿元,其中固定资产投资35亿元`: a breakdown of a project's investment
      // is the project's, not the region's fixed-asset investment.
      if (this.previous?.indicators?.includes('project_investment') && segment.includes('其中')) {
        subjects = subjects.map((s) =>
          s.indicators?.includes('project_investment')
            ? s
            : {
                indicators: null,
                label: cleanLabel(match.slice(last.start, last.end)),
                evidenceStart: s.evidenceStart,
              },
        );
      }
      const link = match.slice(last.end, q.start);
      // `城乡居民人均可支配收入2.33万元`: a pair's name with one value (and no 均) is the whole's.
      if (last.whole && subjects.length === last.indicators.length && !BOTH.test(link)) {
        return { subjects, link, inherited: false, whole: last.whole };
      }
      return { subjects, link, inherited: false };
    }
    const resumed = this.beforeCircumstance(prev, q);
    if (resumed)
      return { subjects: resumed, link: segment.replace(CIRCUMSTANCE_CLOSE, ''), inherited: false };
    // `财政总收入突破亿元大关,实现11338万元`: a subject named in an earlier clause with no figure
    // of its own goes on to the next figure.
    const waiting = this.waitingMention(prev, clause);
    const continued = waiting
      ? groupSubjects(
          match,
          this.mentions,
          waiting,
          this.clauseOf(waiting.start),
          this.clauseOf(waiting.start).start,
          this.ownNames,
        )
      : this.previous && !this.afterNewItem(q)
        ? (this.eachOfLastRun(segment) ?? [this.pastShare(segment) ?? this.previous])
        : null;
    if (
      continued &&
      inherits(
        segment,
        attainment,
        prev !== undefined && prev.end > clause.start,
        endsItsClause(match.slice(q.end, clause.end)) ||
          this.linksOnToNextFigure(q, clause) ||
          startsChange(segment, match.slice(q.end, q.end + 8)) ||
          // (A round-up's item, `湖北(10%以上)`, is one figure of the subject the list is of.)
          placeOfBracket(match, q.numberStart, q.end) !== undefined,
      )
    ) {
      const before = this.bindings[this.bindings.length - 1];
      // `增长10%,力争11.5%`, `达到5.68亿元,增长8%,力争突破6亿元`: a stretch of a goal just set (the
      // statistic's last figure in the unit) is not a second goal of the statistic.
      if (!waiting && before?.quantity === prev && STRETCH.test(segment)) {
        const stretched = this.bindings.findLast((b) => b.quantity.unit === q.unit);
        if (stretched?.subject === before.subject) return null;
      }
      // `增长6.5%左右,力争7%`: a second figure of the same unit with no verb of its own
      // measures what the first one did (not one with its own year: `累计完成300亿元,其中2018年完成80亿元`,
      // nor a share: `增长9%,占地区生产总值的比重为52%`, nor the level a change led to: `比上年增加
      // 1530元,达到21200元`).
      const link = waiting
        ? // A list the subject's clause opens with a colon goes on with its words (`增长目标为:湖北(10%以上)`);
          // so does a per cent after a clause that names the subject's change (`规上工业增加值增速居全市
          // 第二位,达到12.5%`).
          match[clause.start - 1] === ':' ||
          (q.unit === '%' &&
            changeDirection(match.slice(waiting.end, this.clauseOf(waiting.start).end)) !== 0)
          ? match.slice(waiting.end, q.start)
          : segment
        : before &&
            changeDirection(segment) === 0 &&
            before.quantity.unit === q.unit &&
            !attainment &&
            !OWN_YEAR.test(segment) &&
            !SHARE_OF_GDP.test(segment) &&
            !(changeDirection(before.link) !== 0 && LEVEL_REACHED.test(segment))
          ? before.link + segment
          : segment;
      return { subjects: continued, link, inherited: !waiting };
    }
    const label = labelFor(match, segment.replace(ACHIEVEMENT, ''), q, clause, this.lastNoun);
    if (!label) return null;
    const earlier = this.lastMentionEnding(Number.NEGATIVE_INFINITY, q.start);
    return {
      subjects: [labelled(label, Math.max(anchor, clause.start), earlier)],
      link: segment,
      inherited: false,
    };
  }

  /**
   * Whether only link words lead from `q` to the next figure of its clause: the clause goes on with
   * the same subject (`总量突破1万亿元、达到1.35万亿元`).
   */
  private linksOnToNextFigure(q: Quantity, clause: Span): boolean {
    const next = this.quantities.find((other) => other.start >= q.end);
    return next !== undefined && next.start < clause.end && isLink(this.match.slice(q.end, next.start));
  }

  /**
   * Whether a new item opens between the last figure and `q`: after a semicolon, a clause of words
   * of its own, whose figure is not the last subject's (`投资达到45亿元,位居全州第一;财政一般预算
   * 持续增收,达到1.2亿元`; but `年均增速16.5%;2005年达到600亿元` goes on with it).
   */
  private afterNewItem(q: Quantity): boolean {
    const last = this.bindings.at(-1);
    if (!last) return false;
    const between = this.match.slice(last.quantity.end, this.clauseOf(q.numberStart).start);
    const semicolon = between.lastIndexOf(';');
    if (semicolon < 0) return false;
    const opening = between.slice(semicolon + 1).replace(/[,,]$/, '');
    return opening !== '' && !isLink(opening);
  }

  /**
   * `…分别达到22600元和7900元,均增长12%`: a figure said of each (均, 都) right after a 分别 goes to
   * every subject that run counted values out over; so does one right after a clause that gave
   * several subjects a value each (`城镇居民人均可支配收入16540元、农民人均纯收入7235元,均增长12%`),
   * or after clauses that gave one each.
   */
  private eachOfLastRun(segment: string): Subject[] | null {
    if (!BOTH.test(segment)) return null;
    const run = this.distributed;
    if (run && run.length > 1 && run.at(-1) === this.previous) return run;
    const last = this.bindings.at(-1);
    if (!last) return null;
    const clause = this.clauseOf(last.quantity.numberStart);
    const inClause = this.bindings.filter(
      (b) => !b.statedTarget && b.quantity.numberStart >= clause.start && b.quantity.numberStart < clause.end,
    );
    const subjects = [...new Set(inClause.map((b) => b.subject))];
    if (subjects.length > 1) return subjects.every((s) => s.indicators) ? subjects : null;
    // …or right after clauses that gave one subject a value each, up to a semicolon (`全年接待游客
    // 5300万人次,旅游综合收入426亿元,均实现30%以上增长`).
    const from = partStart(this.match, this.sentence, last.quantity.numberStart);
    const items = this.bindings.filter((b) => !b.statedTarget && b.quantity.numberStart >= from);
    const perClause = new Set(items.map((b) => this.clauseOf(b.quantity.numberStart).start));
    const each = [...new Set(items.map((b) => b.subject))];
    return each.length > 1 && perClause.size === items.length && each.every((s) => s.indicators)
      ? each
      : null;
  }

  /** The last mention of the sentence ending after `after` and by `by`. */
  private lastMentionEnding(after: number, by: number): IndicatorMention | undefined {
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k]!;
      if (m.end > after && m.end <= by) return m;
    }
    return undefined;
  }

  /** A mention after the last figure, in an earlier clause of the sentence, that no figure took. */
  private waitingMention(prev: Quantity | undefined, clause: Span): IndicatorMention | undefined {
    const after = prev?.end ?? this.sentence.start;
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k]!;
      if (m.start >= after && m.end <= clause.start && !this.insideClosedBracket(m, clause.start)) return m;
    }
    return undefined;
  }

  /**
   * Whether a mention stands in brackets closed before `end`: a note's words (`(主要是规模以上工业产值
   * 未达预期)`), not a subject waiting for its figure.
   */
  private insideClosedBracket(m: IndicatorMention, end: number): boolean {
    return this.inAside(m.start) && this.match.slice(m.end, end).includes(')');
  }

  /**
   * The goal a past year set, stated with its result: `城镇登记失业率3.52%,控制在预期4.2%以内`,
   * `好于下降7%的预期`, `比预期目标高1.5个百分点` (the target is the result less 1.5).
   */
  private statedTarget(
    q: Quantity,
    clause: Span,
    segment: string,
  ): { subject: Subject; value: number | null; link: string } | null {
    // The result is the last figure that is no gap to another (`增长5.9%,高于全市0.8个百分点,…(预期目标
    // 为8.5%以上)`).
    const result = this.bindings.findLast((b) => !b.quantity.percentagePoints);
    if (!result || result.statedTarget || !this.previous) return null;
    // Only words of a goal make one (预期, 目标, 计划): most figures have none near them.
    if (!TARGET_WORD.test(this.match.slice(clause.start, q.end + 8))) return null;
    // A figure whose clause names another subject is not the previous one's target (one naming the
    // same may be: `增长8.9%,超过年初提出的地区生产总值增长8.5%的目标`).
    const ids = result.subject.indicators;
    const named = this.mentions.filter((m) => m.start >= clause.start && m.end <= q.start);
    if (named.some((m) => !ids || m.indicators.join() !== ids.join())) return null;
    const before = this.match.slice(clause.start, q.numberStart);
    // `完成预期目标115.4%`: the share of a goal met, no goal.
    if (q.unit === '%' && ACHIEVEMENT.test(before)) return null;
    // `增长11%,其中农业预期增长4%`: a clause opening on 其中 breaks the figure down into its parts;
    // one opening on a plan's tier states the next tier of the plan's own goal.
    if (before.startsWith('其中') || OPENS_ON_GOAL_TIER.test(before)) return null;
    const gap = q.percentagePoints ? GAP_TO_TARGET.exec(before) : null;
    if (gap) {
      if (result.quantity.unit !== '%' || result.quantity.percentagePoints) return null;
      const above = ABOVE.test(gap[1] ?? gap[2] ?? '');
      const value = result.quantity.value + (above ? -q.value : q.value);
      // Worked out from the result, the target is measured as the result is.
      return { subject: result.subject, value: Number(value.toFixed(6)), link: result.link };
    }
    if (q.percentagePoints) return null;
    // The result is the last one measured as the target is (`实际到位内资7959亿元,增长13.7%,完成年度
    // 目标任务7600亿元的104.7%`: the amount's, past the growth).
    const measured =
      result.quantity.unit === q.unit
        ? result
        : this.bindings.findLast(
            (b) =>
              !b.quantity.percentagePoints &&
              b.quantity.unit === q.unit &&
              b.subject.indicators?.join() === ids?.join(),
          );
    // An excess that names a subject of its own first (`农业投资超目标2.02亿元`) is that subject's.
    const excess = EXCESS_OVER_TARGET.exec(before);
    if (excess && !isLink(before.slice(0, excess.index))) return null;
    if (excess) {
      const value = q.unit !== '%' && measured ? measured.quantity.value - q.value : 0;
      return value > 0
        ? { subject: measured!.subject, value: Number(value.toFixed(6)), link: measured!.link }
        : null;
    }
    const after = this.match.slice(q.end, q.end + 8);
    if (!TARGET_BEFORE.test(before) && !TARGET_AFTER.test(after)) return null;
    if (segment.includes('分别') || !measured) return null;
    // `增长26.4%,高于年初人代会12%的目标`: without a verb of its own the target measures what the result does.
    return {
      subject: measured.subject,
      value: null,
      link: changeDirection(segment) === 0 ? measured.link : segment,
    };
  }

  /** Whether `at` lies inside brackets its sentence opened and has not closed yet. */
  private inAside(at: number): boolean {
    // (Back to the sentence's start only: a search of the whole text before it would cost as much
    // as the document is long, for every figure.)
    return openBracketBefore(this.match, at, this.sentence.start) >= 0;
  }

  /** The last `n` subjects that received a value, if they are `n` different catalogued ones. */
  private lastValued(n: number): Subject[] | null {
    const last = this.valued.slice(-n);
    if (last.length < n || last.some((s) => !s.indicators)) return null;
    return new Set(last.map((s) => s.indicators!.join())).size === n ? last : null;
  }

  /** Whether a catalogued subject is named in `[from, to)`, not only carried from a clause before. */
  private namesSubjectBefore(from: number, to: number): boolean {
    return this.mentions.some((m) => m.start >= from && m.end <= to);
  }

  private distribute(run: Quantity[], subjects: Subject[], link: string, attainment: boolean): void {
    const runQualifier = run[run.length - 1]!.qualifier;
    for (let k = 0; k < run.length; k++) {
      this.bindings.push({
        subject: subjects[k]!,
        quantity: run[k]!,
        link,
        attainment,
        statedTarget: false,
        derivedValue: null,
        runQualifier,
        runStart: run[0]!.numberStart,
      });
    }
    this.valued.push(...subjects);
    this.previous = subjects[subjects.length - 1]!;
    this.previousOutsideAside = this.previous;
    this.distributed = subjects;
  }

  private push(
    subjects: Subject[],
    q: Quantity,
    link: string,
    how: { attainment?: boolean; statedTarget?: boolean; derivedValue?: number | null },
  ): void {
    for (const subject of subjects) {
      this.bindings.push({
        subject,
        quantity: q,
        link,
        attainment: how.attainment ?? false,
        statedTarget: how.statedTarget ?? false,
        derivedValue: how.derivedValue ?? null,
      });
    }
    if (how.statedTarget) return;
    this.previous = subjects[subjects.length - 1]!;
    // (A figure in an aside, `42.8亿元(按老口径完成50.6亿元)`, names no subject for a 分别 to count out.)
    if (!this.inAside(q.start)) {
      this.valued.push(...subjects);
      this.previousOutsideAside = this.previous;
    }
    // Another subject took a figure (`本外币存贷款余额241亿元、182亿元,增长8.7%、4.7%`): the
    // subjects a 分别 counted out no longer go on.
    if (!subjects.every((s) => this.distributed?.includes(s))) this.distributed = null;
  }
}

/**
 * The same subject's change closing the clause after its level (`达109亿元、增长9.2%`), or the
 * multiple it is of an earlier year (`达到2009.5亿元、是2015年的1.5倍`).
 */
const ITS_CHANGE_AFTER = new RegExp(
  `^、?(?:(?:同比|比上年|较上年)?(?:增长|下降)\\d+(?:\\.\\d+)?[%倍](?:左右|以上)?|(?:是|为|相当于)[^,;。]{1,12}?${MULTIPLE_OF_A_YEAR})$`,
);

/**
 * Whether what follows a figure in its clause adds nothing but links, its rank (`、全省第三`) or its
 * change (`、增长9.2%`).
 */
function endsItsClause(rest: string): boolean {
  // (A bracket's close ends its clause: `(去年为9641元)`; so does a note, `1207.76亿元(预计,下同)`.)
  const words = rest.endsWith(')') ? rest.slice(0, -1) : rest;
  return isLink(rest) || isLink(words) || RANKING_AFTER.test(words) || ITS_CHANGE_AFTER.test(words);
}

/**
 * Whether a number with no subject of its own continues the previous one: within a clause any
 * link words do (`项目23个、建成15个` aside, which names its own); across clauses only a change
 * (`69.5亿元,增长7.5%`) or an achievement (`…,完成年度目标的133%`) does, since a new clause
 * usually starts a new item.
 */
/** A share of a wider whole, labelled by what it is taken of (`占全省比重`). */
function isShareOfWhole(subject: Subject | null | undefined): boolean {
  return subject?.label?.startsWith('占') ?? false;
}

/**
 * `…,由7.13万亿元跃升至10.27万亿元`, `…,从2015年的717.4亿元提高到…`: the figure a change of the
 * subject before starts from.
 */
function startsChange(segment: string, after: string): boolean {
  return CHANGE_FROM.test(segment) && CHANGE_TO.test(after);
}

/** Whether only link words lead to a figure, or to a share of the year's goal (`完成年初预算的`). */
function linksFigure(segment: string, attainment: boolean): boolean {
  return isLink(attainment ? segment.replace(ACHIEVEMENT, '') : segment);
}

function inherits(segment: string, attainment: boolean, sameClause: boolean, endsClause: boolean): boolean {
  if (attainment) return linksFigure(segment, true);
  if (!isLink(segment)) return false;
  // `进出口总额增长9.7%,突破30万亿元`: a bare figure closing its clause continues the subject;
  // `为100名以上重度残疾人提供…` names a new one after the number.
  return sameClause || endsClause || changeDirection(segment) !== 0;
}

/**
 * Rates make a run, per cent and per mille alike (`分别控制在4.2%、3%和6‰以内`), and so do amounts
 * of any units (`万亿元和千亿美元`, `630万亩、245万吨`); a rate and an amount do not (`完成50亿元、增长12%`).
 */
function inOneRun(a: string, b: string): boolean {
  return isRate(a) === isRate(b);
}

const isRate = (unit: string) => unitByCode(unit)?.family === 'percent';
