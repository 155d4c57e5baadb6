import { badInput } from '../errors';
import type { Context } from '../context';
import type { NodeRec } from '../neo4j/records';

/**
 * The stored node an id argument names, of the GraphQL type the field needs; otherwise
 * BAD_USER_INPUT saying which (these fields take an entity to start from, so a wrong one is the
 * caller's mistake, not a missing result).
 */
export async function entityArg<K extends NodeRec['__typename']>(
  ctx: Context,
  name: string,
  id: string,
  typename: K,
): Promise<Extract<NodeRec, { __typename: K }>> {
  const shown = JSON.stringify(id.slice(0, 80));
  const a = (t: string): string => `${/^[aeiou]/i.test(t) ? 'an' : 'a'} ${t.toLowerCase()}`;
  const rec = await ctx.loaders.node.load(id);
  if (!rec) throw badInput(`${name}: no ${typename.toLowerCase()} with id ${shown}`);
  if (rec.__typename !== typename) {
    throw badInput(`${name}: ${shown} is ${a(rec.__typename)}, not ${a(typename)}`);
  }
  return rec as Extract<NodeRec, { __typename: K }>;
}
