import cytoscape, { type ElementDefinition, type LayoutOptions } from "cytoscape";
import dagre from "cytoscape-dagre";
import fcose from "cytoscape-fcose";

/** Node positions by id, as a layout left them. */
export type Positions = Record<string, { x: number; y: number }>;

let registered = false;

/** Registers the layouts the views use (dagre, fcose) once. */
export function ensureLayout(): void {
  if (!registered) {
    cytoscape.use(dagre);
    cytoscape.use(fcose);
    registered = true;
  }
}

/**
 * Runs a layout on a headless Cytoscape (no canvas: node boxes from `data(layoutWidth)` × `data(size)`) and returns
 * the positions.
 * Used inside the layout worker, so a large layout never blocks the tab, and usable in Node.
 */
export async function layoutPositions(
  elements: readonly ElementDefinition[],
  layout: LayoutOptions,
): Promise<Positions> {
  ensureLayout();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: elements as ElementDefinition[],
    // The layout's idea of a node: as wide as its label needs (layoutWidth), as tall as it is drawn.
    style: [{ selector: "node", style: { width: "data(layoutWidth)", height: "data(size)" } }],
  });
  const run = cy.layout({ ...withFunctions(layout), animate: false } as LayoutOptions);
  const done = run.promiseOn("layoutstop");
  run.run();
  await done;
  const positions: Positions = {};
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions[node.id()] = { x, y };
  });
  cy.destroy();
  return positions;
}

/**
 * Layout options arrive in the worker by structured clone, without functions: `concentricBy: KEY` becomes the
 * concentric layout's ranking by that data field, one ring per value.
 */
function withFunctions(layout: LayoutOptions): LayoutOptions {
  const { concentricBy, ...rest } = layout as LayoutOptions & { concentricBy?: string };
  if (concentricBy === undefined) return layout;
  return {
    ...rest,
    concentric: (node: cytoscape.NodeSingular) => Number(node.data(concentricBy) ?? 0),
    levelWidth: () => 1,
  } as LayoutOptions;
}
