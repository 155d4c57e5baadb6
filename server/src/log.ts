import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Structured JSON lines (pino). Level from LOG_LEVEL (default `info`; `silent` under vitest unless
 * set). Authorization headers and request bodies are never passed to it; the redaction is a net
 * for the day someone logs a header object anyway.
 */
export function createLogger(destination?: DestinationStream, level?: string): Logger {
  const options = {
    level: level ?? process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
    base: { app: 'guanxi' },
    redact: { paths: ['*.authorization', '*.password', '*.text', '*.variables'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
