export * from './normalize/index';
export * from './extract/index';
export * from './resolve/index';
export * from './store/index';
export * from './ingest';
export * from './load/index';
export * from './generate/index';
