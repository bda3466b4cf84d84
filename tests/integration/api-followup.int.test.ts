import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Gateway } from "../../db/gateway.ts";
import { createServer, type RunningServer } from "../../server/create-server.ts";
import { gql } from "../support/graphql-request.ts";
import { openTestGraph } from "../support/neo4j.ts";
import { loadAnalyzedSamples } from "../support/sample-graph.ts";

// The explorer's follow-up fields over the real samples after the real `commons analyze`: Post.mentions,
// comments(ids) and codeTimeline. Expected values are read from the graph by the test's own Cypher, not the API's.

const TOKEN = "followup-test-token-0123456789";
/** "Performance benchmarks on DeepSeek V3-0324/R1-0528/…": GPUs, llama.cpp and DeepSeek models in its text. */
const BENCH_THREAD = "1lwnj5x";

type Mention = {
  kind: string;
  name: string;
  surface: string | null;
  rule: string | null;
  count: number | null;
};
type Bucket = {
  start: string;
  itemsInScope: number;
  codedItems: number;
  classifiedItems: number;
  codes: Array<{ name: string; kind: string | null; count: number; classifiedCount: number }>;
  themes: Array<{ name: string; count: number; classifiedCount: number }>;
};

let gateway: Gateway;
let server: RunningServer;

beforeAll(async () => {
  gateway = await openTestGraph();
  await loadAnalyzedSamples(gateway);
  server = await createServer({ gateway, port: 0, token: TOKEN });
});

afterAll(async () => {
  await server?.close();
  await gateway?.close();
});

describe("Post.mentions", () => {
  it("lists the GPUs, engines and models a real thread names, each with its surface and rule", async () => {
    const { data, errors } = await gql<{ thread: { title: string; body: string; mentions: Mention[] } }>(
      server,
      `{ thread(id: "${BENCH_THREAD}") { title body mentions { kind name surface rule count } } }`,
    );
    expect(errors).toBeUndefined();
    const mentions = data.thread.mentions;
    expect(mentions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "HARDWARE", name: "RTX 3090", surface: "3090" }),
        expect.objectContaining({ kind: "ENGINE", name: "llama.cpp", surface: "llamacpp" }),
        expect.objectContaining({ kind: "MODEL", name: "deepseek-ai/DeepSeek-R1" }),
      ]),
    );
    for (const mention of mentions) {
      expect(mention.rule).toEqual(expect.any(String));
      // Every surface is text the post really contains.
      expect(`${data.thread.title}\n${data.thread.body}`.toLowerCase()).toContain(
        String(mention.surface).toLowerCase(),
      );
    }
    const [edges] = await gateway.runAutoCommit<{ n: number }>(
      "MATCH (:Thread {id: $id})-[r:MENTIONS]->() RETURN count(r) AS n",
      { id: BENCH_THREAD },
    );
    expect(mentions).toHaveLength(edges?.n ?? -1);
  });

  it("gives each comment of the thread its own mentions, and the same ones when reached by search", async () => {
    const { data } = await gql<{ thread: { comments: Array<{ id: string; mentions: Mention[] }> } }>(
      server,
      `{ thread(id: "${BENCH_THREAD}") { comments { id mentions { kind name surface rule } } } }`,
    );
    const expected = await gateway.runAutoCommit<{ id: string; names: string[] }>(
      `MATCH (c:Comment {threadId: $id})-[:MENTIONS]->(e)
       RETURN c.id AS id, collect(coalesce(e.id, e.name)) AS names`,
      { id: BENCH_THREAD },
    );
    expect(expected.length).toBeGreaterThan(5);
    for (const row of expected) {
      const comment = data.thread.comments.find((candidate) => candidate.id === row.id);
      expect(comment?.mentions.map((mention) => mention.name).sort()).toEqual([...row.names].sort());
    }
    const withMentions = data.thread.comments.filter((comment) => comment.mentions.length > 0);
    expect(withMentions).toHaveLength(expected.length);

    // A post reached without its mentions (a search hit) loads them on its own.
    const engineComment = withMentions.find((comment) =>
      comment.mentions.some((mention) => mention.name === "llama.cpp" && mention.surface === "llama.cpp"),
    );
    expect(engineComment).toBeDefined();
    const byId = await gql<{ comments: Array<{ mentions: Mention[] }> }>(
      server,
      `{ comments(ids: ["${engineComment?.id}"]) { mentions { kind name surface rule } } }`,
    );
    expect(byId.data.comments[0]?.mentions).toEqual(engineComment?.mentions);
    const hits = await gql<{ searchPosts: Array<{ post: { id: string; mentions: Mention[] } }> }>(
      server,
      '{ searchPosts(query: "208GB VRAM", first: 20) { post { id mentions { kind name surface rule } } } }',
    );
    const hit = hits.data.searchPosts.find((candidate) => candidate.post.id === BENCH_THREAD);
    expect(hit?.post.mentions.map((mention) => mention.name).sort()).toEqual(
      (
        await gql<{ thread: { mentions: Mention[] } }>(
          server,
          `{ thread(id: "${BENCH_THREAD}") { mentions { name } } }`,
        )
      ).data.thread.mentions
        .map((mention) => mention.name)
        .sort(),
    );
  });
});

