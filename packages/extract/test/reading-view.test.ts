/**
 * The reading view on layouts real reports arrive in: web pages that space out figures, PDF
 * conversions that break lines where the page ended, bullets, page numbers and pinyin glosses.
 * Sentences are our own; each reproduces one layout. Every span found in the view must slice the
 * source back exactly.
 */
import { describe, expect, it } from 'vitest';
import { readingView } from '../src/reading-view.js';

/** The view's text, and a check that every character maps back to the same character. */
function read(source: string, traditional = false) {
  const view = readingView(source, traditional);
  return view;
}

/** The source slice under the view's first occurrence of `part`. */
function sourceOf(source: string, part: string): string {
  const view = readingView(source, false);
  const at = view.text.indexOf(part);
  expect(at).toBeGreaterThanOrEqual(0);
  const span = view.sourceSpan(at, at + part.length);
  return source.slice(span.start, span.end);
}

describe('spaces a web page or converter put inside a figure', () => {
  it('reads figures spaced from their words and units, and maps them back', () => {
    const source = '全年实现地区生产总值 52.6 亿元 ,增长 7.1 %,一般公共预算收入 3. 18亿元。';
    expect(read(source).text).toBe('全年实现地区生产总值52.6亿元,增长7.1%,一般公共预算收入3.18亿元。');
    expect(sourceOf(source, '地区生产总值52.6亿元')).toBe('地区生产总值 52.6 亿元');
    expect(sourceOf(source, '3.18亿元')).toBe('3. 18亿元');
  });

  it('reads a bound spaced from its figure (增长 5% 以上, 800亿元 左右)', () => {
    const source = '生产总值增长 5% 以上,投资800亿元 左右,失业率 4.5% 以内。';
    expect(read(source).text).toBe('生产总值增长5%以上,投资800亿元左右,失业率4.5%以内。');
    // A space after a word that is no figure's unit stays (`总值 以上` is no bound).
    expect(read('见附表 以上各项').text).toBe('见附表 以上各项');
  });

  it('reads a percent spaced from the word after it inside a sentence (增长8% 目标)', () => {
    expect(read('投资增长13%,完成年初确定的增长8% 目标。').text).toBe(
      '投资增长13%,完成年初确定的增长8%目标。',
    );
    // A sentence's last figure before a paragraph's heading keeps its gap.
    expect(read('投资增长8% 二、主要工作').text).toBe('投资增长8% 二、主要工作');
  });

  it('reads a figure whose decimal point a converter spaced on either side', () => {
    const source = '税收收入完成 12 .6 亿元,非税收入完成 4 . 3 亿元。';
    expect(read(source).text).toBe('税收收入完成12.6亿元,非税收入完成4.3亿元。');
    expect(sourceOf(source, '4.3亿元')).toBe('4 . 3 亿元');
  });

  it('keeps a space between paragraphs and after a heading, where it separates', () => {
    const source = '三、推进项目建设 2019年,全县新开工项目12个。 四、改善民生';
    expect(read(source).text).toBe(source);
  });

  it('joins words a layout gap split inside a sentence', () => {
    const source = '财政收入增长5%,农村居民人均可支配收入 增长8.2%。';
    expect(read(source).text).toBe('财政收入增长5%,农村居民人均可支配收入增长8.2%。');
  });

  it('joins a date a converter spaced (2017 年) and a figure spaced before its glossed multiplier', () => {
    expect(read('地區生產總值2017 年達到7.27 萬(wàn)億元', true).text).toBe(
      '地区生产总值2017年达到7.27万亿元',
    );
  });

  it('joins letter-spaced characters (a spaced headline, a converter’s spaced words), not spaced words', () => {
    expect(read('政 府 工 作 报 告').text).toBe('政府工作报告');
    expect(read('全市规 模 工 业 增加 值 增 长 7.4%').text).toBe('全市规模工业增加值增长7.4%');
    expect(sourceOf('全市规 模 工 业 增加 值 增 长 7.4%', '工业增加值')).toBe('工 业 增加 值');
    // Words of two characters or more, spaced apart, may be a headline's phrases: they stay apart.
    expect(read('民生 实事 清单').text).toBe('民生 实事 清单');
  });

  it('joins Chinese to a Latin word spaced from it, and a list spaced around its joiner', () => {
    expect(read('全年万元 GDP 能耗下降 4%,研发投入占 GDP比重2.1%。').text).toBe(
      '全年万元GDP能耗下降4%,研发投入占GDP比重2.1%。',
    );
    const source = '两项收入分别增长6.2% 和7.4%。';
    expect(read(source).text).toBe('两项收入分别增长6.2%和7.4%。');
    expect(sourceOf(source, '6.2%和')).toBe('6.2% 和');
  });

  it('joins the words a conversion spaced apart in a sentence that goes on to its figure, and a ratio', () => {
    const source =
      '增长目标超额完成。 城镇居民 人均可支配收入 4万元。 固定资产投资总 额 96 亿元,结构调整为 9:41:50。';
    expect(read(source).text).toBe(
      '增长目标超额完成。 城镇居民人均可支配收入4万元。 固定资产投资总额96亿元,结构调整为9:41:50。',
    );
    expect(sourceOf(source, '投资总额96亿元')).toBe('投资总 额 96 亿元');
    // A figure and the verb that takes it to another are one clause.
    expect(read('结构由23:43:34 调整为22:41:37,收入1亿元 增加到2亿元。').text).toBe(
      '结构由23:43:34调整为22:41:37,收入1亿元增加到2亿元。',
    );
    // Also where the verb carries a reprint's pinyin glosses.
    expect(read('結構由23:43:34 調(diào)整為22:41:37。', true).text).toBe('结构由23:43:34调整为22:41:37。');
    // A heading that opens its line keeps the space that ends it; so does an item after a sentence.
    expect(read('经济发展 全年生产总值增长8%。').text).toBe('经济发展 全年生产总值增长8%。');
    expect(read('过去一年。 (一)经济发展 全年生产总值增长8%。').text).toBe(
      '过去一年。 (一)经济发展 全年生产总值增长8%。',
    );
  });

  it('drops an encyclopedia’s reference marks after a word, not a numbered item’s', () => {
    expect(read('R&D[3]经费占比达2.3%;出口增长9.4%[4][30],全年。\n[1]某某条目').text).toBe(
      'R&D经费占比达2.3%;出口增长9.4%,全年。\n[1]某某条目',
    );
    expect(sourceOf('R&D[3]经费占比达2.3%', 'R&D经费占比')).toBe('R&D[3]经费占比');
  });

  it('opens an item at a solid bullet run into the text, not at a hollow zero', () => {
    expect(read('贫困县全部摘帽●全省城镇化率达到60%以上●二○二○年全省生产总值增长3.6%').text).toBe(
      '贫困县全部摘帽\n全省城镇化率达到60%以上\n二○二○年全省生产总值增长3.6%',
    );
  });

  it('drops a converter’s doubled comma before another mark', () => {
    expect(read('一,、过去一年工作回顾,;二、今年工作安排').text).toBe(
      '一、过去一年工作回顾;二、今年工作安排',
    );
  });
});

