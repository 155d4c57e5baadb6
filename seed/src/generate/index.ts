export * from './corpus';
export * from './rng';
export type { World, Scenario } from './scenario';
