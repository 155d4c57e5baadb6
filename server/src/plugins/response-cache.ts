import { randomUUID } from 'node:crypto';
import { createInMemoryCache, hashSHA256, useResponseCache } from '@graphql-yoga/plugin-response-cache';

/** Distinct operations kept (least recently used go first); every write makes the older ones unreachable. */
const MAX_ENTRIES = 2000;

const anonymous = (request: Request): boolean => !request.headers.has('authorization');

/**
 * Responses to anonymous reads, cached under the graph's version (`Db.version`: the bookmark of the
 * last committed transaction). Every write — our mutations, another app process, `npm run seed` —
 * commits a transaction and so changes the version: the next read misses and sees the write. The
 * version is read before the operation runs, so an entry never holds data older than its version.
 * Costs one tiny read per anonymous request; requests with a bearer token bypass it; results with
 * errors are not cached. `version` is the app's own door (yoga builds the key before any context).
 */
export function useGraphCache(version: () => Promise<string>) {
  return useResponseCache({
    session: () => null,
    enabled: anonymous,
    cache: createInMemoryCache({ max: MAX_ENTRIES }),
    ttl: 10 * 60_000,
    // The version is the invalidation: no per-entity bookkeeping on mutations.
    invalidateViaMutation: false,
    shouldCacheResult: ({ result }) => !result.errors,
    buildResponseCacheKey: async ({ documentString, variableValues, operationName, request }) => {
      // Not cached (a token, or no database to ask): a key nothing else has, and no version read;
      // the operation itself then meets the outage and says so.
      if (!anonymous(request)) return randomUUID();
      const at = await version().catch(() => null);
      if (at === null) return randomUUID();
      // Hashed: the key is also the ETag header.
      return hashSHA256(JSON.stringify([at, operationName ?? null, documentString, variableValues ?? {}]));
    },
  });
}
