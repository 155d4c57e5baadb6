import { GraphQLError } from './graphql';

/**
 * Expected failures: a GraphQLError with `extensions.code`, which yoga passes through unmasked.
 * Anything else thrown by a resolver is masked ("Unexpected error.") so no Cypher or stack leaks.
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'DATABASE_UNAVAILABLE';

export function apiError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

export const badInput = (message: string): GraphQLError => apiError('BAD_USER_INPUT', message);
export const notFound = (message: string): GraphQLError => apiError('NOT_FOUND', message);

/** Throws BAD_USER_INPUT unless `min ≤ value ≤ max`. */
export function checkRange(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${name} must be an integer between ${min} and ${max} (got ${value})`);
  }
}
