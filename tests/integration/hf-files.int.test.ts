import { copyFile, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Gateway } from "../../db/gateway.ts";
import { ingestHfCards } from "../../ingest/hf/ingest-hf-cards.ts";
import { ingestHfTree } from "../../ingest/hf/ingest-hf-tree.ts";
import { closeTestGraph, openTestGraph } from "../support/neo4j.ts";

const CARDS = path.resolve("samples/hf/cards");
const TREE = path.resolve("samples/hf/trees/Llama-2-7b_finetunes_20250422_180448.json");
const BAD = path.resolve("tests/fixtures/hf/bad-cards");

let gateway: Gateway;

beforeAll(async () => {
  gateway = await openTestGraph();
});
afterAll(() => closeTestGraph(gateway));

type Edge = { child: string; parent: string; relation: string; source: string; rule: string };

async function edges(where = "true"): Promise<Edge[]> {
  return gateway.runAutoCommit<Edge>(
    `MATCH (c:Model)-[r:DERIVED_FROM]->(p:Model) WHERE ${where}
     RETURN c.id AS child, p.id AS parent, r.relation AS relation, r.source AS source, r.rule AS rule
     ORDER BY child, parent`,
  );
}

async function counts(): Promise<{ nodes: number; rels: number }> {
  const [row] = await gateway.runAutoCommit<{ nodes: number; rels: number }>(
    "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels",
  );
  return row ?? { nodes: 0, rels: 0 };
}

