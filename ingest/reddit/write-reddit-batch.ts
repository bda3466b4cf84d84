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
  return gateway.writeTransaction(async (tx) => {
    // New records (the bulk of a first load) are created without comparing; known ones are compared.
    const [known] = await tx.run<{ threads: string[]; comments: string[] }>("reddit/existing-ids", {
      threadIds: threads.map((row) => row.id),
      commentIds: comments.map((row) => row.id),
    });
    const t = await createOrUpsert(tx, "threads", threads, new Set(known?.threads));
    const c = await createOrUpsert(tx, "comments", comments, new Set(known?.comments));
    const newThreads = pick(threads, t.createdIds);
    const newComments = pick(comments, c.createdIds);
    if (newThreads.length > 0) {
      await tx.run("reddit/link-thread-subreddits", {
        rows: newThreads.map((row) => ({ id: row.id, subreddit: row.subreddit })),
      });
    }
    await linkAuthors(tx, "reddit/link-thread-authors", pick(threads, [...t.createdIds, ...t.updatedIds]));
    await linkAuthors(tx, "reddit/link-comment-authors", pick(comments, [...c.createdIds, ...c.updatedIds]));
    const threadIds = threads.filter((row) => row.authorDeleted).map((row) => row.id);
    const commentIds = comments.filter((row) => row.authorDeleted).map((row) => row.id);
    if (threadIds.length + commentIds.length > 0) {
      await tx.run("reddit/unlink-deleted-authors", { threadIds, commentIds });
    }
    if (newComments.length > 0) {
      await tx.run("reddit/link-comment-parents", {
        rows: newComments.map((row) => ({ id: row.id, parentId: row.parentId, threadId: row.threadId })),
      });
      await tx.run("reddit/link-comment-children", { ids: c.createdIds });
    }
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

/** Creates the rows not in `known`, upserts the others; returns the ids created and changed. */
async function createOrUpsert(
  tx: QueryRunner,
  kind: "threads" | "comments",
  rows: readonly (ThreadRow | CommentRow)[],
  known: ReadonlySet<string>,
): Promise<UpsertResult> {
  const fresh = rows.filter((row) => !known.has(row.id));
  if (fresh.length > 0) await tx.run(`reddit/create-${kind}`, { rows: fresh });
  const result = await upsert(
    tx,
    `reddit/upsert-${kind}`,
    known.size > 0 ? rows.filter((row) => known.has(row.id)) : [],
  );
  return { ...result, createdIds: [...fresh.map((row) => row.id), ...result.createdIds] };
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

async function linkAuthors(tx: QueryRunner, query: string, rows: RedditRow[]): Promise<void> {
  const withAuthor = rows
    .filter((row) => row.author !== null)
    .map((row) => ({ id: row.id, author: row.author, authorFlair: row.authorFlair }));
  if (withAuthor.length > 0) await tx.run(query, { rows: withAuthor });
}

function pick<R extends RedditRow>(rows: readonly R[], ids: readonly string[]): R[] {
  if (ids.length === 0) return [];
  const wanted = new Set(ids);
  return rows.filter((row) => wanted.has(row.id));
}
