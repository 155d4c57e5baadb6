import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Plugin } from 'graphql-yoga';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Paths the API owns; everything else under GET/HEAD is the web app. */
const API = ['/graphql', '/health', '/ready'];

/** A file inside root for a URL path, or null (never escapes root: `..` and encoded variants). */
export function fileFor(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const full = resolve(base, '.' + normalize('/' + decoded));
  return full === base || full.startsWith(base + sep) ? full : null;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves the built web app: a file when one exists, else index.html (client-side routes). Hashed
 * assets are cached for a year; index.html never, so a deploy shows up at once.
 */
export function useStatic(dir: string): Plugin {
  const root = resolve(dir);
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (API.some((p) => url.pathname === p || url.pathname.startsWith(p + '/'))) return;
      const asked = fileFor(root, url.pathname);
      const file = asked && (await isFile(asked)) ? asked : join(root, 'index.html');
      if (!(await isFile(file))) return;
      const body = request.method === 'HEAD' ? null : await readFile(file);
      const immutable = file.includes(`${sep}assets${sep}`);
      endResponse(
        new fetchAPI.Response(body, {
          status: 200,
          headers: {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
            'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
            'x-content-type-options': 'nosniff',
          },
        }),
      );
    },
  };
}
