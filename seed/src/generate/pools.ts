import type { OrganizationKind } from '@guanxi/schema';
import type { Rng } from './rng';

/** Word lists in the genre's vocabulary, and pools of people and organizations drawn from them. */
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华建国文辉力立志宏庆春海波鹏飞翔宇航云峰毅中剑红梅兰新民东生永昌德胜利安福荣光亮斌成学良清正义金龙凤玉山川',
];
export const PROVINCES = [
  ['山东', ['济南', '青岛', '泰安', '烟台', '潍坊', '临沂']],
  ['江苏', ['南京', '苏州', '无锡', '常州', '南通']],
  ['浙江', ['杭州', '宁波', '温州', '嘉兴', '绍兴']],
  ['广东', ['广州', '深圳', '佛山', '东莞', '珠海']],
  ['河南', ['郑州', '洛阳', '新乡', '许昌']],
  ['四川', ['成都', '绵阳', '德阳', '宜宾']],
  ['湖北', ['武汉', '宜昌', '襄阳', '十堰']],
  ['河北', ['石家庄', '唐山', '保定', '邯郸']],
] as const;
const SECTORS = [
  '新能源',
  '新材料',
  '装备制造',
  '电子信息',
  '生物医药',
  '纺织服装',
  '机械工业',
  '化工',
  '汽车',
  '钢铁',
  '轻工业',
  '数字经济',
];
const BRANDS = [...'华泰宏远鑫盛通达恒瑞金利隆昌丰源海鼎科创新联中天正元博安'];
const ENTERPRISE_SUFFIX = ['有限公司', '股份有限公司', '集团有限公司'];
const TOPICS = [
  '培育发展优质企业',
  '推进新型工业化',
  '打造产业集群',
  '强化创新引领',
  '推动数字化转型',
  '提升质量品牌',
  '深化产融合作',
  '促进绿色低碳发展',
];

export interface OrgSpec {
  name: string;
  kind: OrganizationKind;
  aliases: string[];
  /** Titles people hold here, most senior first. */
  titles: string[];
  place: string;
}

export interface PersonSpec {
  name: string;
  org: number;
  titles: string[];
}

export function personNames(rng: Rng, n: number): string[] {
  const out = new Set<string>();
  while (out.size < n) {
    const given = rng.pick(GIVEN) + (rng.chance(0.7) ? rng.pick(GIVEN) : '');
    out.add(rng.pick(SURNAMES) + given);
    // Past the space of two-character given names, fall back to numbered names (still Han-only-ish).
    if (out.size < n && out.size > 0.9 * SURNAMES.length * GIVEN.length * GIVEN.length) {
      out.add(`${rng.pick(SURNAMES)}${rng.pick(GIVEN)}${out.size}`);
    }
  }
  return [...out];
}

function organization(rng: Rng, i: number): OrgSpec {
  const [province, cities] = rng.pick(PROVINCES);
  const city = rng.pick(cities);
  const sector = rng.pick(SECTORS);
  const kindRoll = rng.int(10);
  // The index keeps names unique in large pools without looking artificial in small ones.
  const tag = i < 400 ? '' : String(i);
  if (kindRoll < 3) {
    const brand = rng.pick(BRANDS) + rng.pick(BRANDS);
    return {
      name: `${province}${brand}${tag}${sector}${rng.pick(ENTERPRISE_SUFFIX)}`,
      kind: 'enterprise',
      aliases: rng.chance(0.5) ? [`${brand}${tag}${sector}`] : [],
      titles: ['董事长', '总经理', '副总经理', '总经理助理'],
      place: province,
    };
  }
  if (kindRoll < 6) {
    const scope = rng.chance(0.5) ? `${province}省` : `${city}市`;
    const name = `${scope}${sector}${tag}行业协会`;
    return {
      name,
      kind: 'association',
      aliases: rng.chance(0.3) ? [`${scope}${sector}${tag}协会`] : [],
      titles: ['会长', '副会长', '秘书长', '理事'],
      place: province,
    };
  }
  if (kindRoll < 8) {
    if (rng.chance(0.5)) {
      const agency = rng.pick(['工业和信息化厅', '发展和改革委员会', '商务厅', '科学技术厅']);
      return {
        name: `${province}省${tag}${agency}`,
        kind: 'agency',
        aliases: [],
        titles: ['厅长', '副厅长', '党组成员', '一级巡视员'],
        place: province,
      };
    }
    const agency = rng.pick(['工业和信息化局', '发展和改革委员会', '商务局', '工业推进委']);
    return {
      name: `${city}市${tag}${agency}`,
      kind: 'agency',
      aliases: [],
      titles: ['局长', '副局长', '党组书记', '副主任'],
      place: province,
    };
  }
  return {
    name: `${city}市${tag}人民政府`,
    kind: 'government',
    aliases: [],
    titles: ['市长', '副市长'],
    place: province,
  };
}

export function organizations(rng: Rng, n: number): OrgSpec[] {
  const out = new Map<string, OrgSpec>();
  for (let i = 0; out.size < n; i++) {
    const o = organization(rng, i);
    if (!out.has(o.name)) out.set(o.name, o);
  }
  return [...out.values()];
}

export function topic(rng: Rng): string {
  return `${rng.pick(TOPICS)} ${rng.pick(TOPICS)}`;
}

export { SECTORS };
