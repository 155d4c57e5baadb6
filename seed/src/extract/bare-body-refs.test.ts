import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import { extractArticle } from './index';

const posts = (lines: string[]) =>
  extractArticle(normalizeArticle({ content: lines.join('\n'), source: 'x.txt' })).positions.map(
    (p) => `${p.person}:${p.title}@${p.organization ?? '-'}`,
  );

describe('a body written by its kind alone', () => {
  it('reads 医院 before a title as the hospital that publishes the article (blind38-18)', () => {
    expect(
      posts([
        '我院与某某药业有限公司签署临床研究合作协议',
        '',
        '某某市中心医院　党委宣传部　2026-12-02',
        '12月1日，某某市中心医院与某某药业有限公司合作签约仪式在我院举行。',
        '医院党委书记罗晓敏致辞，院长彭一程与某某药业有限公司董事长曾国华代表双方签约。',
      ]),
    ).toEqual(
      expect.arrayContaining([
        '罗晓敏:党委书记@某某市中心医院',
        '彭一程:院长@某某市中心医院',
        '曾国华:董事长@某某药业有限公司',
      ]),
    );
  });

  it("reads 医院 and a department after it as the article's one hospital (blind39-10)", () => {
    expect(
      posts([
        '我院成功举办运动医学高峰论坛',
        '发布日期：2026-05-18  来源：运动医学科',
        '5月16日，由某某市红会医院主办的运动医学高峰论坛在某某召开。',
        '开幕式由医院副院长、运动医学科主任郑一立主持。',
      ]),
    ).toEqual(
      expect.arrayContaining(['郑一立:副院长@某某市红会医院', '郑一立:运动医学科主任@某某市红会医院']),
    );
  });

  it('asserts no post at 医院 where the article names no hospital of its own (blind38-14)', () => {
    expect(
      posts([
        '市委书记到某某医科大学调研',
        '本报讯 2月26日，市委书记王文韬到某某医科大学调研。王书记听取了医院院长洪一波的情况汇报。',
      ]).filter((p) => p.startsWith('洪一波')),
    ).toEqual([]);
  });

  it("reads a list of 副主席 with no body as the association's that holds the meeting (blind39-20)", () => {
    expect(
      posts([
        '某某市体育总会换届',
        '5月8日，某某市体育总会第四次会员代表大会在某某召开。大会由某某市体育总会主办。',
        '副主席：李一白、秦一岚、莫一凡',
      ]),
    ).toEqual([
      '李一白:副主席@某某市体育总会',
      '秦一岚:副主席@某某市体育总会',
      '莫一凡:副主席@某某市体育总会',
    ]);
  });

  it("leaves 副主席 after a Party group's post at no association (blind13-20)", () => {
    expect(
      posts([
        '某某商会换届',
        '大会由某某商会主办。会长：陈志坚',
        '党组成员、副主席林一琳，某某公司总经理徐斌出席。',
      ]).filter((p) => p.startsWith('林一琳')),
    ).not.toContain('林一琳:副主席@某某商会');
  });
});
