import { printSchema } from './graphql';
import { schema } from './schema';

export const SCHEMA_FILE = new URL('../schema.graphql', import.meta.url);

/** The committed SDL: sorted (schema/index.ts sorts), with a header saying where it comes from. */
export function printSchemaFile(): string {
  return `# Generated from server/src/schema by \`npm run schema:print -w server\`. Do not edit.\n\n${printSchema(schema)}\n`;
}
