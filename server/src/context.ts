import type { Driver } from 'neo4j-driver';

/** Per-request context. */
export interface Context {
  driver: Driver;
  database: string;
}