describe("comments(ids)", () => {
  it("returns the comments asked for, in that order, with or without t1_, absent ids left out", async () => {
    const { data, errors } = await gql<{ comments: Array<{ id: string; author: string; threadId: string }> }>(
      server,
      '{ comments(ids: ["n553ubp", "t1_n551eyx", "zzzzzzz", "n553ubp"]) { id author threadId } }',
    );
    expect(errors).toBeUndefined();
    expect(data.comments.map((comment) => comment.id)).toEqual(["n553ubp", "n551eyx"]);
    expect(data.comments.every((comment) => comment.author === "Conscious_Cut_6144")).toBe(true);
  });

  it("reads at most one page (100) of ids", async () => {
    const rows = await gateway.runAutoCommit<{ id: string }>(
      "MATCH (c:Comment) RETURN c.id AS id ORDER BY c.id",
    );
    const ids = rows.map((row) => row.id).reverse();
    expect(ids.length).toBeGreaterThan(100);
    const { data, errors } = await gql<{ comments: Array<{ id: string }> }>(
      server,
      "query($ids: [ID!]!) { comments(ids: $ids) { id } }",
      { ids },
    );
    expect(errors).toBeUndefined();
    expect(data.comments.map((comment) => comment.id)).toEqual(ids.slice(0, 100));
  });

  it("answers an empty list with an empty list", async () => {
    const { data } = await gql<{ comments: unknown[] }>(server, "{ comments(ids: []) { id } }");
    expect(data.comments).toEqual([]);
  });
});

