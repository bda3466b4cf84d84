import cytoscape, { type ElementDefinition, type LayoutOptions } from "cytoscape";
import dagre from "cytoscape-dagre";
import fcose from "cytoscape-fcose";

/** Node positions by id, as a layout left them. */
export type Positions = Record<string, { x: number; y: number }>;

let registered = false;
let elkRegistered: Promise<void> | undefined;

/** Registers the layouts every view uses; ELK (about 1.5 MB) only on the first large tree. */
export async function ensureLayout(name: string): Promise<void> {
  if (!registered) {
    cytoscape.use(dagre);
    cytoscape.use(fcose);
    registered = true;
  }
  if (name === "elk") {
    elkRegistered ??= import("cytoscape-elk").then((module) => cytoscape.use(module.default));
    await elkRegistered;
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
  await ensureLayout(layout.name);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: elements as ElementDefinition[],
    // The layout's idea of a node: as wide as its label needs (layoutWidth), as tall as it is drawn.
    style: [{ selector: "node", style: { width: "data(layoutWidth)", height: "data(size)" } }],
  });
  const run = cy.layout({ ...layout, animate: false } as LayoutOptions);
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
