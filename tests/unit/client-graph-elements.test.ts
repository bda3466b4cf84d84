import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import type { ApiGraph, ApiNode } from "../../client/api/graph-types.ts";
import { breadthFirstOrder, capGraph } from "../../client/graph/cap-graph.ts";
import {
  BASE_MODEL_COLOR,
  familyTreeElements,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  nodeSize,
} from "../../client/graph/family-tree-elements.ts";
import { filterTree } from "../../client/graph/filter-tree.ts";
import {
  edgeWidth,
  helpNetworkElements,
  LABELLED_NETWORK_NODES,
  MAX_EDGE_WIDTH,
} from "../../client/graph/help-network-elements.ts";
import { mergeGraphs } from "../../client/graph/merge-graphs.ts";
import { RELATION_COLORS, RELATIONS } from "../../client/graph/relations.ts";
import { LARGE_GRAPH_ELEMENTS, rendererOptions } from "../../client/graph/renderer-options.ts";
import {
  CONCENTRIC_THRESHOLD,
  ELK_TREE_THRESHOLD,
  networkLayout,
  treeLayout,
} from "../../client/graph/tree-layout.ts";

const TREE_FILE = "samples/hf/trees/Llama-2-7b_finetunes_20250422_180448.json";
const ROOT = "meta-llama/Llama-2-7b";

interface HubTreeRecord {
  model_id: string;
  metadata: string;
  children: string[];
  adapters: string[];
  quantized: string[];
  merges: string[];
}

/**
 * The API graph `familyTree` would return for the real Hub crawl in samples/: one Model node per crawled record
 * (downloads and createdAt from its metadata), a placeholder for every child referenced but not crawled, and a
 * DERIVED_FROM edge child → parent per relation list.
 */
function apiGraphFromHubTree(file: string): ApiGraph {
  const records = (JSON.parse(readFileSync(file, "utf8")) as { models: HubTreeRecord[] }).models;
  // The Hub and the graph treat ids case-insensitively: the first spelling seen is the display id.
  const spelling = new Map<string, string>();
  const canonical = (id: string): string => {
    const key = id.toLowerCase();
    if (!spelling.has(key)) spelling.set(key, id);
    return spelling.get(key)!;
  };
  for (const record of records) record.model_id = canonical(record.model_id);
  const nodes = new Map<string, ApiNode>();
  for (const record of records) {
    // Some crawled records carry "N/A" instead of metadata: the Hub answered nothing, so they are placeholders.
    if (!record.metadata.startsWith("{")) {
      nodes.set(record.model_id, {
        id: record.model_id,
        kind: "Model",
        label: record.model_id,
        data: { placeholder: true },
      });
      continue;
    }
    const meta = JSON.parse(record.metadata) as {
      downloads?: number;
      createdAt?: string;
      created_at?: string;
    };
    nodes.set(record.model_id, {
      id: record.model_id,
      kind: "Model",
      label: record.model_id,
      data: {
        downloads: meta.downloads ?? 0,
        createdAt: String(meta.created_at ?? meta.createdAt ?? "").replace(" ", "T"),
        placeholder: false,
      },
    });
  }
  const edges: ApiGraph["edges"][number][] = [];
  const lists = [
    ["children", "finetune"],
    ["adapters", "adapter"],
    ["quantized", "quantized"],
    ["merges", "merge"],
  ] as const;
  for (const record of records) {
    for (const [list, relation] of lists) {
      for (const url of record[list]) {
        const child = canonical(url.replace("https://huggingface.co/", ""));
        if (!nodes.has(child)) {
          nodes.set(child, { id: child, kind: "Model", label: child, data: { placeholder: true } });
        }
        edges.push({
          source: child,
          target: record.model_id,
          type: "DERIVED_FROM",
          data: { relation, source: "tree" },
        });
      }
    }
  }
  return { nodes: [...nodes.values()], edges, truncated: false };
}

const tree = apiGraphFromHubTree(TREE_FILE);

