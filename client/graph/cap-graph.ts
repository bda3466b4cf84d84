import type { ApiGraph } from "../api/graph-types.ts";

/** A graph cut to a size the browser can draw, with the counts for "showing N of M". */
export interface CappedGraph {
  readonly graph: ApiGraph;
  readonly shownNodes: number;
  readonly totalNodes: number;
}

/**
 * Keeps at most `maxNodes` nodes, the first ones in `order` (ids; nodes it does not name come last, in API
 * order), and the edges between kept nodes. Drawing is what freezes a tab, so the cut happens before Cytoscape.
 */
export function capGraph(graph: ApiGraph, maxNodes: number, order: readonly string[] = []): CappedGraph {
  const totalNodes = graph.nodes.length;
  if (totalNodes <= maxNodes) return { graph, shownNodes: totalNodes, totalNodes };
  const rank = new Map(order.map((id, index) => [id, index]));
  const kept = graph.nodes
    .map((node, index) => ({ node, rank: rank.get(node.id) ?? order.length + index }))
    .sort((a, b) => a.rank - b.rank)
    .slice(0, maxNodes)
    .map((entry) => entry.node);
  const ids = new Set(kept.map((node) => node.id));
  return {
    graph: {
      nodes: kept,
      edges: graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)),
      truncated: true,
    },
    shownNodes: kept.length,
    totalNodes,
  };
}

/** Node ids in breadth-first order from `rootId`, following edges both ways: the nearest relatives first. */
export function breadthFirstOrder(graph: ApiGraph, rootId: string): string[] {
  const neighbours = new Map<string, string[]>();
  const link = (from: string, to: string): void => {
    const list = neighbours.get(from);
    if (list) list.push(to);
    else neighbours.set(from, [to]);
  };
  for (const edge of graph.edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  const order = [rootId];
  const seen = new Set(order);
  for (let at = 0; at < order.length; at++) {
    for (const next of neighbours.get(order[at] ?? "") ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        order.push(next);
      }
    }
  }
  return order;
}
