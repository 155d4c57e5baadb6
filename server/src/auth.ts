import { apiError } from './errors';
import type { Context } from './context';

/** Mutations change the shared graph: only holders of API_TOKEN may call them. */
export function requireWriter(ctx: Context): void {
  if (!ctx.auth.enabled) {
    throw apiError('UNAUTHENTICATED', 'mutations are disabled on this server (it has no API_TOKEN)');
  }
  if (!ctx.auth.authenticated) {
    throw apiError('UNAUTHENTICATED', 'mutations need the header `Authorization: Bearer <API_TOKEN>`');
  }
}
