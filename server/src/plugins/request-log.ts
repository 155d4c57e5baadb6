import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { DefinitionNode, DocumentNode, OperationDefinitionNode } from '../graphql';
import type { Logger } from '../log';

interface Entry {
  id: string;
  began: number;
  operation?: string;
  codes: string[];
}

/** Operations slower than this are logged at `warn` with `slow: true`. */
export const SLOW_MS = 1000;

/** Labels by parsed document (yoga caches those): a document sent again is not searched again. */
const labels = new WeakMap<DocumentNode, Map<string, string | undefined>>();

/** `query Name` (or `(anonymous)`) of the operation a request runs. */
function operationLabel(document: DocumentNode, operationName: string | undefined): string | undefined {
  const byName = labels.get(document) ?? new Map<string, string | undefined>();
  labels.set(document, byName);
  const key = operationName ?? '';
  if (byName.has(key)) return byName.get(key);
  const op = document.definitions.find(
    (d: DefinitionNode): d is OperationDefinitionNode =>
      d.kind === 'OperationDefinition' && (!operationName || d.name?.value === operationName),
  );
  const label = op ? `${op.operation} ${op.name?.value ?? '(anonymous)'}` : undefined;
  byName.set(key, label);
  return label;
}

/**
 * One line per request: id (also sent back as X-Request-Id), method, path, GraphQL operation name,
 * status, duration and outcome (`ok`, or the error codes). Never the query text, its variables, the
 * headers or an article: they may hold tokens and texts.
 */
export function useRequestLog(log: Logger, slowMs: number = SLOW_MS): Plugin {
  const entries = new WeakMap<Request, Entry>();
  return {
    onRequest({ request }) {
      entries.set(request, { id: randomUUID(), began: performance.now(), codes: [] });
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const entry = request && entries.get(request);
      if (!entry) return;
      entry.operation = operationLabel(args.document as DocumentNode, args.operationName ?? undefined);
      return {
        onExecuteDone({ result }) {
          if (!('errors' in result) || !result.errors) return;
          for (const e of result.errors) entry.codes.push(String(e.extensions?.code ?? 'INTERNAL'));
        },
      };
    },
    onResponse({ request, response }) {
      const entry = entries.get(request);
      if (!entry) return;
      response.headers.set('x-request-id', entry.id);
      const ms = Math.round(performance.now() - entry.began);
      const outcome =
        entry.codes.length > 0 ? [...new Set(entry.codes)].join(',') : response.status < 400 ? 'ok' : 'error';
      const line = {
        reqId: entry.id,
        method: request.method,
        path: new URL(request.url).pathname,
        operation: entry.operation,
        status: response.status,
        ms,
        outcome,
      };
      if (ms >= slowMs) log.warn({ ...line, slow: true }, 'slow request');
      else log.info(line, 'request');
    },
  };
}
