import { describe, expect, it } from 'vitest';
import { parse, type FragmentDefinitionNode, type OperationDefinitionNode } from '../graphql';
import { unaskedRelProperties } from './unasked';

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

describe('unaskedRelProperties', () => {
  it('leaves out what no field of the operation names', () => {
    const skip = unaskedRelProperties(
      info(`{ node(id: "x") { ... on Person { positions { caption organization { name } } } } }`),
    );
    expect([...skip].sort()).toEqual(
      ['confidence', 'curatedBy', 'evidence', 'id', 'laterSupport', 'status', 'topic'].sort(),
    );
  });

  it('keeps a property asked anywhere: another branch, a fragment, another type', () => {
    const skip = unaskedRelProperties(
      info(`query { node(id: "x") { id ...P } changes(since: "2020") { edges { node { evidence { sentence } } } } }
        fragment P on Person { events { confidence topic } timeline { fact { status } } }`),
    );
    expect([...skip].sort()).toEqual(['curatedBy', 'laterSupport']);
  });
});
