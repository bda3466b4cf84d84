import type { LayoutOptions } from "cytoscape";

/** Above this many nodes dagre's layering gets slow and crowded; ELK's layered algorithm handles it better. */
export const ELK_THRESHOLD = 400;

/**
 * Above this many nodes a tree is laid out left to right: a base model's dozens of fine-tunes then form a column
 * of readable labels instead of a row too wide to read.
 */
export const SIDEWAYS_THRESHOLD = 40;

/** Which way generations run: top to bottom, or left to right for large trees. */
export function treeDirection(nodeCount: number): "TB" | "LR" {
  return nodeCount > SIDEWAYS_THRESHOLD ? "LR" : "TB";
}

/**
 * The layered layout for a family tree of `nodeCount` nodes: dagre (top to bottom, ancestors first) for the usual
 * tree, ELK for large ones (the caller loads cytoscape-elk only then). No animation: large graphs must settle fast.
 */
export function treeLayout(nodeCount: number): LayoutOptions & { name: "dagre" | "elk" } {
  const direction = treeDirection(nodeCount);
  if (nodeCount <= ELK_THRESHOLD) {
    return {
      name: "dagre",
      rankDir: direction,
      nodeSep: direction === "TB" ? 18 : 14,
      rankSep: direction === "TB" ? 80 : 220,
      edgeSep: 8,
      ranker: "network-simplex",
      fit: true,
      padding: 30,
      animate: false,
    } as LayoutOptions & { name: "dagre" };
  }
  return {
    name: "elk",
    fit: true,
    padding: 30,
    animate: false,
    nodeDimensionsIncludeLabels: false,
    elk: {
      algorithm: "layered",
      "elk.direction": direction === "TB" ? "DOWN" : "RIGHT",
      "elk.layered.spacing.nodeNodeBetweenLayers": direction === "TB" ? 60 : 200,
      "elk.spacing.nodeNode": 14,
      "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
      "elk.layered.crossingMinimization.strategy": "LAYER_SWEEP",
      "elk.layered.thoroughness": 1,
    },
  } as LayoutOptions & { name: "elk" };
}

/**
 * The force layout for the help network (cytoscape-fcose). Large networks use draft quality (the spectral step
 * only) so they appear in seconds; small ones get the full force refinement.
 */
export function networkLayout(nodeCount: number): LayoutOptions & { name: "fcose" } {
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
