export * from './kinds';
export * from './labels';
export * from './relations';
export * from './evidence';
export * from './extraction';
export * from './constraints';
export * from './partial-date';
