import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { OPERATIONS } from './operations';

const serverSdl = fileURLToPath(new URL('../../../server/schema.graphql', import.meta.url));
const contractSdl = fileURLToPath(new URL('./contract.graphql', import.meta.url));
// The server's committed SDL is the truth; the transcribed contract stands in until it exists.
const sdlPath = existsSync(serverSdl) ? serverSdl : contractSdl;
// assumeValid: we check our operations, not the schema (the server's own tests do that, and a
// work-in-progress SDL may carry e.g. an empty `type Mutation`).
const schema = buildSchema(readFileSync(sdlPath, 'utf8'), { assumeValid: true });

describe(`operations are valid against ${sdlPath.includes('server') ? 'server/schema.graphql' : 'the contract'}`, () => {
  for (const operation of OPERATIONS) {
    it(operation.name, () => {
      const document = parse(operation.text);
      const errors = validate(schema, document).map((e) => e.message);
      expect(errors).toEqual([]);
      const names = document.definitions.map((d) => ('name' in d ? d.name?.value : undefined));
      expect(names).toEqual([operation.name]);
    });
  }

  it('catches a wrong field (the check can fail)', () => {
    const errors = validate(schema, parse('query { search(query: "x") { edges { node { nope } } } }'));
    expect(errors.length).toBeGreaterThan(0);
  });
});
