import type { ElementDefinition } from "cytoscape";

import { numberProp, propsOf, stringProp, type ApiGraph } from "../api/graph-types.ts";
import { sameModel } from "./filter-tree.ts";
import { formatCount } from "./format-count.ts";
import { RELATION_COLORS, toRelation, type Relation } from "./relations.ts";

/** Colour of a model that derives from nothing in the graph (a base model). */
export const BASE_MODEL_COLOR = "#2f3b52";

/** Node diameter bounds (px); size grows with log10(downloads). */
export const MIN_NODE_SIZE = 22;
export const MAX_NODE_SIZE = 84;

/**
 * Cytoscape elements for a model family tree. The API's DERIVED_FROM edge points from the derived model to its
 * base; here it is drawn base → derived so the layered layout puts ancestors on top. A node is coloured by how it
 * derives from its parent (a model with several parents, one of them by merge, is a merge), sized by downloads,
 * and a placeholder (referenced but never fetched) gets its own class so the style can set it apart.
 */
export function familyTreeElements(
  graph: ApiGraph,
  rootId: string,
  selectedId?: string,
  direction: "TB" | "LR" = "TB",
): ElementDefinition[] {
  const parentRelations = new Map<string, Relation[]>();
  for (const edge of graph.edges) {
    const relation = toRelation(propsOf(edge.data).relation);
    parentRelations.set(edge.source, [...(parentRelations.get(edge.source) ?? []), relation]);
  }

  const nodes = graph.nodes.map((node): ElementDefinition => {
    const props = propsOf(node.data);
    const downloads = numberProp(props, "downloads");
    const placeholder = props.placeholder === true;
    const relations = parentRelations.get(node.id) ?? [];
    const relation: Relation | "base" =
      relations.length === 0 ? "base" : relations.includes("merge") ? "merge" : (relations[0] ?? "unknown");
    const root = sameModel(node.id, rootId);
    const name = shortName(node.label || node.id);
    const classes = ["model", `rel-${relation}`, direction === "LR" ? "sideways" : "upright"];
    if (placeholder) classes.push("placeholder");
    if (root) classes.push("root");
    if (selectedId !== undefined && sameModel(node.id, selectedId)) classes.push("selected");
    return {
      group: "nodes",
      data: {
        id: node.id,
        label: downloads !== undefined ? `${name}\n${formatCount(downloads)} ↓` : name,
        kind: node.kind,
        relation,
        color: relation === "base" ? BASE_MODEL_COLOR : RELATION_COLORS[relation],
        size: nodeSize(downloads),
        // Sideways, labels sit to the right and generations are far apart: the node only needs its own room.
        layoutWidth: direction === "LR" ? nodeSize(downloads) : layoutWidth(name, nodeSize(downloads)),
        placeholder,
        ...(downloads !== undefined ? { downloads } : {}),
        ...optionalString("author", stringProp(props, "author")),
        ...optionalString("createdAt", stringProp(props, "createdAt")),
      },
      classes: classes.join(" "),
    };
  });

  const edges = graph.edges.map((edge): ElementDefinition => {
    const props = propsOf(edge.data);
    const relation = toRelation(props.relation);
    return {
      group: "edges",
      data: {
        id: `${edge.target}->${edge.source}`,
        source: edge.target,
        target: edge.source,
        relation,
        color: RELATION_COLORS[relation],
        ...optionalString("origin", stringProp(props, "source")),
        ...optionalString("rule", stringProp(props, "rule")),
      },
      classes: `derived rel-${relation}`,
    };
  });
  return [...nodes, ...edges];
}

/** Diameter for a download count: log-scaled so a 10M-download base does not dwarf its 10k fine-tunes. */
export function nodeSize(downloads: number | undefined): number {
  if (downloads === undefined || downloads <= 0) return MIN_NODE_SIZE;
  return Math.min(MAX_NODE_SIZE, MIN_NODE_SIZE + 8 * Math.log10(1 + downloads));
}

/** Labels wrap at LABEL_WIDTH px; the layout reserves that much room so neighbouring labels do not overlap. */
export const LABEL_WIDTH = 150;

/** Horizontal room a node needs in the layout: its label's estimated width (about 6.5 px a character), or its size. */
export function layoutWidth(name: string, size: number): number {
  return Math.max(size, Math.min(LABEL_WIDTH, name.length * 6.5));
}

/** "org/name" → "name"; the panel shows the full id. */
export function shortName(id: string): string {
  const slash = id.lastIndexOf("/");
  return slash >= 0 ? id.slice(slash + 1) : id;
}

function optionalString(key: string, value: string | undefined): Record<string, string> {
  return value === undefined ? {} : { [key]: value };
}
