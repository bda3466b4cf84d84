import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { entityMentions, type PostMentionInfo } from "../../client/api/post-mentions.ts";
import type { CommentInfo, ThreadInfo } from "../../client/api/queries.ts";
import { buildCommentTree, type CommentNode } from "../../client/data/comment-tree.ts";
import { commentIdOf, helpExchanges } from "../../client/data/help-exchanges.ts";
import { highlightEntities, hubLinksIn } from "../../client/data/highlight-entities.ts";
import { unescapeRedditText } from "../../client/data/reddit-text.ts";
import { countByMonth, formatShare, monthsSpanning, timelineSeries } from "../../client/data/share.ts";

interface RedditThing {
  kind: string;
  data: Record<string, unknown> & { replies?: { data: { children: RedditThing[] } } | "" };
}

/**
 * The Thread the API would return for a real Reddit API response in samples/reddit: the post plus every t1
 * comment flattened (depth, then time), with the fields the client reads.
 */
function threadFromRedditFile(file: string): ThreadInfo {
  const [post, tree] = JSON.parse(readFileSync(file, "utf8")) as [
    { data: { children: RedditThing[] } },
    { data: { children: RedditThing[] } },
  ];
  const p = post.data.children[0]!.data;
  const comments: CommentInfo[] = [];
  const walk = (things: RedditThing[]): void => {
    for (const thing of things) {
      if (thing.kind !== "t1") continue;
      const d = thing.data;
      comments.push({
        id: String(d.id),
        threadId: String(p.id),
        parentId: String(d.parent_id).slice(3),
        body: d.body as string,
        score: d.score as number,
        createdAt: new Date((d.created_utc as number) * 1000).toISOString(),
        permalink: d.permalink as string,
        depth: d.depth as number,
        isSubmitter: d.is_submitter as boolean,
        author: d.author as string,
        edited: null,
        deleted: false,
        removed: false,
        distinguished: null,
        stickied: false,
        codes: [],
        mentions: [],
      });
      if (d.replies) walk(d.replies.data.children);
    }
  };
  walk(tree.data.children);
  comments.sort(
    (a, b) => (a.depth ?? 0) - (b.depth ?? 0) || (a.createdAt ?? "").localeCompare(b.createdAt ?? ""),
  );
  return {
    id: String(p.id),
    title: p.title as string,
    body: p.selftext as string,
    flair: null,
    score: 0,
    numComments: comments.length,
    createdAt: null,
    permalink: p.permalink as string,
    url: null,
    domain: null,
    subreddit: "LocalLLaMA",
    author: p.author as string,
    deleted: false,
    removed: false,
    codes: [],
    mentions: [],
    comments,
  };
}

const thread = threadFromRedditFile("samples/reddit/comments_1lmggiz.json");

function count(nodes: readonly CommentNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + count(node.replies), 0);
}

describe("buildCommentTree on a real thread", () => {
  const roots = buildCommentTree(thread.id, thread.comments);

  it("places every comment exactly once", () => {
    expect(thread.comments).toHaveLength(24);
    expect(count(roots)).toBe(thread.comments.length);
  });

  it("nests replies under their parent and keeps top-level comments at the top", () => {
    expect(roots.every((node) => node.comment.parentId === thread.id)).toBe(true);
    const walk = (nodes: readonly CommentNode[]): void => {
      for (const node of nodes) {
        for (const reply of node.replies) expect(reply.comment.parentId).toBe(node.comment.id);
        walk(node.replies);
      }
    };
    walk(roots);
  });

  it("keeps a comment whose parent is missing instead of dropping it", () => {
    const orphan = { ...thread.comments[5]!, id: "orphan1", parentId: "notfetched" };
    expect(count(buildCommentTree(thread.id, [...thread.comments, orphan]))).toBe(25);
  });
});

