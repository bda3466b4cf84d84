import type { ElementDefinition, LayoutOptions } from "cytoscape";

import { layoutPositions } from "./layout-positions.ts";

/** What the page sends the layout worker, and what comes back. */
export interface LayoutRequest {
  readonly id: number;
  readonly elements: readonly ElementDefinition[];
  readonly layout: LayoutOptions;
}
export type LayoutReply =
  | { readonly id: number; readonly positions: Record<string, { x: number; y: number }> }
  | { readonly id: number; readonly error: string };

// Large layouts (dagre, ELK, fcose on thousands of nodes) take seconds of CPU: here they run off the main thread.
self.addEventListener("message", (event: MessageEvent<LayoutRequest>) => {
  const { id, elements, layout } = event.data;
  layoutPositions(elements, layout).then(
    (positions) => self.postMessage({ id, positions } satisfies LayoutReply),
    (error: unknown) => self.postMessage({ id, error: String(error) } satisfies LayoutReply),
  );
});
