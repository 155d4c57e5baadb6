/**
 * Chromium flags for the render bench. This machine has no GPU: WebGL runs on SwiftShader (ANGLE's
 * software Vulkan). Of the flag sets tried (see web/README.md), these gave the best honest figures.
 */
import type { Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/browser';

export const BENCH_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu'),
  ...(process.env.BENCH_FLAGS ?? '--use-angle=swiftshader --enable-unsafe-swiftshader')
    .split(' ')
    .filter(Boolean),
];

/** The WebGL renderer string, so the printout says what drew the frames. */
export async function gpuName(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'no WebGL2';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}
