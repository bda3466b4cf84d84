import type { Gateway, QueryRunner } from "../../db/gateway.ts";
import { saveCheckpoint } from "../common/checkpoint.ts";
import type { RedditBatch } from "./reddit-batch.ts";
import type { CommentRow, RedditRow, ThreadRow } from "./reddit-rows.ts";

/** What one batch did to the graph. */
export interface BatchCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** A checkpoint to save with the batch: a crash can then never leave it ahead of the data. */
export interface BatchCheckpoint {
  readonly key: string;
  readonly state: unknown;
  readonly done: boolean;
}

type UpsertResult = { createdIds: string[]; updatedIds: string[]; unchanged: number };

/**
 * Writes one batch in one transaction — nodes, then edges, then the checkpoint — so all of it lands or none.
 * Edges are made only for what the upsert created or changed: an unchanged node already has them (every edge
 * is made the moment both of its ends exist), which keeps a rerun of the same input nearly read-only.
 */
export async function writeRedditBatch(
  gateway: Gateway,
  batch: RedditBatch,
  checkpoint?: BatchCheckpoint,
): Promise<BatchCounts> {
  const threads = batch.threadRows();
  const comments = batch.commentRows();
  const latestFlair = latestFlairs([...threads, ...comments]);
  return gateway.writeTransaction(async (tx) => {
    // New records (the bulk of a first load) are created without comparing; known ones are compared.
    const [known] = await tx.run<{ threads: string[]; comments: string[] }>("reddit/existing-ids", {
      threadIds: threads.map((row) => row.id),
      commentIds: comments.map((row) => row.id),
    });
    const t = await createOrUpsert(tx, "threads", threads, new Set(known?.threads), latestFlair);
    const c = await createOrUpsert(tx, "comments", comments, new Set(known?.comments), latestFlair);
    const newThreads = pick(threads, t.createdIds);
    const newComments = pick(comments, c.createdIds);
    if (newThreads.length > 0) {
      await tx.run("reddit/link-thread-subreddits", {
        rows: newThreads.map((row) => ({ id: row.id, subreddit: row.subreddit })),
      });
    }
    await linkAuthors(
      tx,
      "thread",
      pick(threads, [...t.createdIds, ...t.updatedIds]),
      t.createdIds,
      latestFlair,
    );
    // Comments created by reddit/create-comments came with their POSTED edge.
    const upsertedComments = [...c.upsertCreatedIds, ...c.updatedIds];
    await linkAuthors(tx, "comment", pick(comments, upsertedComments), c.upsertCreatedIds, latestFlair);
    // Only an item that existed before this transaction can hold an attribution to drop (its properties may be
    // unchanged: the author is an edge, not a property).
    const threadIds = withDeletedAuthor(threads, t.createdIds);
    const commentIds = withDeletedAuthor(comments, c.createdIds);
    if (threadIds.length + commentIds.length > 0) {
      await tx.run("reddit/unlink-deleted-authors", { threadIds, commentIds });
    }
    // REPLY_TO to parents came with reddit/create-comments; replies that arrived earlier are linked here.
    if (newComments.length > 0) await tx.run("reddit/link-comment-children", { ids: c.createdIds });
    if (newThreads.length > 0) await tx.run("reddit/link-thread-children", { ids: t.createdIds });
    if (checkpoint !== undefined) {
      await saveCheckpoint(tx, checkpoint.key, checkpoint.state, checkpoint.done);
    }
    return {
      created: t.createdIds.length + c.createdIds.length,
      updated: t.updatedIds.length + c.updatedIds.length,
      unchanged: t.unchanged + c.unchanged,
    };
  });
}

/**
 * Creates the rows not in `known`, upserts the others; returns the ids created and changed, and apart the ids the
 * upsert created (a comment created by reddit/create-comments already has its POSTED edge; those have not).
 */
