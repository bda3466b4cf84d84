import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Gateway } from "../../db/gateway.ts";
import { ingestRedditFiles } from "../../ingest/reddit/ingest-reddit-files.ts";
import { connectTestGateway, resetGraph, testDbEnv } from "../support/neo4j.ts";

// The real samples (samples/PROVENANCE.md): six Reddit API thread responses and a /new listing, and the bulk
// Arctic-Shift-style NDJSON .zst of 3,187 threads and 66,551 comments made from the same archive.
const API_DIR = "samples/reddit";
const THREAD_IDS = ["1lmggiz", "1ltxsqh", "1lvnkuk", "1lwnj5x", "1m97qko", "1macmej"];
const API_THREADS = THREAD_IDS.map((id) => path.join(API_DIR, `comments_${id}.json`));
const BULK_COMMENTS = "samples/reddit-bulk/localllama_comments.ndjson.zst";
const BULK_SUBMISSIONS = "samples/reddit-bulk/localllama_submissions.ndjson.zst";

let gateway: Gateway;

beforeAll(() => {
  gateway = connectTestGateway();
});
afterAll(async () => {
  await gateway.close();
});

/** Every comment of the given threads with its properties (moreChildren aside: dumps never carry it), parent and author. */
async function threadSnapshot(ids: string[]): Promise<unknown[]> {
  return gateway.runAutoCommit(
    `MATCH (t:Thread) WHERE t.id IN $ids
     OPTIONAL MATCH (t)<-[:POSTED]-(tu:RedditUser)
     OPTIONAL MATCH (t)-[:IN]->(s:Subreddit)
     WITH t, tu, s
     OPTIONAL MATCH (c:Comment {threadId: t.id})
     OPTIONAL MATCH (c)-[:REPLY_TO]->(p)
     OPTIONAL MATCH (c)<-[:POSTED]-(u:RedditUser)
     WITH t, tu, s, c, p, u ORDER BY c.id
     RETURN t.id AS id, properties(t) AS thread, tu.name AS author, tu.flair AS authorFlair, s.name AS subreddit,
            collect([c {.*, moreChildren: null}, p.id, u.name, u.flair]) AS comments
     ORDER BY t.id`,
    { ids },
    "snapshot",
  );
}

/** A digest of every Reddit node's properties and every edge, for "same graph" comparisons of the whole load. */
async function graphDigest(): Promise<{ nodes: number; edges: number; hash: string }> {
  const hash = createHash("sha256");
  const nodes = await gateway.runAutoCommit<{ key: string; props: unknown }>(
    `MATCH (n) WHERE n:Thread OR n:Comment OR n:RedditUser OR n:Subreddit
     RETURN labels(n)[0] + ':' + coalesce(n.id, n.name) AS key, properties(n) AS props ORDER BY key`,
    {},
    "digest-nodes",
  );
  for (const node of nodes) hash.update(`${node.key}=${JSON.stringify(sorted(node.props))}\n`);
  const edges = await gateway.runAutoCommit<{ edge: string }>(
    `MATCH (a)-[r:IN|POSTED|REPLY_TO]->(b)
     RETURN coalesce(a.id, a.name) + '-' + type(r) + '->' + coalesce(b.id, b.name) AS edge ORDER BY edge`,
    {},
    "digest-edges",
  );
  for (const edge of edges) hash.update(`${edge.edge}\n`);
  return { nodes: nodes.length, edges: edges.length, hash: hash.digest("hex") };
}

function sorted(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}

async function count(query: string, params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await gateway.runAutoCommit<{ n: number }>(query, params, "count");
  return row?.n ?? -1;
}

