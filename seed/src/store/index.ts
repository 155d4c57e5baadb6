export * from './schema';
export * from './write';
export * from './plan';
export * from './merge';
export * from './bulk';
export { absorbSources, CONFIDENCE_FROM_SOURCES, dateClauses } from './queries';
