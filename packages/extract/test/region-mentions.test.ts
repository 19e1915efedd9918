import { describe, expect, it } from 'vitest';
import { findRegionMentions } from '../src/region-mentions.js';

const names = (text: string) => findRegionMentions(text).map((m) => (m.full ? m.name : `${m.name}*`));

describe('findRegionMentions', () => {
  it('reads a city and its district one after the other', () => {
    expect(findRegionMentions('在温州市瓯海区第九届人民代表大会')).toEqual([
      { name: '温州市', start: 1, end: 4, full: true },
      { name: '瓯海区', start: 4, end: 7, full: true },
    ]);
  });

  it('takes the longest name at a position', () => {
    // 苏州工业园区 has a code of its own; 苏州 would be the city.
    // The scan is lexical: 合作 (合作市) is reported, and the metadata decides what to trust.
    expect(names('2020年,苏州工业园区投资合作局')).toEqual(['苏州工业园区', '合作*']);
    expect(names('新疆阿克苏地区春潮涌动')).toEqual(['新疆*', '阿克苏地区']);
  });

  it('reads a short form a bigger place’s name outruns as that place, and a county’s it outruns as none', () => {
    // `建设新宁夏` is 新 + 宁夏, not the county 新宁; `江西城市` is 江西 + 城市, not 江 + the district 西城.
    expect(names('建设新宁夏')).toEqual(['宁夏*']);
    expect(names('江西城市发展')).toEqual(['江西*']);
  });

  it('does not read a county’s short form inside another place’s name before a level word not its own', () => {
    // 贵安新区 holds 安新, but 安新 is 安新县; after a province, or before its own level word, it is the county.
    expect(names('贵安新区建设提速')).toEqual([]);
    expect(names('河北安新')).toEqual(['河北*', '安新*']);
    expect(names('走进安新县城')).toEqual(['安新县']);
  });

  it('reads the country’s name in a national outlet’s as no mention of the country', () => {
    expect(names('央视网|中国网络电视台|网站地图')).toEqual([]);
    expect(names('中国新闻网成都1月5日电')).toEqual(['成都*']);
    expect(names('中国经济持续回升向好')).toEqual(['中国*']);
  });

  it('reads a county’s short form right before a zone’s word as the zone’s name, not the county', () => {
    // 松山新区 is a new area of its own (in another province than 松山区); a city's short form
    // still names the city a zone lies in.
    expect(names('我区在松山新区实验学校召开会议')).toEqual([]);
    expect(names('江宁开发区实现工业产值')).toEqual([]);
    expect(names('长春高新区召开工作会议')).toEqual(['长春*']);
    expect(names('松山区召开工作会议')).toEqual(['松山区']);
  });

  it('does not read a full name whose first character ends an ordinary word (新兴城市) as the place', () => {
    expect(names('奋力建设区域性新兴城市')).toEqual([]);
    expect(names('兴城市旅游')).toEqual(['兴城市']);
  });

  it('does not read the area around a place (武汉城市圈, 长株潭都市圈) as the place', () => {
    expect(names('加大融入武汉城市圈工作力度,构建和谐孝感')).toEqual(['孝感*']);
  });

  it('marks short forms', () => {
    expect(names('台州:数字化改革赋能文旅产业')).toEqual(['台州*']);
  });

  it('does not read the tail of a word as a one-character-stem county', () => {
    // 示范县 is not 范县, 产业富县 not 富县; after punctuation or another name they are.
    expect(names('创建国家生态文明建设示范县')).toEqual([]);
    expect(names('生态立县、产业富县、开放兴县')).toEqual([]);
    expect(names('河南省范县')).toEqual(['河南省', '范县']);
    expect(names('山东费县:项目开工')).toEqual(['山东*', '费县']);
    // After a short form it is a word of that place (`木里矿区`, a mining area), not the district 矿区.
    expect(names('完成木里矿区生态整治')).not.toContain('矿区');
    expect(names('阳泉市矿区')).toEqual(['阳泉市', '矿区']);
  });

  it('does not read a street named after a place as the place (顺城街, 中山路)', () => {
    expect(names('打造特色商业街区,顺城街获专题报道,中山路完成改造,中山市代表参观')).toEqual(['中山市']);
    expect(names('北京大街改造完成')).toEqual([]);
  });

  it('does not read a place a first is ranked within as a mention of it (成为丽水首座…)', () => {
    expect(names('我市成为衢州首座国家卫生城市,也是浙江唯一入选的县级市,衢州市代表参观')).toEqual(['衢州市']);
  });

  it('scans only the range asked for', () => {
    const text = '衢州市代市长汤飞帆,庆元县人民政府';
    expect(findRegionMentions(text, 10).map((m) => m.name)).toEqual(['庆元县']);
    expect(findRegionMentions(text, 0, 3).map((m) => m.name)).toEqual(['衢州市']);
  });

  it('reads 市长 before a name as a title, not the start of a place (长葛 in 市长葛某)', () => {
    expect(findRegionMentions('市长葛某作政府工作报告').map((m) => m.name)).toEqual([]);
    expect(findRegionMentions('湖南省长沙市').map((m) => m.name)).toEqual(['湖南省', '长沙市']);
    expect(findRegionMentions('代表团到长沙考察').map((m) => m.name)).toEqual(['长沙']);
  });
});