/** Waits until the server runs no transaction but this query itself (open, committing or rolling back). */
async function otherTransactionsEnded(): Promise<void> {
  const deadline = Date.now() + 30_000;
  const others =
    "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS n";
  while ((await count(others)) > 0) {
    if (Date.now() > deadline) throw new Error("another transaction is still running after 30 s");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("Reddit API thread responses", () => {
  it("comments_1lmggiz.json yields exactly its 24 comments, with the file's parents and the OP's 6 replies marked", async () => {
    await resetGraph(gateway);
    const file = path.join(API_DIR, "comments_1lmggiz.json");
    const report = await ingestRedditFiles(gateway, [file]);
    expect(report.skippedTotal).toBe(0);
    expect(report.created).toBe(25); // the thread and its 24 comments

    // Parents as the file states them, read independently of the ingest code.
    const expected = new Map<string, string>();
    const walk = (listing: {
      data: { children: { kind: string; data: Record<string, unknown> }[] };
    }): void => {
      for (const child of listing.data.children) {
        if (child.kind !== "t1") continue;
        expected.set(child.data.id as string, (child.data.parent_id as string).slice(3));
        if (child.data.replies) walk(child.data.replies as typeof listing);
      }
    };
    const json = JSON.parse(readFileSync(file, "utf8")) as [unknown, Parameters<typeof walk>[0]];
    walk(json[1]);
    expect(expected.size).toBe(24);

    const rows = await gateway.runAutoCommit<{
      id: string;
      parent: string;
      parentId: string;
      threadId: string;
    }>(
      `MATCH (c:Comment)-[:REPLY_TO]->(p) RETURN c.id AS id, p.id AS parent, c.parentId AS parentId,
       c.threadId AS threadId`,
    );
    expect(rows).toHaveLength(24);
    expect(await count("MATCH (c:Comment) RETURN count(c) AS n")).toBe(24);
    for (const row of rows) {
      expect(row.parent).toBe(expected.get(row.id));
      expect(row.parentId).toBe(row.parent);
      expect(row.threadId).toBe("1lmggiz");
    }
    const op = await gateway.runAutoCommit<{ name: string; n: number }>(
      `MATCH (u:RedditUser)-[:POSTED]->(:Thread {id: '1lmggiz'})
       OPTIONAL MATCH (u)-[:POSTED]->(c:Comment {isSubmitter: true})
       RETURN u.name AS name, count(c) AS n`,
    );
    expect(op).toEqual([{ name: "MengerianMango", n: 6 }]);
    expect(await count("MATCH (c:Comment {isSubmitter: true}) RETURN count(c) AS n")).toBe(6);
  });

  it("stores a [removed] body as a flag, never as text, and makes no user for a [deleted] author", async () => {
    const deleted = await gateway.runAutoCommit<{ body: unknown; posted: number; analysisPending: boolean }>(
      `MATCH (c:Comment {removed: true, deleted: false})
       RETURN c.body AS body, c.analysisPending AS analysisPending, COUNT { (c)<-[:POSTED]-() } AS posted`,
    );
    expect(deleted).toHaveLength(1);
    expect(deleted[0]).toEqual({ body: null, posted: 0, analysisPending: true });
    expect(await count("MATCH (u:RedditUser {name: '[deleted]'}) RETURN count(u) AS n")).toBe(0);
    expect(await count("MATCH (n) WHERE n.body IN ['[deleted]', '[removed]'] RETURN count(n) AS n")).toBe(0);
    const thread = await gateway.runAutoCommit(
      `MATCH (t:Thread {id: '1lmggiz'})-[:IN]->(s:Subreddit)
       RETURN t.title AS title, t.flair AS flair, t.permalink AS permalink, t.createdAt AS createdAt,
              s.name AS subreddit, t.source AS source, t.analysisPending AS pending`,
    );
    expect(thread).toEqual([
      {
        title: "Qwen3 tiny/unsloth quants with vllm?",
        flair: "Question | Help",
        permalink: "/r/LocalLLaMA/comments/1lmggiz/qwen3_tinyunsloth_quants_with_vllm/",
        createdAt: new Date(1751093817 * 1000).toISOString().replace(".000Z", "Z"),
        subreddit: "LocalLLaMA",
        source: "reddit-api",
        pending: true,
      },
    ]);
  });

  it("a listing loads posts only, with their flairs", async () => {
    await resetGraph(gateway);
    const report = await ingestRedditFiles(gateway, [path.join(API_DIR, "listing_new.json")]);
    expect(report.created).toBe(100);
    expect(await count("MATCH (t:Thread) RETURN count(t) AS n")).toBe(100);
    expect(await count("MATCH (c:Comment) RETURN count(c) AS n")).toBe(0);
    expect(await count("MATCH (t:Thread) WHERE t.flair IS NOT NULL RETURN count(t) AS n")).toBeGreaterThan(
      50,
    );
  });
});

describe("reddit-bulk (Arctic-Shift-style NDJSON .zst)", () => {
  let apiSnapshot: unknown[];
  let digest: { nodes: number; edges: number; hash: string };

  it("loads whole with exact counts and every parent edge, comments before their threads", async () => {
    await resetGraph(gateway);
    await ingestRedditFiles(gateway, API_THREADS);
    apiSnapshot = await threadSnapshot(THREAD_IDS);

    await resetGraph(gateway);
    // Comments first: every top-level comment arrives before its thread, and sorted by time some replies
    // could precede their parents; REPLY_TO must not depend on it.
    const report = await ingestRedditFiles(gateway, [BULK_COMMENTS, BULK_SUBMISSIONS], { batchSize: 4000 });
    expect(report.toJSON()).toMatchObject({ read: 69_738, loaded: 69_738, created: 69_738, skipped: {} });
    expect(await count("MATCH (t:Thread) RETURN count(t) AS n")).toBe(3187);
    expect(await count("MATCH (c:Comment) RETURN count(c) AS n")).toBe(66_551);
    expect(await count("MATCH (c:Comment) WHERE NOT (c)-[:REPLY_TO]->() RETURN count(c) AS n")).toBe(0);
    expect(
      await count(
        `MATCH (c:Comment)-[:REPLY_TO]->(p)
         WHERE p.id = c.parentId AND (p:Thread) = (c.parentId = c.threadId)
         RETURN count(c) AS n`,
      ),
    ).toBe(66_551);
    expect(await count("MATCH ()-[r:REPLY_TO]->() RETURN count(r) AS n")).toBe(66_551);
    expect(await count("MATCH (t:Thread) WHERE NOT (t)-[:IN]->(:Subreddit) RETURN count(t) AS n")).toBe(0);
    digest = await graphDigest();
  });

  it("gives the same graph for the six threads as their Reddit API files", async () => {
    expect(await threadSnapshot(THREAD_IDS)).toEqual(apiSnapshot);
  });

  it("a rerun of the same input changes nothing: same counts, same properties (parsed on 2 worker threads this time)", async () => {
    const report = await ingestRedditFiles(gateway, [BULK_SUBMISSIONS, BULK_COMMENTS], { workers: 2 });
    expect(report.toJSON()).toMatchObject({
      read: 69_738,
      loaded: 69_738,
      unchanged: 69_738,
      created: 0,
      updated: 0,
    });
    expect(await graphDigest()).toEqual(digest);
  });

  it("killed at a random moment and rerun with --resume, it ends in the same graph as an uninterrupted run", async () => {
    await resetGraph(gateway);
    const args = [
      "--import",
      "tsx",
      "cli/main.ts",
      "ingest",
      "reddit",
      "--batch-size",
      "1500",
      // Parsed on worker threads, whose blocks must still give each line its place in the file (the checkpoint).
      "--workers",
      "2",
      "--no-progress",
    ];
    const child = spawn(process.execPath, [...args, BULK_COMMENTS, BULK_SUBMISSIONS], {
      env: testDbEnv(),
      stdio: "ignore",
    });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // Wait until some batches are in, then kill without warning, in the middle of whatever it does.
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      const loaded = await count("MATCH (c:Comment) RETURN count(c) AS n");
      if (loaded >= 6000) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 400)));
    child.kill("SIGKILL");
    await exited;
    // The server may still be committing the batch whose COMMIT was sent just before the kill; count after it.
    await otherTransactionsEnded();
    const partial = await count("MATCH (c:Comment) RETURN count(c) AS n");
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(66_551);

    const report = await ingestRedditFiles(gateway, [BULK_COMMENTS, BULK_SUBMISSIONS], {
      resume: true,
      batchSize: 1500,
    });
    // It resumed where the last committed batch ended: it reads exactly the records not yet in the graph.
    expect(report.read).toBe(69_738 - partial);
    expect(await graphDigest()).toEqual(digest);
  });
});

