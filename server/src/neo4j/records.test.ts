import { describe, expect, it } from 'vitest';
import { labelOf } from './records';

describe('labelOf', () => {
  it('reads the type prefix, also behind a namespace prefix', () => {
    expect(labelOf('per_ba31b4016dbe1fdc')).toBe('Person');
    expect(labelOf('art_681431b0a4e9c78e1c3ef2ba')).toBe('Article');
    expect(labelOf('t3f9a1c_org_4ed0765beb63f796')).toBe('Organization');
    expect(labelOf('garbage')).toBeNull();
    expect(labelOf("per_x') DETACH DELETE n")).toBe('Person');
    expect(labelOf('t1_xyz_0123')).toBeNull();
  });
});
