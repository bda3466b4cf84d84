import { readFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Gateway } from "../../db/gateway.ts";
import { ingestHfCards } from "../../ingest/hf/ingest-hf-cards.ts";
import { ingestHfTree } from "../../ingest/hf/ingest-hf-tree.ts";
import { createServer, type RunningServer } from "../../server/create-server.ts";
import { gql } from "../support/graphql-request.ts";
import { openTestGraph } from "../support/neo4j.ts";

// model, searchModels and familyTree over the real Hugging Face samples: 18 model cards (Mistral, OpenHermes,
// merges, TheBloke quantizations) and the real Llama-2-7b family-tree crawl, loaded by the real HF ingest.

const TREE_FILE = "samples/hf/trees/Llama-2-7b_finetunes_20250422_180448.json";
const ROOT = "meta-llama/Llama-2-7b";

type GraphResult = {
  nodes: Array<{ id: string; kind: string; data: { depth: number; relation: string | null } }>;
  edges: Array<{ source: string; target: string; type: string; data: { relation: string } }>;
  truncated: boolean;
};

/** The crawl's own lists, read straight from the file: parent id → child ids, for an independent expectation. */
function childrenInFile(): Map<string, Set<string>> {
  const { models } = JSON.parse(readFileSync(TREE_FILE, "utf8")) as {
    models: Array<Record<string, unknown>>;
  };
  const children = new Map<string, Set<string>>();
  for (const record of models) {
    const parent = String(record.model_id).toLowerCase();
    for (const list of ["children", "adapters", "quantized", "merges"]) {
      const raw = record[list];
      const urls = Array.isArray(raw) ? (raw as string[]) : [];
      for (const url of urls) {
        const id = url.replace(/^https:\/\/huggingface\.co\//, "").toLowerCase();
        children.set(parent, (children.get(parent) ?? new Set()).add(id));
      }
    }
  }
  return children;
}

function descendantsInFile(root: string, maxDepth = Infinity): Set<string> {
  const children = childrenInFile();
  const seen = new Set<string>();
  let frontier = [root.toLowerCase()];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    frontier = frontier.flatMap((id) => [...(children.get(id) ?? [])]).filter((id) => !seen.has(id));
    for (const id of frontier) seen.add(id);
  }
  return seen;
}

let gateway: Gateway;
let server: RunningServer;

beforeAll(async () => {
  gateway = await openTestGraph();
  await ingestHfCards(gateway, "samples/hf/cards");
  await ingestHfTree(gateway, TREE_FILE);
  server = await createServer({ gateway, port: 0 });
});

afterAll(async () => {
  await server.close();
  await gateway.close();
});

