export * from './seed-files';
