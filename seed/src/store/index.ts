export * from './schema';
export * from './write';
export * from './plan';
