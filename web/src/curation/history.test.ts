import { describe, expect, it } from 'vitest';
import type { Curation } from '../api/curation-api';
import { historyLines } from './history';

const curation = (id: string, operation: Curation['operation'], undoes: string | null = null): Curation => ({
  id,
  operation,
  curator: 'wang',
  at: '2026-11-29T21:40:12.345Z',
  reason: operation === 'RETRACT_FACT' ? 'wrong' : null,
  targets: ['fct_1'],
  undoes,
});

describe('historyLines', () => {
  it('captions each operation, with who, when (to the minute) and why', () => {
    expect(historyLines([curation('cur_1', 'RETRACT_FACT')])).toEqual([
      {
        id: 'cur_1',
        operation: 'opRETRACT_FACT',
        raw: 'RETRACT_FACT',
        curator: 'wang',
        when: '2026-11-29 21:40',
        reason: 'wrong',
        undone: false,
      },
    ]);
  });

  it('marks a change a later undo reverted', () => {
    const lines = historyLines([curation('cur_2', 'UNDO', 'cur_1'), curation('cur_1', 'VERIFY_FACT')]);
    expect(lines.map((l) => [l.operation, l.undone])).toEqual([
      ['opUNDO', false],
      ['opVERIFY_FACT', true],
    ]);
  });
});
