import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import { extractArticle } from './index';
import {
  departmentFullName,
  districtGovernment,
  governmentOffice,
  jurisdictions,
  placeFromSentence,
  placedBodyName,
  prefectureGovernment,
  withHeadlinePlaces,
  withOwnPlace,
  withProseLevels,
  zoneBodyName,
  withProseProvince,
  withSeatCity,
  withNamedProvince,
  withSeatProvince,
  zoneCommitteeInFull,
  zoneFullBody,
} from './jurisdiction';

/** The name that joins a body's forms: its place completed, its department written out. */
const fullBodyName = (name: string, places: ReadonlyMap<string, string>) =>
  departmentFullName(placedBodyName(name, places));

describe('placeFromSentence for towns', () => {
  it('takes the town of the body named before in the sentence', () => {
    expect(placeFromSentence('镇党委', ['谷营镇党委', '谷营镇人民政府'])).toBe('谷营镇党委');
  });
  it('gives a body named by its type alone the place of the last such body before it', () => {
    expect(placeFromSentence('党工委', ['临港新区党工委', '临港新区管委会'])).toBe('临港新区党工委');
    expect(placeFromSentence('管委会', ['某某市委', '临港新区党工委'])).toBe('临港新区管委会');
    expect(placeFromSentence('党工委', ['某某市委'])).toBe('党工委');
  });
});

describe('withProseLevels', () => {
  it('takes the one county or town the text names twice, not 全县 or 图为县', () => {
    const p = withProseLevels(
      new Map(),
      '新宝镇召开推进会。镇党委书记甲通报全镇工作，新宝镇将…▲图为县领导。图为县长讲话。',
    );
    expect(p.get('镇')).toBe('新宝镇');
    expect(p.has('县')).toBe(false);
    expect(fullBodyName('镇党委', p)).toBe('新宝镇党委');
    expect(fullBodyName('镇人民政府', p)).toBe('新宝镇人民政府');
  });
  it('writes out a government’s foreign or overseas Chinese affairs office (市外办, 省侨办)', () => {
    const p = new Map([
      ['市', '丽水市'],
      ['省', '浙江省'],
    ]);
    expect(fullBodyName('市外办', p)).toBe('丽水市人民政府外事办公室');
    expect(fullBodyName('省侨办', p)).toBe('浙江省人民政府侨务办公室');
    expect(fullBodyName('丽水市外办', p)).toBe('丽水市人民政府外事办公室');
  });
  it('reads a town of three characters whole when every mention has the same first character (黄|沙港镇)', () => {
    const p = withProseLevels(new Map(), '随后来到柳树湾镇渔港。柳树湾镇党委书记甲介绍，镇长乙补充。');
    expect(p.get('镇')).toBe('柳树湾镇');
    // Different characters before each mention: the two-character name stays.
    expect(withProseLevels(new Map(), '来到新宝镇。赴新宝镇。').get('镇')).toBe('新宝镇');
  });
  it('keeps what a body’s name gives, and takes no city from prose', () => {
    const given = new Map([['县', '宁川县']]);
    expect(withProseLevels(given, '兰考县甲。兰考县乙。').get('县')).toBe('宁川县');
    expect(withProseLevels(new Map(), '绵阳市甲。绵阳市乙。').has('市')).toBe(false);
  });
});

