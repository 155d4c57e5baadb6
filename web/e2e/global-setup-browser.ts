/**
 * Vitest global setup of the e2e project: find or provision a Chromium once, before any test file,
 * so a missing browser is installed (or reported in one line) instead of failing every suite.
 */
import { ensureBrowser } from './find-browser';

export default async function setup(): Promise<void> {
  const { path, how } = await ensureBrowser();
  console.log(`guanxi e2e: Chromium ${path} (${how})`);
}
