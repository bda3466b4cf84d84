import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { normalizeRedditThing } from "../../../ingest/reddit/normalize-reddit-thing.ts";
import type { CommentRow, ThreadRow } from "../../../ingest/reddit/reddit-rows.ts";

// Real records: the first comments and submission of the bulk sample, and one API thread response.
const comments = execFileSync("sh", [
  "-c",
  "zstd -d --long=31 -c samples/reddit-bulk/localllama_comments.ndjson.zst | head -6",
])
  .toString()
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as Record<string, unknown>);
const apiThread = JSON.parse(readFileSync("samples/reddit/comments_1lmggiz.json", "utf8")) as [
  { data: { children: { data: Record<string, unknown> }[] } },
  unknown,
];

function comment(data: unknown): CommentRow {
  const result = normalizeRedditThing(data);
  if (!result.ok || result.item.kind !== "comment")
    throw new Error(`not a comment: ${JSON.stringify(result)}`);
  return result.item.row;
}

describe("normalizeRedditThing", () => {
  it("strips t1_/t3_ prefixes, turns created_utc into epoch ms and keeps score, depth, permalink, is_submitter", () => {
    const raw = comments[4]!; // a reply: parent_id t1_kih7ybc
    const row = comment(raw);
    expect(row.id).toBe("kih87bd");
    expect(row.parentId).toBe("kih7ybc");
    expect(row.threadId).toBe("199y05e");
    expect(row.times.createdAt).toBe((raw.created_utc as number) * 1000);
    expect(row.ints).toEqual({ score: raw.score, depth: raw.depth });
    expect(row.set).toMatchObject({
      body: raw.body,
      permalink: raw.permalink,
      isSubmitter: raw.is_submitter,
      deleted: false,
      removed: false,
      source: "reddit-api",
    });
    expect(row.author).toBe(raw.author);
  });

  it("reads a submission: title, flair, subreddit, numComments, url", () => {
    const post = apiThread[0].data.children[0]!.data;
    const result = normalizeRedditThing(post, "t3");
    expect(result.ok).toBe(true);
    const row = (result as { item: { row: ThreadRow } }).item.row;
    expect(row).toMatchObject({ id: "1lmggiz", subreddit: "LocalLLaMA", author: "MengerianMango" });
    expect(row.set).toMatchObject({ title: post.title, flair: "Question | Help", url: post.url });
    expect(row.ints.numComments).toBe(post.num_comments);
  });

  it("a [deleted] author makes no user; a [deleted] or [removed] body is a flag, never text", () => {
    const deleted = comment({ ...comments[0], author: "[deleted]", body: "[deleted]" });
    expect(deleted.author).toBeNull();
    expect(deleted.authorDeleted).toBe(true);
    expect(deleted.set).toMatchObject({ body: null, deleted: true, removed: false });
    const removed = comment({ ...comments[0], body: "[removed]" });
    expect(removed.set).toMatchObject({ body: null, deleted: false, removed: true });
    expect(removed.author).toBe(comments[0]!.author);
  });

  it("reads Arctic Shift's _meta: a deletion seen later erases the body; removal_type and retrieval time are kept", () => {
    const row = comment({
      ...comments[0],
      retrieved_on: 1751000000,
      _meta: { removal_type: "deleted", was_deleted_later: true, retrieved_2nd_on: 1753000000 },
    });
    expect(row.set).toMatchObject({
      body: null,
      deleted: true,
      wasDeletedLater: true,
      removalType: "deleted",
      source: "arctic-shift",
    });
    expect(row.times.lastSeenAt).toBe(1753000000 * 1000);
    const moderated = comment({ ...comments[0], _meta: { removal_type: "moderator" } });
    expect(moderated.set).toMatchObject({
      body: null,
      removed: true,
      deleted: false,
      removalType: "moderator",
    });
  });

  it("edited is a time or absent; a numeric-string created_utc (Pushshift) is accepted", () => {
    expect(comment({ ...comments[0], edited: 1705605600.5 }).times.edited).toBe(1705605600500);
    expect(comment({ ...comments[0], edited: false }).times.edited).toBeNull();
    expect(comment({ ...comments[0], created_utc: "1705605559", retrieved_on: 1 }).times.createdAt).toBe(
      1705605559000,
    );
  });

  it("leaves out what the source does not know (no depth key), so an update keeps the stored value", () => {
    const { depth: _depth, ...withoutDepth } = comments[0]!;
    expect("depth" in comment(withoutDepth).ints).toBe(false);
  });

  it.each([
    [{ id: undefined }, "missing-id", /no id/],
    [{ id: "" }, "missing-id", /no id/],
    [{ id: 17 }, "invalid-field", /id must be a base36 string, got number 17/],
    [{ id: "NOT-BASE36" }, "invalid-field", /not a base36/],
    [{ score: "12" }, "invalid-field", /score must be a number, got the string "12"/],
    [{ created_utc: true }, "invalid-field", /created_utc must be a Unix time in seconds, got boolean true/],
    [{ body: 42 }, "invalid-field", /body must be a string, got number 42/],
    [{ parent_id: "kih7ybc" }, "invalid-field", /parent_id "kih7ybc" is not t1_ or t3_/],
    [{ link_id: null }, "invalid-field", /link_id must be a string/],
    [{ body: "x".repeat(200_000) }, "text-too-long", /200,000 characters/],
  ])("refuses %j as %s, naming the field", (patch, kind, reason) => {
    const result = normalizeRedditThing({ ...comments[1], ...patch });
    expect(result).toMatchObject({ ok: false, kind });
    expect((result as { reason: string }).reason).toMatch(reason);
  });

  it("refuses what is neither a submission nor a comment, and what is no object", () => {
    expect(normalizeRedditThing({ display_name: "LocalLLaMA", id: "81eyvm" })).toMatchObject({
      ok: false,
      kind: "unknown-kind",
    });
    expect(normalizeRedditThing([1, 2])).toMatchObject({ ok: false, kind: "not-an-object" });
  });

  it("drops escaped NUL characters from text", () => {
    expect(comment({ ...comments[0], body: "a\u0000b" }).set.body).toBe("ab");
  });
});
