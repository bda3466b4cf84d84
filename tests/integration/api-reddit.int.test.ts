import { readFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Gateway } from "../../db/gateway.ts";
import { ingestRedditFiles } from "../../ingest/reddit/ingest-reddit-files.ts";
import { createServer, type RunningServer } from "../../server/create-server.ts";
import { gql } from "../support/graphql-request.ts";
import { openTestGraph } from "../support/neo4j.ts";

// thread, searchPosts, redditUser, codes / themes and the coding mutations over the real r/LocalLLaMA samples
// (six Reddit API thread responses and a /new listing), loaded by the real Reddit ingest.

const TOKEN = "reddit-test-token-0123456789";
const THREAD = "1lmggiz"; // "Qwen3 tiny/unsloth quants with vllm?" by u/MengerianMango
const OP = "MengerianMango";

interface FileComment {
  id: string;
  author: string;
  isSubmitter: boolean;
  parentId: string;
}

/** The thread's comments as the Reddit API response file holds them (walked independently of the ingest). */
function commentsInFile(id: string): FileComment[] {
  const response = JSON.parse(readFileSync(`samples/reddit/comments_${id}.json`, "utf8")) as Array<{
    data: { children: Array<{ kind: string; data: Record<string, unknown> }> };
  }>;
  const out: FileComment[] = [];
  const walk = (listing: {
    data: { children: Array<{ kind: string; data: Record<string, unknown> }> };
  }): void => {
    for (const child of listing.data.children) {
      if (child.kind !== "t1") continue;
      const d = child.data;
      out.push({
        id: String(d.id),
        author: String(d.author),
        isSubmitter: d.is_submitter === true,
        parentId: String(d.parent_id).slice(3),
      });
      if (d.replies && typeof d.replies === "object") walk(d.replies as never);
    }
  };
  walk(response[1] as never);
  return out;
}

let gateway: Gateway;
let server: RunningServer;

beforeAll(async () => {
  gateway = await openTestGraph();
  await ingestRedditFiles(gateway, ["samples/reddit"]);
  server = await createServer({ gateway, port: 0, token: TOKEN });
});

afterAll(async () => {
  await server.close();
  await gateway.close();
});

type ThreadResult = {
  thread: {
    id: string;
    title: string;
    author: string;
    flair: string;
    comments: Array<{
      id: string;
      parentId: string;
      author: string | null;
      isSubmitter: boolean;
      score: number;
      depth: number;
    }>;
  } | null;
};

describe("thread(id)", () => {
  const query = `query($id: ID!) { thread(id: $id) { id title author flair score createdAt permalink
      comments { id parentId author isSubmitter score depth createdAt codes { code } } } }`;

  it("returns the post and its whole comment tree, as the API response file has it", async () => {
    const { data, errors } = await gql<ThreadResult>(server, query, { id: THREAD });
    expect(errors).toBeUndefined();
    const thread = data.thread;
    expect(thread).toMatchObject({ id: THREAD, author: OP, title: "Qwen3 tiny/unsloth quants with vllm?" });
    const expected = commentsInFile(THREAD);
    expect(thread?.comments).toHaveLength(expected.length);
    const byId = new Map(thread?.comments.map((comment) => [comment.id, comment]));
    for (const comment of expected) {
      expect(byId.get(comment.id)).toMatchObject({
        parentId: comment.parentId,
        // No RedditUser node for [deleted] (graph model), so no author.
        author: comment.author === "[deleted]" ? null : comment.author,
        isSubmitter: comment.isSubmitter,
      });
    }
    expect(thread?.comments.filter((comment) => comment.isSubmitter)).toHaveLength(6);
    // Tree order: a comment never comes before its parent.
    const order = new Map(thread?.comments.map((comment, i) => [comment.id, i]));
    for (const comment of thread?.comments ?? []) {
      if (comment.parentId !== THREAD)
        expect(order.get(comment.parentId)).toBeLessThan(order.get(comment.id) ?? -1);
    }
  });

  it("accepts the t3_ prefix and answers null for an unknown id", async () => {
    expect((await gql<ThreadResult>(server, query, { id: `t3_${THREAD}` })).data.thread?.id).toBe(THREAD);
    expect((await gql<ThreadResult>(server, query, { id: "zzzzzzz" })).data.thread).toBeNull();
  });
});