describe("model cards (samples/hf/cards)", () => {
  it("loads every card and gives each base_model edge its relation", async () => {
    const report = await ingestHfCards(gateway, CARDS);
    expect(report.read).toBe(18);
    expect(report.created).toBe(18);
    expect(report.skippedTotal).toBe(0);
    // Read by hand from the cards' front matter: the OpenPipe merge lists four parents; the TheBloke cards
    // have quantized_by; the rest name one base and no relation, so they are fine-tunes.
    const ft = "inferred:default";
    const q = "inferred:quantized-by";
    const m = "inferred:multiple-parents";
    // From the cards' own text (readTextLineage), each checked by hand against the card:
    // - Intel v3-1 / v3-3, MonadGPT, NeuralHermes: base_model is stated and the prose says it was fine-tuned
    //   from it ("a fine-tuned … LLM … from the [X](…)", "a finetune of [X](…)", "is based on the [X](…) model
    //   that has been further fine-tuned"), so the rule names the text instead of inferred:default;
    // - Open-Orca/Mistral-7B-OpenOrca has no base_model: "to fine-tune on top of [Mistral 7B](…/Mistral-7B-v0.1)";
    // - Gryphe/MythoMax-L2-13b has none: "my [MythoLogic-L2](…) and [Huginn](…) merge";
    // - amazon/FalconLite has none: "FalconLite is a quantized version of the [Falcon 40B SFT OASST-TOP1
    //   model](…/OpenAssistant/falcon-40b-sft-top1-560)" (its "Model type: [Falcon 40B]" link is not a parent).
    // Kunoichi-7B ("merger between … Silicon-Maid-7B, and an unreleased model", no ids) and MetaMath ("based on
    // the powerful Mistral-7B model", no id) stay without parents.
    const tft = "text:finetuned-from-link";
    const tq = "text:quantized-from-link";
    const tm = "text:merge-of";
    expect((await edges()).map((e) => [e.child, e.parent, e.relation, e.rule])).toEqual([
      ["Gryphe/MythoMax-L2-13b", "Gryphe/MythoLogic-L2-13b", "merge", tm],
      ["Gryphe/MythoMax-L2-13b", "The-Face-Of-Goonery/Huginn-13b-FP16", "merge", tm],
      ["Intel/neural-chat-7b-v3-1", "mistralai/Mistral-7B-v0.1", "finetune", tft],
      ["Intel/neural-chat-7b-v3-3", "Intel/neural-chat-7b-v3-1", "finetune", tft],
      ["Open-Orca/Mistral-7B-OpenOrca", "mistralai/Mistral-7B-v0.1", "finetune", tft],
      ["OpenPipe/mistral-ft-optimized-1227", "Intel/neural-chat-7b-v3-3", "merge", m],
      ["OpenPipe/mistral-ft-optimized-1227", "meta-math/MetaMath-Mistral-7B", "merge", m],
      ["OpenPipe/mistral-ft-optimized-1227", "openchat/openchat-3.5-1210", "merge", m],
      ["OpenPipe/mistral-ft-optimized-1227", "teknium/OpenHermes-2.5-Mistral-7B", "merge", m],
      ["Pclanglais/MonadGPT", "teknium/OpenHermes-2-Mistral-7B", "finetune", tft],
      ["TheBloke/Mistral-7B-OpenOrca-GGUF", "Open-Orca/Mistral-7B-OpenOrca", "quantized", q],
      ["TheBloke/MythoMax-L2-13B-GGUF", "Gryphe/MythoMax-L2-13b", "quantized", q],
      ["TheBloke/MythoMax-L2-13B-GPTQ", "Gryphe/MythoMax-L2-13b", "quantized", q],
      ["TheBloke/OpenHermes-2-Mistral-7B-GGUF", "teknium/OpenHermes-2-Mistral-7B", "quantized", q],
      ["TheBloke/OpenHermes-2.5-Mistral-7B-GGUF", "teknium/OpenHermes-2.5-Mistral-7B", "quantized", q],
      ["amazon/FalconLite", "OpenAssistant/falcon-40b-sft-top1-560", "quantized", tq],
      ["mlabonne/NeuralHermes-2.5-Mistral-7B", "teknium/OpenHermes-2.5-Mistral-7B", "finetune", tft],
      ["openchat/openchat-3.5-1210", "mistralai/Mistral-7B-v0.1", "finetune", ft],
      ["teknium/OpenHermes-2-Mistral-7B", "mistralai/Mistral-7B-v0.1", "finetune", ft],
      ["teknium/OpenHermes-2.5-Mistral-7B", "mistralai/Mistral-7B-v0.1", "finetune", ft],
    ]);
    expect((await edges()).every((e) => e.source === "card")).toBe(true);
    // Each text edge carries the sentence it came from.
    const [falcon] = await gateway.runAutoCommit<{ evidence: string }>(
      "MATCH (:Model {key: 'amazon/falconlite'})-[r:DERIVED_FROM]->() RETURN r.evidence AS evidence",
    );
    expect(falcon?.evidence).toBe(
      "card text: is a quantized version of the [Falcon 40B SFT OASST-TOP1 model](https://huggingface.co/OpenAssistant/falcon-40b-sft-top1-560)",
    );
  });

  it("keeps an unfetched parent as a placeholder, and stores accounts, datasets and the card's prose", async () => {
    const [mistral] = await gateway.runAutoCommit(
      "MATCH (m:Model {key: 'mistralai/mistral-7b-v0.1'}) RETURN m.placeholder AS placeholder, m.placeholderReason AS reason",
    );
    expect(mistral).toEqual({ placeholder: true, reason: "referenced" });
    const [openpipe] = await gateway.runAutoCommit<{ description: string; license: string; owner: string }>(
      `MATCH (a:HFAccount)-[:PUBLISHED]->(m:Model {key: 'openpipe/mistral-ft-optimized-1227'})
       RETURN m.description AS description, m.license AS license, a.name AS owner`,
    );
    expect(openpipe?.description).toContain("hierarchichal SLERP merge");
    expect(openpipe?.description).not.toContain("](");
    expect(openpipe).toMatchObject({ license: "apache-2.0", owner: "OpenPipe" });
    const trained = await gateway.runAutoCommit(
      "MATCH (m:Model)-[r:TRAINED_ON]->(d:Dataset) WHERE m.key STARTS WITH 'open-orca/' RETURN m.id AS model, d.id AS dataset, r.source AS source",
    );
    expect(trained).toEqual([
      { model: "Open-Orca/Mistral-7B-OpenOrca", dataset: "Open-Orca/OpenOrca", source: "card" },
    ]);
  });

  it("changes nothing when the same cards are loaded again", async () => {
    const before = await counts();
    const report = await ingestHfCards(gateway, CARDS);
    expect(report.unchanged).toBe(18);
    expect(report.created + report.updated).toBe(0);
    expect(await counts()).toEqual(before);
  });
});

