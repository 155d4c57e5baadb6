import { describe, expect, it } from 'vitest';
import type { OrgEntry } from './aliases';
import { dismissedAtTopBody } from './dismissed-unit-posts';

const entry = (name: string, parent: string | null, aliases: string[] = []): [string, OrgEntry] => [
  name,
  { name, kind: 'other', aliases: new Set(aliases), parent },
];
const entries = new Map([
  entry('广西大学', null, ['广大']),
  entry('海洋学院', '广西大学'),
  entry('河南省人民政府', null),
  entry('河南省人民政府办公厅', '河南省人民政府'),
]);

describe('dismissedAtTopBody', () => {
  it('writes an ended post at the top body, 原 before the unit (blind25-22, blind35-22)', () => {
    expect(dismissedAtTopBody(entries, '海洋学院', '原院长')).toEqual({
      organization: '广西大学',
      title: '原海洋学院院长',
    });
    expect(dismissedAtTopBody(entries, '河南省人民政府办公厅', '原副主任')).toEqual({
      organization: '河南省人民政府',
      title: '原办公厅副主任',
    });
  });
  it('leaves a top body, no body, or a post with no 原 as it is', () => {
    expect(dismissedAtTopBody(entries, '广西大学', '原副校长')).toEqual({
      organization: '广西大学',
      title: '原副校长',
    });
    expect(dismissedAtTopBody(entries, null, '原会长')).toEqual({ organization: null, title: '原会长' });
    expect(dismissedAtTopBody(entries, '海洋学院', '院长')).toEqual({
      organization: '海洋学院',
      title: '院长',
    });
  });
});