describe('jurisdictions / fullBodyName', () => {
  it("finds the one province and city that open the article's bodies", () => {
    const j = jurisdictions(['山东省济南市人民政府', '中共山东省委', '济南市统计局']);
    expect(j.get('省')).toBe('山东省');
    expect(j.get('市')).toBe('济南市');
  });
  it('gives level-only and short department names their full names', () => {
    const j = new Map([
      ['省', '湖南省'],
      ['市', '长沙市'],
    ]);
    expect(fullBodyName('省委', j)).toBe('湖南省委');
    expect(fullBodyName('省政府', j)).toBe('湖南省人民政府');
    expect(fullBodyName('省市场监管局', j)).toBe('湖南省市场监督管理局');
    expect(fullBodyName('市工信局', j)).toBe('长沙市工业和信息化局');
    expect(fullBodyName('中共湖南省委', j)).toBe('湖南省委');
    expect(fullBodyName('国资委', j)).toBe('国资委');
  });
  it('leaves level-only names alone when the article has several places of that level', () => {
    expect(jurisdictions(['甲市统计局', '乙市统计局']).has('市')).toBe(false);
  });
  it('takes the province of the article’s city when nothing names one (信阳 → 河南)', () => {
    const j = withSeatProvince(jurisdictions(['信阳市人民政府', '省农业农村厅']));
    expect(fullBodyName('省农业农村厅', j)).toBe('河南省农业农村厅');
    // An autonomous region, from an autonomous prefecture.
    expect(fullBodyName('自治区党委', withSeatProvince(jurisdictions(['伊犁州委'])))).toBe(
      '新疆维吾尔自治区党委',
    );
    // A province a body names stays; a municipality has no province.
    const named = withSeatProvince(jurisdictions(['信阳市人民政府', '湖北省商务厅']));
    expect(named.get('省')).toBe('湖北省');
    expect(withSeatProvince(jurisdictions(['上海市人民政府'])).has('省')).toBe(false);
  });
  it('takes the one province the prose names when no body gives it', () => {
    const j = withProseProvince(jurisdictions(['某某市委']), '省长调研时强调，要落实考察江西重要讲话精神');
    expect(fullBodyName('省人民政府', j)).toBe('江西省人民政府');
    expect(withProseProvince(new Map(), '上海、江苏两地').has('省')).toBe(false);
  });
  it('takes the one province the names of the bodies open with, written short (blind38-16)', () => {
    const names = ['浙江某某药业股份有限公司', '浙江医药行业协会', '浙江大学', '省经济和信息化厅'];
    expect(fullBodyName('省人民政府', withNamedProvince(jurisdictions(names), names))).toBe('浙江省人民政府');
    // Two provinces leave it open; a municipality is no province; a province a body writes in full stays.
    expect(withNamedProvince(new Map(), ['浙江大学', '湖南大学']).has('省')).toBe(false);
    expect(withNamedProvince(new Map(), ['上海交通大学']).has('省')).toBe(false);
    const full = ['湖北省商务厅', '浙江大学'];
    expect(withNamedProvince(jurisdictions(full), full).get('省')).toBe('湖北省');
  });
  it('completes 省政府 with that province, and lists no place for it (blind38-16)', () => {
    const x = extractArticle(
      normalizeArticle({
        content: [
          '省领导与医药企业家座谈',
          '本报杭州7月3日讯（记者 方圆）7月3日，省政府召开医药企业家座谈会，副省长卢一静主持并讲话。',
          '浙江某某药业股份有限公司董事长沈明，浙江医药行业协会会长顾青等座谈发言。',
        ].join('\n'),
        source: 'x.txt',
      }),
    );
    expect(x.positions.map((p) => `${p.person}:${p.title}@${p.organization}`)).toContain(
      '卢一静:副省长@浙江省人民政府',
    );
    expect(x.places).not.toContain('浙江');
  });
  it('takes the one province the prose names beside Hong Kong and Macao, not one of two', () => {
    const prose = '听取港澳委员意见，为香港、澳门繁荣和江西发展献策';
    expect(fullBodyName('省政协', withProseProvince(new Map(), prose))).toBe('江西省政协');
    expect(withProseProvince(new Map(), '香港、江西和湖南三地').has('省')).toBe(false);
  });
  it('keeps a special administrative region’s government a 政府', () => {
    expect(departmentFullName('香港特别行政区政府')).toBe('香港特别行政区政府');
    expect(departmentFullName('澳门特区政府')).toBe('澳门特区政府');
    expect(departmentFullName('某某区政府')).toBe('某某区人民政府');
  });
  it('gives a body of 自治区 the autonomous region its bodies or its prose name', () => {
    const fromBodies = jurisdictions(['西藏自治区人民政府', '中共某某市委']);
    expect(fullBodyName('自治区党委', fromBodies)).toBe('西藏自治区党委');
    expect(fullBodyName('自治区发展改革委', fromBodies)).toBe('西藏自治区发展和改革委员会');
    const fromProse = withProseProvince(new Map(), '会议介绍了新疆及周边省份的葡萄产业');
    expect(fullBodyName('自治区农业农村厅', fromProse)).toBe('新疆维吾尔自治区农业农村厅');
    expect(fullBodyName('自治区农业农村厅', new Map())).toBe('自治区农业农村厅');
  });
  it('gives a body of 地区 the prefecture its 行政公署 names', () => {
    const j = jurisdictions(['和田地区行政公署', '和田市人民政府']);
    expect(fullBodyName('地区教育局', j)).toBe('和田地区教育局');
    expect(jurisdictions(['东南亚地区合作组织']).has('地区')).toBe(false);
  });
  it('gives a level-only body the place of the last body of that level in the sentence', () => {
    expect(placeFromSentence('区人民政府', ['某某区委', '市人民政府'])).toBe('某某区人民政府');
    expect(placeFromSentence('县人民政府', ['某某区委'])).toBe('县人民政府');
    expect(placeFromSentence('甲乙区人民政府', ['某某区委'])).toBe('甲乙区人民政府');
  });
});