describe("model(id)", () => {
  it("finds a model whatever the case of the id, with DESIGN.md's fields and its publisher", async () => {
    const { data, errors } = await gql<{ model: Record<string, unknown> }>(
      server,
      `{ model(id: "META-LLAMA/llama-2-7B") { id author likes license gated pipelineTag tags createdAt placeholder
           publisher { name } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.model).toMatchObject({
      id: ROOT,
      author: "meta-llama",
      license: "llama2",
      gated: true,
      pipelineTag: "text-generation",
      placeholder: false,
    });
    expect(data.model.likes).toBeGreaterThan(1000);
    expect(data.model.tags).toEqual(expect.arrayContaining(["text-generation"]));
    expect(String(data.model.createdAt)).toMatch(/^2023-07-09T/);
  });

  it("lists a merge's four parents with the relation and the rule that decided it", async () => {
    const { data } = await gql<{
      model: { parents: Array<{ relation: string; rule: string; model: { id: string } }> };
    }>(
      server,
      '{ model(id: "OpenPipe/mistral-ft-optimized-1227") { parents { relation rule source model { id } } } }',
    );
    expect(data.model.parents.map((p) => p.model.id).sort()).toEqual([
      "Intel/neural-chat-7b-v3-3",
      "meta-math/MetaMath-Mistral-7B",
      "openchat/openchat-3.5-1210",
      "teknium/OpenHermes-2.5-Mistral-7B",
    ]);
    expect(new Set(data.model.parents.map((p) => p.relation))).toEqual(new Set(["merge"]));
    expect(data.model.parents.every((p) => typeof p.rule === "string" && p.rule.length > 0)).toBe(true);
  });

  it("pages through children with cursors: every child once, the total as in the crawl", async () => {
    const expected = childrenInFile().get(ROOT.toLowerCase()) ?? new Set();
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page++) {
      const result: { data: { model: { children: Record<string, never> } } } = await gql(
        server,
        `query($after: String) { model(id: "${ROOT}") { children(first: 10, after: $after) {
           totalCount pageInfo { hasNextPage endCursor } edges { cursor node { relation model { id downloads } } } } } }`,
        { after },
      );
      const children = result.data.model.children as unknown as {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ node: { model: { id: string } } }>;
      };
      total = children.totalCount;
      seen.push(...children.edges.map((edge) => edge.node.model.id.toLowerCase()));
      if (!children.pageInfo.hasNextPage) break;
      after = children.pageInfo.endCursor;
    }
    expect(total).toBe(expected.size);
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(expected);
  });

  it("filters children by relation", async () => {
    const { data } = await gql<{
      model: { children: { totalCount: number; edges: Array<{ node: { relation: string } }> } };
    }>(
      server,
      `{ model(id: "${ROOT}") { children(relation: quantized, first: 100) { totalCount edges { node { relation } } } } }`,
    );
    expect(data.model.children.totalCount).toBeGreaterThan(0);
    expect(new Set(data.model.children.edges.map((e) => e.node.relation))).toEqual(new Set(["quantized"]));
  });

  it("counts distinct descendants as the crawl lists them", async () => {
    const { data } = await gql<{ model: { descendantsCount: number } }>(
      server,
      `{ model(id: "${ROOT}") { descendantsCount } }`,
    );
    expect(data.model.descendantsCount).toBe(descendantsInFile(ROOT).size);
  });

  it("returns null for an unknown model", async () => {
    const { data, errors } = await gql(server, '{ model(id: "nobody/nothing-7b") { id } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ model: null });
  });
});

describe("searchModels", () => {
  it("finds models by words of their id", async () => {
    const { data } = await gql<{ searchModels: Array<{ score: number; model: { id: string } }> }>(
      server,
      '{ searchModels(query: "OpenHermes", first: 10) { score model { id } } }',
    );
    const ids = data.searchModels.map((hit) => hit.model.id);
    expect(ids).toContain("teknium/OpenHermes-2.5-Mistral-7B");
    expect(data.searchModels.every((hit) => hit.score > 0)).toBe(true);
  });

  it.each(["llama-3.1 (8b)", 'AND OR ~* "', "mistral:7b^2 [v0.1] {x} \\ /", "", "   "])(
    "treats %j as text: results or none, never an error",
    async (query) => {
      const { data, errors } = await gql<{ searchModels: unknown[] }>(
        server,
        "query($q: String!) { searchModels(query: $q, first: 5) { model { id } } }",
        { q: query },
      );
      expect(errors).toBeUndefined();
      expect(Array.isArray(data.searchModels)).toBe(true);
    },
  );

  it("clamps first to the page size maximum", async () => {
    const { data } = await gql<{ searchModels: unknown[] }>(
      server,
      '{ searchModels(query: "llama mistral 7b gguf", first: 100000) { model { id } } }',
    );
    expect(data.searchModels.length).toBeLessThanOrEqual(100);
    expect(data.searchModels.length).toBeGreaterThan(20);
  });
});

describe("familyTree", () => {
  it("collects the descendants down 3 levels as distinct nodes, with edges between them", async () => {
    const { data } = await gql<{ familyTree: GraphResult }>(
      server,
      `{ familyTree(modelId: "${ROOT}", up: 0, down: 3) { truncated nodes { id kind data } edges { source target type data } } }`,
    );
    const tree = data.familyTree;
    const ids = tree.nodes.map((node) => node.id.toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set([ROOT.toLowerCase(), ...descendantsInFile(ROOT, 3)]));
    expect(tree.truncated).toBe(false);
    const present = new Set(tree.nodes.map((node) => node.id));
    for (const edge of tree.edges) {
      expect(present.has(edge.source) && present.has(edge.target)).toBe(true);
      expect(edge.type).toBe("DERIVED_FROM");
    }
    expect(tree.nodes.find((node) => node.id === ROOT)?.data.depth).toBe(0);
  });

  it("stops at the limit and says so", async () => {
    const { data } = await gql<{ familyTree: GraphResult }>(
      server,
      `{ familyTree(modelId: "${ROOT}", down: 3, limit: 10) { truncated nodes { id } edges { source target } } }`,
    );
    expect(data.familyTree.nodes).toHaveLength(10);
    expect(data.familyTree.truncated).toBe(true);
    const present = new Set(data.familyTree.nodes.map((node) => node.id));
    expect(data.familyTree.edges.every((edge) => present.has(edge.source) && present.has(edge.target))).toBe(
      true,
    );
  });

  it("walks up to the ancestors: a merge's parents and their bases", async () => {
    const { data } = await gql<{ familyTree: GraphResult }>(
      server,
      '{ familyTree(modelId: "openpipe/mistral-ft-optimized-1227", up: 3, down: 0) { nodes { id data } edges { source target } } }',
    );
    const ids = data.familyTree.nodes.map((node) => node.id);
    expect(ids).toEqual(
      expect.arrayContaining(["teknium/OpenHermes-2.5-Mistral-7B", "Intel/neural-chat-7b-v3-3"]),
    );
    expect(ids).toContain("mistralai/Mistral-7B-v0.1");
    expect(data.familyTree.nodes.filter((node) => node.data.depth > 0)).toEqual([]);
  });

  it("follows only the relations asked for", async () => {
    const { data } = await gql<{ familyTree: GraphResult }>(
      server,
      `{ familyTree(modelId: "${ROOT}", down: 3, relations: [quantized]) { nodes { id } edges { data } } }`,
    );
    expect(data.familyTree.edges.length).toBeGreaterThan(0);
    expect(new Set(data.familyTree.edges.map((edge) => edge.data.relation))).toEqual(new Set(["quantized"]));
  });

  it("renders createdAt as model(id) does, whatever its precision or offset", async () => {
    const { data: before } = await gql<{ familyTree: GraphResult }>(
      server,
      `{ familyTree(modelId: "${ROOT}", up: 0, down: 1, limit: 4) { nodes { id } } }`,
    );
    const [whole, fraction, offset] = before.familyTree.nodes.slice(1).map((node) => node.id);
    const times = {
      whole: "2023-08-01T10:00:00Z",
      fraction: "2023-08-01T10:00:00.25Z",
      offset: "2023-08-01T12:00:00+02:00",
    };
    for (const [id, createdAt] of [
      [whole, times.whole],
      [fraction, times.fraction],
      [offset, times.offset],
    ]) {
      await gateway.write("api/fixtures/set-model-created-at", { key: String(id).toLowerCase(), createdAt });
    }
    const { data } = await gql<{
      familyTree: { nodes: Array<{ id: string; data: { createdAt: unknown } }> };
    }>(server, `{ familyTree(modelId: "${ROOT}", up: 0, down: 1, limit: 4) { nodes { id data } } }`);
    for (const id of [whole, fraction, offset]) {
      const { data: single } = await gql<{ model: { createdAt: unknown } }>(
        server,
        `{ model(id: "${id}") { createdAt } }`,
      );
      const node = data.familyTree.nodes.find((candidate) => candidate.id === id);
      expect(node?.data.createdAt).toBe(single.model.createdAt);
    }
    expect(data.familyTree.nodes.find((node) => node.id === whole)?.data.createdAt).toBe(times.whole);
  });

  it("answers an empty graph for an unknown model", async () => {
    const { data } = await gql<{ familyTree: GraphResult }>(
      server,
      '{ familyTree(modelId: "nobody/nothing") { truncated nodes { id } edges { source } } }',
    );
    expect(data.familyTree).toEqual({ truncated: false, nodes: [], edges: [] });
  });
});
