/** What draws WebGL in this browser (graph/render-plan.ts decides with it), asked once per page. */
import { type GlKind, glKind } from '../graph/render-plan';

let known: GlKind | undefined;

export function detectGl(): GlKind {
  if (known) return known;
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return (known = 'none');
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  known = glKind(String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)));
  // Browsers allow few live WebGL contexts; give this one back.
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return known;
}