describe('jurisdictions', () => {
  it('takes the one place of a level, or of several the one the headline names', () => {
    const names = ['武夷山市人民政府', '南平市文化和旅游局'];
    expect(jurisdictions(names).get('市')).toBeUndefined();
    expect(jurisdictions(names, '武夷山市十八届人大五次会议闭幕').get('市')).toBe('武夷山市');
    expect(jurisdictions(['湖南省委', '湖南省商务厅']).get('省')).toBe('湖南省');
  });
  it('reads the place of a democratic party’s committee (民盟某市委会)', () => {
    expect(jurisdictions(['民盟泸州市委会', '九三学社泸州市委会']).get('市')).toBe('泸州市');
  });
  it('takes, of several cities, the one the text names three times as often as any other', () => {
    const names = ['岳阳市人民政府', '汨罗市委', '汨罗市商务局'];
    const text = '岳阳市人民政府副市长、汨罗市委书记甲出席。汨罗市长乙致辞，汨罗产业基础扎实，汨罗将…';
    expect(jurisdictions(names, '我市项目集中签约', text).get('市')).toBe('汨罗市');
    expect(jurisdictions(names, '我市项目集中签约', '岳阳市甲。汨罗市乙。汨罗').has('市')).toBe(false);
  });
});

describe('withHeadlinePlaces', () => {
  it('gives a level no body names the place the headline opens with', () => {
    const p = withHeadlinePlaces(new Map([['县', '某某县']]), '临川市举办项目签约会');
    expect(fullBodyName('市委', p)).toBe('临川市委');
    expect(fullBodyName('县人民政府', p)).toBe('某某县人民政府');
    expect(withHeadlinePlaces(new Map([['市', '甲乙市']]), '临川市举办签约会').get('市')).toBe('甲乙市');
    expect(withHeadlinePlaces(new Map(), '我市举办签约会').has('市')).toBe(false);
  });
});

describe('districtGovernment', () => {
  it('names a district’s government as the text writes it in full, its city before it', () => {
    const text = '由攀枝花市东区人民政府主办。东区区委常委、副区长甲出席。';
    expect(districtGovernment('东区人民政府', text)).toBe('攀枝花市东区人民政府');
    // The word before the city (由) is no part of its name.
    expect(districtGovernment('璧山区人民政府', '由重庆市璧山区人民政府承办。')).toBe('重庆市璧山区人民政府');
    expect(districtGovernment('东区人民政府', '东区区委常委、副区长甲出席。')).toBeNull();
    expect(districtGovernment('东区管委会', text)).toBeNull();
  });
});