async function createOrUpsert(
  tx: QueryRunner,
  kind: "threads" | "comments",
  rows: readonly (ThreadRow | CommentRow)[],
  known: ReadonlySet<string>,
  latestFlair: ReadonlyMap<string, string | null>,
): Promise<UpsertResult & { upsertCreatedIds: string[] }> {
  const fresh = rows.filter((row) => !known.has(row.id));
  if (fresh.length > 0) {
    await tx.run(
      `reddit/create-${kind}`,
      kind === "comments" ? { rows: fresh, ...authorPositions(fresh, latestFlair) } : { rows: fresh },
    );
  }
  const result = await upsert(
    tx,
    `reddit/upsert-${kind}`,
    known.size > 0 ? rows.filter((row) => known.has(row.id)) : [],
  );
  return {
    ...result,
    createdIds: [...fresh.map((row) => row.id), ...result.createdIds],
    upsertCreatedIds: result.createdIds,
  };
}

/** reddit/create-comments' authors: each once, sorted by name, and each row's author as a position among them. */
function authorPositions(
  rows: readonly RedditRow[],
  latestFlair: ReadonlyMap<string, string | null>,
): { authors: { name: string; flair: string | null }[]; authorAt: (number | null)[] } {
  const names = [...new Set(rows.map((row) => row.author).filter((name) => name !== null))].sort();
  const position = new Map(names.map((name, at) => [name, at]));
  return {
    authors: names.map((name) => ({ name, flair: latestFlair.get(name) ?? null })),
    authorAt: rows.map((row) => (row.author === null ? null : (position.get(row.author) ?? null))),
  };
}

/** Each author's flair as of their latest record in the batch (a record without flair keeps the earlier one). */
function latestFlairs(rows: readonly RedditRow[]): Map<string, string | null> {
  const latestFlair = new Map<string, string | null>();
  for (const row of rows) {
    if (row.author !== null)
      latestFlair.set(row.author, row.authorFlair ?? latestFlair.get(row.author) ?? null);
  }
  return latestFlair;
}

async function upsert(
  tx: QueryRunner,
  query: string,
  rows: readonly (ThreadRow | CommentRow)[],
): Promise<UpsertResult> {
  if (rows.length === 0) return { createdIds: [], updatedIds: [], unchanged: 0 };
  const [result] = await tx.run<UpsertResult>(query, { rows });
  return result ?? { createdIds: [], updatedIds: [], unchanged: 0 };
}

/**
 * POSTED for items created or changed in this transaction (comments created by reddit/create-comments have it
 * already). A created item has no edges yet: its authors are merged once each and the edges created
 * (reddit/link-new-*-authors, authors sorted so locks go in one order); a changed one is merged per row
 * (reddit/link-*-authors). Either way a user's flair ends as the latest one in input order.
 */
async function linkAuthors(
  tx: QueryRunner,
  kind: "thread" | "comment",
  rows: readonly RedditRow[],
  createdIds: readonly string[],
  latestFlair: ReadonlyMap<string, string | null>,
): Promise<void> {
  const created = new Set(createdIds);
  const byAuthor = new Map<string, string[]>();
  const changed: { id: string; author: string; authorFlair: string | null }[] = [];
  for (const row of rows) {
    if (row.author === null) continue;
    if (created.has(row.id)) {
      const ids = byAuthor.get(row.author);
      if (ids === undefined) byAuthor.set(row.author, [row.id]);
      else ids.push(row.id);
    } else changed.push({ id: row.id, author: row.author, authorFlair: latestFlair.get(row.author) ?? null });
  }
  if (byAuthor.size > 0) {
    const authors = [...byAuthor.keys()]
      .sort()
      .map((name) => ({ name, flair: latestFlair.get(name) ?? null, ids: byAuthor.get(name) }));
    await tx.run(`reddit/link-new-${kind}-authors`, { authors });
  }
  if (changed.length > 0) await tx.run(`reddit/link-${kind}-authors`, { rows: changed });
}

function withDeletedAuthor(rows: readonly RedditRow[], createdIds: readonly string[]): string[] {
  const created = new Set(createdIds);
  return rows.filter((row) => row.authorDeleted && !created.has(row.id)).map((row) => row.id);
}

function pick<R extends RedditRow>(rows: readonly R[], ids: readonly string[]): R[] {
  if (ids.length === 0) return [];
  const wanted = new Set(ids);
  return rows.filter((row) => wanted.has(row.id));
}
