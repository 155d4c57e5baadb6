import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './context';
import { fold } from './fold/fold';
import { labelOf } from './neo4j/records';

/**
 * Only the builder and its plugins; types live in ./schema/<domain>.ts.
 *
 * Global ids are our own ids: they are already unique across types (`per_…`, `org_…`), stable
 * across re-seeding and readable in logs, so encoding is the identity and decoding reads the
 * type from the prefix.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: { ID: { Input: string; Output: string } };
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeTypeOptions: {
      description:
        'Anything with a stable id; ids carry their type as a prefix (per_, org_, pos_, evt_, plc_, art_).',
    },
    encodeGlobalID: (_typename, id) => String(id),
    decodeGlobalID: (globalID) => ({ typename: labelOf(globalID) ?? 'Unknown', id: globalID }),
    nodeQueryOptions: {
      description:
        'Any node by its id (`per_…`, `org_…`, `pos_…`, `evt_…`, `plc_…`, `art_…`); null when absent.',
      // The whole nested selection in one statement where it follows links (fold/README.md).
      resolve: async (_root, { id }, ctx, info) => {
        await fold(ctx, info, info.fieldNodes, [id.id]);
        return ctx.loaders.node.load(id.id);
      },
    },
    nodesQueryOptions: {
      description: 'Nodes by id, in the order asked; null for ids that do not exist.',
      // One failed batch (the database is down) fails the field, not each item on its own.
      resolve: async (_root, { ids }, ctx, info) => {
        await fold(
          ctx,
          info,
          info.fieldNodes,
          ids.map((i) => i.id),
        );
        return Promise.all(ids.map((i) => ctx.loaders.node.load(i.id)));
      },
    },
  },
});

builder.queryType({});
builder.mutationType({});