describe("helpExchanges", () => {
  const opReplies = thread.comments.filter((comment) => comment.isSubmitter);
  // A real answer in the thread: a comment by someone else that the post author replied to.
  const answer = thread.comments.find(
    (comment) => !comment.isSubmitter && opReplies.some((reply) => reply.parentId === comment.id),
  )!;
  const thanks = opReplies.find((reply) => reply.parentId === answer.id)!;

  it("rebuilds question, answer and thanks from the thread, and reports evidence it cannot find", () => {
    const { exchanges, missing } = helpExchanges([answer.id, "gone123"], [thanks.id], [thread]);
    expect(missing).toEqual(["gone123"]);
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]?.answer.id).toBe(answer.id);
    expect(exchanges[0]?.acknowledgements.map((comment) => comment.id)).toEqual([thanks.id]);
    expect(exchanges[0]?.thread.permalink).toBe(thread.permalink);
    if (answer.parentId !== thread.id) expect(exchanges[0]?.question?.id).toBe(answer.parentId);
  });

  it("reads ids from fullnames and permalinks", () => {
    expect(commentIdOf("t1_n07x1ab")).toBe("n07x1ab");
    expect(commentIdOf("/r/LocalLLaMA/comments/1lmggiz/qwen3_tiny/n07x1ab/")).toBe("n07x1ab");
    expect(commentIdOf("n07x1ab")).toBe("n07x1ab");
  });
});

describe("shares and monthly counts", () => {
  it("always shows the denominator", () => {
    expect(formatShare({ count: 12, of: 340 })).toBe("12 of 340 (3.5%)");
    expect(formatShare({ count: 1, of: 400 })).toBe("1 of 400 (0.25%)");
    expect(formatShare({ count: 0, of: 0 })).toBe("0 of 0 (no items in scope)");
  });

  it("counts per month, filling empty months between the first and the last", () => {
    expect(
      countByMonth(["2025-06-03T10:00:00Z", "2025-06-30T23:00:00Z", "2025-08-01T00:00:00Z", "bad"]),
    ).toEqual([
      { month: "2025-06", count: 2 },
      { month: "2025-07", count: 0 },
      { month: "2025-08", count: 1 },
    ]);
    expect(countByMonth(["2024-12-31T12:00:00Z", "2025-01-01T00:00:00Z"])).toHaveLength(2);
  });
  it("spans every month from the earliest to the latest, across a year", () => {
    expect(monthsSpanning(["2025-02", "2024-11"])).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(monthsSpanning([])).toEqual([]);
  });

  it("turns codeTimeline buckets into per-code shares of each month's items, gaps filled", () => {
    // The shape codeTimeline answers over the analysed samples (June 25 items, August 100), with July left out
    // as the API leaves out a month without items.
    const buckets = [
      {
        start: "2025-06-01",
        itemsInScope: 25,
        entries: [{ name: "one-time cost", count: 0, classifiedCount: 1 }],
      },
      {
        start: "2025-08-01",
        itemsInScope: 100,
        entries: [
          { name: "local inference", count: 2, classifiedCount: 5 },
          { name: "one-time cost", count: 0, classifiedCount: 1 },
        ],
      },
    ];
    const series = timelineSeries(buckets);
    // Human counts first: "local inference" (2 coded) leads "one-time cost" (0 coded, 2 classified).
    expect(series.map((entry) => entry.name)).toEqual(["local inference", "one-time cost"]);
    expect(series[0]?.points).toEqual([
      { month: "2025-06", human: { count: 0, of: 25 }, machine: { count: 0, of: 25 } },
      { month: "2025-07", human: { count: 0, of: 0 }, machine: { count: 0, of: 0 } },
      { month: "2025-08", human: { count: 2, of: 100 }, machine: { count: 5, of: 100 } },
    ]);
    expect(series[1]?.points.map((point) => formatShare(point.machine))).toEqual([
      "1 of 25 (4.0%)",
      "0 of 0 (no items in scope)",
      "1 of 100 (1.0%)",
    ]);
    expect(timelineSeries([])).toEqual([]);
  });
});

describe("highlightEntities", () => {
  it("marks whole-word surfaces, longest first, case-insensitively, and keeps every character", () => {
    const text = "Runs on a 3090 with llama.cpp; the RTX 3090 Ti is faster. llama.cppx is not it.";
    const segments = highlightEntities(text, [
      { kind: "hardware", name: "RTX 3090", surface: "3090" },
      { kind: "hardware", name: "RTX 3090 Ti", surface: "RTX 3090 Ti" },
      { kind: "engine", name: "llama.cpp", surface: "llama.cpp" },
    ]);
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
    expect(segments.filter((s) => s.entity).map((s) => [s.text, s.entity?.name])).toEqual([
      ["3090", "RTX 3090"],
      ["llama.cpp", "llama.cpp"],
      ["RTX 3090 Ti", "RTX 3090 Ti"],
    ]);
  });

  it("treats a slash as a boundary, except inside a URL", () => {
    const text = "5090/4090 box; see https://x.com/a/4090 and huggingface.co/org/4090-tune, not 4090x2";
    const segments = highlightEntities(text, [{ kind: "hardware", name: "RTX 4090", surface: "4090" }]);
    expect(segments.filter((segment) => segment.entity).map((segment) => segment.text)).toEqual(["4090"]);
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
  });

  it("finds Hub links in a real post body", () => {
    const body = (
      JSON.parse(readFileSync("samples/reddit/comments_1lvnkuk.json", "utf8")) as [
        { data: { children: { data: { selftext: string } }[] } },
      ]
    )[0].data.children[0]!.data.selftext;
    const links = hubLinksIn(body);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((link) => link.kind === "model" && /^[\w.-]+\/[\w.-]+$/.test(link.name))).toBe(true);
    expect(links.some((link) => link.name.startsWith("TheDrummer/"))).toBe(true);
    const segments = highlightEntities(body, links);
    expect(segments.map((segment) => segment.text).join("")).toBe(body);
    expect(segments.filter((segment) => segment.entity).length).toBeGreaterThanOrEqual(links.length);
  });
});

