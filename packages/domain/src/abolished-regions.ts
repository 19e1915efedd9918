/**
 * Regions abolished within the years reports cover (merged into a neighbour or split up), by the
 * name and GB/T 2260 code they had until then. A report of those years is that region's own
 * (`江干区2020年政府工作报告`): its facts stay under the region it was, not under today's region
 * it went into, whose figures they are not. Their codes are not reused in the table (a test
 * checks), and their names are given in full only: a stem such as `下关` or `大港` is a word too.
 * (Regions that only changed their name are in renamed-regions.ts.)
 */
export const ABOLISHED_REGIONS: readonly { name: string; code: string; abolished: number }[] = [
  { name: '崇文区', code: '110103', abolished: 2010 },
  { name: '宣武区', code: '110104', abolished: 2010 },
  { name: '塘沽区', code: '120107', abolished: 2009 },
  { name: '汉沽区', code: '120108', abolished: 2009 },
  { name: '大港区', code: '120109', abolished: 2009 },
  { name: '卢湾区', code: '310103', abolished: 2011 },
  { name: '闸北区', code: '310108', abolished: 2015 },
  { name: '南汇区', code: '310119', abolished: 2009 },
  { name: '崇安区', code: '320202', abolished: 2015 },
  { name: '南长区', code: '320203', abolished: 2015 },
  { name: '北塘区', code: '320204', abolished: 2015 },
  { name: '白下区', code: '320103', abolished: 2013 },
  { name: '下关区', code: '320107', abolished: 2013 },
  { name: '沧浪区', code: '320502', abolished: 2012 },
  { name: '平江区', code: '320503', abolished: 2012 },
  { name: '金阊区', code: '320504', abolished: 2012 },
  { name: '下城区', code: '330103', abolished: 2021 },
  { name: '江干区', code: '330104', abolished: 2021 },
  { name: '四方区', code: '370205', abolished: 2012 },
  { name: '莱芜市', code: '371200', abolished: 2019 },
  { name: '芳村区', code: '440107', abolished: 2005 },
  { name: '萝岗区', code: '440116', abolished: 2014 },
  { name: '动力区', code: '230107', abolished: 2006 },
  // 伊春's districts, merged into four districts and five counties in 2019 (友好区 kept its name).
  { name: '伊春区', code: '230702', abolished: 2019 },
  { name: '南岔区', code: '230703', abolished: 2019 },
  { name: '西林区', code: '230705', abolished: 2019 },
  { name: '翠峦区', code: '230706', abolished: 2019 },
  { name: '新青区', code: '230707', abolished: 2019 },
  { name: '美溪区', code: '230708', abolished: 2019 },
  { name: '金山屯区', code: '230709', abolished: 2019 },
  { name: '五营区', code: '230710', abolished: 2019 },
  { name: '乌马河区', code: '230711', abolished: 2019 },
  { name: '汤旺河区', code: '230712', abolished: 2019 },
  { name: '带岭区', code: '230713', abolished: 2019 },
  { name: '乌伊岭区', code: '230714', abolished: 2019 },
  { name: '红星区', code: '230715', abolished: 2019 },
  { name: '上甘岭区', code: '230716', abolished: 2019 },
];
