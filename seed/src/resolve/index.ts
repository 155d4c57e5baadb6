export * from './ids';
export * from './pinyin';
export * from './resolver';
export * from './mentions';
export * from './entities';
