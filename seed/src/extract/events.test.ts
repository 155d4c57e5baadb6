import { describe, expect, it } from 'vitest';
import { findEvent, HELD_AT } from './events';
import { splitSentences } from './sentences';

describe('findEvent', () => {
  it('takes no place from 在随后召开的…', () => {
    const r = findEvent(
      '某某协会召开第三次会员大会',
      splitSentences('在随后召开的三届一次理事会上，选举了会长。'),
      '2024-06-03',
    );
    expect(r?.places ?? []).toEqual([]);
  });
  it('leaves a WeChat label (喜讯｜) out of the name a headline gives', () => {
    const r = findEvent(
      '喜讯｜某某同乡会成立十周年庆祝大会隆重举行',
      splitSentences('会上，会长致辞。'),
      '2024-06-03',
    );
    expect(r?.event.name).toBe('某某同乡会成立十周年庆祝大会');
  });
  it('takes an event the opening sentence says was held (举行X) when the headline names none', () => {
    const r = findEvent(
      '某某建设集团与某县人民政府签署合作协议',
      splitSentences('6月2日，某某建设集团与某县人民政府举行项目合作协议签约仪式。双方表示将深化合作。'),
      '2024-06-03',
    );
    expect(r?.event.name).toBe('项目合作协议签约仪式');
  });
  it('reads 圆满 before the closing verb as no part of the place (在宁波圆满落幕)', () => {
    expect(HELD_AT.exec('某某年会在宁波圆满落幕')?.[1]).toBe('宁波');
  });
  it('takes the quoted name, the date with the article year and the place with its province', () => {
    const r = findEvent(
      '主题——2024某某论坛在浙江宁波成功举办',
      splitSentences('5月8日，“2024某某论坛”在浙江宁波成功举办。'),
      '2024-05-09',
    );
    expect(r?.event).toMatchObject({ name: '2024某某论坛', date: '2024-05-08', place: '宁波' });
    expect(r?.places).toEqual([
      { name: '浙江', parent: null },
      { name: '宁波', parent: '浙江' },
    ]);
  });
  it('reads the event from the headline when the body does not quote it', () => {
    const r = findEvent(
      '某省工业和信息化厅召开全省制造业高质量发展推进会',
      splitSentences('3月2日，会议在济南召开。'),
      '2024-03-03',
    );
    expect(r?.event).toMatchObject({ name: '全省制造业高质量发展推进会', date: '2024-03-02', place: '济南' });
  });
  it('puts a December meeting reported in January in the previous year', () => {
    const r = findEvent(
      '年会在京举行',
      splitSentences('12月28日，“某某协会2023年会”在北京举行。'),
      '2024-01-03',
    );
    expect(r?.event.date).toBe('2023-12-28');
  });
  it('finds nothing in text about no event', () => {
    expect(findEvent('天气很好', splitSentences('今天晴。'), null)).toBeNull();
  });
});
