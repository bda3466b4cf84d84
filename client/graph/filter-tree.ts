import { numberProp, propsOf, stringProp, type ApiGraph, type ApiNode } from "../api/graph-types.ts";
import { toRelation, type Relation } from "./relations.ts";

/** What the family-tree view's filter controls ask for. */
export interface TreeFilter {
  readonly relations: readonly Relation[];
  readonly minDownloads: number;
  /** Inclusive ISO dates compared with the model's createdAt. */
  readonly from?: string;
  readonly to?: string;
}

/**
 * The part of a family tree that passes the filters and still hangs together: edges whose relation is wanted
 * between models that pass, then only what stays connected to the root (hiding the quantizations hides the
 * quantizations of those quantizations too). The root always stays. Placeholders (models only referenced, with no
 * Hub metadata) have no downloads or date, so those filters do not hide them: unknown is not "low".
 */
export function filterTree(graph: ApiGraph, rootId: string, filter: TreeFilter): ApiGraph {
  const fromMs = filter.from !== undefined ? Date.parse(`${filter.from}T00:00:00Z`) : -Infinity;
  const toMs = filter.to !== undefined ? Date.parse(`${filter.to}T23:59:59.999Z`) : Infinity;
  const root = graph.nodes.find((node) => sameModel(node.id, rootId));
  const passes = (node: ApiNode): boolean => {
    if (node === root) return true;
    const props = propsOf(node.data);
    if (props.placeholder === true) return true;
    if ((numberProp(props, "downloads") ?? 0) < filter.minDownloads) return false;
    if (filter.from === undefined && filter.to === undefined) return true;
    const created = stringProp(props, "createdAt");
    const createdMs = created !== undefined ? Date.parse(created) : NaN;
    return !Number.isNaN(createdMs) && createdMs >= fromMs && createdMs <= toMs;
  };
  const passing = new Set(graph.nodes.filter(passes).map((node) => node.id));
  const wanted = new Set(filter.relations);
  const edges = graph.edges.filter(
    (edge) =>
      passing.has(edge.source) &&
      passing.has(edge.target) &&
      wanted.has(toRelation(propsOf(edge.data).relation)),
  );
  if (root === undefined) return { nodes: [], edges: [], truncated: graph.truncated };

  const neighbours = new Map<string, string[]>();
  const link = (from: string, to: string): void => {
    const list = neighbours.get(from);
    if (list) list.push(to);
    else neighbours.set(from, [to]);
  };
  for (const edge of edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  const reached = new Set([root.id]);
  const queue = [root.id];
  for (let at = 0; at < queue.length; at++) {
    for (const next of neighbours.get(queue[at] ?? "") ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return {
    nodes: graph.nodes.filter((node) => reached.has(node.id)),
    edges: edges.filter((edge) => reached.has(edge.source)),
    truncated: graph.truncated,
  };
}

/** Hugging Face ids are case-insensitive. */
export function sameModel(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
