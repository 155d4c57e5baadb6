import { describe, expect, it } from 'vitest';
import { factIdConstraint, schemaStatements } from './constraints';
import { ENTITY_KINDS, KIND_DISPLAY, NODE_KINDS, ORGANIZATION_KINDS } from './kinds';
import { ID_PREFIX, LABELS, labelsOf, ORGANIZATION_KIND_LABEL, primaryLabel } from './labels';
import {
  combineConfidence,
  FACT_TYPES,
  ORGANIZATION_EVENT_ROLES,
  PERSON_EVENT_ROLES,
  propertiesWith,
  RELATION_TYPES,
  RELATIONS,
  ROLE_CAPTION,
} from './relations';

const labels = new Set<string>(Object.values(LABELS));

describe('the domain model', () => {
  it("every relation's ends are known labels", () => {
    for (const type of RELATION_TYPES) {
      expect(labels, `${type}.source`).toContain(RELATIONS[type].source);
      expect(labels, `${type}.target`).toContain(RELATIONS[type].target);
    }
  });

  it('every node kind has a display entry, and every kind maps to known labels', () => {
    expect(Object.keys(KIND_DISPLAY).sort()).toEqual([...NODE_KINDS].sort());
    for (const kind of NODE_KINDS) {
      expect(KIND_DISPLAY[kind].caption.zh.length, kind).toBeGreaterThan(0);
      expect(KIND_DISPLAY[kind].color, kind).toMatch(/^#[0-9A-F]{6}$/i);
      expect(labels).toContain(primaryLabel(kind));
    }
    for (const kind of ENTITY_KINDS) expect(labelsOf(kind)).toContain(LABELS.Entity);
    expect(Object.keys(ORGANIZATION_KIND_LABEL).sort()).toEqual([...ORGANIZATION_KINDS].sort());
  });

  it('every event role has a caption', () => {
    for (const role of [...PERSON_EVENT_ROLES, ...ORGANIZATION_EVENT_ROLES]) {
      expect(ROLE_CAPTION[role].zh.length, role).toBeGreaterThan(0);
    }
  });

  it('constraints cover every label and every fact type', () => {
    const statements = schemaStatements().join('\n');
    for (const label of labels) {
      expect(statements, label).toMatch(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`));
    }
    // Every label but Entity has its own id prefix (Entity ids are its members' ids).
    expect(Object.keys(ID_PREFIX).sort()).toEqual([...labels].filter((l) => l !== LABELS.Entity).sort());
    for (const type of FACT_TYPES) {
      expect(statements, type).toContain(
        `CONSTRAINT ${factIdConstraint(type)} IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
      );
    }
    expect(new Set(schemaStatements()).size).toBe(schemaStatements().length);
  });

  it('key properties are declared properties, and only facts are curated', () => {
    expect(propertiesWith('PARTICIPATED', 'key')).toEqual(['role']);
    expect(propertiesWith('HOLDS', 'all')).toEqual(['current']);
    expect(FACT_TYPES).toEqual(['HOLDS', 'PART_OF', 'PARTICIPATED', 'ORGANIZED']);
  });

  it('combines independent sources noisy-or', () => {
    expect(combineConfidence([])).toBe(0);
    expect(combineConfidence([1])).toBe(1);
    expect(combineConfidence([0.5, 0.5])).toBeCloseTo(0.75);
    expect(combineConfidence([0.6, 0.3, 0.2])).toBeCloseTo(1 - 0.4 * 0.7 * 0.8);
  });
});