describe("familyTreeElements on the real Llama-2-7b Hub crawl", () => {
  const elements = familyTreeElements(tree, ROOT, "epfl-llm/meditron-7b");
  const nodes = elements.filter((element) => element.group === "nodes");
  const edges = elements.filter((element) => element.group === "edges");

  it("draws one node per model and one edge per derivation, every edge between drawn nodes", () => {
    expect(nodes).toHaveLength(tree.nodes.length);
    expect(edges).toHaveLength(tree.edges.length);
    const ids = new Set(nodes.map((node) => node.data.id));
    for (const edge of edges) {
      expect(ids.has(edge.data.source as string)).toBe(true);
      expect(ids.has(edge.data.target as string)).toBe(true);
    }
  });

  it("points edges from base to derived model, so ancestors are laid out on top", () => {
    const quant = edges.find((edge) => edge.data.target === "TheBloke/meditron-7B-GGUF");
    expect(quant?.data.source).toBe("epfl-llm/meditron-7b");
    expect(quant?.data.relation).toBe("quantized");
    expect(quant?.data.color).toBe(RELATION_COLORS.quantized);
  });

  it("colours a model by how it derives from its parent, the root as a base model", () => {
    const byId = new Map(nodes.map((node) => [node.data.id as string, node]));
    expect(byId.get(ROOT)?.data.color).toBe(BASE_MODEL_COLOR);
    expect(byId.get(ROOT)?.classes).toContain("root");
    expect(byId.get("epfl-llm/meditron-7b")?.data.relation).toBe("finetune");
    expect(byId.get("TheBloke/meditron-7B-GGUF")?.data.relation).toBe("quantized");
    expect(byId.get("tineding/ACT-SOP")?.data.color).toBe(RELATION_COLORS.adapter);
    expect(byId.get("epfl-llm/meditron-7b")?.classes).toContain("selected");
  });

  it("sizes by downloads and marks placeholders, which have no download count", () => {
    const byId = new Map(nodes.map((node) => [node.data.id as string, node]));
    const meditron = byId.get("epfl-llm/meditron-7b");
    const chat = byId.get("malhajar/meditron-7b-chat");
    expect(meditron?.data.downloads).toBe(4086);
    expect(meditron?.data.size as number).toBeGreaterThan(chat?.data.size as number);
    expect(meditron?.data.label).toBe("meditron-7b\n4.1k ↓");
    const placeholders = nodes.filter((node) => node.data.placeholder === true);
    expect(placeholders.length).toBeGreaterThan(0);
    for (const node of placeholders) {
      expect(node.classes).toContain("placeholder");
      expect(node.data.size).toBe(MIN_NODE_SIZE);
    }
  });

  it("a model with several parents, one by merge, counts as a merge", () => {
    const merged: ApiGraph = {
      nodes: [
        { id: "a/base", kind: "Model", label: "a/base", data: {} },
        { id: "b/other", kind: "Model", label: "b/other", data: "{}" },
        { id: "c/merge", kind: "Model", label: "c/merge", data: { downloads: 10 } },
      ],
      edges: [
        { source: "c/merge", target: "a/base", type: "DERIVED_FROM", data: { relation: "finetune" } },
        { source: "c/merge", target: "b/other", type: "DERIVED_FROM", data: '{"relation":"merge"}' },
      ],
      truncated: false,
    };
    const node = familyTreeElements(merged, "a/base").find((element) => element.data.id === "c/merge");
    expect(node?.data.relation).toBe("merge");
    expect(node?.data.color).toBe(RELATION_COLORS.merge);
  });
});

describe("nodeSize", () => {
  it("grows with downloads on a log scale, within bounds", () => {
    expect(nodeSize(undefined)).toBe(MIN_NODE_SIZE);
    expect(nodeSize(0)).toBe(MIN_NODE_SIZE);
    expect(nodeSize(1000)).toBeGreaterThan(nodeSize(10));
    expect(nodeSize(1e12)).toBe(MAX_NODE_SIZE);
  });
});

