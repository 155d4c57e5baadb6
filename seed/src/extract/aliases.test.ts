import { describe, expect, it } from 'vitest';
import {
  enterpriseShortName,
  knownOrganizationsIn,
  mergeOrganizations,
  parentOf,
  shortReferences,
} from './aliases';

describe('mergeOrganizations', () => {
  it('joins short forms to the full name the article gives', () => {
    const e = mergeOrganizations(['中国工业经济联合会', '中国工经联', '工信部', '工业和信息化部', '国资委']);
    expect([...e.keys()].sort()).toEqual(['中国工业经济联合会', '国资委', '工业和信息化部']);
    expect([...e.get('工业和信息化部')!.aliases]).toEqual(['工信部']);
    expect([...e.get('中国工业经济联合会')!.aliases]).toEqual(['中国工经联']);
    expect(e.get('国资委')!.kind).toBe('agency');
  });
  it("keeps a place's Party committee apart from another party's committee of the place", () => {
    const e = mergeOrganizations(['致公党临川市委', '临川市委']);
    expect([...e.keys()].sort()).toEqual(['临川市委', '致公党临川市委']);
    // The same body written with more of its places still joins.
    expect([...mergeOrganizations(['南岭省临川市委', '临川市委']).keys()]).toEqual(['南岭省临川市委']);
  });
  it('finds the parent of a sub-unit named after a short form', () => {
    const e = mergeOrganizations(['某省机械工业协会']);
    expect(parentOf(e, '某省机协培训中心')?.parent.name).toBe('某省机械工业协会');
    expect(parentOf(e, '某省机协培训中心')?.head).toBe('某省机协');
    expect(parentOf(e, '某某有限公司')).toBeNull();
  });
  it("keeps a news body whole beside a company named with its words, but a paper's own 融媒体中心 the paper's", () => {
    const e = mergeOrganizations(['某江产业集团有限公司', '某江日报社']);
    e.get('某江产业集团有限公司')!.aliases.add('某江');
    expect(parentOf(e, '某江新区融媒体中心')).toBeNull();
    expect(parentOf(e, '某江日报社融媒体中心')?.parent.name).toBe('某江日报社');
  });
  it('reads no unit whose head would cut a word (合|作秘书处) or leave a dash before its name (中国|—某亚合作秘书处)', () => {
    const e = mergeOrganizations(['中国—中东欧国家商会联合会', '中国能源建设股份有限公司']);
    expect(parentOf(e, '中国—中东欧国家合作秘书处')).toBeNull();
    expect(parentOf(e, '中国—某亚合作秘书处')).toBeNull();
    // A unit of a name of its own after a short form still is one.
    expect(parentOf(mergeOrganizations(['某省机械工业协会']), '某省机协培训中心')?.head).toBe('某省机协');
  });
  it("reads a company's department after its name as its unit, never an association named with its words", () => {
    const e = mergeOrganizations(['某某能源集团有限公司']);
    e.get('某某能源集团有限公司')!.aliases.add('某某能源');
    expect(parentOf(e, '某某能源人力资源部')?.parent.name).toBe('某某能源集团有限公司');
    expect(parentOf(e, '某某能源国际合作促进会')).toBeNull();
  });
  it("reads a department after an association's declared short form as its unit, not a branch of a place", () => {
    const e = mergeOrganizations(['中国某某工业联合会', '临川市供电有限公司']);
    e.get('中国某某工业联合会')!.aliases.add('中某联');
    expect(parentOf(e, '中某联规划发展部')?.parent.name).toBe('中国某某工业联合会');
    expect(parentOf(e, '中某联江苏省委员会')).toBeNull();
  });
  it("reads a company named after its group's short form as a company of its own, not the group's unit", () => {
    const e = mergeOrganizations(['江南交通投资集团有限公司']);
    e.get('江南交通投资集团有限公司')!.aliases.add('江南交投');
    expect(parentOf(e, '江南交投桥梁工程有限公司')).toBeNull();
    expect(parentOf(e, '江南交投物流有限责任公司')).toBeNull();
    expect(parentOf(e, '江南交投技术研究中心')?.parent.name).toBe('江南交通投资集团有限公司');
  });
  it("keeps a government's own office a body of its own, and an office it keeps elsewhere", () => {
    const e = mergeOrganizations(['甘南省人民政府', '临川市政府']);
    expect(parentOf(e, '甘南省人民政府侨务办公室')).toBeNull();
    expect(parentOf(e, '甘南省政府办公厅')).toBeNull();
    expect(parentOf(e, '临川市政府金融工作办公室')).toBeNull();
    expect(parentOf(e, '甘南省人民政府驻上海办事处')).toBeNull();
    // The government's general office is no unit of its finance office: 甘南省人民政府办 cuts the ending.
    const offices = mergeOrganizations(['甘南省人民政府', '甘南省人民政府金融工作办公室']);
    expect(parentOf(offices, '甘南省人民政府办公室')).toBeNull();
    expect(mergeOrganizations(['甘南省人民政府侨务办公室']).get('甘南省人民政府侨务办公室')!.kind).toBe(
      'agency',
    );
  });
});

