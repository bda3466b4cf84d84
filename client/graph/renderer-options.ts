/** Above this many elements the plain canvas renderer starts to drop frames while panning. */
export const LARGE_GRAPH_ELEMENTS = 2000;

/** Cytoscape core options that decide how a graph of a given size is drawn. */
export interface RendererChoice {
  readonly mode: "canvas" | "webgl" | "canvas-fast";
  readonly options: {
    readonly webgl?: boolean;
    readonly hideEdgesOnViewport?: boolean;
    readonly textureOnViewport?: boolean;
    readonly motionBlur?: boolean;
    readonly pixelRatio?: number;
  };
}

/**
 * How to draw `elementCount` elements: the ordinary canvas for small graphs; for large ones Cytoscape's WebGL
 * renderer (3.31+) when the browser has WebGL2 and the view allows it (`webglWanted`), otherwise the canvas renderer
 * with edges hidden and a cached texture while the user pans and zooms, so the tab never freezes.
 * (Measured in bench/client: a labelled 2,000-model tree drew in 7.2 s on the fast canvas, 23.4 s with WebGL in
 * software GL, whose label textures blocked the tab for 2.5 s; the unlabelled 20,000-person network drew sooner with
 * WebGL. So family trees pass webglWanted = false.)
 */
export function rendererOptions(
  elementCount: number,
  webgl2Available: boolean,
  webglWanted = true,
): RendererChoice {
  if (elementCount <= LARGE_GRAPH_ELEMENTS) return { mode: "canvas", options: {} };
  if (webgl2Available && webglWanted) return { mode: "webgl", options: { webgl: true } };
  return {
    mode: "canvas-fast",
    options: { hideEdgesOnViewport: true, textureOnViewport: true, motionBlur: false, pixelRatio: 1 },
  };
}