describe("entityMentions + highlightEntities on a real post", () => {
  // Post.mentions of thread 1lwnj5x as the API answers after `commons analyze` over samples/ (a subset, in its order).
  const apiMentions: PostMentionInfo[] = [
    { kind: "HARDWARE", name: "208GB VRAM", surface: "208GB VRAM", rule: "vram" },
    { kind: "ENGINE", name: "GGUF", surface: "gguf", rule: "engine" },
    { kind: "HARDWARE", name: "RTX 3090", surface: "3090", rule: "hardware" },
    { kind: "ENGINE", name: "llama.cpp", surface: "llamacpp", rule: "engine" },
    { kind: "HARDWARE", name: "RTX A6000", surface: "A6000", rule: "hardware" },
    {
      kind: "MODEL",
      name: "ubergarm/DeepSeek-TNG-R1T2-Chimera-GGUF",
      surface: "https://huggingface.co/ubergarm/DeepSeek-TNG-R1T2-Chimera-GGUF",
      rule: "link",
    },
    { kind: "DATASET", name: "no-surface/dataset", surface: null, rule: "link" },
  ];
  const body = unescapeRedditText(threadFromRedditFile("samples/reddit/comments_1lwnj5x.json").body ?? "");

  it("turns the API's mentions into the highlighter's entities, dropping those without a surface", () => {
    const entities = entityMentions(apiMentions);
    expect(entities).toHaveLength(6);
    expect(entities[2]).toEqual({ kind: "hardware", name: "RTX 3090", surface: "3090" });
    expect(entities.map((entity) => entity.kind)).toEqual([
      "hardware",
      "engine",
      "hardware",
      "engine",
      "hardware",
      "model",
    ]);
    expect(entityMentions(undefined)).toEqual([]);
  });

  it("marks the GPUs, the engine and the linked model in the post, keeping every character", () => {
    const segments = highlightEntities(body, entityMentions(apiMentions));
    expect(segments.map((segment) => segment.text).join("")).toBe(body);
    const marked = segments.filter((segment) => segment.entity !== undefined);
    const found = (name: string) => marked.filter((segment) => segment.entity?.name === name);
    // "3090/3090 at PCIe": a slash between two GPUs separates them.
    expect(found("RTX 3090").map((segment) => segment.text)).toEqual(["3090", "3090"]);
    expect(found("RTX 3090")[0]?.entity?.kind).toBe("hardware");
    expect(found("llama.cpp").length).toBeGreaterThan(0);
    expect(found("llama.cpp").every((segment) => segment.text.toLowerCase() === "llamacpp")).toBe(true);
    expect(found("RTX A6000").length).toBeGreaterThan(0);
    const model = found("ubergarm/DeepSeek-TNG-R1T2-Chimera-GGUF");
    expect(model.length).toBeGreaterThan(0);
    expect(model.every((segment) => segment.entity?.kind === "model")).toBe(true);
    // Nothing outside the mentions is marked.
    const names = new Set(entityMentions(apiMentions).map((entity) => entity.name));
    expect(marked.every((segment) => names.has(segment.entity?.name ?? ""))).toBe(true);
  });
});

describe("unescapeRedditText", () => {
  it("turns Reddit's escapes back into the characters typed, once", () => {
    expect(unescapeRedditText("&gt;Why GGUF &amp; vLLM &lt;3")).toBe(">Why GGUF & vLLM <3");
    expect(unescapeRedditText("&amp;gt; literally")).toBe("&gt; literally");
  });
});