describe('parentOf and named sub-bodies', () => {
  it("keeps a university's hospital a body of its own when the university is named too", () => {
    const e = mergeOrganizations(['中南大学', '某某科技有限公司']);
    expect(parentOf(e, '中南大学湘雅二医院')).toBeNull();
    expect(parentOf(e, '某某科技有限公司智能装备研究院')?.parent.name).toBe('某某科技有限公司');
  });
});

describe('knownOrganizationsIn', () => {
  it('finds well-known names standing alone, not inside other words', () => {
    expect(knownOrganizationsIn('国资委和工信部倡导').sort()).toEqual(['国资委', '工信部']);
    expect(knownOrganizationsIn('各级教育部门')).toEqual([]);
    // A company's department or a place's body ending with a central agency's short form is no mention of it.
    expect(knownOrganizationsIn('文字｜集团安全环保部刘洋')).toEqual([]);
    expect(knownOrganizationsIn('省国资委副主任')).toEqual([]);
    expect(knownOrganizationsIn('按照中组部安排，原环保部')).toEqual(['中组部', '环保部']);
  });
});

describe('enterpriseShortName', () => {
  it('uses the brand only when the article does', () => {
    expect(
      enterpriseShortName(
        '某省星辰机械制造股份有限公司',
        '某省星辰机械制造股份有限公司成立于2001年。星辰被认定为…',
      ),
    ).toBe(null);
    expect(
      enterpriseShortName('星辰机械制造股份有限公司', '星辰机械制造股份有限公司是…。星辰被认定为…'),
    ).toBe('星辰');
    expect(enterpriseShortName('江苏蓝海科技有限公司', '江苏蓝海科技有限公司是…')).toBeNull();
  });

  it('never takes a city or a province for the brand (blind47-03)', () => {
    const text = '哈尔滨电气集团有限公司总工程师严明出席。哈尔滨工业大学副校长唐亮致辞。';
    expect(enterpriseShortName('哈尔滨电气集团有限公司', text)).toBeNull();
    expect(
      enterpriseShortName('南京钢铁集团有限公司', '南京钢铁集团有限公司与南京工业大学签约。'),
    ).toBeNull();
  });
});

describe('shortReferences', () => {
  it('resolves surname + title to the one person who fits', () => {
    const refs = shortReferences([
      { name: '李大同', titles: ['原部长', '会长'] },
      { name: '宋明', titles: ['副主任'] },
      { name: '宋强', titles: ['董事长'] },
    ]);
    expect(refs.get('李会长')).toBe('李大同');
    expect(refs.get('宋主任')).toBe('宋明');
    expect(refs.get('宋董事长')).toBe('宋强');
  });
  it('refers to a foreign name by its last parts, when one person fits', () => {
    const refs = shortReferences([
      { name: '胡安·卡洛斯·某萨', titles: [] },
      { name: '玛丽亚·某斯', titles: [] },
      { name: '卡门·某斯', titles: [] },
    ]);
    expect(refs.get('某萨')).toBe('胡安·卡洛斯·某萨');
    expect(refs.get('卡洛斯·某萨')).toBe('胡安·卡洛斯·某萨');
    expect(refs.has('某斯')).toBe(false);
  });
  it('refuses an ambiguous reference', () => {
    const refs = shortReferences([
      { name: '王一', titles: ['局长'] },
      { name: '王二', titles: ['副局长'] },
    ]);
    expect(refs.has('王局长')).toBe(false);
  });
  it('does not fold a well-known body into a longer name made of the same characters', () => {
    const e = mergeOrganizations(['中国工程院', '中国轻工大学材料与化学工程学院']);
    expect(e.has('中国工程院')).toBe(true);
  });
});