describe('withSeatCity', () => {
  const text = '本报讯 市委书记甲到某地调研。副市长乙参加调研。';
  it('gives 市 the one prefecture-level city the bodies’ names open with', () => {
    const p = withSeatCity(new Map(), ['绵阳某某动力科技有限公司', '中国某某研究院'], text);
    expect(fullBodyName('市人民政府', p)).toBe('绵阳市人民政府');
    expect(withSeatCity(new Map(), ['襄阳高新区管委会', '襄阳工厂'], text).get('市')).toBe('襄阳市');
  });
  it('leaves 市 open with two cities, a city written with 市, a word-like stem, or no bare 市 body', () => {
    expect(withSeatCity(new Map(), ['绵阳某某有限公司', '宜宾某某有限公司'], text).has('市')).toBe(false);
    expect(withSeatCity(new Map(), ['绵阳某某有限公司', '江油市人民政府'], text).has('市')).toBe(false);
    expect(withSeatCity(new Map(), ['大同某某有限公司'], text).has('市')).toBe(false);
    expect(withSeatCity(new Map(), ['绵阳某某有限公司'], '县委书记甲到某地调研。').has('市')).toBe(false);
    expect(withSeatCity(new Map([['市', '甲乙市']]), ['绵阳某某有限公司'], text).get('市')).toBe('甲乙市');
  });
});