describe('line breaks', () => {
  it('joins the words, figures and years a page set each on a line of its own', () => {
    // A figure alone on its line, its unit on the next.
    expect(read('农业稳步发展。实现农业增加值\n38.6\n亿元,增长4%。').text).toBe(
      '农业稳步发展。实现农业增加值38.6亿元,增长4%。',
    );
    // A year alone, its 年 on the next; not a heading's next line.
    expect(read('生产总值、财政收入分别是\n2010\n年的2.1倍、3.4倍。').text).toBe(
      '生产总值、财政收入分别是2010年的2.1倍、3.4倍。',
    );
    expect(read('工作回顾\n2019\n年,全县实现新突破。').text).toBe('工作回顾\n2019年,全县实现新突破。');
    // …nor after a line that opens a change or names its end, though it holds no punctuation.
    expect(read('三次产业比例由\n2010\n年的20.1:40.2:39.7\n调整为\n2015\n年的15.2:42.1:42.7。').text).toBe(
      '三次产业比例由2010年的20.1:40.2:39.7调整为2015年的15.2:42.1:42.7。',
    );
    // A change's far end on the line after its start.
    expect(read('三次产业比例由2010年的20.1:40.2:39.7\n调整为15.2:42.1:42.7。').text).toBe(
      '三次产业比例由2010年的20.1:40.2:39.7调整为15.2:42.1:42.7。',
    );
  });

  it('joins a number, a unit or a word the line cut in two', () => {
    expect(read('全县生产总值达到4779\n1元').text).toBe('全县生产总值达到47791元');
    expect(read('招商引资到位资金60亿\n元,增长9%').text).toBe('招商引资到位资金60亿元,增长9%');
    expect(read('社会消费品零售总额实现138.\n5亿元').text).toBe('社会消费品零售总额实现138.5亿元');
    // A negative figure cut after its sign.
    expect(read('出口额6.2亿元,增长-\n12.4%').text).toBe('出口额6.2亿元,增长-12.4%');
    // A long name cut far from either end (`城镇常住⏎居民人均可支配收入`), and a framing word (`其⏎中`).
    expect(read('增长9%;城镇常住\n居民人均可支配收入40210元').text).toBe(
      '增长9%;城镇常住居民人均可支配收入40210元',
    );
    expect(read('财政总收入30亿元,其\n中地方财政收入18亿元').text).toBe(
      '财政总收入30亿元,其中地方财政收入18亿元',
    );
    // A figure's bound set on the line below it.
    expect(read('生产总值增长\n4.5%\n左右。投资增长\n6%\n以上。').text).toBe(
      '生产总值增长4.5%左右。投资增长6%以上。',
    );
  });

  it('drops the numbers of a document site’s chunks and joins what they cut, not a numbered list’s', () => {
    const filler = '全县上下齐心协力推进各项工作,经济社会保持平稳健康发展,'.repeat(8);
    const chunked = `1、${filler}全县生产总值达到158.\n2、6亿元,增长7%;${filler}服务业占比达到4\n3、8.2%。${filler}`;
    expect(read(chunked).text).toBe(
      `${filler}全县生产总值达到158.6亿元,增长7%;${filler}服务业占比达到48.2%。${filler}`,
    );
    // Two chunks, a blank line between.
    expect(read(`1、${filler}居民收入分别增长\n\n2、6.5%、8%。${filler}`).text).toBe(
      `${filler}居民收入分别增长6.5%、8%。${filler}`,
    );
    const list = '1、生产总值增长7%\n2、财政收入增长6%\n3、城镇新增就业3000人';
    expect(read(list).text).toBe(list);
  });

  it('joins an indicator cut off by blank lines to the figure that follows, and only to a figure', () => {
    expect(read('全年完成固定资产投资\n\n36.2亿元,增长4%。').text).toBe(
      '全年完成固定资产投资36.2亿元,增长4%。',
    );
    const heading = '三、地区生产总值\n\n全年平稳增长。';
    expect(read(heading).text).toBe(heading);
  });

  it('keeps apart the cells of a table a conversion set one a line, blank lines between', () => {
    // Row numbers, each row's goal and its result: a lone cell is no head of the figure after it.
    const table =
      '序号\n\n指标\n\n目标\n\n实绩\n\n1\n\n地区生产总值\n\n8\n\n300.5亿元\n\n2\n\n财政总收入\n\n7\n\n45.0亿元';
    expect(read(table).text).toBe(table);
  });

  it('joins a sentence that runs on after a comma', () => {
    const source = '全年地区生产总值增长6.8%,\n一般公共预算收入增长4%。';
    expect(read(source).text).toBe('全年地区生产总值增长6.8%,一般公共预算收入增长4%。');
    expect(sourceOf(source, '%,一般')).toBe('%,\n一般');
  });

  it('joins a line cut off mid-clause across the blank lines a page set after it', () => {
    // Each line of a PDF set as a paragraph: the particle 的 or a comma cannot end one.
    const source =
      '全区财政收入由“十二五”末的\n\n8.6亿元增加到15.2亿元。\n\n居民收入增长较快,\n\n  城镇居民人均可支配收入增长9%。';
    expect(read(source).text).toBe(
      '全区财政收入由“十二五”末的8.6亿元增加到15.2亿元。\n\n居民收入增长较快,城镇居民人均可支配收入增长9%。',
    );
    expect(sourceOf(source, '的8.6亿元')).toBe('的\n\n8.6亿元');
    // Nor can half of a change verb (`同比增⏎⏎长`).
    expect(read('零售总额完成45亿元,同比增\n\n长3.6%。').text).toBe('零售总额完成45亿元,同比增长3.6%。');
    // A salutation, a heading ending on a verb and a lead-in stay paragraphs of their own.
    const kept = '各位代表:\n\n现在我向大会报告工作。\n\n二、改革开放取得新突破\n\n招商引资到位资金60亿元。';
    expect(read(kept).text).toBe(kept);
  });

  it('joins a number cut off before blank lines and a page number to its unit, and nothing else', () => {
    expect(read('一般预算收入3.8\n\n2\n\n亿元,同比增长21%。').text).toBe('一般预算收入3.8亿元,同比增长21%。');
    const kept = '全年新建项目共计12\n\n二、今年的工作安排';
    expect(read(kept).text).toBe(kept);
  });

  it('reads bare numbers on lines of their own as figures where they do not count up as pages do', () => {
    const source = '经济平稳。全年完成地区生产总值\n52\n3.6\n亿元,增长\n4.\n5\n%\n;排名第\n30\n位。';
    expect(read(source).text).toBe('经济平稳。全年完成地区生产总值523.6亿元,增长4.5%;排名第\n30\n位。');
    // Numbers that count up through the text are its pages.
    expect(read('一般预算收入3.8\n\n2\n\n亿元,同比增长21%。税收收入1.2\n\n3\n\n亿元。').text).toBe(
      '一般预算收入3.8亿元,同比增长21%。税收收入1.2亿元。',
    );
  });

  it('reads a bare number between the words of a change and its unit as the figure, not a page', () => {
    const source = '经济总量稳步扩大。\n全县生产总值从\n310.5\n亿元增加到\n486\n亿元,年均增长6.8%。';
    expect(read(source).text).toBe('经济总量稳步扩大。\n全县生产总值从310.5亿元增加到486亿元,年均增长6.8%。');
  });

  it('joins a line that starts with a mark no line may start with (a number set on a line of its own)', () => {
    const source = '税收收入、非税收入分别增长\n4.5%\n、\n6%\n。\n新增就业1.2万人\n,增长3%。';
    expect(read(source).text).toBe('税收收入、非税收入分别增长4.5%、6%。\n新增就业1.2万人,增长3%。');
  });

  it('joins a clause broken after its subject, mid-paragraph', () => {
    expect(read('粮食产量稳定,固定资产投资\n完成15亿元。').text).toBe(
      '粮食产量稳定,固定资产投资完成15亿元。',
    );
  });

  it('joins a word a page cut across blank lines in running text, not a headline over its figure', () => {
    expect(read('完成投资21亿元;实现社会消费品\n\n零售总额7.6亿元,增长9%。').text).toBe(
      '完成投资21亿元;实现社会消费品零售总额7.6亿元,增长9%。',
    );
    const headline = '生态环境\n\n空气质量优良率达90%';
    expect(read(headline).text).toBe(headline);
  });

  it('joins a ratio set on the line below the words that name it', () => {
    expect(read('服务业加快发展,三次产业比例调整为\n2.5∶40.1∶57.4,结构更优。').text).toBe(
      '服务业加快发展,三次产业比例调整为2.5:40.1:57.4,结构更优。',
    );
    // Cut at one of its colons, with a converter's page number after its stop.
    expect(read('三次产业比例调整为3.1∶47.6∶\n49.3。7Ab\n一年来').text).toBe(
      '三次产业比例调整为3.1:47.6:49.3。7Ab\n一年来',
    );
  });

  it('joins an infographic’s label to the figure set on the line below it', () => {
    expect(read('全年GDP\n增长6.1%左右\n城乡居民人均可支配收入\n分别增长5%、7%').text).toBe(
      '全年GDP增长6.1%左右\n城乡居民人均可支配收入分别增长5%、7%',
    );
    // A heading naming no indicator stays a line of its own.
    expect(read('经济运行稳中向好\n增长6.1%').text).toBe('经济运行稳中向好\n增长6.1%');
  });

  it('keeps breaks after a sentence, before a list item and after a bare heading', () => {
    const source =
      '一年来,全县经济稳中有进。\n主要预期目标\n地区生产总值增长7%左右\n(二)一般公共预算收入增长6%';
    expect(read(source).text).toBe(source);
  });

  it('keeps a break after a figure that closes a list line', () => {
    const source = '预计全市生产总值2.1万亿元,增长7%\n规模以上工业增加值增长6.5%';
    expect(read(source).text).toBe(source);
  });

  it('joins the lines of a converted PDF that wrapped at the page width', () => {
    const lines = [
      '一年来,我们坚持稳中求进工作总基调,全力抓项目、',
      '促投资、稳增长,全县经济社会保持平稳健康发展。',
      '全年实现地区生产总值一百二十亿元,比上年增长百',
      '分之七;一般公共预算收入完成九亿元,增长百分之',
      '五。',
    ];
    // A line that ends its sentence keeps its break, at any width.
    expect(read(lines.join('\n')).text).toBe(`${lines.slice(0, 2).join('')}\n${lines.slice(2).join('')}`);
  });

  it('keeps a digest’s headlines of even width apart, one phrase a line, but joins a figure’s link to its subject', () => {
    const lines = [
      '全市经济总量迈上新的台阶',
      '城镇新增就业人数25.6万人',
      '居民收入稳步提升再创新高',
      '粮食产量稳定在300万吨以上',
      '一般公共预算收入达8.2亿元',
      '增长6.5%',
      '新建城市绿地1200万平方米',
    ];
    expect(read(lines.join('\n')).text).toBe(
      [...lines.slice(0, 4), lines.slice(4, 6).join(''), lines[6]].join('\n'),
    );
  });

  it('keeps a digest’s list apart, one statistic a line ending on its figure, clause marks and all', () => {
    const lines = [
      '全市生产总值突破8000亿元、增长7%',
      '一般公共预算收入增长5.5%',
      '社会消费品零售总额增长9%',
      '城镇新增就业人数超过30万人',
      '居民人均可支配收入增长8%',
    ];
    expect(read(lines.join('\n')).text).toBe(lines.join('\n'));
    // A run of values goes on across its wrap with its joiner (`增长8.5%⏎和9%`).
    const wrapped = [
      '全年实现地区生产总值三百八十亿元,同比增长百分之六;',
      '一般公共预算收入完成二十五亿元,财政收入总量保持全',
      '市第一;社会消费品零售总额实现二百六十亿元,同比增',
      '长百分之六;城乡居民人均可支配收入分别同比增长8.5%',
      '和9%。全区列全国百强区第七十九位,前进两个位次。',
    ];
    expect(read(wrapped.join('\n')).text).toBe(wrapped.join(''));
  });

  it('drops page furniture between the halves of a sentence', () => {
    const source = '固定资产投资完成\n- 3 -\n45亿元,增长11%。';
    expect(read(source).text).toBe('固定资产投资完成45亿元,增长11%。');
    expect(sourceOf(source, '45亿元')).toBe('45亿元');
  });

  it('reads a figure spaced from its words whose unit the page furniture cuts off (收入 9120⏎- 4 -⏎元)', () => {
    const source = '增长6%,农民人均可支配收入 9120\n- 4 -\n元,增长8.2%。';
    expect(read(source).text).toBe('增长6%,农民人均可支配收入9120元,增长8.2%。');
  });
});

