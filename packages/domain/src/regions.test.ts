import { describe, expect, it } from 'vitest';
import { ABOLISHED_REGIONS } from './abolished-regions.js';
import { MISSPELT_REGIONS } from './misspelt-regions.js';
import {
  allRegionNames,
  gb2260Divisions,
  isFullRegionName,
  regionAncestors,
  regionByCode,
  regionCandidates,
  resolveRegion,
  shortRegionName,
  unplacedRegion,
} from './regions.js';
import { RENAMED_REGIONS } from './renamed-regions.js';

describe('shortRegionName', () => {
  it('drops the administrative suffix a text leaves out', () => {
    expect(shortRegionName('衢州市')).toBe('衢州');
    expect(shortRegionName('阿克苏地区')).toBe('阿克苏');
    expect(shortRegionName('新疆维吾尔自治区')).toBe('新疆');
    expect(shortRegionName('锡林郭勒盟')).toBe('锡林郭勒');
  });

  it('drops the peoples named in autonomous divisions', () => {
    expect(shortRegionName('恩施土家族苗族自治州')).toBe('恩施');
    expect(shortRegionName('黔东南苗族侗族自治州')).toBe('黔东南');
    expect(shortRegionName('巴音郭楞蒙古自治州')).toBe('巴音郭楞');
    expect(shortRegionName('围场满族蒙古族自治县')).toBe('围场');
    expect(shortRegionName('莫力达瓦达斡尔族自治旗')).toBe('莫力达瓦');
  });

  it('drops the people a district is named after (管城回族区 is called 管城)', () => {
    expect(shortRegionName('管城回族区')).toBe('管城');
    expect(shortRegionName('梅里斯达斡尔族区')).toBe('梅里斯');
  });

  it('shortens every autonomous division in GB/T 2260 to its place name, whatever peoples it names', () => {
    expect(shortRegionName('德宏傣族景颇族自治州')).toBe('德宏');
    expect(shortRegionName('龙胜各族自治县')).toBe('龙胜');
    const autonomous = allRegionNames().filter((name) => name.includes('自治'));
    expect(autonomous.length).toBeGreaterThan(100);
    // Only a stem that is itself a people's name keeps it.
    const left = autonomous.filter((name) => shortRegionName(name).includes('族'));
    expect(left.sort()).toEqual(['东乡族自治县', '鄂温克族自治旗']);
  });

  it('keeps a stem that is itself the people’s name', () => {
    expect(shortRegionName('鄂伦春自治旗')).toBe('鄂伦春');
  });

  it('never shortens to a single character', () => {
    expect(shortRegionName('和县')).toBe('和县');
    expect(shortRegionName('城区')).toBe('城区');
  });
});

describe('regionByCode and regionAncestors', () => {
  it('places a district under its city and province', () => {
    const ouhai = regionByCode('330304')!;
    expect(ouhai).toMatchObject({
      name: '瓯海区',
      level: 'county',
      parent_name: '温州市',
      province_name: '浙江省',
    });
    expect(regionAncestors(ouhai).map((r) => r.name)).toEqual(['温州市', '浙江省']);
  });

  it('places a county-level city directly under its province when GB/T 2260 does', () => {
    const xiantao = regionCandidates('仙桃市')[0]!;
    expect(xiantao.parent_name).toBe('湖北省');
    expect(regionAncestors(xiantao).map((r) => r.name)).toEqual(['湖北省']);
    expect(allRegionNames()).not.toContain('省直辖县级行政区划');
  });

  it('places a municipality’s district under the municipality', () => {
    expect(regionCandidates('浦东新区')[0]).toMatchObject({ code: '310115', parent_name: '上海市' });
  });

  it('knows development zones that have a code, such as 苏州工业园区', () => {
    expect(resolveRegion('苏州工业园区')).toMatchObject({ code: '320576', parent_name: '苏州市' });
  });
});

describe('resolveRegion', () => {
  it('resolves full and short names', () => {
    expect(resolveRegion('瓯海区')?.code).toBe('330304');
    expect(resolveRegion('衢州')?.code).toBe('330800');
    expect(resolveRegion('恩施')?.code).toBe('422800');
  });

  it('resolves a district named after a people by its stem and level (管城区 for 管城回族区)', () => {
    expect(resolveRegion('管城区')?.code).toBe('410104');
    expect(isFullRegionName('管城区')).toBe(true);
    expect(resolveRegion('梅里斯区')?.name).toBe('梅里斯达斡尔族区');
  });

  it('resolves the contracted names of wing banners (科右前旗)', () => {
    expect(resolveRegion('科右前旗')?.name).toBe('科尔沁右翼前旗');
    expect(resolveRegion('察右中旗')?.name).toBe('察哈尔右翼中旗');
    expect(resolveRegion('土左旗')?.name).toBe('土默特左旗');
  });

  it('uses the parents mentioned nearby to choose among homonyms', () => {
    expect(regionCandidates('鼓楼区').length).toBeGreaterThan(1);
    expect(resolveRegion('鼓楼区')).toBeUndefined();
    expect(resolveRegion('鼓楼区', ['南京市'])?.code).toBe('320106');
    expect(resolveRegion('鼓楼区', ['福州'])?.code).toBe('350102');
    expect(resolveRegion('朝阳区', ['北京市'])?.code).toBe('110105');
    expect(resolveRegion('朝阳区', ['长春市'])?.code).toBe('220104');
  });

  it('prefers a prefecture over a homonymous county when nothing else decides', () => {
    // 阿克苏 is short for both 阿克苏地区 and its seat 阿克苏市.
    expect(resolveRegion('阿克苏')?.code).toBe('652900');
  });

  it('reads a short form as the region named in full nearby, not as that region’s seat', () => {
    expect(resolveRegion('阿克苏', ['阿克苏地区', '浙江省'])?.code).toBe('652900');
    expect(resolveRegion('阿克苏', ['阿克苏市'])?.code).toBe('652901');
  });

  it('reads a county’s name from before it became a city or a district as that region', () => {
    // 广德县 became 广德市 in 2019; 萧山 a district of 杭州 in 2001.
    expect(resolveRegion('广德县')?.code).toBe('341882');
    expect(resolveRegion('萧山县')?.name).toBe('萧山区');
    expect(isFullRegionName('广德县')).toBe(true);
    // A county of that name today keeps it; a one-character stem (`城区`) gives no form.
    expect(resolveRegion('和平县')?.province_name).toBe('广东省');
    expect(isFullRegionName('城县')).toBe(false);
  });

  it('returns 全国 for the nation', () => {
    expect(resolveRegion('全国')?.level).toBe('national');
  });
});

