import { describe, expect, it } from 'vitest';
import type { GEdge } from '../graph/model';
import { collectFacts } from './export-facts';

const cite = (...ids: string[]) => ids.map((id) => ({ article: { id } }));
const edge = (id: string, source: string, target: string, type: GEdge['type']): GEdge => ({
  id,
  source,
  target,
  type,
  label: null,
  status: null,
});

describe('collectFacts', () => {
  const facts = collectFacts(
    [
      {
        __typename: 'Person',
        id: 'per_li',
        articles: [{ id: 'art_1' }, { id: 'art_2' }],
        positions: [
          { caption: '会长', position: { id: 'pos_a' }, evidence: cite('art_1', 'art_1') },
          { caption: '原部长', position: { id: 'pos_b' }, evidence: cite('art_2') },
        ],
        participations: [
          { role: 'speaker', event: { id: 'evt_m' }, evidence: cite('art_1') },
          { role: 'host', event: { id: 'evt_m' }, evidence: cite('art_2') },
        ],
      },
      {
        __typename: 'Organization',
        id: 'org_c',
        articles: [{ id: 'art_1' }],
        organizing: [{ role: 'co_organizer', event: { id: 'evt_m' }, evidence: cite('art_3') }],
      },
      {
        __typename: 'Position',
        id: 'pos_x',
        title: '总书记',
        holders: [{ person: { id: 'per_x' }, evidence: cite('art_9') }],
      },
      { __typename: 'Article', id: 'art_1', title: '现场会召开' },
      null,
    ],
    [
      edge('per_li>pos_a', 'per_li', 'org_c', 'HOLDS'),
      edge('per_li-PARTICIPATED:host-evt_m', 'per_li', 'evt_m', 'PARTICIPATED'),
      edge('org_c-ORGANIZED:co_organizer-evt_m', 'org_c', 'evt_m', 'ORGANIZED'),
      edge('art_1-MENTIONS-per_li', 'art_1', 'per_li', 'MENTIONS'),
      edge('org_c-PART_OF-org_p', 'org_c', 'org_p', 'PART_OF'),
    ],
  );

  it('gives nodes their titles and the articles that mention them', () => {
    expect(facts.titles.get('per_li')).toEqual(['会长', '原部长']);
    expect(facts.titles.get('pos_x')).toEqual(['总书记']);
    expect(facts.titles.get('art_1')).toEqual(['现场会召开']);
    expect(facts.nodeArticles.get('per_li')).toEqual(['art_1', 'art_2']);
    expect(facts.nodeArticles.get('pos_x')).toEqual(['art_9']);
    expect(facts.nodeArticles.get('art_1')).toEqual(['art_1']);
  });

  it('matches each edge to the evidence of the fact it draws, role included', () => {
    expect(facts.edgeArticles.get('per_li>pos_a')).toEqual(['art_1']);
    expect(facts.edgeArticles.get('per_li-PARTICIPATED:host-evt_m')).toEqual(['art_2']);
    expect(facts.edgeArticles.get('org_c-ORGANIZED:co_organizer-evt_m')).toEqual(['art_3']);
    expect(facts.edgeArticles.get('art_1-MENTIONS-per_li')).toEqual(['art_1']);
    // The API carries no evidence for PART_OF: nothing is made up.
    expect(facts.edgeArticles.has('org_c-PART_OF-org_p')).toBe(false);
  });
});
