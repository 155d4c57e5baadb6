import { SERVICE, type Actor } from './actor';
import { curatorByToken } from './curation/curators';
import { apiError } from './errors';
import type { Context } from './context';

/**
 * Writes change the shared graph: they need the service token (API_TOKEN) or a curator's token.
 * A curator token costs an argon2 verification, so it is checked once per request, on first write.
 */
export async function requireWriter(ctx: Context): Promise<Actor> {
  if (ctx.auth.authenticated) return SERVICE;
  if (ctx.auth.bearer) {
    ctx.actor ??= curatorByToken(ctx.db, ctx.auth.bearer).then((c) =>
      c ? { id: c.id, name: c.name } : null,
    );
    const actor = await ctx.actor;
    if (actor) return actor;
    throw apiError(
      'UNAUTHENTICATED',
      'the bearer token is not the service token nor a current curator token',
    );
  }
  throw apiError(
    'UNAUTHENTICATED',
    'writes need the header `Authorization: Bearer <token>` (a curator token, or the service API_TOKEN)',
  );
}