describe('HTML entities a page was saved with', () => {
  it('reads an entity for a space as a space, and the others as the characters they stand for', () => {
    const source =
      '&ldquo;十四五&rdquo;开局良好&mdash;&mdash;全区生产总值&nbsp;&nbsp;52.6亿元,增长&nbsp;6.1&nbsp;%,R&amp;D投入占比&#8220;2%&#8221;。';
    expect(read(source).text).toBe('“十四五”开局良好——全区生产总值52.6亿元,增长6.1%,R&D投入占比“2%”。');
    expect(sourceOf(source, '52.6亿元')).toBe('52.6亿元');
    expect(sourceOf(source, '十四五”开局')).toBe('十四五&rdquo;开局');
    // An ampersand that opens no entity is text.
    expect(read('某某A&B公司').text).toBe('某某A&B公司');
  });
});

describe('marks and glosses', () => {
  it('reads bullets and circled numbers as the start of an item', () => {
    expect(read('主要目标是:●地区生产总值增长6%;◆固定资产投资增长8%').text).toBe(
      '主要目标是:\n地区生产总值增长6%;\n固定资产投资增长8%',
    );
    expect(read('①城镇新增就业5000人;②城镇登记失业率4%以内').text).toBe(
      '\n城镇新增就业5000人;\n城镇登记失业率4%以内',
    );
  });

  it('reads a circled number after a word as a note mark, not an item', () => {
    // A report's footnote marks (`R&D经费支出①`, `“六稳”⑴要求`) stand inside a sentence.
    expect(read('研发经费支出①增加3.1亿元,占比达到1.2%').text).toBe('研发经费支出增加3.1亿元,占比达到1.2%');
    expect(sourceOf('研发经费支出①增加3.1亿元', '支出增加3.1亿元')).toBe('支出①增加3.1亿元');
    expect(read('落实“六保”⑵任务,财政收入增长5%').text).toBe('落实“六保”任务,财政收入增长5%');
    // A digest that runs its items together numbers them in turn: the next number opens the next.
    expect(read('目标:①生产总值增长6%②财政收入增长5%').text).toBe('目标:\n生产总值增长6%\n财政收入增长5%');
  });

  it('keeps a middle dot inside a name', () => {
    expect(read('上海·台州周开幕').text).toBe('上海·台州周开幕');
  });

  it('reads look-alikes of the percent sign and the ratio colon', () => {
    expect(read('增长8.5℅,三次产业结构为9.1︰45.2∶45.7').text).toBe('增长8.5%,三次产业结构为9.1:45.2:45.7');
    expect(read('〝十一五〞期末').text).toBe('“十一五”期末');
    // A page that could not encode the ratio colon put a question mark for it; a lone one stays.
    expect(read('三次产业比重由2.1?40.5?57.4调整为1?35?64。第2?3季度').text).toBe(
      '三次产业比重由2.1:40.5:57.4调整为1:35:64。第2?3季度',
    );
  });

  it('drops pinyin glosses a reprint put after characters, and reads them in simplified form', () => {
    const source = '國(guó)內(nèi)生產(chǎn)總值增長(zhǎng)6.5%左右';
    const view = read(source, true);
    expect(view.text).toBe('国内生产总值增长6.5%左右');
    const at = view.text.indexOf('6.5%');
    const span = view.sourceSpan(at, at + 4);
    expect(source.slice(span.start, span.end)).toBe('6.5%');
    // A converter may leave a space before the closing bracket.
    expect(read('人大五次會(huì )議上', true).text).toBe('人大五次会议上');
    // Some pages gloss a character twice, with no tone marks.
    expect(read('地(di)区生(sheng)(sheng)产总值增(zeng)(zeng)长(zhang)(zhang)7.6%').text).toBe(
      '地区生产总值增长7.6%',
    );
  });

  it('reads a full stop between digits as the decimal point some typesetters use', () => {
    expect(read('一般预算收入4。4亿元,结构为0。1:31:68。9。2019年全县').text).toBe(
      '一般预算收入4.4亿元,结构为0.1:31:68.9。2019年全县',
    );
  });

  it('reads 一 between digits as the dash of a range, and no other 一', () => {
    expect(read('生产总值增长5%一5.5%,投资增长6一7%,一是稳增长,第一产业增长3%').text).toBe(
      '生产总值增长5%-5.5%,投资增长6-7%,一是稳增长,第一产业增长3%',
    );
  });

  it('reads a middle dot between digits as a decimal point before a unit or in a ratio, not in an event’s date', () => {
    expect(read('生产总值581·3亿元,增长9·5%,结构为8·1:46·2:45·7。“7·20”暴雨').text).toBe(
      '生产总值581.3亿元,增长9.5%,结构为8.1:46.2:45.7。“7·20”暴雨',
    );
  });

  it('drops pinyin glosses without tone marks where a reprint sets several, not one bracket alone', () => {
    expect(read('全市生產(chan) 總值達到3萬(wan) 億(yi) 元。', true).text).toBe('全市生产总值达到3万亿元。');
    // One such bracket in a text is no reprint's habit: it stays.
    expect(read('选项(a)为准,生产总值增长6%。').text).toBe('选项(a)为准,生产总值增长6%。');
  });

  it('keeps an abbreviation in brackets, which is not a gloss', () => {
    expect(read('地区生产总值(GDP)增长7%').text).toBe('地区生产总值(GDP)增长7%');
  });
});

