/**
 * A deterministic synthetic graph shaped like ours: people holding posts in organizations, taking
 * part in events that organizations run; Chinese labels (so text measuring costs what it will).
 */
import type { RelationType } from '@guanxi/schema';
import type { GraphSlice } from '../src/graph/model';

/** mulberry32: small, seedable, good enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国';
const ORG_KINDS = ['agency', 'association', 'government', 'party', 'enterprise', 'other'] as const;
const TITLES = ['会长', '副会长', '秘书长', '主任', '部长', '董事长', '总经理', '党委书记'];
const ROLES = ['主持', '发言', '出席'];

export function syntheticSlice(nodeCount: number, edgeCount: number, seed = 42): GraphSlice {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[] | string): T => xs[Math.floor(rand() * xs.length)] as T;
  const people = Math.round(nodeCount * 0.6);
  const orgs = Math.round(nodeCount * 0.3);
  const nodes: GraphSlice['nodes'] = [];
  for (let i = 0; i < nodeCount; i++) {
    if (i < people)
      nodes.push({ id: `per_${i}`, label: `${pick(SURNAMES)}${pick(GIVEN)}${pick(GIVEN)}`, kind: 'person' });
    else if (i < people + orgs)
      nodes.push({
        id: `org_${i}`,
        label: `${pick(SURNAMES)}${pick(GIVEN)}工业联合会${i}`,
        kind: pick(ORG_KINDS),
      });
    else nodes.push({ id: `evt_${i}`, label: `第${i}届制造业发展论坛`, kind: 'event' });
  }
  const edges: GraphSlice['edges'] = [];
  const seen = new Set<string>();
  // Organizations and events picked with a skew, so some are hubs as in real news.
  const skewed = (from: number, count: number): number => from + Math.floor(Math.pow(rand(), 2) * count);
  while (edges.length < edgeCount) {
    const r = rand();
    const person = Math.floor(rand() * people);
    let source: string, target: string, type: RelationType, label: string;
    if (r < 0.6 || nodeCount - people - orgs <= 0) {
      [source, target, type, label] = [`per_${person}`, `org_${skewed(people, orgs)}`, 'HOLDS', pick(TITLES)];
    } else if (r < 0.9) {
      const evt = skewed(people + orgs, nodeCount - people - orgs);
      [source, target, type, label] = [`per_${person}`, `evt_${evt}`, 'PARTICIPATED', pick(ROLES)];
    } else {
      const evt = skewed(people + orgs, nodeCount - people - orgs);
      [source, target, type, label] = [`org_${skewed(people, orgs)}`, `evt_${evt}`, 'ORGANIZED', '主办'];
    }
    const id = `${source}-${type}-${target}`;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push({ id, source, target, type, label });
  }
  return { nodes, edges, truncated: false };
}