describe("searchPosts", () => {
  it("finds the thread by words of its title", async () => {
    const { data } = await gql<{ searchPosts: Array<{ post: { __typename: string; id: string } }> }>(
      server,
      '{ searchPosts(query: "unsloth quants vllm", first: 20) { score post { __typename id ... on Thread { title } } } }',
    );
    expect(data.searchPosts.map((hit) => `${hit.post.__typename}:${hit.post.id}`)).toContain(
      `Thread:${THREAD}`,
    );
  });

  it.each(["llama-3.1 (8b)", 'AND OR ~* "', "what's the best 3090 setup?", '+-&&||!(){}[]^"~*?:\\/'])(
    "treats %j as text: results or none, never an error",
    async (text) => {
      const { data, errors } = await gql<{ searchPosts: unknown[] }>(
        server,
        "query($q: String!) { searchPosts(query: $q, first: 5) { post { id } } }",
        { q: text },
      );
      expect(errors).toBeUndefined();
      expect(data.searchPosts.length).toBeLessThanOrEqual(5);
    },
  );
});

describe("redditUser(name)", () => {
  it("finds the user whatever the case, with their posts newest first and paginated", async () => {
    const mine = commentsInFile(THREAD).filter((comment) => comment.author === OP);
    const { data } = await gql<{
      redditUser: {
        name: string;
        posts: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean };
          edges: Array<{ node: { __typename: string; id: string; createdAt: string } }>;
        };
      };
    }>(
      server,
      `{ redditUser(name: "${OP.toUpperCase()}") { name posts(first: 3) { totalCount pageInfo { hasNextPage }
        edges { node { __typename id createdAt } } } } }`,
    );
    expect(data.redditUser.name).toBe(OP);
    expect(data.redditUser.posts.totalCount).toBeGreaterThanOrEqual(mine.length + 1);
    expect(data.redditUser.posts.edges).toHaveLength(3);
    expect(data.redditUser.posts.pageInfo.hasNextPage).toBe(true);
    const times = data.redditUser.posts.edges.map((edge) => edge.node.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it("has no help edges or identities before analysis", async () => {
    const { data } = await gql<{
      redditUser: { helped: unknown[]; helpedBy: unknown[]; sameAs: unknown[]; helpChains: unknown[] };
    }>(
      server,
      `{ redditUser(name: "${OP}") { helped { weight } helpedBy { weight } sameAs { confidence } helpChains(depth: 3) { users } } }`,
    );
    expect(data.redditUser).toEqual({ helped: [], helpedBy: [], sameAs: [], helpChains: [] });
  });
});

describe("coding: codeItem, uncodeItem, codes, themes", () => {
  const codeItem = `mutation($item: ID!, $code: String!, $note: String) {
    codeItem(itemId: $item, code: $code, coder: "researcher-1", note: $note) { code kind itemId coder at note } }`;

  it("codes a comment and the thread with the token, and counts them with their denominators", async () => {
    const [first] = commentsInFile(THREAD);
    const coded = await gql<{ codeItem: Record<string, unknown> }>(
      server,
      codeItem,
      { item: `t1_${first?.id}`, code: "local inference", note: "runs it at home" },
      TOKEN,
    );
    expect(coded.errors).toBeUndefined();
    expect(coded.data.codeItem).toMatchObject({
      code: "local inference",
      kind: "HUMAN",
      itemId: first?.id,
      coder: "researcher-1",
    });
    // Coding the same item again with the same code and coder changes the note, not the count.
    await gql(server, codeItem, { item: first?.id, code: "local inference", note: "second look" }, TOKEN);
    await gql(server, codeItem, { item: THREAD, code: "local inference" }, TOKEN);

    const scoped = await gql<{ codes: Array<Record<string, unknown>> }>(
      server,
      `{ codes(threadId: "${THREAD}") { name kind count classifiedCount codedItems classifiedItems itemsInScope } }`,
    );
    expect(scoped.data.codes.find((code) => code.name === "local inference")).toEqual({
      name: "local inference",
      kind: "researcher",
      count: 2,
      classifiedCount: 0,
      codedItems: 2,
      classifiedItems: 0,
      itemsInScope: 1 + commentsInFile(THREAD).length,
    });

    const stats = await gql<{ stats: { nodes: Array<{ label: string; count: number }> } }>(
      server,
      "{ stats { nodes { label count } } }",
    );
    const items = stats.data.stats.nodes
      .filter((row) => row.label === "Thread" || row.label === "Comment")
      .reduce((sum, row) => sum + row.count, 0);
    const all = await gql<{ codes: Array<Record<string, unknown>> }>(
      server,
      "{ codes { name count itemsInScope } }",
    );
    expect(all.data.codes.find((code) => code.name === "local inference")).toEqual({
      name: "local inference",
      count: 2,
      itemsInScope: items,
    });

    const thread = await gql<{
      thread: {
        codes: Array<Record<string, unknown>>;
        comments: Array<{ id: string; codes: Array<Record<string, unknown>> }>;
      };
    }>(
      server,
      `{ thread(id: "${THREAD}") { codes { code kind coder } comments { id codes { code kind coder note } } } }`,
    );
    expect(thread.data.thread.codes).toEqual([
      { code: "local inference", kind: "HUMAN", coder: "researcher-1" },
    ]);
    expect(thread.data.thread.comments.find((comment) => comment.id === first?.id)?.codes).toEqual([
      { code: "local inference", kind: "HUMAN", coder: "researcher-1", note: "second look" },
    ]);
  });

  it("removes a coding with uncodeItem", async () => {
    const removed = await gql<{ uncodeItem: boolean }>(
      server,
      `mutation { uncodeItem(itemId: "${THREAD}", code: "local inference", coder: "researcher-1") }`,
      {},
      TOKEN,
    );
    expect(removed.data.uncodeItem).toBe(true);
    const again = await gql<{ uncodeItem: boolean }>(
      server,
      `mutation { uncodeItem(itemId: "${THREAD}", code: "local inference", coder: "researcher-1") }`,
      {},
      TOKEN,
    );
    expect(again.data.uncodeItem).toBe(false);
    const scoped = await gql<{ codes: Array<{ name: string; count: number }> }>(
      server,
      `{ codes(threadId: "${THREAD}") { name count } }`,
    );
    expect(scoped.data.codes.find((code) => code.name === "local inference")?.count).toBe(1);
  });

  it("refuses a blank code with BAD_USER_INPUT", async () => {
    const { errors } = await gql(server, codeItem, { item: THREAD, code: "   " }, TOKEN);
    expect(errors?.map((e) => e.extensions.code)).toEqual(["BAD_USER_INPUT"]);
  });

  it("lists themes with the same denominators", async () => {
    const { data, errors } = await gql<{ themes: Array<Record<string, unknown>> }>(
      server,
      `{ themes(threadId: "${THREAD}") { name codes count codedItems itemsInScope } }`,
    );
    expect(errors).toBeUndefined();
    for (const theme of data.themes) expect(theme.itemsInScope).toBe(1 + commentsInFile(THREAD).length);
  });
});

describe("stats", () => {
  it("counts nodes per label and relationships per type, without bookkeeping labels", async () => {
    const { data } = await gql<{
      stats: {
        nodes: Array<{ label: string; count: number }>;
        relationships: Array<{ type: string; count: number }>;
      };
    }>(server, "{ stats { nodes { label count } relationships { type count } } }");
    const nodes = Object.fromEntries(data.stats.nodes.map((row) => [row.label, row.count]));
    expect(nodes.Thread).toBeGreaterThanOrEqual(100); // the /new listing alone has 100 posts
    expect(nodes.Comment).toBeGreaterThanOrEqual(commentsInFile(THREAD).length);
    expect(nodes.Checkpoint).toBeUndefined();
    const types = Object.fromEntries(data.stats.relationships.map((row) => [row.type, row.count]));
    expect(types.POSTED).toBeGreaterThan(0);
    expect(types.REPLY_TO).toBeGreaterThan(0);
  });
});