describe('withOwnPlace', () => {
  it('reads a local news site’s place, named again, as the level of the bodies written by level alone', () => {
    const city = '座谈会召开\n荆门网讯（记者 甲）日前，市委副书记乙主持座谈会，听取企业对荆门发展的建议。';
    expect(fullBodyName('市委', withOwnPlace(new Map(), city))).toBe('荆门市委');
    const prefecture = '调研茶产业\n黔南新闻网讯 州委书记甲到黔南茶园调研，市委书记乙陪同。';
    expect(withOwnPlace(new Map(), prefecture).get('州')).toBe('黔南州');
    expect(withOwnPlace(new Map(), prefecture).has('市')).toBe(false);
    expect(withOwnPlace(new Map(), '座谈会召开\n荆门网讯 市委副书记乙主持座谈会。').has('市')).toBe(false);
    expect(withOwnPlace(new Map(), '座谈会召开\n湖北网讯 市委副书记乙到湖北企业。').has('市')).toBe(false);
  });
  it('reads 我县/我市 as the place its local outlet or its headline’s visit names', () => {
    const post = '我县召开项目推进会\n原创 德清发布 2024年04月03日\n县委副书记、县长甲主持会议。我县…';
    expect(fullBodyName('县人民政府', withOwnPlace(new Map(), post))).toBe('德清县人民政府');
    // A reposting page's header (来源 that names no publisher, an office as editor) does not push the masthead out.
    const header = [
      '点击蓝字 关注我们',
      '来源：网络',
      '编辑：新闻中心',
      '审核：总编室',
      '来源｜本站综合',
      '分享',
    ];
    const reposted = post.replace('\n', `\n${header.join('\n')}\n`);
    expect(fullBodyName('县人民政府', withOwnPlace(new Map(), reposted))).toBe('德清县人民政府');
    const visit = '省政协调研组来九江开展专题调研\n调研组来我市，副市长乙陪同。';
    expect(withOwnPlace(new Map(), visit).get('市')).toBe('九江市');
    expect(withOwnPlace(new Map([['市', '甲乙市']]), visit).get('市')).toBe('甲乙市');
    expect(withOwnPlace(new Map(), '省政协调研组来九江开展专题调研\n副市长乙陪同。').has('市')).toBe(false);
  });
  it('reads a city daily’s bare 市 as its city, not a province’s paper or a county outlet', () => {
    const daily = '市委书记甲会见外商代表\n\n湛江日报讯（记者 乙）3日，市长丙主持会议。';
    expect(fullBodyName('市人民政府', withOwnPlace(new Map(), daily))).toBe('湛江市人民政府');
    expect(withOwnPlace(new Map([['市', '甲乙市']]), daily).get('市')).toBe('甲乙市');
    expect(withOwnPlace(new Map(), '副市长甲调研\n\n湖北日报讯 3日，副市长甲…').has('市')).toBe(false);
    expect(withOwnPlace(new Map(), '县长甲调研\n原创 德清发布\n县长甲、市委常委乙…').has('市')).toBe(false);
    // 洛阳日报记者 某某: a city's daily named before 记者 in the byline; a national daily's (经济日报记者) names no city.
    const byline = '市委书记甲调研粮食安全\n\n洛阳日报记者 乙\n\n10月9日，市委书记甲调研，副市长丙参加调研。';
    expect(fullBodyName('市人民政府', withOwnPlace(new Map(), byline))).toBe('洛阳市人民政府');
    expect(withOwnPlace(new Map(), byline.replace('洛阳日报', '经济日报')).has('市')).toBe(false);
  });
  it('reads the city of a daily named only on the closing 来源 line', () => {
    const post =
      '代市长甲到某县调研\n某某发布 2025-03-15\n\n市委副书记、代市长甲\n深入某县调研\n\n来源：鄂城日报社\n编辑：乙';
    expect(fullBodyName('市人民政府', withOwnPlace(new Map(), post))).toBe('鄂城市人民政府');
    expect(withOwnPlace(new Map(), '副市长甲调研\n副市长甲…\n来源：湖北日报').has('市')).toBe(false);
  });
  it('reads a province’s own paper as the province of its 省 bodies', () => {
    const paper = '省长甲到某市调研\n来源：湖南日报\n\n本报讯 省委常委乙，副省长丙陪同。';
    expect(fullBodyName('省人民政府', withOwnPlace(new Map(), paper))).toBe('湖南省人民政府');
    expect(withOwnPlace(new Map(), paper).has('市')).toBe(false);
    const region = '自治区主席甲调研\n广西日报讯 自治区党委常委乙陪同。';
    expect(withOwnPlace(new Map(), region).get('自治区')).toBe('广西壮族自治区');
    expect(withOwnPlace(new Map([['省', '南岭省']]), paper).get('省')).toBe('南岭省');
  });
  it('reads a local outlet named again as the county or district its bodies by level alone are of', () => {
    const post = '区委书记甲到某镇调研\n原创 璧溪发布\n\n区委书记甲\n副区长乙\n推动璧溪农业发展';
    expect(fullBodyName('区人民政府', withOwnPlace(new Map(), post))).toBe('璧溪区人民政府');
    expect(withOwnPlace(new Map(), post).has('县')).toBe(false);
    // Named once (the masthead only), or with bodies of both levels, the outlet decides nothing.
    expect(withOwnPlace(new Map(), '区委书记甲调研\n原创 璧溪发布\n\n区委书记甲').has('区')).toBe(false);
    const both = '调研\n原创 璧溪发布\n区委书记甲，县委书记乙在璧溪调研璧溪';
    expect(withOwnPlace(new Map(), both).has('区')).toBe(false);
  });
});

describe('zoneBodyName', () => {
  it('never makes a development zone the district of bodies written by level alone', () => {
    const j = jurisdictions(['江津高新区管委会', '重庆长安汽车股份有限公司']);
    expect(j.has('区')).toBe(false);
    const text = '江津区召开签约会。区委书记甲，江津高新区管委会主任乙，高新区企业代表出席。江津区将…';
    expect(fullBodyName('区委', withProseLevels(j, text))).toBe('江津区委');
  });
  it('gives a zone named by its type alone the city, beside its districts but not beside a county', () => {
    const city = new Map([
      ['市', '泰安市'],
      ['区', '岱岳区'],
    ]);
    expect(zoneBodyName('高新区管委会', city, '到高新区、岱岳区调研', ['岱岳区委'])).toBe('泰安高新区管委会');
    const county = new Map([...city, ['县', '宁阳县']]);
    expect(zoneBodyName('高新区管委会', county, '到高新区、宁阳县调研', ['宁阳县委'])).toBe('高新区管委会');
  });
  it("reads a zone written by its type alone as the article's zone of that type", () => {
    const city = new Map([['市', '绍兴市']]);
    // The zone another body's name writes out.
    expect(zoneBodyName('高新区管委会', new Map(), '', ['绍兴高新区党工委', '高新区管委会'])).toBe(
      '绍兴高新区管委会',
    );
    // The full type the text writes after the article's place (开发区 of 柯桥经济技术开发区).
    expect(zoneBodyName('开发区党工委', new Map([['区', '柯桥区']]), '走访柯桥经济技术开发区企业', [])).toBe(
      '柯桥经济技术开发区党工委',
    );
    // None written: the article’s city's.
    expect(zoneBodyName('高新区党工委', city, '到高新区调研', [])).toBe('绍兴高新区党工委');
    // Two zones named: no guess.
    expect(zoneBodyName('高新区管委会', city, '', ['甲乙高新区党工委', '丙丁高新区管委会'])).toBe(
      '高新区管委会',
    );
    expect(zoneBodyName('绍兴市委', city, '', [])).toBe('绍兴市委');
  });
});

