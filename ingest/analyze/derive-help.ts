import { judgeHelp, type HelpLexicon, type HelpPost } from "./judge-help.ts";

/** A thread as analyze/thread-discussions returns it: each comment as [id, parentId, text, author, time]. */
export interface DiscussionRow {
  readonly id: string;
  readonly flair: string | null;
  readonly title: string | null;
  readonly body: string | null;
  readonly author: string | null;
  readonly comments: readonly (readonly [
    string,
    string | null,
    string | null,
    string | null,
    number | null,
  ])[];
}

/** A thread with every comment. */
export interface Discussion {
  readonly id: string;
  readonly flair: string | null;
  readonly title: string | null;
  readonly body: string | null;
  readonly author: string | null;
  readonly comments: readonly {
    readonly id: string;
    readonly parentId: string | null;
    readonly body: string | null;
    readonly author: string | null;
    readonly at: number | null;
  }[];
}

/** One answer: A's comment that helps B. */
export interface HelpAnswer {
  readonly helper: string;
  readonly asker: string;
  readonly answerId: string;
  readonly acknowledgements: readonly string[];
  readonly rule: string;
  /** Epoch ms of the answer. */
  readonly at: number;
}

/** A HELPED row for analyze/write-helped: one helper–asker pair, its answers merged. */
export interface HelpedRow {
  readonly helper: string;
  readonly asker: string;
  readonly evidence: string[];
  readonly acknowledgements: string[];
  readonly rules: string[];
  readonly firstAt: number;
  readonly lastAt: number;
}

/** A thread row with its comments as objects. */
export function discussionOf(row: DiscussionRow): Discussion {
  return {
    ...row,
    comments: row.comments.map(([id, parentId, body, author, at]) => ({ id, parentId, body, author, at })),
  };
}

/** Every answer in a thread (judgeHelp on each comment with its parent and its replies). */
export function deriveHelp(discussion: Discussion, lexicon: HelpLexicon): HelpAnswer[] {
  const threadText = `${discussion.title ?? ""}\n\n${discussion.body ?? ""}`;
  const threadAuthor = discussion.author ?? undefined;
  const byId = new Map(discussion.comments.map((c) => [c.id, c]));
  const children = new Map<string, HelpPost[]>();
  for (const c of discussion.comments) {
    if (c.parentId === null) continue;
    const list = children.get(c.parentId) ?? [];
    list.push({ id: c.id, author: c.author ?? undefined, text: c.body ?? "" });
    children.set(c.parentId, list);
  }
  const answers: HelpAnswer[] = [];
  for (const c of discussion.comments) {
    if (c.parentId === null || c.author === null) continue;
    const parent = c.parentId === discussion.id ? undefined : byId.get(c.parentId);
    if (parent === undefined && c.parentId !== discussion.id) continue; // parent not in the graph (yet)
    const question =
      parent === undefined
        ? { id: discussion.id, author: threadAuthor, text: threadText, isThread: true }
        : { id: parent.id, author: parent.author ?? undefined, text: parent.body ?? "", isThread: false };
    const verdict = judgeHelp(
      {
        question,
        threadFlair: discussion.flair ?? undefined,
        threadAuthor,
        threadText,
        answer: { id: c.id, author: c.author, text: c.body ?? "" },
        followUps: children.get(c.id) ?? [],
      },
      lexicon,
    );
    if (!verdict.help || question.author === undefined) continue;
    answers.push({
      helper: c.author,
      asker: question.author,
      answerId: c.id,
      acknowledgements: verdict.acknowledgements,
      rule: verdict.rule,
      at: c.at ?? 0,
    });
  }
  return answers;
}

/** One reply with its context, as analyze/help-contexts returns it. */
export interface ReplyContext {
  readonly id: string;
  readonly body: string | null;
  readonly author: string | null;
  readonly at: number | null;
  readonly topLevel: boolean;
  readonly threadId: string;
  readonly flair: string | null;
  readonly title: string | null;
  readonly threadBody: string | null;
  readonly threadAuthor: string | null;
  readonly parentId: string | null;
  readonly parentBody: string | null;
  readonly parentAuthor: string | null;
  readonly followUps: readonly { id: string; author: string | null; text: string }[];
}

/** The answer a single reply gives, judged in its context (undefined when it is no help). */
export function judgeReply(reply: ReplyContext, lexicon: HelpLexicon): HelpAnswer | undefined {
  if (reply.author === null || (!reply.topLevel && reply.parentId === null)) return undefined;
  const threadText = `${reply.title ?? ""}\n\n${reply.threadBody ?? ""}`;
  const threadAuthor = reply.threadAuthor ?? undefined;
  const question = reply.topLevel
    ? { id: reply.threadId, author: threadAuthor, text: threadText, isThread: true }
    : {
        id: reply.parentId ?? "",
        author: reply.parentAuthor ?? undefined,
        text: reply.parentBody ?? "",
        isThread: false,
      };
  const verdict = judgeHelp(
    {
      question,
      threadFlair: reply.flair ?? undefined,
      threadAuthor,
      threadText,
      answer: { id: reply.id, author: reply.author, text: reply.body ?? "" },
      followUps: reply.followUps.map((f) => ({ id: f.id, author: f.author ?? undefined, text: f.text })),
    },
    lexicon,
  );
  if (!verdict.help || question.author === undefined) return undefined;
  return {
    helper: reply.author,
    asker: question.author,
    answerId: reply.id,
    acknowledgements: verdict.acknowledgements,
    rule: verdict.rule,
    at: reply.at ?? 0,
  };
}

/** Merges answers into one row per helper–asker pair. */
export function helpedRows(answers: readonly HelpAnswer[]): HelpedRow[] {
  const rows = new Map<string, HelpedRow>();
  for (const a of answers) {
    const key = `${a.helper}\u0000${a.asker}`;
    const row = rows.get(key) ?? {
      helper: a.helper,
      asker: a.asker,
      evidence: [],
      acknowledgements: [],
      rules: [],
      firstAt: a.at,
      lastAt: a.at,
    };
    row.evidence.push(a.answerId);
    row.acknowledgements.push(...a.acknowledgements);
    if (!row.rules.includes(a.rule)) row.rules.push(a.rule);
    rows.set(key, { ...row, firstAt: Math.min(row.firstAt, a.at), lastAt: Math.max(row.lastAt, a.at) });
  }
  return [...rows.values()];
}

/**
 * The rows of a judgement by helper and asker ($kept of analyze/strip-help-evidence): what is found again stays
 * on its edge instead of being stripped and written back, and a pair whose edge already holds its row is not
 * written at all.
 */
export function keptHelp(rows: readonly HelpedRow[]): Record<string, Record<string, HelpedRow>> {
  const kept: Record<string, Record<string, HelpedRow>> = {};
  for (const row of rows) (kept[row.helper] ??= {})[row.asker] = row;
  return kept;
}

/** The rows analyze/write-helped still has to merge: those whose pair analyze/strip-help-evidence did not find held. */
export function rowsNotHeld(
  rows: readonly HelpedRow[],
  held: readonly { helper: string; asker: string }[],
): HelpedRow[] {
  const heldPairs = new Set(held.map((pair) => `${pair.helper}\u0000${pair.asker}`));
  return rows.filter((row) => !heldPairs.has(`${row.helper}\u0000${row.asker}`));
}
