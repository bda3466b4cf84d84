import type { ElementDefinition } from "cytoscape";
import elkApi from "elkjs/lib/elk-api.js";
import type { ELK, ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api.js";
import elkWorkerUrl from "elkjs/lib/elk-worker.min.js?url";

import type { Positions } from "./layout-positions.ts";

/** ELK's options as strings, e.g. `{ "elk.algorithm": "layered", "elk.direction": "RIGHT" }`. */
export type ElkOptions = Record<string, string>;

let elk: ELK | undefined;

/**
 * Node centres from ELK, computed in ELK's own Web Worker (elkjs's elk-worker.min.js, a classic worker, so none of
 * its GWT code runs on the page). Each node's box is `data(layoutWidth)` × `data(size)`, as for dagre.
 * This module is imported dynamically by runLayout, so elkjs is fetched only when a tree is large enough for ELK.
 */
export async function elkPositions(
  elements: readonly ElementDefinition[],
  options: ElkOptions,
): Promise<Positions> {
  // elk-api.js is CommonJS: its module.exports is the constructor and carries itself as `.default` too.
  elk ??= new elkApi.default({ workerUrl: elkWorkerUrl });
  const children: ElkNode[] = [];
  const edges: ElkExtendedEdge[] = [];
  for (const element of elements) {
    const data = element.data;
    if (element.group === "edges") {
      edges.push({ id: String(data.id), sources: [String(data.source)], targets: [String(data.target)] });
    } else {
      const size = Number(data.size ?? 20);
      children.push({ id: String(data.id), width: Number(data.layoutWidth ?? size), height: size });
    }
  }
  const laid = await elk.layout({ id: "root", layoutOptions: options, children, edges });
  const positions: Positions = {};
  for (const node of laid.children ?? []) {
    // ELK gives top-left corners; Cytoscape positions are centres.
    positions[node.id] = {
      x: (node.x ?? 0) + (node.width ?? 0) / 2,
      y: (node.y ?? 0) + (node.height ?? 0) / 2,
    };
  }
  return positions;
}
