import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import { extractArticle } from './index';

const run = (content: string) => extractArticle(normalizeArticle({ content, source: 'x.txt' }));
const roles = (x: ReturnType<typeof run>) => x.roles.map((r) => `${r.person}:${r.role}`);

describe('persons across sentences', () => {
  const x = run(
    [
      '某市召开2025年项目推进座谈会',
      '（记者周子墨）11月3日，某市项目推进座谈会在某市召开。',
      '市委书记张国强在副市长李文华陪同下调研项目现场，听取城关镇党委书记赵文斌的汇报。他指出，要加快进度。',
      '王立新、陈小红、刘志远先后作交流发言。',
    ].join('\n'),
  );

  it('reads bylines as persons with no post', () => {
    expect(x.persons.map((p) => p.name)).toContain('周子墨');
    expect(x.positions.some((p) => p.person === '周子墨')).toBe(false);
  });

  it('gives 他指出 to the last subject, a companion the guest role, listed names their shared verb', () => {
    const role = (who: string) => x.roles.find((r) => r.person === who);
    expect(['张国强', '李文华', '王立新', '刘志远'].map((p) => `${p}:${role(p)?.role}`)).toEqual([
      '张国强:speaker',
      '李文华:guest',
      '王立新:speaker',
      '刘志远:speaker',
    ]);
    // Confidence follows how the role was read (readings.ts): through a pronoun, or for a listed name
    // with no post, it is lower than for a titled name with a verb of its own.
    expect(role('张国强')!.confidence!).toBeLessThan(role('李文华')!.confidence!);
    expect(role('王立新')!.confidence!).toBeLessThan(role('李文华')!.confidence!);
    expect(roles(x).some((r) => r.startsWith('赵文斌:speaker'))).toBe(false);
  });

  it('scores every fact in [0, 1]', () => {
    for (const list of [x.persons, x.organizations, x.events, x.positions, x.roles, x.event_orgs])
      for (const f of list) expect(f.confidence! >= 0 && f.confidence! <= 1).toBe(true);
  });
});
