import { describe, expect, it } from 'vitest';
import { organizationMentions } from './org-mentions';

describe('organizationMentions', () => {
  it('finds a foreign body that opens with its country, not bodies a country only describes', () => {
    expect(organizationMentions('某市商务局与塞尔维亚投资发展署签署了经贸合作协议。')).toContain(
      '塞尔维亚投资发展署',
    );
    expect(organizationMentions('某某公司与埃及某某农业发展公司签订了协议。')).toContain(
      '埃及某某农业发展公司',
    );
    expect(organizationMentions('某市与美国多家科技公司签署协议。')).toEqual([]);
  });
  it('finds a body whose short form is declared, after prose in its clause', () => {
    expect(
      organizationMentions('王一在发言中介绍了山东某粮集团有限公司（以下简称“某粮集团”）的做法。'),
    ).toContain('山东某粮集团有限公司');
    expect(organizationMentions('王一在发言中介绍了某某发展经验（以下简称“经验”）。')).toEqual([]);
    expect(
      organizationMentions('王一介绍了上海某某港务（集团）股份有限公司（以下简称“某港”）的做法。'),
    ).not.toContain('股份有限公司');
  });
  it('reads no body from a short form’s declaration (（以下简称某会）)', () => {
    expect(organizationMentions('某市汽车工业协会（以下简称市汽车协会）会长王一出席。')).not.toContain(
      '以下简称市汽车协会',
    );
  });
  it('finds companies and public bodies named on their own', () => {
    expect(
      organizationMentions('甲乙新型建材股份有限公司、丙丁陶瓷集团有限公司等20家企业获得表彰。'),
    ).toEqual(['甲乙新型建材股份有限公司', '丙丁陶瓷集团有限公司']);
    expect(organizationMentions('某某市发展和改革委员会、某某市经济和信息化局负责同志参加活动。')).toEqual([
      '某某市发展和改革委员会',
      '某某市经济和信息化局',
    ]);
  });
  it('leaves out what the body is to the event before its name, but keeps a body before such a word', () => {
    expect(organizationMentions('专家授课某某大学肿瘤防治中心')).toContain('某某大学');
    expect(organizationMentions('专家授课某某大学肿瘤防治中心')).not.toContain('专家授课某某大学');
    expect(organizationMentions('学员们还赴四川某某食品有限公司开展现场教学。')).toEqual([
      '四川某某食品有限公司',
    ]);
  });
  it('leaves out the person and the verb of a post before the body', () => {
    expect(organizationMentions('根据决定，谷建勋任山东港航集团有限公司党委书记、董事长。')).toEqual([
      '山东港航集团有限公司',
    ]);
    expect(organizationMentions('石慧敏此前任烟台港集团有限公司董事长。')).toEqual(['烟台港集团有限公司']);
  });

  it('reads a company after a visit’s verb and its 了 (察看了某公司某基地)', () => {
    expect(organizationMentions('在某高新区，王一察看了某某光电科技股份有限公司某基地建设现场。')).toEqual([
      '某某光电科技股份有限公司',
    ]);
  });

  it('reads the association whose 换届选举大会 a clause opens with (选举 opens no clause there)', () => {
    expect(
      organizationMentions('12月15日，南岭市物流与供应链协会第三次会员代表大会暨换届选举大会在南岭召开。'),
    ).toEqual(['南岭市物流与供应链协会']);
  });

  it('reads a short bracket inside a name as part of it (（集团）, a place)', () => {
    expect(organizationMentions('甲乙丙丁（集团）股份有限公司与戊己庚（江苏）新材料有限公司签约。')).toEqual([
      '甲乙丙丁（集团）股份有限公司',
      '戊己庚（江苏）新材料有限公司',
    ]);
    // 五省（区）: a one-character bracket is a note on the words before, not part of a name.
    expect(organizationMentions('甲、乙五省（区）出版协会协办。')).toEqual([]);
  });

  it('leaves words before a body out of its name (现任, 旗下, 叮嘱)', () => {
    expect(organizationMentions('李某，现任南岭市人民政府副市长。')).toEqual(['南岭市人民政府']);
    expect(
      organizationMentions('某集团旗下东山精密机械有限公司、西山电子有限公司均为专精特新企业。'),
    ).toEqual(['东山精密机械有限公司', '西山电子有限公司']);
    expect(organizationMentions('他叮嘱西岭县发展改革局负责同志要抓好落实。')).toEqual(['西岭县发展改革局']);
    // 行长兼…董事长: the title joined by 兼 opens the next post.
    expect(organizationMentions('行长兼北山理财有限责任公司董事长饶某出席。')).toEqual([
      '北山理财有限责任公司',
    ]);
    expect(organizationMentions('第四届高校校长论坛在北山大学举行。')).toEqual(['北山大学']);
  });

  it('ends a body before where or for whom something happens, and before a local head and their name', () => {
    // 某会在某政府召开: the meeting and 在 are no part of the body; a venue after 在 is no body.
    for (const o of organizationMentions('南岭市某产业链企业家座谈会在南岭市人民政府召开。'))
      expect(o).not.toContain('在');
    expect(organizationMentions('第十届某某学术年会在北山大学举行。')).toEqual(['北山大学']);
    expect(organizationMentions('2025中国（南岭）冰雪产业发展论坛在南岭区冰雪会客厅举行。')).toEqual([]);
    expect(organizationMentions('王副市长还代表南岭市人民政府向嘉宾表示欢迎。')).toEqual([]);
    expect(organizationMentions('南岭市副市长王一共同为联盟揭牌。')).toEqual([]);
    // 签署 is a verb, not a body ending in 署 (海关总署).
    expect(organizationMentions('南岭省与北山省签署合作协议。')).toEqual([]);
    // …but 省长 inside a place's name (某省长汀) is no title.
    expect(organizationMentions('福建省长汀某某食品有限公司参展。')).toEqual(['福建省长汀某某食品有限公司']);
  });

  it('leaves out a person named before 为 and an opening 下一步', () => {
    expect(organizationMentions('决定：任命王一鸣为市发展和改革委员会副主任；')).toEqual([]);
    expect(organizationMentions('下一步南岭市经济和信息化委员会将加大支持力度。')).toEqual([
      '南岭市经济和信息化委员会',
    ]);
  });

  it('reads a résumé’s 原任 as the verb before the body', () => {
    expect(organizationMentions('王一，男，1981年生，原任南岭市大数据管理局局长。')).toContain(
      '南岭市大数据管理局',
    );
  });

  it('reads no Party committee of a body whose 党委书记 follows (某集团党委书记: the post is the body’s)', () => {
    expect(organizationMentions('南岭交控党委书记、董事长王一出席。')).toEqual([]);
    expect(organizationMentions('南岭省消防救援总队党委书记王一致辞。')).not.toContain(
      '南岭省消防救援总队党委',
    );
  });

  it('finds an overseas association that opens with its country, after a date with no comma', () => {
    expect(
      organizationMentions('9月6日晚新西兰华南三省同乡总商会第二届理事会就职典礼在奥克兰举行。'),
    ).toEqual(['新西兰华南三省同乡总商会']);
    expect(organizationMentions('2026年5月2日上午湖南省冷链物流行业协会第四届会员大会召开。')).toEqual([
      '湖南省冷链物流行业协会',
    ]);
  });
  it('finds hospitals that open with their place', () => {
    expect(organizationMentions('成员单位包括邢台市第三医院、宁晋县中医院和南和区人民医院。')).toEqual([
      '邢台市第三医院',
      '宁晋县中医院',
      '南和区人民医院',
    ]);
    expect(organizationMentions('要把医院建成人民满意的医院。')).toEqual([]);
  });
  it('reads no university in a described one (建设高水平研究型大学)', () => {
    expect(organizationMentions('加快建设高水平研究型大学，某某大学将…')).toEqual(['某某大学']);
  });
  it('ignores prose that only mentions places or departments', () => {
    expect(organizationMentions('泰安市坚持工业“一业定乾坤”，全市工业技改投资增长。')).toEqual([]);
    expect(organizationMentions('各有关部门负责同志参加会议。')).toEqual([]);
    expect(organizationMentions('某某县政协副主席、县发改委负责同志陪同调研。')).toEqual(['县发改委']);
    expect(organizationMentions('某某区人民政府、区科技局、区财政局等单位负责人参加。')).toEqual([
      '某某区人民政府',
      '区科技局',
      '区财政局',
    ]);
    expect(organizationMentions('决定任命林一为某某市统计局局长，邓二为某某市审计局局长。')).toEqual([
      '某某市统计局',
      '某某市审计局',
    ]);
    expect(organizationMentions('公司一直以来致力于发展高端产品。')).toEqual([]);
  });
});
