export * from './article';
export * from './markup';
