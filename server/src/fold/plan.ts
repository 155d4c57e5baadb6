import type { FieldNode, FragmentDefinitionNode, GraphQLSchema, SelectionSetNode } from '../graphql';
import { LINKS, type LinkName } from '../neo4j/links';
import type { NodeRec } from '../neo4j/records';

/** A GraphQL type that stands for one stored node (what a fold starts from or reaches). */
export type NodeType = NodeRec['__typename'];

/**
 * What to fetch at one node, read from the selection set: the links its fields follow (each with
 * the plan of the node at the other end), the organization of a post (by `organizationId`), and
 * whether the evidence of a link's fact asks for its articles.
 */
export interface NodePlan {
  type: NodeType;
  links: Map<LinkName, LinkPlan>;
  organization: NodePlan | null;
}
export interface LinkPlan {
  other: NodePlan | null;
  articles: boolean;
}

/**
 * Fields that follow a link. `node`: the field returns the node at the other end. A fact field
 * returns a fact (`fact` is its GraphQL type) whose `other` fields are that node; `post` says
 * where the fact's post is (`Tenure.organization`): the other end, or the node itself.
 */
type Hop =
  { link: LinkName; node: true } | { link: LinkName; fact: string; other: string; post?: 'other' | 'self' };

const ENTITY_HOPS = { articles: { link: 'entityArticles', node: true } } as const;
const HOPS: Record<NodeType, Record<string, Hop>> = {
  Person: {
    ...ENTITY_HOPS,
    positions: { link: 'personPositions', fact: 'Tenure', other: 'position', post: 'other' },
    events: { link: 'personEvents', fact: 'Participation', other: 'event' },
  },
  Organization: {
    ...ENTITY_HOPS,
    positions: { link: 'organizationPositions', node: true },
    people: { link: 'organizationPeople', fact: 'Tenure', other: 'person' },
    parent: { link: 'organizationParent', node: true },
    parentLink: { link: 'organizationParent', fact: 'SubunitLink', other: 'parent' },
    units: { link: 'organizationUnits', node: true },
    unitLinks: { link: 'organizationUnits', fact: 'SubunitLink', other: 'unit' },
    events: { link: 'organizationEvents', fact: 'Organizing', other: 'event' },
  },
  Event: {
    ...ENTITY_HOPS,
    place: { link: 'eventPlace', node: true },
    participants: { link: 'eventParticipants', fact: 'Participation', other: 'person' },
    organizers: { link: 'eventOrganizers', fact: 'Organizing', other: 'organization' },
  },
  Place: {
    ...ENTITY_HOPS,
    parent: { link: 'placeParent', node: true },
    children: { link: 'placeChildren', node: true },
    events: { link: 'placeEvents', node: true },
  },
  Position: {
    holders: { link: 'positionHolders', fact: 'Tenure', other: 'person', post: 'self' },
  },
  Article: {},
};

export interface Selection {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
}

/** Whether a fragment's type condition covers `type` (itself or an interface it implements). */
function applies(sel: Selection, condition: string | undefined, type: string): boolean {
  if (!condition || condition === type) return true;
  const t = sel.schema.getType(type);
  return !!t && 'getInterfaces' in t && t.getInterfaces().some((i) => i.name === condition);
}

/** The fields selected on an object of `type`, by name, through fragments (directives ignored: fetching more is harmless). */
export function fieldsOn(
  sel: Selection,
  sets: readonly (SelectionSetNode | undefined)[],
  type: string,
  out = new Map<string, FieldNode[]>(),
): Map<string, FieldNode[]> {
  for (const set of sets) {
    for (const s of set?.selections ?? []) {
      if (s.kind === 'Field') out.set(s.name.value, [...(out.get(s.name.value) ?? []), s]);
      else if (s.kind === 'InlineFragment') {
        if (applies(sel, s.typeCondition?.name.value, type)) fieldsOn(sel, [s.selectionSet], type, out);
      } else {
        const f = sel.fragments[s.name.value];
        if (f && applies(sel, f.typeCondition.name.value, type)) fieldsOn(sel, [f.selectionSet], type, out);
      }
    }
  }
  return out;
}

const subsets = (fields: readonly FieldNode[] | undefined) => (fields ?? []).map((f) => f.selectionSet);

interface Gathered {
  other: (SelectionSetNode | undefined)[];
  otherPost: (SelectionSetNode | undefined)[];
  articles: boolean;
}

/**
 * The plan for a node of `type` under these selection sets; `post` adds selections of its
 * organization made elsewhere (a Tenure's `organization` is its post's organization).
 */
export function planNode(
  sel: Selection,
  type: NodeType,
  sets: readonly (SelectionSetNode | undefined)[],
  post: readonly (SelectionSetNode | undefined)[] = [],
): NodePlan {
  const fields = fieldsOn(sel, sets, type);
  const gathered = new Map<LinkName, Gathered>();
  const selfPost = [...post, ...(type === 'Position' ? subsets(fields.get('organization')) : [])];
  for (const [name, hop] of Object.entries(HOPS[type])) {
    const at = fields.get(name);
    if (!at) continue;
    const g = gathered.get(hop.link) ?? { other: [], otherPost: [], articles: false };
    gathered.set(hop.link, g);
    if ('node' in hop) {
      g.other.push(...subsets(at));
      continue;
    }
    const fact = fieldsOn(sel, subsets(at), hop.fact);
    g.other.push(...subsets(fact.get(hop.other)));
    const org = subsets(fact.get('organization'));
    if (hop.post === 'other') g.otherPost.push(...org);
    if (hop.post === 'self') selfPost.push(...org);
    g.articles ||= fieldsOn(sel, subsets(fact.get('evidence')), 'Evidence').has('article');
  }
  const links = new Map<LinkName, LinkPlan>();
  for (const [link, g] of gathered) {
    const otherType = LINKS[link].other;
    links.set(link, {
      other: otherType ? planNode(sel, otherType, g.other, g.otherPost) : null,
      articles: g.articles,
    });
  }
  const organization =
    type === 'Position' && selfPost.length > 0 ? planNode(sel, 'Organization', selfPost) : null;
  return { type, links, organization };
}

/** True when the plan reaches past the node itself (else a plain node lookup does). */
export const reachesOut = (p: NodePlan): boolean => p.links.size > 0 || p.organization !== null;

/** The fields reached from `fields` down a path of (field, type of its value): search → edges → node. */
export function fieldsAt(
  sel: Selection,
  fields: readonly FieldNode[],
  path: readonly (readonly [string, string])[],
): FieldNode[] {
  let at = [...fields];
  for (const [name, type] of path) at = fieldsOn(sel, subsets(at), type).get(name) ?? [];
  return at;
}
