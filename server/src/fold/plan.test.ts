import { describe, expect, it } from 'vitest';
import { parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from '../graphql';
import { schema } from '../schema';
import { foldCypher } from './cypher';
import { fieldsAt, planNode, reachesOut, type NodePlan } from './plan';

/** The selection under the operation's first root field, as a resolver's info would give it. */
function selection(query: string) {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((f) => [f.name.value, f]),
  );
  const root = op.selectionSet.selections[0] as FieldNode;
  return { sel: { schema, fragments }, root };
}

const shape = (p: NodePlan | null): unknown =>
  p && {
    type: p.type,
    links: Object.fromEntries(
      [...p.links].map(([k, v]) => [k, { other: shape(v.other), articles: v.articles }]),
    ),
    organization: shape(p.organization),
  };

describe('planNode', () => {
  it('follows posts, their organization, its posts and holders, through fragments', () => {
    const { sel, root } = selection(`{ node(id: "per_1") { ...P } }
      fragment P on Person { name positions { caption evidence { article { id } } organization { ... on Entity { name }
        positions { title holders { current person { name } } } } } }`);
    const plan = planNode(sel, 'Person', [root.selectionSet]);
    expect(shape(plan)).toEqual({
      type: 'Person',
      links: {
        personPositions: {
          articles: true,
          other: {
            type: 'Position',
            links: {},
            organization: {
              type: 'Organization',
              links: {
                organizationPositions: {
                  articles: false,
                  other: {
                    type: 'Position',
                    links: {
                      positionHolders: {
                        articles: false,
                        other: { type: 'Person', links: {}, organization: null },
                      },
                    },
                    organization: null,
                  },
                },
              },
              organization: null,
            },
          },
        },
      },
      organization: null,
    });
  });

  it('ignores fragments on other types and reaches nothing for scalar fields', () => {
    const { sel, root } = selection(
      `{ node(id: "per_1") { id ... on Organization { positions { title } } } }`,
    );
    const plan = planNode(sel, 'Person', [root.selectionSet]);
    expect(reachesOut(plan)).toBe(false);
    expect(reachesOut(planNode(sel, 'Organization', [root.selectionSet]))).toBe(true);
  });

  it('finds the nodes of a search page', () => {
    const { sel, root } = selection(
      `{ search(query: "x") { totalCount edges { node { ... on Event { place { name } } } } } }`,
    );
    const nodes = fieldsAt(
      sel,
      [root],
      [
        ['edges', 'EntityConnection'],
        ['node', 'EntityEdge'],
      ],
    );
    const plan = planNode(
      sel,
      'Event',
      nodes.map((n) => n.selectionSet),
    );
    expect([...plan.links.keys()]).toEqual(['eventPlace']);
  });
});

describe('foldCypher', () => {
  it('nests one COLLECT per link, with the loader pattern, retraction filter, order and cap', () => {
    const { sel, root } = selection(
      `{ node(id: "per_1") { ... on Person { positions { organization { name } } } } }`,
    );
    const plan = planNode(sel, 'Person', [root.selectionSet]);
    const cypher = foldCypher(['Person'], new Map([['Person', plan]]));
    expect(cypher).toContain('MATCH (k:Person) WHERE k.id IN $ids.Person');
    expect(cypher).toContain('MATCH (k)-[r1:HOLDS]->(o1:Position)');
    expect(cypher).toContain('WHERE r1.retracted IS NULL');
    expect(cypher).toContain('LIMIT $cap');
    expect(cypher).toMatch(/MATCH \(org\d+:Organization \{id: o1\.organizationId\}\)/);
    expect(cypher).not.toMatch(/\$(?!ids|cap|sep)\w/);
  });
});
