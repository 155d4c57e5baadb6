/**
 * The one way the explorer talks to the API: POST a typed operation to the same-origin `/graphql`.
 * Failures come back as one error type whose `kind` lets the UI tell "API down" from "API said no".
 */
import { authHeaders, loadSession } from '../session/session';
import type { TypedDocumentString } from './generated/graphql';

export type ApiErrorKind = 'network' | 'http' | 'graphql';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    /** The server's `extensions.code` (UNAUTHENTICATED, BAD_USER_INPUT, …) when it gave one. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface RequestOptions {
  endpoint?: string;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  /** Overrides the tab's signed-in token (null: send none). */
  token?: string | null;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function request<TResult, TVariables>(
  operation: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  opts: RequestOptions = {},
): Promise<TResult> {
  const fetchImpl = opts.fetchImpl ?? fetch;
  const token = opts.token === undefined ? (loadSession()?.token ?? null) : opts.token;
  let response: Response;
  try {
    response = await fetchImpl(opts.endpoint ?? '/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...authHeaders(token ? { token, curator: null } : null),
      },
      body: JSON.stringify({ query: operation.toString(), variables }),
      signal: opts.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError('network', (e as Error).message);
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    // A proxy with no upstream answers 502/504 with HTML: that is the API being down.
    throw new ApiError(response.status >= 500 ? 'network' : 'http', `HTTP ${response.status}`);
  }
  if (body.errors?.length) {
    const code = body.errors.find((e) => e.extensions?.code)?.extensions?.code;
    throw new ApiError('graphql', body.errors.map((e) => e.message).join('; '), code);
  }
  if (!response.ok || body.data == null) {
    throw new ApiError(response.status >= 500 ? 'network' : 'http', `HTTP ${response.status}`);
  }
  return body.data;
}
