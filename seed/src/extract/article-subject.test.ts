import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import type { OrgEntry } from './aliases';
import { articleSubject, namedUniversity, titleHostEndings } from './article-subject';
import { extractArticle } from './index';

const run = (content: string) => extractArticle(normalizeArticle({ content, source: 'x.txt' }));
const postsOf = (x: ReturnType<typeof run>, person: string) =>
  x.positions.filter((p) => p.person === person).map((p) => `${p.title}@${p.organization ?? '-'}`);
const entry = (name: string, ...aliases: string[]): OrgEntry => ({
  name,
  kind: 'agency',
  aliases: new Set(aliases),
  parent: null,
});

describe('titleHostEndings', () => {
  it('gives the bodies a head’s title heads, by its base; nothing for a title that names no kind', () => {
    expect(titleHostEndings('副局长')).toEqual(['局']);
    expect(titleHostEndings('院长')).toEqual(['院']);
    expect(titleHostEndings('常务副主任')).toContain('办公室');
    expect(titleHostEndings('党委书记')).toBeNull();
    expect(titleHostEndings('委员')).toBeNull();
  });
});

describe('articleSubject', () => {
  const bureaus = [entry('某省税务局', '省税务局'), entry('国家税务总局'), entry('某市税务局')];
  it('is the body the first sentence has hold the event, the 来源 line naming it last', () => {
    const text = [
      '当前位置：首页 > 税务要闻',
      '信息来源：国家税务总局某省税务局',
      '6月19日，国家税务总局某省税务局召开推进会。',
    ].join('\n');
    expect(articleSubject(bureaus, text)?.name).toBe('某省税务局');
  });
  it('is the body the opening says organized the event (由某委主办), one of them only', () => {
    const bodies = [entry('某某自治区民族宗教事务委员会', '自治区民宗委'), entry('某某自治区人民政府')];
    const text = ['全区民族宗教工作会议召开', '2月26日，会议由某某自治区民族宗教事务委员会主办。'].join('\n');
    expect(articleSubject(bodies, text)?.name).toBe('某某自治区民族宗教事务委员会');
    const two = [
      '全区民族宗教工作会议召开',
      '2月26日，会议由某某自治区民族宗教事务委员会、某某自治区人民政府主办。',
    ];
    expect(articleSubject(bodies, two.join('\n'))).toBeNull();
  });
  it('settles two hospitals that speak as 我院 by the one whose masthead the page opens with', () => {
    const hospitals = [entry('某市第一医院'), entry('某大学附属肿瘤医院')];
    const text = ['年会在我院召开', '某市第一医院2026-08-31党委办公室', '8月29日，年会在我院召开。'].join(
      '\n',
    );
    expect(articleSubject(hospitals, text)?.name).toBe('某市第一医院');
  });
  it('is the body the headline opens with, also without its place', () => {
    const offices = [entry('某某省国防科技工业办公室', '省国防科工办'), entry('某某省科学技术厅')];
    expect(articleSubject(offices, '省国防科技工业办公室召开座谈会\n正文')?.name).toBe(
      '某某省国防科技工业办公室',
    );
  });
  it('is the body that speaks of itself (我院)', () => {
    const bodies = [entry('某某第一医院'), entry('某某卫生健康委员会')];
    expect(articleSubject(bodies, '我院召开专家座谈会\n3月11日，我院召开座谈会。')?.name).toBe(
      '某某第一医院',
    );
  });
  it('guesses nothing when two bodies fit, or when nothing says which', () => {
    const text = '甲局与乙局召开联席会议\n某日，甲局、乙局召开联席会议。';
    expect(articleSubject([entry('甲局'), entry('乙局')], text)).toBeNull();
    expect(articleSubject([entry('甲局')], '某某论坛举行\n甲局局长王一出席。')).toBeNull();
  });
});

