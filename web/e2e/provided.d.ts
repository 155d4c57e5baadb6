// The settings test/global-setup-neo4j.ts provides (declared there too; the web project does not
// compile that file).
declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string };
  }
}
export {};