describe('unplacedRegion', () => {
  it('names a place several share, without a code, with the parents its namesakes share', () => {
    // 鼓楼区 lies in 南京 and 徐州 (江苏), 福州 and 开封.
    expect(unplacedRegion('鼓楼区')).toEqual({
      code: null,
      name: '鼓楼区',
      level: 'county',
      parent_code: null,
      parent_name: null,
      province_name: null,
    });
    expect(unplacedRegion('鼓楼区', ['江苏'])).toMatchObject({ code: null, province_name: '江苏省' });
  });

  it('gives nothing for a name that resolves, or that is not a place’s full name', () => {
    expect(unplacedRegion('鼓楼区', ['南京市'])).toBeUndefined();
    expect(unplacedRegion('瓯海区')).toBeUndefined();
    expect(unplacedRegion('鼓楼')).toBeUndefined();
  });
});

describe('prefecture-level cities without counties', () => {
  it('resolve to the prefecture, with a finite parent chain', () => {
    for (const name of ['中山市', '东莞市', '儋州市', '嘉峪关市']) {
      const region = resolveRegion(name);
      expect(region?.level).toBe('prefecture');
      expect(regionAncestors(region!).map((r) => r.level)).toEqual(['province']);
    }
  });
});

describe('misspelt region names', () => {
  it('lists forms that name no region, each with a code the table has', () => {
    for (const { name, code } of MISSPELT_REGIONS) {
      expect(regionByCode(code), `${name} ${code}`).toBeDefined();
      expect(regionByCode(code)!.name).not.toBe(name);
    }
  });

  it('resolves a misspelt name, and its stem, to the region meant under its own name', () => {
    const meant = resolveRegion('毫州市')!;
    expect([meant.code, meant.name, meant.parent_name]).toEqual(['341600', '亳州市', '安徽省']);
    expect(resolveRegion('毫州')?.name).toBe('亳州市');
  });
});

describe('renamed regions', () => {
  it('lists each earlier name with a code the table has under another name', () => {
    for (const { name, code } of RENAMED_REGIONS) {
      const today = regionByCode(code);
      expect(today, `${name} ${code}`).toBeDefined();
      expect(today!.name).not.toBe(name);
    }
  });

  it('resolves an earlier name to today’s code and parents, under the name it had', () => {
    const cangshan = resolveRegion('苍山县')!;
    expect([cangshan.code, cangshan.name, cangshan.parent_name]).toEqual(['371324', '苍山县', '临沂市']);
    expect(resolveRegion('襄樊')?.code).toBe('420600');
    // A stem another region is called by stays that region's.
    expect(resolveRegion('株洲')?.code).toBe('430200');
    expect(resolveRegion('株洲县')?.code).toBe('430212');
    expect(regionByCode('371324')?.name).toBe('兰陵县');
    // A county-level city that became a district of the same stem.
    const haimen = resolveRegion('海门市')!;
    expect([haimen.code, haimen.name, haimen.parent_name]).toEqual(['320614', '海门市', '南通市']);
  });
});

describe('abolished regions', () => {
  it('lists each under a code and a name the table does not use, in a province and prefecture it has', () => {
    const table = new Map(gb2260Divisions().map((d) => [d.code.padEnd(6, '0'), d.name]));
    const names = new Set(table.values());
    for (const { name, code } of ABOLISHED_REGIONS) {
      expect(table.has(code), `${name} ${code}`).toBe(false);
      expect(names.has(name), name).toBe(false);
      expect(table.has(`${code.slice(0, 2)}0000`), name).toBe(true);
    }
  });

  it('resolves an abolished region to itself, under the prefecture it lay in, by its full name', () => {
    const jianggan = resolveRegion('江干区')!;
    expect([jianggan.code, jianggan.level, jianggan.parent_name, jianggan.province_name]).toEqual([
      '330104',
      'county',
      '杭州市',
      '浙江省',
    ]);
    expect(regionByCode('330104')?.name).toBe('江干区');
    // (伊春's districts merged in 2019: a 2016 report of one is still its own.)
    expect(resolveRegion('翠峦区')?.parent_name).toBe('伊春市');
    const laiwu = resolveRegion('莱芜市')!;
    expect([laiwu.level, laiwu.parent_name]).toEqual(['prefecture', '山东省']);
    // Today's region its area went into keeps its own code and name.
    expect(regionByCode('330102')?.name).toBe('上城区');
  });
});
