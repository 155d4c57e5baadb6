export * from './article-files';
export * from './extraction-pool';
export * from './pipeline';
export * from './prepare-article';
export * from './seed-files';
