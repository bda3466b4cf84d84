import type { CommentInfo, ThreadInfo } from "../api/queries.ts";

/** One piece of evidence for a HELPED edge: the question, the helper's answer, and any thanks that followed. */
export interface HelpExchange {
  readonly thread: Pick<ThreadInfo, "id" | "title" | "permalink">;
  /** What the helped person asked: the parent of the answer (a comment, or the thread itself). */
  readonly question: CommentInfo | undefined;
  readonly answer: CommentInfo;
  /** Replies under the answer that the analysis counted as acknowledgement. */
  readonly acknowledgements: readonly CommentInfo[];
}

/**
 * Rebuilds the exchanges behind a HELPED edge from the threads that hold its evidence: each evidence id is an
 * answer comment; its parent is the question; acknowledgement ids whose parent is that answer are its thanks.
 * Evidence not found in the given threads is returned in `missing`, so the panel can say so instead of hiding it.
 */
export function helpExchanges(
  evidence: readonly string[],
  acknowledgements: readonly string[],
  threads: readonly ThreadInfo[],
): { exchanges: HelpExchange[]; missing: string[] } {
  const comments = new Map<string, { comment: CommentInfo; thread: ThreadInfo }>();
  for (const thread of threads)
    for (const comment of thread.comments) comments.set(comment.id, { comment, thread });
  const thanks = acknowledgements
    .map((id) => comments.get(id)?.comment)
    .filter((comment): comment is CommentInfo => comment !== undefined);
  const exchanges: HelpExchange[] = [];
  const missing: string[] = [];
  for (const id of evidence) {
    const found = comments.get(id);
    if (!found) {
      missing.push(id);
      continue;
    }
    const { comment: answer, thread } = found;
    exchanges.push({
      thread: { id: thread.id, title: thread.title, permalink: thread.permalink },
      question: answer.parentId ? comments.get(answer.parentId)?.comment : undefined,
      answer,
      acknowledgements: thanks.filter((comment) => comment.parentId === answer.id),
    });
  }
  exchanges.sort((a, b) => (a.answer.createdAt ?? "").localeCompare(b.answer.createdAt ?? ""));
  return { exchanges, missing };
}

/** The comment ids behind an evidence entry: plain ids, or `t1_` fullnames and permalinks reduced to the id. */
export function commentIdOf(entry: string): string {
  const fromPermalink = /\/comments\/[a-z0-9]+\/[^/]*\/([a-z0-9]+)\/?/i.exec(entry);
  if (fromPermalink?.[1]) return fromPermalink[1];
  return entry.replace(/^t1_/, "");
}
