import type { ApiEdge, ApiGraph } from "../api/graph-types.ts";

/**
 * The union of two API graphs: a node or edge already present keeps its first version (expanding a node must not
 * change what is drawn); `truncated` is true if either answer was cut.
 */
export function mergeGraphs(a: ApiGraph, b: ApiGraph): ApiGraph {
  const nodeIds = new Set(a.nodes.map((node) => node.id));
  const edgeKeys = new Set(a.edges.map(edgeKey));
  return {
    nodes: [...a.nodes, ...b.nodes.filter((node) => !nodeIds.has(node.id) && nodeIds.add(node.id))],
    edges: [
      ...a.edges,
      ...b.edges.filter((edge) => !edgeKeys.has(edgeKey(edge)) && edgeKeys.add(edgeKey(edge))),
    ],
    truncated: a.truncated || b.truncated,
  };
}

/** One key per relationship: an edge is identified by its ends and type. */
export function edgeKey(edge: Pick<ApiEdge, "source" | "target" | "type">): string {
  return `${edge.type}:${edge.source}->${edge.target}`;
}

export const EMPTY_GRAPH: ApiGraph = { nodes: [], edges: [], truncated: false };
