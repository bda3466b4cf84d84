import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { Gateway } from "../../db/gateway.ts";
import { crawlHfAll } from "../../ingest/hf/crawl-hf-all.ts";
import { crawlHfModel } from "../../ingest/hf/crawl-hf-model.ts";
import { ingestHfSnapshot } from "../../ingest/hf/ingest-hf-snapshot.ts";
import { SnapshotFile } from "../../ingest/hf/snapshot-file.ts";
import { startHubStandin, type HubStandin } from "../support/hub-standin.ts";
import { closeTestGraph, connectTestGateway, resetGraph } from "../support/neo4j.ts";

const TREE = path.resolve("samples/hf/trees/Llama-2-7b_finetunes_20250422_180448.json");

let gateway: Gateway;
let hub: HubStandin | undefined;
/** The real records, read here independently of the crawler: id → tags. */
let tagsById: Map<string, string[]>;

beforeAll(async () => {
  gateway = connectTestGateway();
  const tree = JSON.parse(await readFile(TREE, "utf8")) as { models: { metadata: string }[] };
  tagsById = new Map();
  for (const record of tree.models) {
    try {
      const info = JSON.parse(record.metadata) as { id: string; tags: string[] };
      tagsById.set(info.id, info.tags);
    } catch {
      // "N/A": the stand-in does not serve it either
    }
  }
});
beforeEach(async () => {
  await resetGraph(gateway);
});
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});
afterAll(() => closeTestGraph(gateway));

const noWait = { sleep: () => Promise.resolve() };