describe("codeTimeline", () => {
  /** The timeline recomputed from the graph's raw edges, in JavaScript. */
  async function expectedTimeline(threadId: string | null): Promise<Bucket[]> {
    const rows = await gateway.runAutoCommit<{
      key: string;
      createdAt: string;
      type: string | null;
      code: string | null;
      kind: string | null;
      themes: string[];
    }>(
      `MATCH (n) WHERE (n:Thread OR n:Comment) AND n.createdAt IS NOT NULL
         AND ($threadId IS NULL OR n.id = $threadId OR n.threadId = $threadId)
       OPTIONAL MATCH (n)-[k:CODED|CLASSIFIED]->(c:Code)
       RETURN labels(n)[0] + ':' + n.id AS key, n.createdAt AS createdAt, type(k) AS type, c.name AS code,
              c.kind AS kind,
              CASE WHEN c IS NULL THEN [] ELSE COLLECT { MATCH (c)-[:IN_THEME]->(t:Theme) RETURN t.name } END AS themes`,
      { threadId },
    );
    type Count = Bucket["codes"][number] & { human: Set<string>; machine: Set<string> };
    type ThemeCount = { human: Set<string>; machine: Set<string> };
    type Month = {
      items: Set<string>;
      coded: Set<string>;
      classified: Set<string>;
      codes: Map<string, Count>;
      themes: Map<string, ThemeCount>;
    };
    const months = new Map<string, Month>();
    for (const row of rows) {
      const start = `${row.createdAt.slice(0, 7)}-01`;
      const month: Month = months.get(start) ?? {
        items: new Set<string>(),
        coded: new Set<string>(),
        classified: new Set<string>(),
        codes: new Map<string, Count>(),
        themes: new Map<string, ThemeCount>(),
      };
      months.set(start, month);
      month.items.add(row.key);
      if (row.code === null) continue;
      (row.type === "CODED" ? month.coded : month.classified).add(row.key);
      const code: Count = month.codes.get(row.code) ?? {
        name: row.code,
        kind: row.kind,
        count: 0,
        classifiedCount: 0,
        human: new Set<string>(),
        machine: new Set<string>(),
      };
      month.codes.set(row.code, code);
      (row.type === "CODED" ? code.human : code.machine).add(row.key);
      for (const name of row.themes) {
        const theme = month.themes.get(name) ?? { human: new Set<string>(), machine: new Set<string>() };
        month.themes.set(name, theme);
        (row.type === "CODED" ? theme.human : theme.machine).add(row.key);
      }
    }
    return [...months.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([start, month]) => ({
        start,
        itemsInScope: month.items.size,
        codedItems: month.coded.size,
        classifiedItems: month.classified.size,
        codes: [...month.codes.values()]
          .map(({ human, machine, ...code }) => ({
            ...code,
            count: human.size,
            classifiedCount: machine.size,
          }))
          .sort((a, b) => a.name.localeCompare(b.name)),
        themes: [...month.themes.entries()]
          .map(([name, theme]) => ({ name, count: theme.human.size, classifiedCount: theme.machine.size }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      }));
  }

  const TIMELINE = `query($threadId: ID) { codeTimeline(bucket: MONTH, threadId: $threadId) {
    start itemsInScope codedItems classifiedItems codes { name kind count classifiedCount }
    themes { name count classifiedCount } } }`;

  it("counts human and machine codes per month with that month's denominators, exactly", async () => {
    // Human codes beside the classifier's: two coders on one item count it once; items in two months.
    const code = `mutation($item: ID!, $code: String!, $coder: String!) {
      codeItem(itemId: $item, code: $code, coder: $coder) { code } }`;
    for (const [item, name, coder] of [
      [BENCH_THREAD, "local inference", "ana"],
      [BENCH_THREAD, "local inference", "ben"],
      ["n551eyx", "local inference", "ana"],
      ["n551eyx", "learning", "ana"],
      // Two codes of one theme (Autonomy) on one item: the theme counts the item once.
      ["n551eyx", "offline access", "ana"],
    ] as const) {
      const done = await gql(server, code, { item, code: name, coder }, TOKEN);
      expect(done.errors).toBeUndefined();
    }
    const { data, errors } = await gql<{ codeTimeline: Bucket[] }>(server, TIMELINE, {});
    expect(errors).toBeUndefined();
    const expected = await expectedTimeline(null);
    expect(data.codeTimeline).toEqual(expected);
    // The sample spans several months; the human codes above show up as counts, not only the classifier's.
    expect(data.codeTimeline.length).toBeGreaterThan(1);
    expect(data.codeTimeline.reduce((sum, bucket) => sum + bucket.codedItems, 0)).toBe(2);
    const autonomy = data.codeTimeline
      .flatMap((bucket) => bucket.themes)
      .filter((t) => t.name === "Autonomy");
    expect(autonomy.reduce((sum, theme) => sum + theme.count, 0)).toBe(2);
    const [items] = await gateway.runAutoCommit<{ n: number }>(
      "MATCH (n) WHERE (n:Thread OR n:Comment) AND n.createdAt IS NOT NULL RETURN count(n) AS n",
    );
    expect(data.codeTimeline.reduce((sum, bucket) => sum + bucket.itemsInScope, 0)).toBe(items?.n);
  });

  it("scopes to one thread and its comments", async () => {
    const { data } = await gql<{ codeTimeline: Bucket[] }>(server, TIMELINE, {
      threadId: `t3_${BENCH_THREAD}`,
    });
    expect(data.codeTimeline).toEqual(await expectedTimeline(BENCH_THREAD));
    const [items] = await gateway.runAutoCommit<{ n: number }>(
      "MATCH (n) WHERE n:Thread AND n.id = $id OR n:Comment AND n.threadId = $id RETURN count(n) AS n",
      { id: BENCH_THREAD },
    );
    expect(data.codeTimeline.reduce((sum, bucket) => sum + bucket.itemsInScope, 0)).toBe(items?.n);
  });
});
