import type { Positions } from "./layout-positions.ts";

/** Zoom and pan (rendered px) of a Cytoscape viewport. */
export interface Viewport {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}

/** Zoom bounds of every drawing (GraphCanvas's minZoom and maxZoom). */
export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 4;
/** Graphs of at most this many elements start at a readable zoom when fitting would shrink them below it. */
export const READABLE_START_ELEMENTS = 2000;

/**
 * The first viewport of a drawing, from the layout's positions alone: the whole graph fitted (node centres, plus
 * `padding`), but never above 1.2× (a small graph drawn huge); a graph that would be drawn below 0.45× starts at
 * 0.75× around `focus` when it has one, or around its middle when it is small — a large one without a focus (the
 * help network) is shown whole. Computed without Cytoscape's fit, which measures every label and edge first: on the
 * 20,000-person network that alone blocked the tab for 11 s.
 */
export function initialViewport(
  positions: Positions,
  elementCount: number,
  size: { readonly width: number; readonly height: number },
  focus?: string,
  padding = 30,
): Viewport {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { x, y } of Object.values(positions)) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  if (minX === Infinity) return { zoom: 1, pan: { x: size.width / 2, y: size.height / 2 } };
  // Node boxes and labels reach beyond their centres: a margin of a label's height keeps the edge ones on screen.
  const margin = padding + 20;
  const width = Math.max(1, maxX - minX);
  const height = Math.max(1, maxY - minY);
  let zoom = Math.min((size.width - 2 * margin) / width, (size.height - 2 * margin) / height);
  let centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  const target = focus === undefined ? undefined : positions[focus];
  if (zoom > 1.2) zoom = 1.2;
  else if (zoom < 0.45 && (elementCount <= READABLE_START_ELEMENTS || target)) {
    zoom = 0.75;
    if (target) centre = target;
  }
  zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
  return { zoom, pan: { x: size.width / 2 - centre.x * zoom, y: size.height / 2 - centre.y * zoom } };
}
