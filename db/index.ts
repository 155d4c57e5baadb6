export * from './local-neo4j';
export * from './connection';
