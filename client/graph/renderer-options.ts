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
 * renderer (3.31+) when the browser has WebGL2, otherwise the canvas renderer with edges hidden and a cached
 * texture while the user pans and zooms, so the tab never freezes.
 */
export function rendererOptions(elementCount: number, webgl2Available: boolean): RendererChoice {
  if (elementCount <= LARGE_GRAPH_ELEMENTS) return { mode: "canvas", options: {} };
  if (webgl2Available) return { mode: "webgl", options: { webgl: true } };
  return {
    mode: "canvas-fast",
    options: { hideEdgesOnViewport: true, textureOnViewport: true, motionBlur: false, pixelRatio: 1 },
  };
}
