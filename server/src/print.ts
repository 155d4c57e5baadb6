import { format, resolveConfig } from 'prettier';
import { printSchema } from './graphql';
import { schema } from './schema';

export const SCHEMA_FILE = new URL('../schema.graphql', import.meta.url);

/**
 * The committed SDL: sorted (schema/index.ts sorts), with a header saying where it comes from, and
 * formatted by prettier exactly as `npm run format` would, so formatting never looks like drift.
 */
export async function printSchemaFile(): Promise<string> {
  const sdl = `# Generated from server/src/schema by \`npm run schema:print -w server\`. Do not edit.\n\n${printSchema(schema)}\n`;
  const options = (await resolveConfig(SCHEMA_FILE.pathname)) ?? {};
  return format(sdl, { ...options, parser: 'graphql' });
}
