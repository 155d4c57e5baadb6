export * from './ids';
export * from './pinyin';
export * from './resolver';
