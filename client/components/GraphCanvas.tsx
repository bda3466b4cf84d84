import cytoscape, {
  type Core,
  type ElementDefinition,
  type LayoutOptions,
  type StylesheetJson,
} from "cytoscape";
import { useEffect, useRef, useState, type ReactNode } from "react";

import { initialViewport, MAX_ZOOM, MIN_ZOOM } from "../graph/initial-viewport.ts";
import type { Positions } from "../graph/layout-positions.ts";
import { rendererOptions, type RendererChoice } from "../graph/renderer-options.ts";
import { runLayout } from "../graph/run-layout.ts";

/** Elements added to Cytoscape per task while drawing (~100–300 ms each on a slow machine). */
const ADD_CHUNK = 1500;

/** Resolves in a later task, so the browser can handle input and paint in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

let webgl2: boolean | undefined;

/** Whether this browser can give Cytoscape a WebGL2 context (headless Chromium without a GPU may not). */
function webgl2Available(): boolean {
  if (webgl2 === undefined) {
    try {
      webgl2 = document.createElement("canvas").getContext("webgl2") !== null;
    } catch {
      webgl2 = false;
    }
  }
  return webgl2;
}

/** Props of the one component that owns a Cytoscape instance. */
export interface GraphCanvasProps {
  readonly elements: ElementDefinition[];
  readonly style: StylesheetJson;
  readonly layout: LayoutOptions;
  /** Accessible name of the drawing, e.g. "Family tree of mistralai/Mistral-7B-v0.1". */
  readonly label: string;
  /** Node to centre on when the whole graph would be drawn too small to read (the root, the selection). */
  readonly focus?: string | undefined;
  /** Id of the element to mark as selected; changing it restyles without a new layout. */
  readonly selected?: string | undefined;
  readonly onNodeTap?: (id: string) => void;
  readonly onEdgeTap?: (id: string) => void;
  /** The live instance (for exports), or undefined while none is drawn. */
  readonly onCy?: (cy: Core | undefined) => void;
  /** Whether a large drawing may use the WebGL renderer (default true; see rendererOptions for when it loses). */
  readonly webgl?: boolean;
}

/**
 * Draws elements with Cytoscape: positions come from the layout (in a worker for large graphs), then one Cytoscape
 * is created with a preset layout and the renderer chosen for the graph's size. The container carries
 * data-state="ready" and data-renderer once drawn, for tests and benchmarks to wait on.
 */
export function GraphCanvas(props: GraphCanvasProps): ReactNode {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | undefined>(undefined);
  const handlers = useRef(props);
  handlers.current = props;
  const [state, setState] = useState<"layout" | "ready" | "error">("layout");
  const [renderer, setRenderer] = useState<RendererChoice["mode"]>("canvas");
  const [problem, setProblem] = useState<string>();
  const { elements, style, layout } = props;

  useEffect(() => {
    let cancelled = false;
    setState("layout");
    // Timing marks (graph:layout, graph:create, graph:first-frame) for the benchmark and the browser's profiler.
    const layoutStart = performance.now();
    const draw = async (positions: Positions): Promise<void> => {
      if (cancelled || !container.current) return;
      const createStart = performance.now();
      performance.measure("graph:layout", { start: layoutStart, end: createStart });
      const choice = rendererOptions(elements.length, webgl2Available(), handlers.current.webgl ?? true);
      const box = container.current.getBoundingClientRect();
      const viewport = initialViewport(
        positions,
        elements.length,
        { width: box.width, height: box.height },
        handlers.current.focus,
      );
      // The viewport is set from the positions up front: Cytoscape's own fit would first compute every label's
      // size and every edge's shape in one go (11 s of a 17 s block on the 20,000-person network).
      const cy = cytoscape({
        container: container.current,
        style,
        layout: { name: "preset", fit: false },
        zoom: viewport.zoom,
        pan: viewport.pan,
        minZoom: MIN_ZOOM,
        maxZoom: MAX_ZOOM,
        boxSelectionEnabled: false,
        ...choice.options,
      });
      cyRef.current = cy;
      cy.on("tap", "node", (event) =>
        handlers.current.onNodeTap?.((event.target as cytoscape.NodeSingular).id()),
      );
      cy.on("tap", "edge", (event) =>
        handlers.current.onEdgeTap?.((event.target as cytoscape.EdgeSingular).id()),
      );
      // Nodes first (an edge needs its ends), with their preset positions.
      const ordered: ElementDefinition[] = [];
      for (const element of elements) {
        if (element.group === "nodes") {
          ordered.push({ ...element, position: positions[element.data.id ?? ""] ?? { x: 0, y: 0 } });
        }
      }
      for (const element of elements) if (element.group !== "nodes") ordered.push(element);
      // Added a chunk per task, each chunk's styles, label sizes and edge shapes computed right away (boundingBox),
      // so the work is spread over short tasks and the tab answers input meanwhile, instead of one long block in
      // the constructor or the first frame.
      for (let at = 0; at < ordered.length; at += ADD_CHUNK) {
        cy.add(ordered.slice(at, at + ADD_CHUNK)).boundingBox();
        if (at + ADD_CHUNK < ordered.length) {
          await nextTask();
          if (cancelled) return;
        }
      }
      markSelected(cy, handlers.current.selected);
      const created = performance.now();
      performance.measure("graph:create", { start: createStart, end: created });
      requestAnimationFrame(() =>
        requestAnimationFrame(() => performance.measure("graph:first-frame", { start: created })),
      );
      setRenderer(choice.mode);
      setState("ready");
      handlers.current.onCy?.(cy);
    };
    runLayout(elements, layout)
      .then(draw)
      .catch((error: unknown) => {
        if (cancelled) return;
        setProblem(error instanceof Error ? error.message : String(error));
        setState("error");
      });
    return () => {
      cancelled = true;
      handlers.current.onCy?.(undefined);
      cyRef.current?.destroy();
      cyRef.current = undefined;
    };
  }, [elements, style, layout]);

  useEffect(() => {
    if (cyRef.current) markSelected(cyRef.current, props.selected);
  }, [props.selected]);

  return (
    <div className="graph-frame">
      <div
        ref={container}
        className="graph-canvas"
        role="img"
        aria-label={props.label}
        data-state={state}
        data-renderer={renderer}
        data-elements={elements.length}
      />
      {state === "ready" && (
        <button
          type="button"
          className="fit-button"
          onClick={() => cyRef.current?.fit(undefined, 30)}
          aria-label="Fit the whole graph in view"
        >
          Fit
        </button>
      )}
      {state === "layout" && (
        <div className="graph-overlay" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" /> Laying out{" "}
          {elements.filter((e) => e.group === "nodes").length} nodes…
        </div>
      )}
      {state === "error" && (
        <div className="graph-overlay status-error" role="alert">
          Could not lay out the graph: {problem}
        </div>
      )}
    </div>
  );
}

/** Moves the `selected` class to one element and centres it if it is off screen. */
function markSelected(cy: Core, id: string | undefined): void {
  cy.batch(() => {
    cy.elements(".selected").removeClass("selected");
    if (id !== undefined) cy.getElementById(id).addClass("selected");
  });
}
