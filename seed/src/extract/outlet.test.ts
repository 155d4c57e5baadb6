import { describe, expect, it } from 'vitest';
import { articleOutlet, articlePublisher, articleSite, articleSource, reporterMedia } from './outlet';

describe('articleOutlet', () => {
  it('takes a news agency from its dateline before the site that reposts it', () => {
    expect(articleOutlet('2024-03-15　来源：新华网\n新华社北京3月15日电（记者周子墨、林晓）全国…')).toBe(
      '新华社',
    );
  });
  it('takes the media a byline opens with, else the 来源 line', () => {
    expect(articleOutlet('贵州日报记者　杨雪婷　罗中华\n6月11日，…')).toBe('贵州日报');
    expect(articleOutlet('新疆网讯（记者　阿依古丽·买买提）8月20日…')).toBe('新疆网');
    expect(articleOutlet('来源：中国新闻网　编辑：黄静怡\n中新网金边3月15日电（记者　杨子谦）')).toBe(
      '中国新闻网',
    );
    expect(articleOutlet('来源｜于都县融媒体中心\n记者｜刘梦琪')).toBe('于都县融媒体中心');
    expect(articleOutlet('临沂日报社融媒体中心讯（记者 王某 李某）5月8日…')).toBe('临沂日报社融媒体中心');
  });
  it('takes a 融媒体中心 the opening lines name as a paper', () => {
    expect(articleOutlet('标题\n宁乡市融媒体中心 宁乡发布 2025年03月14日\n…\n记者：王某')).toBe(
      '宁乡市融媒体中心',
    );
    expect(articleOutlet('延边州融媒体中心讯（记者 金某）…')).toBe('延边州融媒体中心');
  });
  it('takes a site from its own dateline when no 来源 line names the outlet', () => {
    expect(articleOutlet('新华网北京1月16日电（记者孟某）1月15日…')).toBe('新华网');
    expect(articleOutlet('标题\n中新网杭州11月20日电（记者 任某）11月19日…')).toBe('中新网');
    expect(articleOutlet('人民网成都5月2日电（记者 张某、李某）…')).toBe('人民网');
  });
  it('reads the app of a paper after its name as the paper', () => {
    expect(articleOutlet('广西日报-广西云客户端记者 宋某 谭某')).toBe('广西日报');
    expect(articleOutlet('湖北日报·湖北日报客户端记者 王某')).toBe('湖北日报');
    // A news brand before the paper's app, with no paper name of its own: the paper written before 客户端.
    expect(articleOutlet('海峡新闻·福州日报客户端记者 王某 通讯员 李某 报道')).toBe('福州日报');
    expect(articleOutlet('中国冶金报社 记者 贾某某 报道')).toBe('中国冶金报社');
  });
  it('reads a WeChat account named 某某发布 on the masthead line', () => {
    expect(
      articleOutlet('鄂城发布　2025-07-06 18:30\n\n7月5日，某论坛开幕。\n\n记者｜王某\n编辑｜李某'),
    ).toBe('鄂城发布');
    expect(articleOutlet('报告在京发布，会议…\n记者｜王某')).toBeNull();
  });
  it('reads 本报讯 as the paper the opening lines name', () => {
    expect(articleOutlet('2026年9月17日　苏州日报·苏州新闻网\n\n本报讯（记者　钱雨桐）9月16日…')).toBe(
      '苏州日报',
    );
  });
  it('reads 某网讯 as the outlet whatever the byline names after it, and a dateline between them', () => {
    expect(articleOutlet('邯郸新闻网讯（通讯员 赵某 记者 钱某）3月2日…')).toBe('邯郸新闻网');
    expect(articleOutlet('大众日报讯　记者 孙 某　报道　4月1日…')).toBe('大众日报');
    expect(articleOutlet('华商网-华商报客户端6月3日讯（首席记者 周某）…')).toBe('华商网');
    expect(articleOutlet('东南网8月9日讯（实习生 林某）…')).toBe('东南网');
  });
  it('reads a place opening with 本 as a place, not as 本报', () => {
    expect(articleOutlet('本溪日报讯（记者 孙某）…')).toBe('本溪日报');
    expect(articleOutlet('本网讯（记者 李某）…\n来源：河南新闻网')).toBe('河南新闻网');
  });
  it('takes a WeChat account of a 融媒 from the masthead of its post', () => {
    expect(articleOutlet('【聚焦】某某调研\n固原融媒　2026-04-16 18:05　宁夏\n…\n记者：杨某')).toBe(
      '固原融媒',
    );
  });
  it("takes the account a WeChat post's masthead names, below a headline broken over lines", () => {
    expect(
      articleOutlet(
        '喜讯｜某国华商总会\n第八届理事会就职典礼\n原创　某华商总会　2026年11月16日 09:12 某国\n正文。',
      ),
    ).toBe('某华商总会');
    expect(articleOutlet('某市人民医院   2026-09-09 17:52   广东\n正文。')).toBe('某市人民医院');
  });
  it('finds none where the article names none', () => {
    expect(articleOutlet('（记者周子墨）11月3日，座谈会召开。')).toBeNull();
  });
});