describe('offsets', () => {
  it('maps the view’s end to the source’s end, and an untouched text to itself', () => {
    const clean = '全县地区生产总值69.5亿元,增长7.5%。';
    const view = read(clean);
    expect(view.edited).toBe(false);
    expect(view.toSource(5)).toBe(5);
    const spaced = '生产总值 69.5 亿元  ';
    expect(read(spaced).toSource(read(spaced).text.length)).toBe(spaced.length);
  });
});

describe('a forum’s jammer', () => {
  it('deletes runs of random letters and symbols, and maps the figures around them back', () => {
    const source = '生产总值增长8%以上7 M& T" a+ {* Q3 b( I7\n4 o* d, v6 G: p ●财政收入增长9%';
    expect(read(source).text).toBe('生产总值增长8%以上\n\n财政收入增长9%');
    expect(sourceOf(source, '财政收入增长9%')).toBe('财政收入增长9%');
  });

  it('keeps spaced figures, abbreviations and letters without symbols', () => {
    expect(read('一般预算收入9 946万元,细颗粒物(P M 2 . 5)浓度下降').text).toBe(
      '一般预算收入9946万元,细颗粒物(P M 2.5)浓度下降',
    );
    expect(read('项目A B C D已开工').text).toBe('项目A B C D已开工');
  });
});

