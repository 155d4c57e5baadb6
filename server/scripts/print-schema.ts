/**
 * Writes server/schema.graphql from the code-first schema (`npm run schema:print -w server`).
 * The web app types its operations against this file; schema.test.ts fails when it drifts.
 */
import { writeFileSync } from 'node:fs';
import { printSchemaFile, SCHEMA_FILE } from '../src/print';

writeFileSync(SCHEMA_FILE, await printSchemaFile());
console.log(`wrote ${SCHEMA_FILE.pathname}`);