describe('a county body written with its province first', () => {
  it('is also known by its name without the province', () => {
    const x = extractArticle(
      normalizeArticle({
        content:
          '数字乡村论坛举行\n会上，云南省弥勒市委副书记、市长杨文涛，江西省人民政府副省长周明作交流发言。',
        source: 'x.txt',
      }),
    );
    const aliases = (name: string) => x.organizations.find((o) => o.name === name)?.aliases ?? [];
    expect(aliases('云南省弥勒市委')).toContain('弥勒市委');
    expect(aliases('云南省弥勒市人民政府')).toContain('弥勒市人民政府');
    expect(aliases('江西省人民政府')).toEqual([]);
  });
});

/** The posts of an article as `person|organization|title`. */
const postsOf = (content: string) =>
  extractArticle(normalizeArticle({ content, source: 'x.txt' })).positions.map(
    (p) => `${p.person}|${p.organization}|${p.title}`,
  );

describe('a county of one character, written with its level (洋县, 沛县)', () => {
  const posts = (text: string) => postsOf(`标题\n${text}`);
  it('is the place of its committee and government, with no second 县', () => {
    expect(jurisdictions(['黟县县委']).get('县')).toBe('黟县');
    expect(placeFromSentence('县人民政府', ['黟县县委'])).toBe('黟县人民政府');
    expect(posts('沛县县委副书记、代县长钱明出席。')).toEqual([
      '钱明|沛县县委|副书记',
      '钱明|沛县人民政府|代县长',
    ]);
    expect(posts('黟县县委书记孙伟，县委副书记、县长周涛出席。')).toContain('周涛|黟县人民政府|县长');
  });
});

