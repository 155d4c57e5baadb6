export * from './local-neo4j';
export * from './connection';
export * from './password';
export * from './backup';