describe('a head’s title with no body written', () => {
  it('is held at the body the article is about (its 来源 line), when the title heads one of its kind', () => {
    const x = run(
      [
        '省国防科技工业办公室召开配套企业座谈会',
        '来源：省国防科工办',
        '11月19日，江西省国防科技工业办公室（以下简称省国防科工办）召开配套企业座谈会，省国防科工办主任王一出席会议并讲话，副主任刘二主持会议。',
      ].join('\n'),
    );
    // The office under the name the registry gives it, as its director's post.
    expect(postsOf(x, '王一')).toEqual(['主任@江西省国防科工办']);
    expect(postsOf(x, '刘二')).toEqual(['副主任@江西省国防科工办']);
  });
  it('with its Party committee’s titles, at the bureau the first sentence has hold the event', () => {
    const x = run(
      [
        '当前位置：首页 > 税务要闻',
        '信息来源：国家税务总局某省税务局',
        '6月19日，国家税务总局某省税务局召开征管推进会。省税务局党委书记、局长王一出席会议并讲话，党委委员、副局长刘二主持会议。',
      ].join('\n'),
    );
    expect(postsOf(x, '刘二').map((p) => p.replace(/@.*税务局$/, '@税务局'))).toEqual([
      '党委委员@税务局',
      '副局长@税务局',
    ]);
  });
  it('written after the body’s last character (院党委书记), at the hospital that speaks as 我院', () => {
    const x = run(
      [
        '我院召开医药传承创新座谈会',
        '某某民族医医院　　2026-03-12　　党委办公室',
        '3月11日，我院召开医药传承创新座谈会。院党委书记张一主持会议，院长王二致辞。',
        '某某民族医医院药剂科主任李三等专家先后发言。',
      ].join('\n'),
    );
    expect(postsOf(x, '张一')).toEqual(['党委书记@某某民族医医院']);
    expect(postsOf(x, '王二')).toEqual(['院长@某某民族医医院']);
  });
});

describe('namedUniversity', () => {
  it('is the university the headline opens with, also as its Party committee', () => {
    expect(namedUniversity('中共某某大学委员会关于王一等同志职务任免的通知\n正文')).toBe('某某大学');
  });
  it('in a headline that speaks as the school, the one its first lines open a clause with', () => {
    const text =
      '学校召开青年科研人员座谈会\n来源：科学技术处\n3月14日下午，某南大学青年科研人员座谈会在科技楼召开。';
    expect(namedUniversity(text)).toBe('某南大学');
    expect(namedUniversity('学校召开座谈会\n甲大学与乙大学签约。乙大学校长出席。')).toBeNull();
    expect(namedUniversity('某某论坛召开\n某南大学教授王一出席。')).toBeNull();
  });
  it('holds the colleges a university’s notice names alone', () => {
    const x = run(
      [
        '中共某某大学委员会关于王一等同志职务任免的通知',
        '经学校党委研究，决定：',
        '王一同志任海洋学院院长；',
        '刘二同志任资源环境与材料学院党委书记。',
      ].join('\n'),
    );
    expect(x.organizations.find((o) => o.name === '海洋学院')?.parent).toBe('某某大学');
  });
});

describe('该公司', () => {
  it('is the company the text names last before it', () => {
    const x = run(
      [
        '市委书记调研企业',
        '在甲某电器有限公司，王一与日方负责人交流。在乙某蓄电池研究院有限公司，王一与企业负责人深入交流，该公司执行董事李二汇报了研发进展。',
      ].join('\n'),
    );
    expect(postsOf(x, '李二')).toEqual(['执行董事@乙某蓄电池研究院有限公司']);
  });
});

describe('a bare association’s officers (会长：甲) with two associations in the article', () => {
  it('are the association whose meeting the opening lines hold, not the federation named last', () => {
    const x = run(
      [
        '✨换届啦✨',
        '某某省冰雪旅游商会',
        '第二届会员大会',
        '胜利召开！',
        '',
        '11月15日，某某省冰雪旅游商会第二届会员大会在哈尔滨召开。',
        '某某省工商业联合会副主席王一到会讲话。',
        '选举结果',
        '会长：李二',
        '秘书长：赵三',
      ].join('\n'),
    );
    expect(postsOf(x, '李二')).toEqual(['会长@某某省冰雪旅游商会']);
    expect(postsOf(x, '赵三')).toEqual(['秘书长@某某省冰雪旅游商会']);
  });
});

describe('a body’s type alone before a title (中心主任, 公会秘书长)', () => {
  it('refers back to the body of that type named before', () => {
    const x = run(
      [
        '全省疾控工作会议召开',
        '某某省疾病预防控制中心党委书记王一主持会议，中心主任李二作年度工作报告。',
        '某某市证券同业公会会长赵三致辞。公会秘书长钱四主持论坛。',
      ].join('\n'),
    );
    expect(postsOf(x, '李二')).toEqual(['主任@某某省疾病预防控制中心']);
    expect(postsOf(x, '钱四')).toEqual(['秘书长@某某市证券同业公会']);
  });
  it('only as the whole words before the title: 中心医院 names a hospital', () => {
    const x = run('某某县中心医院召开大会\n某某县中心医院院长王一主持会议。');
    expect(postsOf(x, '王一')).toEqual(['院长@某某县中心医院']);
  });
});
