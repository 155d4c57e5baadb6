import SchemaBuilder from '@pothos/core';
import type { Context } from './context';

/** Only the builder and its plugins; types live in ./schema/<domain>.ts. */
export const builder = new SchemaBuilder<{ Context: Context }>({});

builder.queryType({});
