export * from './store/index';
export * from './resolve/index';
export * from './ingest';
export * from './normalize';
export * from './extract';
export * from './generate/index';