function childrenOf(id: string): { id: string; relation: string }[] {
  const out: { id: string; relation: string }[] = [];
  for (const [child, tags] of tagsById) {
    const tag = tags.find(
      (t) => t.startsWith("base_model:") && t.endsWith(`:${id}`) && t.split(":").length === 3,
    );
    if (tag !== undefined) out.push({ id: child, relation: tag.split(":")[1] ?? "" });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

describe("live crawl of one family (--model) against a Hub stand-in built from the real tree", () => {
  it("follows pages, waits out a 429, links a renamed parent under its new id, and lists each parent once", async () => {
    hub = await startHubStandin({
      maxPageSize: 10,
      throttle: [3],
      renamed: { "meta-llama/Llama-2-7b": "meta-llama/Llama-2-7b-renamed" },
    });
    const waits: string[] = [];
    const report = await crawlHfModel(gateway, "epfl-llm/meditron-7b", {
      hubUrl: hub.url,
      up: 1,
      down: 2,
      onWait: (_ms, reason) => waits.push(reason),
    });

    // Children of meditron, with the relation their own tags give.
    const expected = childrenOf("epfl-llm/meditron-7b");
    expect(expected.length).toBeGreaterThan(20);
    const children = await gateway.runAutoCommit<{ id: string; relation: string }>(
      `MATCH (c:Model)-[r:DERIVED_FROM]->(:Model {key: 'epfl-llm/meditron-7b'})
       RETURN c.id AS id, r.relation AS relation ORDER BY id`,
    );
    expect(children.sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected);
    // Grandchildren came from the second level.
    const grandchildren = childrenOf("Minbyul/meditron-7b-wo-kqa_golden-iter-sft-step1").map((c) => c.id);
    const [{ n } = { n: 0 }] = await gateway.runAutoCommit<{ n: number }>(
      "MATCH (c:Model)-[:DERIVED_FROM]->(:Model {key: 'minbyul/meditron-7b-wo-kqa_golden-iter-sft-step1'}) WHERE c.id IN $ids RETURN count(c) AS n",
      { ids: grandchildren },
    );
    expect(n).toBe(grandchildren.length);

    // The parent answered under its new id (the old one redirects): one node, the edge points to it.
    const parents = await gateway.runAutoCommit(
      "MATCH (:Model {key: 'epfl-llm/meditron-7b'})-[r:DERIVED_FROM]->(p:Model) RETURN p.id AS id, p.placeholder AS placeholder, r.source AS source",
    );
    expect(parents).toEqual([{ id: "meta-llama/Llama-2-7b-renamed", placeholder: false, source: "api" }]);
    expect(await gateway.runAutoCommit("MATCH (m:Model {key: 'meta-llama/llama-2-7b'}) RETURN m")).toEqual(
      [],
    );
    expect(report.problems.map((p) => p.kind)).toContain("renamed");

    // Requests: one GET per model fetched by id, and one paginated list per model that has children, all
    // relations at once — never one per relation, never one for a leaf.
    expect(waits).toEqual(["HTTP 429, backing off"]);
    expect(hub.requests.filter((r) => r.status === 429)).toHaveLength(1);
    const lists = hub.requests.filter((r) => r.path === "/api/models" && r.status === 200);
    expect(lists.every((r) => /^base_model:[^:]+$/.test(r.query.get("filter") ?? ""))).toBe(true);
    const listedParents = new Set(lists.map((r) => r.query.get("filter")));
    const withChildren = [
      "epfl-llm/meditron-7b",
      ...expected.map((c) => c.id).filter((id) => childrenOf(id).length > 0),
    ];
    expect([...listedParents].sort()).toEqual(withChildren.map((id) => `base_model:${id}`).sort());
    const meditronPages = lists.filter((r) => r.query.get("filter") === "base_model:epfl-llm/meditron-7b");
    expect(meditronPages).toHaveLength(Math.ceil(expected.length / 10));
    // The crawler's own count matches what the server saw (a followed redirect is one fetch to the client).
    expect(report.requests).toBe(hub.requests.filter((r) => r.status !== 307).length);
  });

  it("keeps a parent the Hub refuses as a placeholder with the status as its reason", async () => {
    hub = await startHubStandin({ refuse: { "epfl-llm/meditron-7b": 403 } });
    // linagora/Labess-7b-chat's parent jais-adapted-7b-chat is one the real crawl could not fetch: a 404.
    const gone = await crawlHfModel(gateway, "linagora/Labess-7b-chat", { hubUrl: hub.url, up: 2, down: 0 });
    const refused = await crawlHfModel(gateway, "malhajar/meditron-7b-chat", {
      hubUrl: hub.url,
      up: 2,
      down: 0,
    });
    const placeholders = await gateway.runAutoCommit(
      `MATCH (c:Model)-[r:DERIVED_FROM]->(p:Model {placeholder: true})
       RETURN c.id AS child, p.id AS parent, p.placeholderReason AS reason, r.relation AS relation ORDER BY child`,
    );
    expect(placeholders).toEqual([
      {
        child: "linagora/Labess-7b-chat",
        parent: "inceptionai/jais-adapted-7b-chat",
        reason: "404",
        relation: "finetune",
      },
      {
        child: "malhajar/meditron-7b-chat",
        parent: "epfl-llm/meditron-7b",
        reason: "403",
        relation: "finetune",
      },
    ]);
    expect(gone.problems).toEqual([
      expect.objectContaining({ kind: "parent-404", where: "inceptionai/jais-adapted-7b-chat" }) as unknown,
    ]);
    expect(refused.problems).toEqual([
      expect.objectContaining({ kind: "parent-403", where: "epfl-llm/meditron-7b" }) as unknown,
    ]);
  });
});

describe("whole-Hub crawl (--all) and snapshots", () => {
  it("pages through every model, one request per page, and resumes from the saved cursor", async () => {
    hub = await startHubStandin({ maxPageSize: 25 });
    const first = await crawlHfAll(gateway, { hubUrl: hub.url, maxPages: 2, ...noWait });
    expect(first.read).toBe(50);
    expect(first.requests).toBe(2);
    const rest = await crawlHfAll(gateway, { hubUrl: hub.url, resume: true, ...noWait });
    expect(rest.read).toBe(hub.ids.length - 50);
    expect(hub.requests.map((r) => r.query.get("cursor"))).toEqual([null, "25", "50", "75"]);
    const [{ n } = { n: 0 }] = await gateway.runAutoCommit<{ n: number }>(
      "MATCH (m:Model {placeholder: false}) RETURN count(m) AS n",
    );
    expect(n).toBe(hub.ids.length);
    // Lineage from the tags alone: each served model's base_model:RELATION:ID tags are its edges.
    const [{ edges } = { edges: 0 }] = await gateway.runAutoCommit<{ edges: number }>(
      "MATCH (:Model)-[r:DERIVED_FROM {source: 'tag', rule: 'relation-tag'}]->(:Model) RETURN count(r) AS edges",
    );
    const tagged = hub.ids.flatMap((id) =>
      (tagsById.get(id) ?? []).filter((t) => t.split(":").length === 3 && t.startsWith("base_model:")),
    );
    expect(edges).toBe(tagged.length);
    // Done: a further resume has nothing left to fetch.
    const again = await crawlHfAll(gateway, { hubUrl: hub.url, resume: true, ...noWait });
    expect(again.requests).toBe(0);
  });

  it("with since, reads only what changed and stops at the first older page", async () => {
    hub = await startHubStandin({ maxPageSize: 10 });
    const since = new Date("2024-06-01T00:00:00Z");
    const report = await crawlHfAll(gateway, { hubUrl: hub.url, since, ...noWait });
    const rows = await gateway.runAutoCommit<{ at: string }>(
      "MATCH (m:Model {placeholder: false}) RETURN toString(m.lastModified) AS at",
    );
    expect(rows.length).toBe(report.read);
    expect(rows.every((r) => Date.parse(r.at) >= since.getTime())).toBe(true);
    expect(report.read).toBeLessThan(hub.ids.length);
    expect(report.requests).toBe(Math.ceil((report.read + 1) / 10));
  });

  it("resumes a snapshot after the last committed batch when a run stops midway", async () => {
    hub = await startHubStandin({ maxPageSize: 100 });
    const dir = await mkdtemp(path.join(os.tmpdir(), "hf-resume-"));
    const file = path.join(dir, "crawl.jsonl");
    const save = new SnapshotFile(file);
    const crawl = await crawlHfAll(gateway, { hubUrl: hub.url, save, ...noWait });
    await save.close();
    await resetGraph(gateway);
    // A run that dies after its second batch of 20 (the batch and its checkpoint committed together); the batch
    // after it was already in flight (two are), so it may have committed too, and then told onBatch as well.
    let batches = 0;
    await expect(
      ingestHfSnapshot(gateway, file, {
        batchSize: 20,
        onBatch: () => {
          batches += 1;
          if (batches === 2) throw new Error("stopped");
        },
      }),
    ).rejects.toThrow("stopped");
    expect(batches).toBeGreaterThanOrEqual(2);
    const resumed = await ingestHfSnapshot(gateway, file, { batchSize: 20, resume: true });
    expect(resumed.read).toBe(crawl.read - 20 * batches);
    const [row] = await gateway.runAutoCommit<{ n: number }>(
      "MATCH (m:Model {placeholder: false}) RETURN count(m) AS n",
    );
    expect(row?.n).toBe(crawl.read);
    expect((await ingestHfSnapshot(gateway, file, { resume: true })).read).toBe(0);
  });

  it("replays a saved crawl offline, updates downloads and likes from a newer snapshot, and reports bad lines", async () => {
    hub = await startHubStandin({ maxPageSize: 50 });
    const dir = await mkdtemp(path.join(os.tmpdir(), "hf-snapshot-"));
    const file = path.join(dir, "crawl.jsonl");
    const save = new SnapshotFile(file);
    const crawl = await crawlHfAll(gateway, { hubUrl: hub.url, save, ...noWait });
    await save.close();
    const graphOf = () =>
      gateway.runAutoCommit<{ edge: string }>(
        "MATCH (c:Model)-[r:DERIVED_FROM]->(p:Model) RETURN c.key + '>' + p.key + ':' + r.relation AS edge ORDER BY edge",
      );
    const crawled = await graphOf();

    await resetGraph(gateway);
    const replay = await ingestHfSnapshot(gateway, file);
    expect(replay.read).toBe(crawl.read);
    expect(await graphOf()).toEqual(crawled);
    expect((await ingestHfSnapshot(gateway, file)).unchanged).toBe(crawl.read);

    // A newer snapshot: the same records with more downloads and likes for one model, plus damage.
    const lines = (await readFile(file, "utf8")).trimEnd().split("\n");
    const index = lines.findIndex((l) => l.includes('"id":"epfl-llm/meditron-7b"'));
    const record = JSON.parse(lines[index] ?? "{}") as { downloads: number; likes: number };
    lines[index] = JSON.stringify({ ...record, downloads: record.downloads + 1000, likes: record.likes + 7 });
    lines.push("{not json", lines[0]?.slice(0, 40) ?? "");
    const newer = path.join(dir, "newer.jsonl");
    await writeFile(newer, `${lines.join("\n")}\n`);
    const update = await ingestHfSnapshot(gateway, newer);
    expect(update.problems.map((p) => [p.kind, p.where])).toEqual([
      ["invalid-json", `line ${lines.length - 1}`],
      ["invalid-json", `line ${lines.length}`],
    ]);
    expect(update.updated).toBe(1);
    const [meditron] = await gateway.runAutoCommit(
      "MATCH (m:Model {key: 'epfl-llm/meditron-7b'}) RETURN m.downloads AS downloads, m.likes AS likes",
    );
    expect(meditron).toEqual({ downloads: record.downloads + 1000, likes: record.likes + 7 });
  });
});
