import type { Core } from "cytoscape";
import { useMemo, useState, type ReactNode } from "react";

import { ExportButtons } from "../components/ExportButtons.tsx";
import { GraphCanvas } from "../components/GraphCanvas.tsx";
import { Legend, type LegendItem } from "../components/Legend.tsx";
import { Empty, ErrorState, Loading } from "../components/Status.tsx";
import { breadthFirstOrder, capGraph } from "../graph/cap-graph.ts";
import { BASE_MODEL_COLOR, familyTreeElements } from "../graph/family-tree-elements.ts";
import { filterTree, sameModel } from "../graph/filter-tree.ts";
import { FAMILY_TREE_STYLE } from "../graph/graph-style.ts";
import { RELATION_COLORS, RELATIONS } from "../graph/relations.ts";
import { treeDirection, treeLayout } from "../graph/tree-layout.ts";
import { TREE_LIMIT, useFamilyTree } from "../hooks/use-family-tree.ts";
import { useNavigate } from "../routing/navigation-context.ts";
import { optional, type TreeRoute } from "../routing/route.ts";
import { ModelPanel } from "./ModelPanel.tsx";
import { TreeFilterBar } from "./TreeFilterBar.tsx";

/** Most models drawn at once; beyond it the nearest relatives of the root are shown ("showing N of M"). */
export const MAX_TREE_NODES = 3000;

const LEGEND: LegendItem[] = [
  { label: "base model", color: BASE_MODEL_COLOR, shape: "dot" },
  ...RELATIONS.map((relation): LegendItem => ({
    label: relation,
    color: RELATION_COLORS[relation],
    shape: "dot",
  })),
  { label: "placeholder (only referenced)", color: "#5b6270", shape: "ring" },
  { label: "size = downloads (log)", color: "#9aa1ad", shape: "dot" },
];

/** A model's family tree: layered, coloured by relation, filterable, expandable, with the model panel beside it. */
export function FamilyTreeView(props: { readonly route: TreeRoute }): ReactNode {
  const { route } = props;
  const navigate = useNavigate();
  const [cy, setCy] = useState<Core>();
  const tree = useFamilyTree(route.model, route.up, route.down, route.expand);
  const data = tree.state.status === "ok" ? tree.state.data : undefined;

  const rootId = useMemo(
    () => data?.nodes.find((node) => sameModel(node.id, route.model))?.id ?? route.model,
    [data, route.model],
  );
  const filterKey = `${route.relations.join(",")}|${route.minDownloads}|${route.from ?? ""}|${route.to ?? ""}`;
  const capped = useMemo(() => {
    if (!data) return undefined;
    const filtered = filterTree(data, rootId, {
      relations: route.relations,
      minDownloads: route.minDownloads,
      ...optional("from", route.from),
      ...optional("to", route.to),
    });
    return capGraph(filtered, MAX_TREE_NODES, breadthFirstOrder(filtered, rootId));
    // The filter values are all in filterKey.
  }, [data, rootId, filterKey]);
  const nodeCount = capped?.graph.nodes.length ?? 0;
  const elements = useMemo(
    () =>
      capped
        ? familyTreeElements(capped.graph, rootId, undefined, treeDirection(capped.graph.nodes.length))
        : [],
    [capped, rootId],
  );
  const layout = useMemo(() => treeLayout(nodeCount), [nodeCount]);
  const selected = route.selected
    ? (data?.nodes.find((node) => sameModel(node.id, route.selected ?? ""))?.id ?? route.selected)
    : undefined;

  const select = (id: string | undefined): void => {
    const { selected: _old, ...rest } = route;
    navigate(id === undefined ? rest : { ...rest, selected: id }, { replace: true });
  };
  const expand = (id: string, direction: "up" | "down"): void => {
    const entry = `${direction}:${id}`;
    if (!route.expand.includes(entry)) navigate({ ...route, expand: [...route.expand, entry] });
  };

  return (
    <div className="graph-view">
      <div className="view-head">
        <h1>
          Family tree of <span className="mono">{route.model}</span>
        </h1>
        <ExportButtons cy={cy} fileStem={`family-tree-${route.model}`} />
      </div>
      <TreeFilterBar route={route} onChange={(next) => navigate(next, { replace: true })} />
      <div className="graph-and-panel">
        <div className="graph-column">
          {tree.state.status === "loading" && <Loading what="the family tree" />}
          {tree.state.status === "error" && <ErrorState error={tree.state.error} what="the family tree" />}
          {data && data.nodes.length === 0 && (
            <Empty>
              No model <span className="mono">{route.model}</span> in the graph. Search for another, or ingest
              its card with <code>commons ingest hf</code>.
            </Empty>
          )}
          {capped && data && data.nodes.length > 0 && (
            <>
              <p className="graph-summary" role="status">
                {capped.shownNodes < capped.totalNodes
                  ? `Showing ${capped.shownNodes} of ${capped.totalNodes} models (the nearest relatives first)`
                  : `${capped.totalNodes} models`}
                {capped.graph.nodes.length < data.nodes.length && capped.shownNodes === capped.totalNodes
                  ? ` · ${data.nodes.length - capped.totalNodes} hidden by the filters`
                  : ""}
                {data.truncated ? ` · the server stopped at ${TREE_LIMIT} models` : ""}
                {tree.expanding ? " · expanding…" : ""}
              </p>
              {tree.expansionErrors.map((message) => (
                <p key={message} className="status status-error" role="alert">
                  Could not expand: {message}
                </p>
              ))}
              <GraphCanvas
                elements={elements}
                style={FAMILY_TREE_STYLE}
                layout={layout}
                // Labelled trees draw faster on the canvas renderer than with WebGL (see rendererOptions).
                webgl={false}
                label={`Family tree of ${route.model}, ${nodeCount} models`}
                selected={selected}
                focus={selected ?? rootId}
                onNodeTap={(id) => select(id)}
                onCy={setCy}
              />
              <Legend title="Legend" items={LEGEND} />
            </>
          )}
        </div>
        {selected && (
          <ModelPanel
            id={selected}
            onExpand={(direction) => expand(selected, direction)}
            onClose={() => select(undefined)}
          />
        )}
      </div>
    </div>
  );
}