describe('an autonomous prefecture’s government written by its short form', () => {
  const posts = postsOf;
  it('is named in full, its Party committee and departments keeping the short form', () => {
    const full = '黔南布依族苗族自治州人民政府主办，黔南州委宣传部承办。';
    expect(prefectureGovernment('黔南州人民政府', full)).toBe('黔南布依族苗族自治州人民政府');
    expect(prefectureGovernment('黔南州人民政府', '黔南州人民政府主办')).toBeNull();
    // A zone's body written with the zone short, the one full zone name the text writes with that body.
    const zone = '某某汽车经济技术开发区管委会承办。某某汽开区党工委副书记、管委会主任王一';
    expect(zoneFullBody('某某汽开区管委会', zone)).toBe('某某汽车经济技术开发区管委会');
    expect(zoneFullBody('某某汽开区党工委', zone)).toBeNull();
    expect(zoneFullBody('某某高新区管委会', zone)).toBeNull();
    // Its committee written out is the same body; a company joined before the zone is none of its name (blind43-17).
    const joined =
      '合肥芯源微电子有限公司与合肥高新技术产业开发区管理委员会（以下简称“合肥高新区管委会”）举行合肥芯源微电子有限公司与合肥高新区管委会项目签约仪式';
    expect(zoneFullBody('合肥高新区管委会', joined)).toBe('合肥高新技术产业开发区管理委员会');
    expect(zoneFullBody('合肥高新区管委会', '合肥芯源微电子有限公司与合肥高新区管委会签约')).toBeNull();
    // A zone's 管委会 in a text that writes the same zone's 管理委员会: the name written in full.
    const committee = '某某科技有限公司与某某工业园区管理委员会签约。某某工业园区管委会主任王一出席';
    expect(zoneCommitteeInFull('某某工业园区管委会', committee)).toBe('某某工业园区管理委员会');
    expect(zoneCommitteeInFull('某某工业园区管委会', '某某工业园区管委会主任王一出席')).toBeNull();
    expect(zoneCommitteeInFull('某某集团管委会', '某某集团管理委员会')).toBeNull();
    // 市驻某地联络处 of a place's government, as the text writes it in full.
    const office = '广东省某某市人民政府驻昆明联络处指导。某某市人民政府副秘书长、市驻昆明联络处主任王一';
    expect(governmentOffice('某某市驻昆明联络处', office)).toBe('广东省某某市人民政府驻昆明联络处');
    expect(governmentOffice('某某市驻昆明联络处', '某某市驻昆明联络处主任王一')).toBeNull();
    // The prefecture written in full anywhere, its government not: the government is named in full too.
    expect(prefectureGovernment('黔南州人民政府', '黔南布依族苗族自治州副州长某某')).toBe(
      '黔南布依族苗族自治州人民政府',
    );
    expect(prefectureGovernment('博州政府', '博尔塔拉蒙古自治州人民政府')).toBe('博尔塔拉蒙古自治州人民政府');
    expect(prefectureGovernment('杭州人民政府', full)).toBeNull();
    expect(prefectureGovernment('黔南州委', full)).toBeNull();
  });
  it('takes the prefecture a local news site names when its bodies are written by level alone', () => {
    const text =
      '州委书记到茶园调研\n黔南新闻网讯（记者 丁一）5月6日，州委书记王立军到黔南茶园调研。' +
      '副州长、州公安局局长陈东明，州林业局局长赵海陪同。茶博会由黔南布依族苗族自治州人民政府主办。';
    expect(posts(text)).toEqual(
      expect.arrayContaining([
        '王立军|黔南州委|书记',
        '陈东明|黔南布依族苗族自治州人民政府|副州长',
        '陈东明|黔南州公安局|局长',
        '赵海|黔南州林业局|局长',
      ]),
    );
  });
  it('keeps a short form of a body written by level (市中院) after the body gets its place', () => {
    const text =
      '座谈会召开\n荆门网讯（记者 丁一）6月25日，市中级人民法院院长王立军出席，市委政法委副书记陈东明参加。' +
      '座谈会由市中院副院长赵海主持，企业代表介绍荆门发展情况。';
    expect(posts(text)).toEqual(
      expect.arrayContaining(['赵海|荆门市中级人民法院|副院长', '王立军|荆门市中级人民法院|院长']),
    );
  });
});

describe('placedBodyName', () => {
  it('completes the place but keeps the department as written, except a government’s 人民政府', () => {
    const j = new Map([['省', '湖南省']]);
    expect(placedBodyName('省市场监管局', j)).toBe('湖南省市场监管局');
    expect(placedBodyName('省政府', j)).toBe('湖南省人民政府');
  });
});

describe('placeFromSentence for villages', () => {
  it('gives a bare village body the village named before it in the sentence', () => {
    expect(placeFromSentence('村委会', ['红旗镇石门村党支部'])).toBe('红旗镇石门村村委会');
    expect(placeFromSentence('村党支部', [], '走进青石镇杏林村，与村党支部书记甲交谈')).toBe('杏林村党支部');
  });
  it('leaves it bare when the sentence names no village or several', () => {
    expect(placeFromSentence('村委会', [], '推进乡村振兴，与村委会主任甲交谈')).toBe('村委会');
    expect(placeFromSentence('村党支部', [], '走访杏林村和石门村，与村党支部书记甲交谈')).toBe('村党支部');
  });
});
