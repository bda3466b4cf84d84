import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Gateway } from "../../db/gateway.ts";
import { ingestHfSnapshot } from "../../ingest/hf/ingest-hf-snapshot.ts";
import { realApiModels } from "../support/hub-standin.ts";
import { closeTestGraph, openTestGraph, resetGraph } from "../support/neo4j.ts";

// The writer CREATEs models that are not in the graph yet, and their edges, and MERGEs the rest: these tests
// check that the two paths make the same graph, whatever the batch boundaries, and never a duplicate edge.

let gateway: Gateway;
let snapshot: string;
let oddTags: string[];

beforeAll(async () => {
  gateway = await openTestGraph();
  // The real Llama-2-7b tree's records as Hub API objects; the first one twice (a snapshot may repeat a model
  // within one batch) and with each of its card's datasets listed twice; the second with a tag that holds the
  // character hf/create-fresh joins tags with; the third by an author whose name is not ASCII (hf/create-fresh
  // lowercases ASCII names itself, the writer sends other keys), with the API's authorData.
  const models = realApiModels();
  const first = structuredClone(models[0]) as Record<string, unknown>;
  const card = (first.cardData ?? {}) as Record<string, unknown>;
  first.cardData = { ...card, datasets: ["some/dataset", "some/dataset"] };
  oddTags = [...((models[1]?.tags as string[] | undefined) ?? []), "odd\u001ftag"];
  models[1] = { ...models[1], tags: oddTags };
  models[2] = { ...models[2], author: "Ünïcode-Lab", authorData: { type: "org", fullname: "Ünïcode Lab" } };
  const dir = await mkdtemp(path.join(os.tmpdir(), "hf-writer-"));
  snapshot = path.join(dir, "snapshot.jsonl");
  await writeFile(snapshot, `${[first, ...models, first].map((m) => JSON.stringify(m)).join("\n")}\n`);
});
afterAll(() => closeTestGraph(gateway));

/** Every relationship as "start type end {properties}", sorted: the graph's shape, to compare loads. */
async function graphShape(): Promise<string[]> {
  const rows = await gateway.runAutoCommit<{ line: string }>(
    `MATCH (a)-[r]->(b) WHERE NOT a:Checkpoint
     RETURN coalesce(a.key, a.name) + ' ' + type(r) + ' ' + coalesce(b.key, b.name) + ' ' +
            coalesce(r.relation, '') + ' ' + coalesce(r.rule, '') + ' ' + coalesce(r.source, '') + ' ' +
            coalesce(r.evidence, '') AS line`,
  );
  return rows.map((r) => r.line).sort();
}

/**
 * Every model's, account's and dataset's stored properties but the write time, by label and key: what the
 * created and merged paths both store.
 */
async function nodeProperties(): Promise<Record<string, unknown>> {
  const rows = await gateway.runAutoCommit<{ key: string; props: Record<string, unknown> }>(
    `MATCH (n) WHERE n:Model OR n:HFAccount OR n:Dataset
     RETURN labels(n)[0] + ' ' + n.key AS key, properties(n) AS props`,
  );
  return Object.fromEntries(rows.map(({ key, props: { updatedAt: _, ...rest } }) => [key, rest]));
}

async function duplicateEdges(): Promise<number> {
  const [row] = await gateway.runAutoCommit<{ n: number }>(
    `MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, count(r) AS c WHERE c > 1 RETURN count(*) AS n`,
  );
  return row?.n ?? -1;
}

async function nodeCount(): Promise<number> {
  const [row] = await gateway.runAutoCommit<{ n: number }>(
    "MATCH (n) WHERE NOT n:Checkpoint RETURN count(n) AS n",
  );
  return row?.n ?? -1;
}

describe("HfGraphWriter: created and merged paths", () => {
  it("makes one edge per pair when a model repeats in a batch and a card lists a dataset twice", async () => {
    const report = await ingestHfSnapshot(gateway, snapshot);
    expect(report.read).toBe(realApiModels().length + 2);
    expect(await duplicateEdges()).toBe(0);
    const [trained] = await gateway.runAutoCommit<{ n: number }>(
      "MATCH (:Model)-[r:TRAINED_ON]->(:Dataset {key: 'some/dataset'}) RETURN count(r) AS n",
    );
    expect(trained?.n).toBe(1);
    const [odd] = await gateway.runAutoCommit<{ tags: string[] }>(
      "MATCH (m:Model) WHERE 'odd\u001ftag' IN m.tags RETURN m.tags AS tags",
    );
    expect(odd?.tags).toEqual(oddTags);
    const [lab] = await gateway.runAutoCommit<{
      name: string;
      kind: string;
      fullname: string;
      models: number;
    }>(
      `MATCH (a:HFAccount {key: 'ünïcode-lab'})-[:PUBLISHED]->(m:Model)
       RETURN a.name AS name, a.kind AS kind, a.fullname AS fullname, count(m) AS models`,
    );
    expect(lab).toEqual({ name: "Ünïcode-Lab", kind: "org", fullname: "Ünïcode Lab", models: 1 });
  });

  it("changes nothing when loaded again (every model now takes the merging path)", async () => {
    const before = { shape: await graphShape(), nodes: await nodeCount() };
    const report = await ingestHfSnapshot(gateway, snapshot);
    expect(report.created + report.updated).toBe(0);
    expect({ shape: await graphShape(), nodes: await nodeCount() }).toEqual(before);
  });

  it("makes the same graph in batches of 7 (parents, children and placeholders split across batches)", async () => {
    const whole = { shape: await graphShape(), nodes: await nodeCount(), properties: await nodeProperties() };
    expect(whole.shape.length).toBeGreaterThan(100);
    await resetGraph(gateway);
    await ingestHfSnapshot(gateway, snapshot, { batchSize: 7 });
    expect({
      shape: await graphShape(),
      nodes: await nodeCount(),
      properties: await nodeProperties(),
    }).toEqual(whole);
    expect(await duplicateEdges()).toBe(0);
  });

  it("refuses the edge that closes a cycle whose links sit in batches written two at a time", async () => {
    // One model per batch, so each batch overlaps the one before it: a -> b, b -> c, then c -> a closes the
    // cycle, and every link's parent was created (as a placeholder) by the batch still in flight before it.
    await resetGraph(gateway);
    const dir = await mkdtemp(path.join(os.tmpdir(), "hf-writer-cycle-"));
    const file = path.join(dir, "cycle.jsonl");
    const model = (id: string, parent: string): string =>
      JSON.stringify({ id, tags: [`base_model:${parent}`, `base_model:finetune:${parent}`] });
    await writeFile(
      file,
      `${[model("cyc/a", "cyc/b"), model("cyc/b", "cyc/c"), model("cyc/c", "cyc/a")].join("\n")}\n`,
    );
    const report = await ingestHfSnapshot(gateway, file, { batchSize: 1 });
    expect(report.problems.filter((p) => p.kind === "cycle")).toHaveLength(1);
    expect(report.links).toBe(2);
    const [row] = await gateway.runAutoCommit<{ edges: number; cycles: number }>(
      `MATCH (:Model)-[r:DERIVED_FROM]->(:Model) WITH count(r) AS edges
       OPTIONAL MATCH p = (m:Model)-[:DERIVED_FROM*1..5]->(m) RETURN edges, count(p) AS cycles`,
    );
    expect(row).toEqual({ edges: 2, cycles: 0 });
  });
});