describe('what reprints write differently', () => {
  it('reads a Latin full stop after Chinese as the end of a sentence, not a decimal point', () => {
    expect(read('经济总量稳步增长.全年完成生产总值41.8亿元.').text).toBe(
      '经济总量稳步增长。全年完成生产总值41.8亿元。',
    );
  });

  it('reads a Taiwan editor’s 每人平均 as 人均, and maps it back', () => {
    const source = '城乡居民每人平均收入达到28000元';
    expect(read(source).text).toBe('城乡居民人均收入达到28000元');
    expect(sourceOf(source, '城乡居民人均收入达到28000元')).toBe(source);
  });

  it('reads 可支配性收入 as 可支配收入, and maps it back', () => {
    const source = '城镇居民人均可支配性收入16950元';
    expect(read(source).text).toBe('城镇居民人均可支配收入16950元');
    expect(sourceOf(source, '城镇居民人均可支配收入16950元')).toBe(source);
  });

  it('joins a year a conversion spaced from the word before it, inside a sentence', () => {
    expect(read('经济稳步发展。产业结构由 2015年的10:45:45调整为9:41:50。').text).toBe(
      '经济稳步发展。产业结构由2015年的10:45:45调整为9:41:50。',
    );
    // A heading that opens its line keeps the space before a year.
    expect(read('工作回顾 2019年全区生产总值增长8%。').text).toBe('工作回顾 2019年全区生产总值增长8%。');
  });

  it('joins words a conversion spaced inside a short bracketed note', () => {
    expect(read('经济稳中向好。全年(以下均为初步 统计)财政收入增长5%。').text).toBe(
      '经济稳中向好。全年(以下均为初步统计)财政收入增长5%。',
    );
  });

  it('reads variant forms OpenCC leaves in a traditional text as simplified', () => {
    expect(read('陜西全省生產総值増長8%', true).text).toBe('陕西全省生产总值增长8%');
    // …and in a simplified one, where a PDF's font slipped one in.
    expect(read('地方财政收入148亿元,増长5.6%').text).toBe('地方财政收入148亿元,增长5.6%');
    expect(read('全県生産総値実现22亿元,単位一般公共预算収入増长5%').text).toBe(
      '全县生产总值实现22亿元,单位一般公共预算收入增长5%',
    );
  });
});

describe('a page written in Markdown and served raw', () => {
  it('deletes strong emphasis, but not asterisks that mask a figure', () => {
    const source = '- **经济运行**:全区生产总值增长**6.2%**,财政收入3**亿元。';
    expect(read(source).text).toBe('\n 经济运行:全区生产总值增长6.2%,财政收入3**亿元。');
    expect(sourceOf(source, '全区生产总值增长6.2%')).toBe('全区生产总值增长**6.2%');
  });

  it('opens a heading or a list item where its mark opens a line, never joining it to the line before', () => {
    const view = read('主要内容如下:\n### 二、今年主要目标\n- **生产总值增长**:6%左右\n- 财政收入增长5%');
    expect(view.text.split('\n').filter((line) => line.trim() !== '')).toEqual([
      '主要内容如下:',
      ' 二、今年主要目标',
      ' 生产总值增长:6%左右',
      ' 财政收入增长5%',
    ]);
  });

  it('keeps a minus sign that opens a line before a figure', () => {
    expect(read('全年增幅如下:\n- 3.5%为降幅').text).toContain('-3.5%');
  });
});
