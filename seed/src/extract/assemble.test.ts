import { describe, expect, it } from 'vitest';
import { newRoles } from './assemble';

describe('newRoles', () => {
  it('keeps the first reading of a role, with the topic a later one gives', () => {
    const roles = newRoles();
    const fact = { person: '王一', event: '某论坛', role: 'speaker' as const, evidence: '', confidence: 0.9 };
    roles.add({ ...fact, topic: null, evidence: '王一、张二作主旨演讲。' });
    roles.add({ ...fact, topic: '某产业的新机遇', evidence: '王一在题为《某产业的新机遇》的演讲中表示。' });
    roles.add({ ...fact, topic: '另一个题目', evidence: '' });
    expect(roles.values()).toEqual([
      { ...fact, topic: '某产业的新机遇', evidence: '王一、张二作主旨演讲。' },
    ]);
  });
});
