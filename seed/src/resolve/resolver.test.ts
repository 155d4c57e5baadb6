import { describe, expect, it } from 'vitest';
import { lookupNames, resolveMentions, type KnownNode } from './resolver';

const id = (n: string): string => `id:${n}`;

describe('resolveMentions', () => {
  it('resolves an exact name to the existing node and unions the aliases', () => {
    const known: KnownNode[] = [{ id: id('李毅中'), name: '李毅中', aliases: ['李会长'] }];
    const r = resolveMentions([{ name: '李毅中', aliases: ['老李'] }], known, id);
    expect(r.idOf.get('李毅中')).toBe(id('李毅中'));
    expect(r.idOf.get('老李')).toBe(id('李毅中'));
    expect(r.nodes.get(id('李毅中'))?.aliases.sort()).toEqual(['李会长', '老李'].sort());
  });

  it('resolves a name that is a known alias, and the name becomes an alias', () => {
    const known: KnownNode[] = [{ id: id('工业和信息化部'), name: '工业和信息化部', aliases: ['工信部'] }];
    const r = resolveMentions([{ name: '工信部', aliases: [] }], known, id);
    expect(r.idOf.get('工信部')).toBe(id('工业和信息化部'));
    expect(r.nodes.get(id('工业和信息化部'))?.aliases).toEqual(['工信部']);
  });

  it('resolves through a mention alias that is the exact name of a node', () => {
    const known: KnownNode[] = [{ id: id('工信部'), name: '工信部', aliases: [] }];
    const r = resolveMentions([{ name: '工业和信息化部', aliases: ['工信部'] }], known, id);
    expect(r.idOf.get('工业和信息化部')).toBe(id('工信部'));
    expect(r.nodes.get(id('工信部'))?.aliases).toEqual(['工业和信息化部']);
  });

  it('prefers an exact name over an alias of another node', () => {
    const known: KnownNode[] = [
      { id: id('张三'), name: '张三', aliases: [] },
      { id: id('张三丰'), name: '张三丰', aliases: ['张三'] },
    ];
    expect(resolveMentions([{ name: '张三', aliases: [] }], known, id).idOf.get('张三')).toBe(id('张三'));
  });

  it('does not resolve an ambiguous alias', () => {
    const known: KnownNode[] = [
      { id: id('李甲'), name: '李甲', aliases: ['李会长'] },
      { id: id('李乙'), name: '李乙', aliases: ['李会长'] },
    ];
    const r = resolveMentions([{ name: '李会长', aliases: [] }], known, id);
    expect(r.idOf.get('李会长')).toBe(id('李会长'));
  });

  it('resolves mentions within one batch against each other', () => {
    const r = resolveMentions(
      [
        { name: '中国工业经济联合会', aliases: ['中国工经联'] },
        { name: '中国工经联', aliases: [] },
      ],
      [],
      id,
    );
    expect(r.idOf.get('中国工经联')).toBe(id('中国工业经济联合会'));
    expect(r.nodes.size).toBe(1);
  });

  it('does not merge two nodes that only share an alias', () => {
    const known: KnownNode[] = [{ id: id('宋洪银'), name: '宋洪银', aliases: ['宋主任'] }];
    const r = resolveMentions([{ name: '宋某', aliases: ['宋主任'] }], known, id);
    expect(r.idOf.get('宋某')).toBe(id('宋某'));
  });

  it('lists every name and alias to look up', () => {
    expect(
      lookupNames([
        { name: 'a', aliases: ['b', ''] },
        { name: 'b', aliases: [] },
      ]),
    ).toEqual(['a', 'b']);
  });
});
