import type { ElementDefinition } from "cytoscape";

import { numberProp, propsOf, stringListProp, type ApiGraph } from "../api/graph-types.ts";
import { helpEdgeKey } from "../routing/route.ts";

/** Above this many people, nodes are drawn without name labels. */
export const LABELLED_NETWORK_NODES = 2000;

/** Edge width bounds (px) for HELPED.weight. */
export const MIN_EDGE_WIDTH = 1.5;
export const MAX_EDGE_WIDTH = 12;

/**
 * Cytoscape elements for the help network: one node per Reddit user, one edge per HELPED relationship from the
 * helper to the helped. Width grows with the weight (number of answers); an edge whose help was acknowledged
 * ("thanks, that worked") gets the `acknowledged` class so the style can make it stand out. Node size follows how
 * much help a person gave, so the community's teachers are easy to find.
 */
export function helpNetworkElements(graph: ApiGraph, selectedEdge?: string): ElementDefinition[] {
  // Thousands of name labels cost more to draw than the graph itself and overlap into noise: a large network is
  // drawn without them (a click opens the person), and with straight edges: bezier edges cost a search for
  // parallel pairs and a curve each (7.5 s of the 20,000-person network's first draw), for no gain at that scale.
  const labelled = graph.nodes.length <= LABELLED_NETWORK_NODES;
  const given = new Map<string, number>();
  const edges = graph.edges.map((edge): ElementDefinition => {
    const props = propsOf(edge.data);
    const weight = Math.max(1, numberProp(props, "weight") ?? 1);
    const acknowledgements = stringListProp(props, "acknowledgements");
    const acknowledged = props.acknowledged === true || acknowledgements.length > 0;
    given.set(edge.source, (given.get(edge.source) ?? 0) + weight);
    const id = helpEdgeKey(edge.source, edge.target);
    const classes = labelled ? ["helped"] : ["helped", "straight"];
    if (acknowledged) classes.push("acknowledged");
    if (id === selectedEdge) classes.push("selected");
    return {
      group: "edges",
      data: {
        id,
        source: edge.source,
        target: edge.target,
        weight,
        width: edgeWidth(weight),
        acknowledged,
        evidence: stringListProp(props, "evidence"),
        acknowledgements,
      },
      classes: classes.join(" "),
    };
  });
  const nodes = graph.nodes.map((node): ElementDefinition => {
    const helped = given.get(node.id) ?? 0;
    return {
      group: "nodes",
      data: {
        id: node.id,
        label: labelled ? node.label || node.id : "",
        name: node.label || node.id,
        kind: node.kind,
        helped,
        size: Math.min(60, 14 + 6 * Math.sqrt(helped)),
        layoutWidth: Math.min(60, 14 + 6 * Math.sqrt(helped)),
      },
      classes: helped > 0 ? "person helper" : "person",
    };
  });
  return [...nodes, ...edges];
}

/** Width for a weight: square-root scaled, so one prolific pair does not hide the rest. */
export function edgeWidth(weight: number): number {
  return Math.min(MAX_EDGE_WIDTH, MIN_EDGE_WIDTH + 1.5 * (Math.sqrt(Math.max(1, weight)) - 1));
}