describe("filterTree", () => {
  const all = { relations: RELATIONS, minDownloads: 0 };

  it("keeps everything connected to the root when nothing is filtered, and only that", () => {
    const kept = filterTree(tree, ROOT, all);
    // The real crawl holds one record with a URL for an id, linked to nothing: the only model left out.
    const dropped = tree.nodes.filter((node) => !kept.nodes.includes(node)).map((node) => node.id);
    expect(dropped).toEqual(["https://huggingface.co/motherduckdb/DuckDB-NSQL-7B-v0.1"]);
    expect(kept.edges).toHaveLength(tree.edges.length);
  });

  it("hiding a relation hides those models and what hangs only from them", () => {
    const kept = filterTree(tree, ROOT, { ...all, relations: ["finetune"] });
    const ids = new Set(kept.nodes.map((node) => node.id));
    expect(ids.has("epfl-llm/meditron-7b")).toBe(true);
    expect(ids.has("TheBloke/meditron-7B-GGUF")).toBe(false);
    expect(ids.has("tineding/ACT-SOP")).toBe(false);
    expect(kept.edges.every((edge) => (edge.data as { relation: string }).relation === "finetune")).toBe(
      true,
    );
  });

  it("a downloads threshold hides low-download models but never the root or placeholders", () => {
    const kept = filterTree(tree, ROOT, { ...all, minDownloads: 1000 });
    const ids = new Set(kept.nodes.map((node) => node.id));
    expect(ids.has(ROOT)).toBe(true); // 0 downloads in the crawl, kept as the root
    expect(ids.has("epfl-llm/meditron-7b")).toBe(true);
    expect(ids.has("malhajar/meditron-7b-chat")).toBe(false);
    expect(kept.nodes.length).toBeLessThan(tree.nodes.length);
  });

  it("a date window keeps models created inside it", () => {
    const kept = filterTree(tree, ROOT, { ...all, from: "2023-11-01", to: "2023-11-30" });
    const ids = new Set(kept.nodes.map((node) => node.id));
    expect(ids.has("epfl-llm/meditron-7b")).toBe(true); // 2023-11-08
    expect(ids.has("AGBonnet/medinote-7b")).toBe(false); // 2024-01-16
  });

  it("returns nothing when the root is not in the graph", () => {
    expect(filterTree(tree, "nobody/nothing", all).nodes).toHaveLength(0);
  });
});

describe("capGraph", () => {
  it("keeps the nearest relatives of the root and says how many there were", () => {
    const capped = capGraph(tree, 10, breadthFirstOrder(tree, ROOT));
    expect(capped.shownNodes).toBe(10);
    expect(capped.totalNodes).toBe(tree.nodes.length);
    expect(capped.graph.truncated).toBe(true);
    expect(capped.graph.nodes.map((node) => node.id)).toContain(ROOT);
    const ids = new Set(capped.graph.nodes.map((node) => node.id));
    expect(capped.graph.edges.every((edge) => ids.has(edge.source) && ids.has(edge.target))).toBe(true);
  });

  it("leaves a small graph alone", () => {
    expect(capGraph(tree, 10_000).graph).toBe(tree);
  });
});

describe("mergeGraphs", () => {
  it("adds what an expansion found without duplicating nodes or edges", () => {
    const part: ApiGraph = {
      nodes: tree.nodes.slice(0, 5),
      edges: tree.edges.slice(0, 3),
      truncated: false,
    };
    const merged = mergeGraphs(part, tree);
    expect(merged.nodes).toHaveLength(tree.nodes.length);
    expect(merged.edges).toHaveLength(tree.edges.length);
    expect(mergeGraphs(part, { ...part, truncated: true }).truncated).toBe(true);
  });
});