describe("the Llama-2-7b family tree (samples/hf/trees)", () => {
  it("loads all 92 models and every listed child as an edge with its list's relation", async () => {
    const report = await ingestHfTree(gateway, TREE);
    expect(report.read).toBe(92);
    expect(report.loaded).toBe(92);
    const file = JSON.parse(await readFile(TREE, "utf8")) as { models: Record<string, unknown>[] };
    const relationOf: Record<string, string> = {
      children: "finetune",
      adapters: "adapter",
      quantized: "quantized",
      merges: "merge",
    };
    const expected = new Set<string>();
    const idOf = (s: string): string => s.replace("https://huggingface.co/", "").toLowerCase();
    for (const record of file.models) {
      for (const list of Object.keys(relationOf)) {
        for (const url of record[list] as string[])
          expected.add(`${idOf(url)} -> ${idOf(record.model_id as string)} ${relationOf[list]}`);
      }
    }
    expect(expected.size).toBe(173);
    const tree = await gateway.runAutoCommit<{ edge: string }>(
      `MATCH (c:Model)-[r:DERIVED_FROM {source: 'tree'}]->(p:Model) RETURN c.key + ' -> ' + p.key + ' ' + r.relation AS edge`,
    );
    expect(new Set(tree.map((r) => r.edge))).toEqual(expected);

    const ids = file.models.map((r) => idOf(r.model_id as string));
    const [{ fetched } = { fetched: -1 }] = await gateway.runAutoCommit<{ fetched: number }>(
      "MATCH (m:Model) WHERE m.key IN $ids AND m.placeholder = false AND 'tree' IN m.sources RETURN count(m) AS fetched",
      { ids },
    );
    expect(fetched).toBe(92);
    // Three records hold "N/A" for metadata: loaded, and reported with where.
    expect(report.problems.map((p) => [p.kind, p.where])).toEqual([
      ["missing-metadata", "$.models[10].metadata"],
      ["missing-metadata", "$.models[37].metadata"],
      ["missing-metadata", "$.models[56].metadata"],
    ]);
  });

  it("changes nothing when the tree is loaded again", async () => {
    const before = await counts();
    const report = await ingestHfTree(gateway, TREE);
    expect(report.unchanged).toBe(92);
    expect(report.created + report.updated).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it("reads Hub fields from the crawl's metadata (downloads, likes, dates, tags, gated)", async () => {
    const [root] = await gateway.runAutoCommit(
      "MATCH (m:Model {key: 'meta-llama/llama-2-7b'}) RETURN m.likes AS likes, m.gated AS gated, m.createdAt AS createdAt, m.license AS license, m.author AS author",
    );
    expect(root).toEqual({
      likes: 4312,
      gated: true,
      createdAt: "2023-07-09T07:34:35Z",
      license: "llama2",
      author: "meta-llama",
    });
  });

  it("keeps what precedes the damage in a truncated file and says where it broke", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "hf-tree-"));
    const text = await readFile(TREE, "utf8");
    const cut = text.indexOf('"model_id": "ChengsenWang/ChatTime-1-7B-Chat"') + 10;
    const file = path.join(dir, "truncated.json");
    await writeFile(file, text.slice(0, cut));
    const report = await ingestHfTree(gateway, file);
    const before = JSON.parse(text) as { models: { model_id: string }[] };
    const complete = before.models.findIndex((m) => m.model_id === "ChengsenWang/ChatTime-1-7B-Chat");
    expect(report.read).toBe(complete);
    const truncated = report.problems.find((p) => p.kind === "truncated-json");
    expect(truncated?.where).toMatch(new RegExp(`^\\$\\.models\\[${complete}\\]`));
    expect(truncated?.reason).toMatch(/truncated/);
  });
});

