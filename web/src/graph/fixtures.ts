/** A small slice shaped like the seed article's graph, for tests. */
import type { GraphSlice } from './model';

export const LI = 'per_li';
export const WU = 'per_wu';
export const CFIE = 'org_cfie';
export const EVT = 'evt_meeting';

export const seedSlice: GraphSlice = {
  nodes: [
    { id: LI, label: '李毅中', kind: 'person' },
    { id: WU, label: '吴同明', kind: 'person' },
    { id: CFIE, label: '中国工业经济联合会', kind: 'association' },
    { id: EVT, label: '制造业单项冠军企业现场会', kind: 'event' },
  ],
  edges: [
    { id: 'e1', source: LI, target: CFIE, type: 'HOLDS', label: '会长' },
    { id: 'e2', source: WU, target: CFIE, type: 'HOLDS', label: '党委委员' },
    { id: 'e3', source: WU, target: EVT, type: 'PARTICIPATED', label: null },
    { id: 'e4', source: CFIE, target: EVT, type: 'ORGANIZED', label: '主办' },
  ],
  truncated: false,
};
