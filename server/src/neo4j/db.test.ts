import neo4j, { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { isConnectivityError } from './db';

describe('outage errors are recognised by class and code', () => {
  it('counts the driver’s connectivity errors and an offline database', () => {
    for (const code of [
      neo4j.error.SERVICE_UNAVAILABLE,
      neo4j.error.SESSION_EXPIRED,
      'Neo.TransientError.General.DatabaseUnavailable',
    ]) {
      expect(isConnectivityError(new Neo4jError('x', code, '', '')), code).toBe(true);
    }
  });

  it('does not count deadlocks, syntax errors or look-alikes', () => {
    const deadlock = new Neo4jError('x', 'Neo.TransientError.Transaction.DeadlockDetected', '', '');
    expect(deadlock.retriable).toBe(true);
    expect(isConnectivityError(deadlock)).toBe(false);
    expect(isConnectivityError(new Neo4jError('x', 'Neo.ClientError.Statement.SyntaxError', '', ''))).toBe(
      false,
    );
    const lookAlike = Object.assign(new Error('x'), { name: 'Neo4jError', code: 'ServiceUnavailable' });
    expect(isConnectivityError(lookAlike)).toBe(false);
  });
});
