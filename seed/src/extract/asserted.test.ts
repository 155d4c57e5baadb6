import type { Extraction } from '@guanxi/schema';
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize/index';
import { assertedFacts } from './asserted';
import { CONFIDENCE } from './confidence';
import { extractArticle, readArticle } from './index';

const reading = (text: string) => normalizeArticle({ content: Buffer.from(text), source: 'asserted.txt' });

describe('asserted facts', () => {
  it('keeps readings at or above the line and drops the relations of what it drops', () => {
    const ex: Extraction = {
      article: 'a.txt',
      persons: [
        { name: '甲', aliases: [], confidence: 0.9 },
        { name: '乙', aliases: [], confidence: 0.3 },
      ],
      organizations: [
        { name: '某协会', kind: 'association', aliases: ['协会'], confidence: 0.9 },
        { name: '某公司', kind: 'enterprise', aliases: [], confidence: 0.2 },
      ],
      places: [],
      events: [{ name: '会', date: null, place: null }],
      positions: [
        { person: '甲', title: '会长', organization: '协会', confidence: 0.5 },
        { person: '甲', title: '专家', organization: null, confidence: 0.49 },
        { person: '甲', title: '董事长', organization: '某公司', confidence: 0.9 },
        { person: '乙', title: '理事', organization: '某协会', confidence: 0.9 },
        { person: '甲', title: '顾问', organization: null },
      ],
      roles: [
        { person: '甲', event: '会', role: 'host', topic: null, confidence: 0.8 },
        { person: '乙', event: '会', role: 'guest', topic: null, confidence: 0.8 },
      ],
      event_orgs: [
        { organization: '某协会', event: '会', role: 'organizer', confidence: 0.9 },
        { organization: '某公司', event: '会', role: 'support', confidence: 0.9 },
      ],
    };
    const out = assertedFacts(ex);
    expect(out.persons.map((p) => p.name)).toEqual(['甲']);
    expect(out.organizations.map((o) => o.name)).toEqual(['某协会']);
    // At the line is asserted; a fact with no confidence (hand input) is too.
    expect(out.positions.map((p) => p.title)).toEqual(['会长', '顾问']);
    expect(out.roles.map((r) => r.person)).toEqual(['甲']);
    expect(out.event_orgs.map((e) => e.organization)).toEqual(['某协会']);
    expect(out.events).toEqual(ex.events);
    expect(assertedFacts(ex, 0).positions).toHaveLength(5);
  });

  it('holds back a post read with no body, which readArticle keeps; an editor is a credit, not a post', () => {
    const article = reading(
      '数字经济论坛在杭州举行\n11月3日，2026数字经济论坛在杭州举行。浙江省经济和信息化厅副厅长王立新出席并致辞。\n' +
        '行业专家周明远作主旨演讲。\n编辑：孙晓雯',
    );
    const post = (p: { person: string; title: string }) => `${p.person}|${p.title}`;
    const read = readArticle(article).positions;
    expect(read.map(post)).toEqual(['王立新|副厅长', '周明远|行业专家']);
    expect(read.filter((p) => p.confidence! < CONFIDENCE.assertAt)).toHaveLength(1);
    const asserted = extractArticle(article);
    expect(asserted.positions.map(post)).toEqual(['王立新|副厅长']);
    expect(asserted.credits?.map((c) => `${c.name}|${c.title}`)).toEqual(['孙晓雯|编辑']);
    // The speaker is still a person with a role: only the unsure post is held back.
    expect(asserted.roles.map((r) => `${r.person}|${r.role}`)).toEqual(['王立新|speaker', '周明远|speaker']);
  });
});
