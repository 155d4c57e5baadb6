/**
 * GraphQL Code Generator: result and variable types of every operation in src/api/operations.ts,
 * generated from the server's committed SDL. `npm run codegen -w web` writes src/api/generated/;
 * src/api/codegen.test.ts fails when the committed output drifts from the SDL or the operations.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/api/operations.ts'],
  ignoreNoDocuments: false,
  generates: {
    'src/api/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Plain strings on the wire: no GraphQL AST (or `graphql` package) in the browser bundle.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { ID: 'string' },
      },
    },
  },
};

export default config;
