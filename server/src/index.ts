export { createApp } from './yoga';
export type { AppOptions } from './yoga';
export { exposureProblems } from './exposure';