describe("helpNetworkElements", () => {
  const network: ApiGraph = {
    nodes: ["alice", "bob", "carol"].map((name) => ({ id: name, kind: "RedditUser", label: name, data: {} })),
    edges: [
      {
        source: "alice",
        target: "bob",
        type: "HELPED",
        data: { weight: 4, acknowledged: true, evidence: ["c1", "c2"] },
      },
      {
        source: "carol",
        target: "bob",
        type: "HELPED",
        data: { weight: 1, acknowledged: false, evidence: ["c3"] },
      },
    ],
    truncated: false,
  };
  const elements = helpNetworkElements(network, "alice>bob");

  it("gives each HELPED edge a width by weight and marks acknowledged help", () => {
    const strong = elements.find((element) => element.data.id === "alice>bob");
    const weak = elements.find((element) => element.data.id === "carol>bob");
    expect(strong?.data.width as number).toBeGreaterThan(weak?.data.width as number);
    expect(strong?.classes).toContain("acknowledged");
    expect(strong?.classes).toContain("selected");
    expect(weak?.classes).not.toContain("acknowledged");
    expect(strong?.data.evidence).toEqual(["c1", "c2"]);
  });

  it("sizes people by the help they gave", () => {
    const alice = elements.find((element) => element.data.id === "alice");
    const bob = elements.find((element) => element.data.id === "bob");
    expect(alice?.data.helped).toBe(4);
    expect(bob?.data.helped).toBe(0);
    expect(alice?.data.size as number).toBeGreaterThan(bob?.data.size as number);
    expect(alice?.classes).toContain("helper");
  });

  it("leaves names off a network too large to read them, and draws its edges straight", () => {
    const many: ApiGraph = {
      nodes: Array.from({ length: LABELLED_NETWORK_NODES + 1 }, (_, i) => ({
        id: `u${i}`,
        kind: "RedditUser",
        label: `u${i}`,
      })),
      edges: [{ source: "u0", target: "u1", type: "HELPED", data: { weight: 2 } }],
      truncated: false,
    };
    const drawn = helpNetworkElements(many).filter((element) => element.group === "nodes");
    // And with straight edges instead of bezier curves (no search for parallel pairs); a small one keeps curves.
    const edge = helpNetworkElements(many).find((element) => element.group === "edges");
    expect(String(edge?.classes).split(" ")).toContain("straight");
    expect(elements.filter((element) => element.group === "edges").length).toBeGreaterThan(0);
    for (const small of elements.filter((element) => element.group === "edges")) {
      expect(String(small.classes).split(" ")).not.toContain("straight");
    }
    expect(drawn.every((element) => element.data.label === "" && typeof element.data.name === "string")).toBe(
      true,
    );
    expect(elements.find((element) => element.data.id === "alice")?.data.label).toBe("alice");
  });

  it("caps the width", () => {
    expect(edgeWidth(1_000_000)).toBe(MAX_EDGE_WIDTH);
  });
});

describe("rendererOptions and layouts", () => {
  it("switches to WebGL above the large-graph threshold, to the fast canvas without WebGL2", () => {
    expect(rendererOptions(LARGE_GRAPH_ELEMENTS, true).mode).toBe("canvas");
    expect(rendererOptions(LARGE_GRAPH_ELEMENTS + 1, true).options.webgl).toBe(true);
    const fast = rendererOptions(LARGE_GRAPH_ELEMENTS + 1, false);
    expect(fast.options.hideEdgesOnViewport).toBe(true);
    expect(fast.options.textureOnViewport).toBe(true);
    // A view may refuse WebGL (family trees: their labels draw faster on the canvas).
    expect(rendererOptions(LARGE_GRAPH_ELEMENTS + 1, true, false).mode).toBe("canvas-fast");
  });

  it("lays out trees with dagre, large ones sideways; huge networks in rings", () => {
    expect(treeLayout(tree.nodes.length).name).toBe("dagre");
    expect(networkLayout(CONCENTRIC_THRESHOLD).name).toBe("fcose");
    expect(networkLayout(CONCENTRIC_THRESHOLD + 1).name).toBe("concentric");
    expect(treeLayout(10)).toMatchObject({ rankDir: "TB" });
    expect(treeLayout(tree.nodes.length)).toMatchObject({ rankDir: "LR" });
    const sideways = familyTreeElements(tree, ROOT, undefined, "LR").find(
      (element) => element.group === "nodes",
    );
    expect(sideways?.classes).toContain("sideways");
  });

  it("hands trees above ELK_TREE_THRESHOLD to ELK's layered algorithm, generations left to right", () => {
    expect(treeLayout(ELK_TREE_THRESHOLD).name).toBe("dagre");
    const large = treeLayout(ELK_TREE_THRESHOLD + 1);
    expect(large.name).toBe("elk");
    expect(large).toMatchObject({
      elk: { "elk.algorithm": "layered", "elk.direction": "RIGHT" },
    });
    // ELK takes its options as strings: a number would be ignored silently.
    for (const value of Object.values((large as { elk: Record<string, unknown> }).elk)) {
      expect(typeof value).toBe("string");
    }
  });
});
