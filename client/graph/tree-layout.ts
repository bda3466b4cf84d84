import type { LayoutOptions } from "cytoscape";

import type { ElkOptions } from "./elk-positions.ts";

/**
 * Above this many nodes a tree is laid out left to right: a base model's dozens of fine-tunes then form a column
 * of readable labels instead of a row too wide to read.
 */
export const SIDEWAYS_THRESHOLD = 40;

/** Which way generations run: top to bottom, or left to right for large trees. */
export function treeDirection(nodeCount: number): "TB" | "LR" {
  return nodeCount > SIDEWAYS_THRESHOLD ? "LR" : "TB";
}

/** Above this many models a tree is laid out by ELK (in its own worker, fetched only then) instead of dagre. */
export const ELK_TREE_THRESHOLD = 1000;

/**
 * ELK's layered layout, as runLayout takes it: `elk` holds ELK's own option strings; `fallback` is the dagre layout
 * for a browser without Web Workers, where ELK cannot run.
 */
export type ElkTreeLayout = LayoutOptions & {
  name: "elk";
  elk: ElkOptions;
  fallback: LayoutOptions & { name: "dagre" };
};

/**
 * The layered layout for a family tree of `nodeCount` nodes, ancestors first, sideways for large trees: dagre (in
 * the layout worker above 600 elements), and for trees above ELK_TREE_THRESHOLD ELK's layered algorithm, which
 * runs in elkjs's own worker and is loaded only then. No animation: large graphs must settle fast.
 */
export function treeLayout(nodeCount: number): (LayoutOptions & { name: "dagre" }) | ElkTreeLayout {
  const direction = treeDirection(nodeCount);
  const dagre = dagreLayout(nodeCount, direction);
  if (nodeCount > ELK_TREE_THRESHOLD) {
    return {
      name: "elk",
      elk: {
        "elk.algorithm": "layered",
        "elk.direction": direction === "TB" ? "DOWN" : "RIGHT",
        "elk.spacing.nodeNode": direction === "TB" ? "18" : "14",
        "elk.layered.spacing.nodeNodeBetweenLayers": direction === "TB" ? "80" : "220",
        "elk.layered.spacing.edgeNodeBetweenLayers": "8",
        // Parents first, children after: a family tree's generations are its layers.
        "elk.layered.layering.strategy": "LONGEST_PATH",
        "elk.layered.crossingMinimization.strategy": "LAYER_SWEEP",
        "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
      },
      fallback: dagre,
      fit: true,
      padding: 30,
      animate: false,
    } as unknown as ElkTreeLayout;
  }
  return dagre;
}

function dagreLayout(nodeCount: number, direction: "TB" | "LR"): LayoutOptions & { name: "dagre" } {
  return {
    name: "dagre",
    rankDir: direction,
    nodeSep: direction === "TB" ? 18 : 14,
    rankSep: direction === "TB" ? 80 : 220,
    edgeSep: 8,
    // network-simplex gives the tidiest ranks but is slow on thousands of nodes.
    ranker: nodeCount > 400 ? "longest-path" : "network-simplex",
    fit: true,
    padding: 30,
    animate: false,
  } as LayoutOptions & { name: "dagre" };
}

/** Above this many people even fcose's draft mode takes half a minute; a concentric layout takes seconds. */
export const CONCENTRIC_THRESHOLD = 5000;

/**
 * The force layout for the help network (cytoscape-fcose). Large networks use draft quality (the spectral step
 * only); small ones get the full force refinement. Very large ones are drawn in rings by how much help each person
 * gave (the most helpful in the middle), which still answers "who are the teachers" at a glance.
 */
export function networkLayout(nodeCount: number): LayoutOptions & { name: "fcose" | "concentric" } {
  if (nodeCount > CONCENTRIC_THRESHOLD) {
    return {
      name: "concentric",
      // Layout options cross to the worker by structured clone, which cannot carry functions: layoutPositions
      // turns concentricBy into Cytoscape's concentric function there.
      concentricBy: "helped",
      minNodeSpacing: 4,
      animate: false,
      fit: true,
      padding: 30,
    } as LayoutOptions & { name: "concentric" };
  }
  const large = nodeCount > 1500;
  return {
    name: "fcose",
    quality: large ? "draft" : "default",
    randomize: true,
    animate: false,
    fit: true,
    padding: 30,
    nodeDimensionsIncludeLabels: false,
    packComponents: true,
    nodeRepulsion: 6000,
    idealEdgeLength: 70,
    numIter: large ? 600 : 2500,
  } as LayoutOptions & { name: "fcose" };
}
