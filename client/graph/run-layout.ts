import type { ElementDefinition, LayoutOptions } from "cytoscape";

import { layoutPositions, type Positions } from "./layout-positions.ts";
import type { LayoutReply, LayoutRequest } from "./layout-worker.ts";
import type { ElkTreeLayout } from "./tree-layout.ts";

/** Above this many elements a layout runs in a worker; below it the worker's start-up costs more than it saves. */
export const WORKER_LAYOUT_ELEMENTS = 600;

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, (reply: LayoutReply) => void>();

function layoutWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("./layout-worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (event: MessageEvent<LayoutReply>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  };
  return worker;
}

/** Positions for the elements: in a worker for large graphs, on this thread for small ones. */
export async function runLayout(
  elements: readonly ElementDefinition[],
  layout: LayoutOptions,
): Promise<Positions> {
  if (layout.name === "elk") {
    const elk = layout as ElkTreeLayout;
    // ELK runs only in its worker; without workers the tree gets dagre here (slow, but drawn).
    if (typeof Worker === "undefined") return layoutPositions(elements, elk.fallback);
    // A separate chunk: elkjs (and its worker script) are fetched only for a tree large enough to need them.
    const { elkPositions } = await import("./elk-positions.ts");
    return elkPositions(elements, elk.elk);
  }
  if (elements.length <= WORKER_LAYOUT_ELEMENTS || typeof Worker === "undefined") {
    return layoutPositions(elements, layout);
  }
  const id = nextId++;
  // Only what the layout reads: ids, ends and sizes (not evidence lists or labels).
  const slim = elements.map((element): ElementDefinition =>
    element.group === "edges"
      ? {
          group: "edges",
          data: {
            id: element.data.id as string,
            source: element.data.source as string,
            target: element.data.target as string,
          },
        }
      : {
          group: "nodes",
          data: {
            id: element.data.id as string,
            size: element.data.size as unknown,
            layoutWidth: element.data.layoutWidth as unknown,
          },
        },
  );
  const reply = await new Promise<LayoutReply>((resolve) => {
    pending.set(id, resolve);
    layoutWorker().postMessage({ id, elements: slim, layout } satisfies LayoutRequest);
  });
  if ("error" in reply) throw new Error(`layout failed: ${reply.error}`);
  return reply.positions;
}
