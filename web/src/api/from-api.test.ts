import { isEntityKind, isNodeKind } from '@guanxi/schema';
import { describe, expect, it } from 'vitest';
import { fromApi } from './from-api';

describe('fromApi', () => {
  it('lower-cases every kind and role, however deep, and nothing else', () => {
    const result = fromApi({
      node: {
        __typename: 'Person' as const,
        name: 'KIND',
        kind: 'PERSON' as const,
        participations: [
          {
            role: 'SPEAKER' as const,
            topic: 'ROLE',
            event: { id: 'evt_1', name: 'E', kind: 'EVENT' as const },
          },
        ],
      },
      edges: [{ type: 'PART_OF' as const, label: 'HOLDS' }],
    });
    expect(result).toEqual({
      node: {
        __typename: 'Person',
        name: 'KIND',
        kind: 'person',
        participations: [
          { role: 'speaker', topic: 'ROLE', event: { id: 'evt_1', name: 'E', kind: 'event' } },
        ],
      },
      edges: [{ type: 'PART_OF', label: 'HOLDS' }],
    });
    expect(isEntityKind(result.node.kind)).toBe(true);
    expect(isNodeKind(result.node.participations[0]!.event.kind)).toBe(true);
  });

  it('keeps nulls and scalars', () => {
    expect(fromApi({ node: null, n: 1, ok: true })).toEqual({ node: null, n: 1, ok: true });
  });
});
