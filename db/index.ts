export * from './local-neo4j';
export * from './connection';
export * from './tcp-no-delay';
export * from './password';
export * from './backup';
