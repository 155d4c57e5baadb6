import { describe, expect, it } from 'vitest';
import { parse, type FragmentDefinitionNode, type OperationDefinitionNode } from '../graphql';
import { unaskedOn, unaskedProperties } from './unasked';

/** The operation and fragments of a document, as a resolver's info gives them. */
function info(query: string) {
  const doc = parse(query);
  const operation = doc.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  )!;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((f) => [f.name.value, f]),
  );
  return { operation, fragments };
}

const FACT_ONLY = ['confidence', 'curatedBy', 'evidence', 'id', 'laterSupport', 'status', 'topic'];
const DATES = ['firstSeen', 'lastSeen', 'since', 'sinceBound', 'until', 'untilBound', 'lastCurrent'];

describe('unaskedProperties', () => {
  it('leaves out what no field of the operation names', () => {
    const skip = unaskedProperties(
      info(`{ node(id: "x") { ... on Person { positions { caption organization { name } } } } }`),
    );
    expect([...skip].sort()).toEqual([...FACT_ONLY, 'aliases', ...DATES].sort());
  });

  it("keeps the dates for a post's holders, whose succession order reads them", () => {
    const skip = unaskedProperties(info(`{ node(id: "x") { ... on Position { holders { current } } } }`));
    expect([...unaskedOn('positionHolders', skip)].sort()).toEqual([...FACT_ONLY, 'aliases'].sort());
    expect(unaskedOn('personPositions', skip)).toBe(skip);
  });

  it('keeps a property asked anywhere: another branch, a fragment, another type', () => {
    const skip = unaskedProperties(
      info(`query { node(id: "x") { id ...P } changes(since: "2020") { edges { node { evidence { sentence } } } } }
        fragment P on Person { events { confidence topic } timeline { fact { status } } }`),
    );
    // The timeline orders by every date, so none is left out.
    expect([...skip].sort()).toEqual(['aliases', 'curatedBy', 'laterSupport']);
  });
});
