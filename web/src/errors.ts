import { ApiError } from './api/client';
import type { Translate } from './i18n';

/** One user-facing sentence per failure: "API down" reads differently from "the API said no". */
export function describeError(t: Translate, error: unknown): string {
  if (error instanceof ApiError && error.kind === 'network') return t('apiDown', { message: error.message });
  if (error instanceof ApiError && error.code === 'UNAUTHENTICATED')
    return t('unauthenticated', { message: error.message });
  if (error instanceof ApiError && error.code === 'BAD_USER_INPUT')
    return t('badInput', { message: error.message });
  return t('error', { message: error instanceof Error ? error.message : String(error) });
}
