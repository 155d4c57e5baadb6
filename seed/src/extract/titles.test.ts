import { describe, expect, it } from 'vitest';
import { baseTitle, isDescription, isLocalHead, titleEndingAt } from './titles';

describe('titleEndingAt', () => {
  const at = (s: string) => titleEndingAt(s, s.length);
  it('finds the longest title with its modifiers', () => {
    expect(at('某协会执行副会长')).toEqual({ start: 3, title: '执行副会长', former: false });
    // An arbitration centre's 仲裁员, a customs office's 驻省人民政府联络员: titles of their own.
    expect(at('某仲裁中心副主任、仲裁员')?.title).toBe('仲裁员');
    expect(at('某海关驻省人民政府联络员')?.title).toBe('联络员');
    expect(at('某市教育局督学')).toEqual({ start: 5, title: '督学', former: false });
    // A chamber's life-long honorary chair: 永远荣誉会长, 永远名誉会长, not 会长.
    expect(at('某商会永远荣誉会长')).toEqual({ start: 3, title: '永远荣誉会长', former: false });
    expect(at('某商会永远名誉会长')?.title).toBe('永远名誉会长');
    expect(at('某委党委委员')?.title).toBe('党委委员');
    // 省总工会主席: the federation of trade unions (总工会) is the body, its 主席 the title; a company's 工会主席 stays.
    expect(at('省总工会主席')).toEqual({ start: 4, title: '主席', former: false });
    expect(at('某公司工会主席')?.title).toBe('工会主席');
    // A fire brigade's 总队长, an army unit's 政治委员/政委, a museum's 研究馆员: titles of their own.
    expect(at('某省消防救援总队总队长')).toEqual({ start: 8, title: '总队长', former: false });
    expect(at('某消防救援总队党委书记、政治委员')?.title).toBe('政治委员');
    expect(at('某师政委')?.title).toBe('政委');
    expect(at('某纪念馆馆长、研究馆员')?.title).toBe('研究馆员');
    expect(at('某市一级巡视员')?.title).toBe('一级巡视员');
    expect(at('某部常务副部长')?.title).toBe('常务副部长');
    // 监察专员 is one title, not 专员 of a body called 监察 (a school's or company's 纪委书记、监察专员).
    expect(at('纪委书记、监察专员')).toEqual({ start: 5, title: '监察专员', former: false });
    // A minister of a monarchy or of the United Kingdom (商业部大臣, 外交大臣).
    expect(at('某国农业部大臣')?.title).toBe('大臣');
    expect(at('某国外交大臣')?.title).toBe('大臣');
    expect(at('某省自然资源厅总规划师')?.title).toBe('总规划师');
    // An agronomist, a tea master, a breeder, a broadcaster’s head, a kindergarten's head, an assistant
    // to a head and a chief statistician: posts the golds of 17 rounds write (s21 titles8).
    expect(at('某县农业农村局高级农艺师')?.title).toBe('高级农艺师');
    expect(at('某局原总农艺师')).toEqual({ start: 2, title: '原总农艺师', former: true });
    expect(at('某集团副总经理兼首席茶艺师')?.title).toBe('首席茶艺师');
    expect(at('某种业公司首席育种家')?.title).toBe('首席育种家');
    expect(at('中央气象台副台长')?.title).toBe('副台长');
    expect(at('某幼儿园园长')?.title).toBe('园长');
    expect(at('某大学校长助理')?.title).toBe('校长助理');
    expect(at('某局总统计师')?.title).toBe('总统计师');
    // 首席…官 whatever the office.
    expect(at('某银行首席可持续发展官')?.title).toBe('首席可持续发展官');
    expect(at('某集团首席人才官')?.title).toBe('首席人才官');
    expect(at('某国外交官')).toBeNull();
    // 前任 and 新任 before a title are written as the golds write them.
    expect(at('由前任执行会长')).toEqual({ start: 1, title: '前执行会长', former: true });
    expect(at('某同乡会新任会长')).toEqual({ start: 4, title: '会长', former: false });
    // A chargé d'affaires, a special envoy and a lawyer are posts whose holder is named after them.
    expect(at('某国驻华大使馆临时代办')?.title).toBe('临时代办');
    expect(at('外交部非洲事务特使')?.title).toBe('特使');
    expect(at('某律师事务所兼职律师')?.title).toBe('律师');
    // A Japanese town's mayor.
    expect(at('日本某某町町长')?.title).toBe('町长');
    // 总…师 whatever the field.
    expect(at('某部总农艺师')?.title).toBe('总农艺师');
    expect(at('某厅总畜牧师')?.title).toBe('总畜牧师');
    expect(at('总部药师')).toBeNull();
    // 署理 (acting, in overseas chambers) is a modifier like 代理: 署 is no part of the body's name.
    expect(at('某中总署理会长')).toEqual({ start: 3, title: '署理会长', former: false });
    expect(at('某商会署理主席')?.title).toBe('署理主席');
  });
  it('keeps an acting mark written after the title (市长（代）), as 3 of the 5 rounds that meet it do', () => {
    expect(at('某市市长（代）')).toEqual({ start: 2, title: '市长（代）', former: false });
    expect(at('某公司总经理（代）')?.title).toBe('总经理（代）');
    expect(baseTitle('市长（代）')).toBe('市长');
    expect(isLocalHead('县长（代）')).toBe(true);
    expect(at('某公司（代）')).toBeNull();
  });
  it('reads an assistant to any head as a title of its own (院长助理, 总裁助理)', () => {
    expect(at('某研究院院长助理')).toEqual({ start: 4, title: '院长助理', former: false });
    expect(at('某公司总裁助理')?.title).toBe('总裁助理');
    expect(at('某公司副总裁助理')?.title).toBe('副总裁助理');
    expect(at('某公司助理')).toBeNull();
  });
  it('tells descriptions of a person (冲浪运动员, 种植大户) from posts', () => {
    expect(isDescription('运动员')).toBe(true);
    expect(isDescription('种植大户')).toBe(true);
    expect(isDescription('经营者')).toBe(false);
    expect(isDescription('总经理')).toBe(false);
  });
  it('keeps 原/前 and marks the post as former', () => {
    expect(at('某部原部长')).toEqual({ start: 2, title: '原部长', former: true });
    expect(at('某公司前总经理')?.former).toBe(true);
  });
  it('finds nothing where no title ends', () => {
    expect(at('某部门')).toBeNull();
    expect(at('')).toBeNull();
  });
  it('does not reach before min', () => {
    expect(titleEndingAt('副部长', 3, 1)?.title).toBe('部长');
  });
});

describe('baseTitle / isLocalHead', () => {
  it('strips modifiers and former marks', () => {
    expect(baseTitle('原常务副会长')).toBe('会长');
    expect(baseTitle('副区长')).toBe('区长');
    expect(isLocalHead('副市长')).toBe(true);
    expect(isLocalHead('副书记')).toBe(false);
  });
});
