/**
 * The extraction pool's worker entry (piscina). Plain JavaScript because a worker thread does not
 * inherit every TypeScript loader: under `tsx` it would, but the test runner transforms modules in
 * its own process only. tsx's API loads the TypeScript task the same way in both.
 */
import { tsImport } from 'tsx/esm/api';

const { prepareArticleSource } = await tsImport('./prepare-article.ts', import.meta.url);

/** @param {import('./prepare-article.ts').ArticleSource} source */
export default function prepare(source) {
  return prepareArticleSource(source);
}
