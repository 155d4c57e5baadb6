import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** Articles are at most 2 MB (seed's MAX_ARTICLE_BYTES); JSON escaping can double that. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

const tooLarge = (max: number) =>
  createGraphQLError(`request body is larger than ${max} bytes`, {
    extensions: { code: 'PAYLOAD_TOO_LARGE', http: { status: 413 } },
  });

/** Reads at most `max` bytes of a body, failing as soon as it is over (no buffering of the rest). */
async function readLimited(request: Request, max: number): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Refuses big bodies with 413: up front from Content-Length, and by counting while reading when
 * the body is chunked (no Content-Length).
 */
export function useBodyLimit(max: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      const declared = request.headers.get('content-length');
      if (declared !== null && Number(declared) > max) throw tooLarge(max);
      if (declared !== null || request.method !== 'POST' || !requestParser) return;
      setRequestParser(async (req) => {
        const text = await readLimited(req, max);
        return requestParser(new Request(req.url, { method: req.method, headers: req.headers, body: text }));
      });
    },
  };
}
