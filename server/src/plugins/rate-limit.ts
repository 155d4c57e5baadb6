import type { Plugin } from 'graphql-yoga';

/**
 * A token bucket per client address: `perMinute` requests in a burst, refilled evenly over the
 * minute. Buckets that have refilled are forgotten, so memory follows the number of active clients.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 when the request may pass (and is counted), else the seconds until it may. */
  take(key: string): number {
    const now = this.now();
    const ratePerMs = this.perMinute / 60_000;
    const b = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    b.tokens = Math.min(this.perMinute, b.tokens + (now - b.at) * ratePerMs);
    b.at = now;
    this.buckets.set(key, b);
    if (this.buckets.size > 10_000) this.sweep(now);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / ratePerMs / 1000));
  }

  get size(): number {
    return this.buckets.size;
  }

  private sweep(now: number): void {
    const ratePerMs = this.perMinute / 60_000;
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.at) * ratePerMs >= this.perMinute) this.buckets.delete(key);
    }
  }
}

/** The peer address of a Node request; null in-process (`app.fetch` from tests and benchmarks). */
export function clientAddress(serverContext: unknown): string | null {
  const req = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req;
  return req?.socket?.remoteAddress ?? null;
}

/**
 * 429 with Retry-After for a client over `perMinute` GraphQL requests (the web app's files and the
 * probes are not counted). The address is the TCP peer: behind a proxy, limit at the proxy.
 */
export function useRateLimit(perMinute: number): Plugin {
  const limiter = new RateLimiter(perMinute);
  return {
    onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname !== '/graphql' || request.method === 'OPTIONS') return;
      // Calls without a socket come from this process (tests, benchmarks), not from the network.
      const address = clientAddress(serverContext);
      if (address === null) return;
      const wait = limiter.take(address);
      if (wait === 0) return;
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [{ message: 'too many requests; retry later', extensions: { code: 'RATE_LIMITED' } }],
          }),
          { status: 429, headers: { 'content-type': 'application/json', 'retry-after': String(wait) } },
        ),
      );
    },
  };
}