describe('articleOutlet: a byline with blanks', () => {
  it('reads the paper before 记者 across a blank, wherever the byline line stands', () => {
    expect(
      articleOutlet(
        '点击蓝字关注我们\n编辑：新媒体部\n审核：办公室\n东江晚报社 记者 蔡文远 报道\n会议召开。',
      ),
    ).toBe('东江晚报社');
  });
});

describe('articleSource', () => {
  it('reads the 来源 line up to the next label the canonical text ran into it', () => {
    expect(articleSource('作者：党委办公室来源：云南省第一人民医院发布时间：2026-09-03')).toBe(
      '云南省第一人民医院',
    );
  });

  it('passes over a 来源 that names no publisher to the article’s own', () => {
    expect(articleSource('来源：本网综合\n编辑：新媒体部\n来源：东江晚报\n正文。')).toBe('东江晚报');
    expect(articleOutlet('来源：网络整理\n来源：东江晚报\n（记者 蔡文远）会议召开。')).toBe('东江晚报');
    expect(articleSource('来源：综合\n正文。')).toBeNull();
  });
});

describe('reporterMedia', () => {
  it('reads the paper a reporter is written after in the byline, over the site its dateline names', () => {
    expect(reporterMedia('某门网讯（某门日报记者')).toBe('某门日报');
    expect(reporterMedia('（某国汽车报记者贺一实习记者')).toBe('某国汽车报');
    expect(reporterMedia('某西日报-某西云客户端记者')).toBe('某西日报');
    expect(reporterMedia('本报讯（记者')).toBeNull();
    expect(reporterMedia('本报记者')).toBeNull();
  });
});

describe('articleSite', () => {
  it('reads the web site a report from another body is reposted on, by its masthead or 转载 label', () => {
    expect(articleSite('某连新闻网　2026-11-19 08:05　来源：某连日报\n本报讯（记者 王一）…')).toBe(
      '某连新闻网',
    );
    expect(articleSite('来源：某县融媒体中心　　转载：某平新闻网　　2026-11-28\n…')).toBe('某平新闻网');
  });
  it('finds none where the site is the 来源 itself, or no 来源 names another body', () => {
    expect(articleSite('某西新闻网　2024-07-26　来源：某西新闻网\n…')).toBeNull();
    expect(articleSite('某连新闻网　2026-11-19 08:05\n…')).toBeNull();
    expect(articleSite('某辽发布 2024-03-15 21:10 内蒙古\n来源：某辽日报社\n…')).toBeNull();
  });
});

describe('articlePublisher', () => {
  it('is the 来源 line first', () => {
    expect(articlePublisher('某会召开\n来源：某市第一医院\n正文。')).toBe('某市第一医院');
  });
  it('is the masthead before a date, on its line or the line above, its blanks lost', () => {
    expect(
      articlePublisher('某学会年会在我院召开\n某市第一医院2026-08-31党委办公室\n8月29日，年会召开。'),
    ).toBe('某市第一医院');
    expect(articlePublisher('某省人民医院\n2026-05-30 21:40 发表于某省\n首届大会今日开幕')).toBe(
      '某省人民医院',
    );
    expect(articlePublisher('某会召开\n原创 某某植物所 2026-07-12 18:05 云南\n正文。')).toBe('某某植物所');
  });
  it('is the page’s 版权所有 where nothing opens the page so', () => {
    expect(
      articlePublisher(
        '论坛在我院举办\n发布日期:2026-10-15\n正文。\n版权所有:某医科大学第一附属医院滇ICP备05001234号',
      ),
    ).toBe('某医科大学第一附属医院');
  });
  it('is nothing for a headline with a year in it and no masthead', () => {
    expect(articlePublisher('某学会2026年学术年会召开\n8月29日，年会召开。')).toBeNull();
  });
});
