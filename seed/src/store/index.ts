export * from './schema';
export * from './write';
export * from './plan';
export * from './merge';
export * from './bulk';