describe("REPLY_TO does not depend on order", () => {
  // A reply chain and its thread, written leaf first (every parent after its child) or in time order.
  const thread = {
    id: "ord0",
    title: "order",
    subreddit: "LocalLLaMA",
    author: "op",
    created_utc: 1_750_000_000,
  };
  const reply = (id: string, parent: string, at: number) => ({
    id,
    link_id: "t3_ord0",
    parent_id: parent,
    body: `reply ${id}`,
    author: "someone",
    created_utc: at,
  });
  const leafFirst = [
    reply("ord3", "t1_ord2", 1_750_000_300),
    reply("ord2", "t1_ord1", 1_750_000_200),
    reply("ord1", "t3_ord0", 1_750_000_100),
    thread,
  ];

  async function parents(): Promise<Record<string, unknown>[]> {
    return gateway.runAutoCommit(
      "MATCH (c:Comment)-[:REPLY_TO]->(p) RETURN c.id AS child, p.id AS parent ORDER BY child",
    );
  }

  // In one batch the parent lookups see the whole batch; with a batch per record, a child finds its parent in
  // the graph (time order) or its parent finds it (leaf first).
  it.each([
    ["leaf first", 100],
    ["leaf first", 1],
    ["time order", 100],
    ["time order", 1],
  ] as const)("%s, batches of %i records", async (order, batchSize) => {
    await resetGraph(gateway);
    const records = order === "leaf first" ? leafFirst : [...leafFirst].reverse();
    const dir = mkdtempSync(path.join(os.tmpdir(), "reddit-order-"));
    try {
      const file = path.join(dir, "chain.ndjson");
      writeFileSync(file, records.map((record) => JSON.stringify(record)).join("\n") + "\n");
      const report = await ingestRedditFiles(gateway, [file], { batchSize });
      expect(report.toJSON()).toMatchObject({ read: 4, created: 4, skipped: {} });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await parents()).toEqual([
      { child: "ord1", parent: "ord0" },
      { child: "ord2", parent: "ord1" },
      { child: "ord3", parent: "ord2" },
    ]);
  });
});