describe("bad and unusual cards (tests/fixtures/hf/bad-cards)", () => {
  it("reports each with where and why, and loads the rest", async () => {
    const report = await ingestHfCards(gateway, BAD);
    expect(report.read).toBe(10);
    const byKind = (kind: string) => report.problems.filter((p) => p.kind === kind);
    const yaml = byKind("invalid-yaml");
    expect(yaml).toHaveLength(1);
    expect(yaml[0]?.source).toContain("bad-yaml/MythoMax-broken-yaml/README.md");
    expect(yaml[0]?.where).toMatch(/^front matter line \d+$/);
    expect(byKind("no-front-matter")).toHaveLength(1);
    expect(byKind("invalid-base-model")[0]?.where).toBe("front matter base_model");
    expect(byKind("invalid-base-model")[0]?.reason).toContain("a mapping");
    expect(byKind("unknown-relation")[0]?.reason).toContain('"distillation"');
    expect(byKind("local-path")[0]?.reason).toContain("/home/user/models/neural-chat-7b-v3-1");
    expect(byKind("self-loop")).toHaveLength(1);
    expect(byKind("cycle").map((p) => p.where)).toEqual([
      expect.stringContaining("DERIVED_FROM cycle/merge-b -> cycle/merge-a") as unknown,
    ]);
    // Every card still made its model (metadata problems lose only the metadata).
    const [{ n } = { n: 0 }] = await gateway.runAutoCommit<{ n: number }>(
      "MATCH (m:Model {placeholder: false}) WHERE 'card' IN m.sources AND m.key =~ '(bad-yaml|no-front-matter|wrong-type|unknown-relation|local-path|case-variant|self-loop|cycle|explicit-relation)/.*' RETURN count(m) AS n",
    );
    expect(n).toBe(10);
    // No model was made from a local path; the case variant joined the real Mistral node.
    expect(await gateway.runAutoCommit("MATCH (m:Model) WHERE m.id CONTAINS 'home/user' RETURN m")).toEqual(
      [],
    );
    expect(await edges("c.key STARTS WITH 'case-variant/'")).toEqual([
      expect.objectContaining({ parent: "mistralai/Mistral-7B-v0.1", relation: "finetune" }),
    ]);
    // The unknown base_model_relation is dropped; the card's prose ("a finetune of [Mistral-Hermes 2](…)",
    // copied from MonadGPT) then says how the parent was used.
    expect(await edges("c.key STARTS WITH 'unknown-relation/'")).toEqual([
      expect.objectContaining({ relation: "finetune", rule: "text:finetuned-from-link" }),
    ]);
    expect(await edges("c.key STARTS WITH 'explicit-relation/'")).toEqual([
      expect.objectContaining({ relation: "adapter", rule: "base_model_relation" }),
    ]);
    expect(await edges("c.key STARTS WITH 'cycle/'")).toHaveLength(1);
  });

  it("refuses an edge that would close a cycle through the graph, across runs", async () => {
    // Only merge-b this time: the graph already holds merge-a -> merge-b from the run above.
    const dir = await mkdtemp(path.join(os.tmpdir(), "hf-cycle-"));
    await mkdir(path.join(dir, "cycle", "merge-b"), { recursive: true });
    await copyFile(
      path.join(BAD, "cycle", "merge-b", "README.md"),
      path.join(dir, "cycle", "merge-b", "README.md"),
    );
    const report = await ingestHfCards(gateway, dir);
    expect(report.problems.filter((p) => p.kind === "cycle")).toHaveLength(1);
    expect(await edges("c.key STARTS WITH 'cycle/'")).toHaveLength(1);
  });
});
