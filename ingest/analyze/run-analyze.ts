import type { Gateway, QueryRunner } from "../../db/gateway.ts";
import { loadQuery } from "../../db/cypher.ts";
import { WritesInFlight } from "../common/writes-in-flight.ts";
import type { AnalysisInputs } from "./analysis-inputs.ts";
import {
  deriveHelp,
  helpedRows,
  judgeReply,
  keptHelp,
  rowsNotHeld,
  discussionOf,
  type DiscussionRow,
  type ReplyContext,
} from "./derive-help.ts";
import { derivePostFacts, type OwnershipClaim, type PostText } from "./derive-post-facts.ts";
import { commentPageRows, pageCode } from "./comment-page-rows.ts";
import { ruleClassifier, type PostClassifier } from "./post-classifier.ts";
import { readCardPostLinks } from "./read-card-post-links.ts";
import { sameDerivations, type StoredDerivation } from "./stored-derivations.ts";

/** Options of one analysis run. */
export interface AnalyzeOptions {
  /** Recompute everything instead of only what changed since the last run. */
  readonly all?: boolean;
  /** Posts per read-extract-write round (default 5000). */
  readonly pageSize?: number;
  /** Threads per help round (default 2000: each round rescans the HELPED edges of everyone who commented there). */
  readonly threadBatch?: number;
  /** The code classifier (default: the rule classifier of the inputs). */
  readonly classifier?: PostClassifier;
  readonly log?: (line: string) => void;
  /**
   * Model cards (DIR/ORG/NAME/README.md) to read for identities: a card and a release thread that link each
   * other tie the thread's author to the card's account.
   */
  readonly cards?: string;
}

/** What a run did, for the command line and the benchmark. */
export interface AnalyzeReport {
  readonly threads: number;
  readonly comments: number;
  readonly mentions: number;
  readonly classified: number;
  /** Items the classifier failed for; they stay pending. */
  readonly unclassified: number;
  readonly threadsJudgedForHelp: number;
  readonly helpAnswers: number;
  readonly helpedPairs: number;
  readonly identityClaims: number;
  readonly announcements: number;
  readonly evaluations: number;
  readonly educationChains: number;
  readonly seconds: number;
  /** Where the time went: read, extract, write (posts), help, identities. */
  readonly stageSeconds: Record<string, number>;
}

interface PostRow {
  id: string;
  body: string | null;
  title?: string | null;
  url?: string | null;
  flair?: string | null;
  /** Comments: what the last analysis derived (see stored-derivations.ts). */
  derived?: StoredDerivation[];
}

/**
 * `commons analyze`: derives MENTIONS, CLASSIFIED, ANNOUNCES, EVALUATES, HELPED and SAME_AS from the graph.
 * Incremental by default — only threads and comments whose analysisPending flag ingest set, and for peer help
 * the whole threads they belong to — and idempotent: each item's derivations are replaced, never added twice.
 * Reads pages through named queries, extracts in Node, writes each page in one transaction (so a crash leaves no
 * half page and the flags of unwritten pages stay set).
 */
export async function runAnalyze(
  gateway: Gateway,
  inputs: AnalysisInputs,
  options: AnalyzeOptions = {},
): Promise<AnalyzeReport> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const pageSize = options.pageSize ?? 5000;
  const classifier = options.classifier ?? ruleClassifier(inputs.classifier);
  const all = options.all ?? false;
  await gateway.write("analyze/seed-codebook", {
    themes: inputs.codebook.themes,
    codes: inputs.codebook.codes,
  });
  if (all) {
    await gateway.runAutoCommit(loadQuery("analyze/delete-helped"), {}, "analyze/delete-helped");
    await gateway.runAutoCommit(
      loadQuery("analyze/delete-identity-announcements"),
      {},
      "analyze/delete-identity-announcements",
    );
    await gateway.runAutoCommit(
      loadQuery("analyze/delete-claimed-identities"),
      {},
      "analyze/delete-claimed-identities",
    );
  }
  const stages: Record<string, number> = { read: 0, extract: 0, write: 0, help: 0, identities: 0 };
  const timed = async <T>(stage: string, work: () => Promise<T> | T): Promise<T> => {
    const at = performance.now();
    try {
      return await work();
    } finally {
      stages[stage] = (stages[stage] ?? 0) + (performance.now() - at) / 1000;
    }
  };
  // What is to be analyzed is known before any text is read, so peer help (which reads whole threads and writes
  // only HELPED) runs beside the pages of posts (which write only MENTIONS, CLASSIFIED, ANNOUNCES, EVALUATES):
  // Neo4j works on both at once. A changed thread is judged whole; a changed comment only touches the answers
  // it can change — itself (as an answer), its parent (as an answer it may acknowledge) and its replies
  // (answers to it). --all judges every thread whole.
  const work = all ? await everything(gateway) : await pending(gateway);
  const { touchedThreads, touchedReplies } = helpScope(work, all);
  const help = timed("help", async () => {
    const whole = await judgeThreads(
      gateway,
      inputs,
      [...touchedThreads].sort(),
      all,
      options.threadBatch ?? 2000,
      log,
    );
    const single = await judgeReplies(gateway, inputs, touchedReplies, touchedThreads, pageSize);
    return { answers: whole.answers + single.answers, pairs: whole.pairs + single.pairs };
  });
  const claims: OwnershipClaim[] = [];
  const counts = {
    threads: 0,
    comments: 0,
    mentions: 0,
    classified: 0,
    unclassified: 0,
    announcements: 0,
    evaluations: 0,
  };

  // Pages are pipelined: while one page is extracted and written, the next is read (Node and Neo4j work at
  // the same time). At most one write is in flight, so pages land in order.
  const analyzePosts = async (): Promise<void> => {
    const writes = new WritesInFlight(1);
    for (const kind of ["thread", "comment"] as const) {
      const pages = all
        ? everyPage(gateway, kind, classifier.name, pageSize)
        : pendingPages(
            gateway,
            kind,
            kind === "thread" ? work.threadIds : work.comments.map((c) => c.id),
            classifier.name,
            pageSize,
          );
      // The next page is asked for before this one is extracted, so Neo4j reads it while Node extracts.
      let reading = pages.next();
      for (;;) {
        const next = await timed("read", () => reading);
        if (next.done === true) break;
        reading = pages.next();
        // Awaited on the next turn; a handler now, so a failed read is not an unhandled rejection meanwhile.
        reading.catch(() => undefined);
        const rows = next.value;
        if (rows.length === 0) continue;
        const posts: PostText[] = rows.map((row) => ({
          id: row.id,
          kind,
          text: kind === "thread" ? threadText(row) : (row.body ?? ""),
          flair: row.flair ?? undefined,
        }));
        const stored = new Map(rows.map((row) => [row.id, row.derived ?? []]));
        const facts = await timed("extract", () => derivePostFacts(posts, inputs));
        const suggestions = await timed("classify", () => classifier.classify(posts));
        const classified = [...suggestions].flatMap(([item, list]) =>
          list.map((s) => ({ item, classifier: classifier.name, ...pageCode(s) })),
        );
        await writes.waitForRoom();
        writes.start(
          timed("write", () =>
            gateway.writeTransaction(async (tx: QueryRunner) => {
              await tx.run("analyze/merge-mention-targets", {
                models: [...facts.models].map(([key, id]) => ({ key, id })),
                datasets: [...facts.datasets].map(([key, id]) => ({ key, id })),
                hardware: [...facts.hardware].map(([name, k]) => ({ name, kind: k })),
                engines: [...facts.engines].map(([name, k]) => ({ name, kind: k })),
              });
              if (kind === "comment") {
                // Comments, the bulk: one statement finds each comment once, replaces its derivations and clears
                // its flag; a comment that already holds what it would get only has its flag cleared.
                const [same, changed] = partition(
                  commentPageRows(
                    posts.map((p) => p.id),
                    facts.mentions,
                    suggestions,
                  ),
                  (row) => row.done && sameDerivations(row, stored.get(row.id) ?? []),
                );
                await tx.run("analyze/write-comment-page", { rows: changed, classifier: classifier.name });
                await tx.run("analyze/clear-comment-pending", { ids: same.map((row) => row.id) });
                return;
              }
              // Old derivations go and the flags of the items done are cleared in one pass over the page.
              await tx.run("analyze/reset-threads", {
                rows: posts.map((p) => ({ id: p.id, done: suggestions.has(p.id) })),
                classifier: classifier.name,
              });
              await tx.run("analyze/write-thread-mentions", { rows: facts.mentions });
              await tx.run("analyze/write-thread-classified", { rows: classified });
              await tx.run("analyze/write-thread-relations", { rows: facts.relations });
            }),
          ),
        );
        claims.push(...facts.claims);
        counts[kind === "thread" ? "threads" : "comments"] += rows.length;
        counts.mentions += facts.mentions.length;
        counts.classified += classified.length;
        counts.unclassified += posts.length - suggestions.size;
        counts.announcements += facts.relations.filter((r) => r.type === "ANNOUNCES").length;
        counts.evaluations += facts.relations.filter((r) => r.type === "EVALUATES").length;
        log(`${kind}s: ${counts[kind === "thread" ? "threads" : "comments"]} analyzed`);
      }
    }
    await writes.waitForAll();
  };
  const [, helped] = await Promise.all([analyzePosts(), help]);

  const identityClaims = await timed("identities", async () => {
    const claimed = await writeIdentities(gateway, claims);
    return (
      claimed + (options.cards === undefined ? 0 : await writeCardIdentities(gateway, options.cards, log))
    );
  });
  const [announced] = await timed("identities", () =>
    gateway.write<{ announcements: number }>("analyze/announce-by-identity"),
  );
  const [chains] = await timed("chains", () =>
    gateway.read<{ chains: number }>("analyze/count-education-chains"),
  );
  const report: AnalyzeReport = {
    ...counts,
    announcements: counts.announcements + (announced?.announcements ?? 0),
    threadsJudgedForHelp: touchedThreads.size,
    helpAnswers: helped.answers,
    helpedPairs: helped.pairs,
    identityClaims,
    educationChains: chains?.chains ?? 0,
    seconds: (performance.now() - started) / 1000,
    stageSeconds: stages,
  };
  await gateway.write("ingest/checkpoint-set", {
    key: "analyze:last-run",
    state: JSON.stringify({ all, ...report }),
    done: true,
  });
  return report;
}

type PostPages = AsyncGenerator<(PostRow & Record<string, unknown>)[], void, undefined>;

/** `--all`: every post in id order, a page at a time (an ordered seek of the id index, so each page costs its size). */
async function* everyPage(
  gateway: Gateway,
  kind: "thread" | "comment",
  classifier: string,
  pageSize: number,
): PostPages {
  let after = "";
  for (;;) {
    const rows = await gateway.read<PostRow & Record<string, unknown>>(`analyze/all-${kind}s`, {
      classifier,
      after,
      limit: pageSize,
    });
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]?.id ?? after;
  }
}

/** What a run analyzes, known before any text is read: the pending posts, or (--all) every thread. */
interface Work {
  /** Pending threads, sorted; every thread with --all. */
  readonly threadIds: readonly string[];
  /** Pending comments, sorted by id, with where they sit; empty with --all (every thread is judged whole). */
  readonly comments: readonly { id: string; threadId: string | null; parentId: string | null }[];
}

/**
 * The pending posts: their ids (from the pending index, sorted here) and, for comments, thread and parent — so
 * the pages can then be read by id, each costing its own size (paging the pending index in id order re-sorted
 * all that remained for every page), and peer help knows its scope up front. A post that turns pending during
 * the run waits for the next one.
 */
async function pending(gateway: Gateway): Promise<Work> {
  const threads = await gateway.read<{ id: string }>("analyze/pending-thread-ids");
  const comments = await gateway.read<{ id: string; threadId: string | null; parentId: string | null }>(
    "analyze/pending-comment-ids",
  );
  return {
    threadIds: threads.map((row) => row.id).sort(),
    comments: comments.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

async function everything(gateway: Gateway): Promise<Work> {
  const threads = await gateway.read<{ id: string }>("analyze/all-thread-ids");
  return { threadIds: threads.map((row) => row.id), comments: [] };
}

/**
 * Which threads peer help judges whole (changed threads; every thread with --all) and which single replies it
 * judges again (a changed comment of an unchanged thread, and its parent comment).
 */
function helpScope(work: Work, all: boolean): { touchedThreads: Set<string>; touchedReplies: Set<string> } {
  const touchedThreads = new Set(work.threadIds);
  const touchedReplies = new Set<string>();
  if (all) return { touchedThreads, touchedReplies };
  for (const comment of work.comments) {
    if (comment.threadId !== null && touchedThreads.has(comment.threadId)) continue;
    touchedReplies.add(comment.id);
    if (comment.parentId !== null && comment.parentId !== comment.threadId)
      touchedReplies.add(comment.parentId);
  }
  return { touchedThreads, touchedReplies };
}

/** The pending posts of one kind, a page at a time, read by id. */
async function* pendingPages(
  gateway: Gateway,
  kind: "thread" | "comment",
  ids: readonly string[],
  classifier: string,
  pageSize: number,
): PostPages {
  for (let i = 0; i < ids.length; i += pageSize) {
    yield await gateway.read<PostRow & Record<string, unknown>>(`analyze/pending-${kind}s`, {
      classifier,
      ids: ids.slice(i, i + pageSize),
    });
  }
}

/** The items that pass the test, and those that do not. */
function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const pass: T[] = [];
  const fail: T[] = [];
  for (const item of items) (test(item) ? pass : fail).push(item);
  return [pass, fail];
}

/** A thread's analyzable text: title, body and its link (a release post often only links the model). */
function threadText(row: PostRow): string {
  return [row.title, row.body, row.url]
    .filter((part) => typeof part === "string" && part !== "")
    .join("\n\n");
}

async function judgeThreads(
  gateway: Gateway,
  inputs: AnalysisInputs,
  threadIds: readonly string[],
  all: boolean,
  batch: number,
  log: (line: string) => void,
): Promise<{ answers: number; pairs: number }> {
  let answers = 0;
  let pairs = 0;
  for (let i = 0; i < threadIds.length; i += batch) {
    const discussions = (
      await gateway.read<DiscussionRow & Record<string, unknown>>("analyze/thread-discussions", {
        threadIds: threadIds.slice(i, i + batch),
      })
    ).map(discussionOf);
    const found = discussions.flatMap((d) => deriveHelp(d, inputs.help));
    const rows = helpedRows(found);
    const commentIds = discussions.flatMap((d) => d.comments.map((c) => c.id));
    const helpers = [
      ...new Set(
        discussions.flatMap((d) => d.comments.map((c) => c.author)).filter((a): a is string => a !== null),
      ),
    ];
    await gateway.writeTransaction(async (tx) => {
      // After --all every HELPED edge is gone already; otherwise these threads' old answers leave first, and
      // the pairs whose edge already holds what this judgement found are not written again.
      const held = all
        ? []
        : await tx.run<{ helper: string; asker: string }>("analyze/strip-help-evidence", {
            helpers,
            answerSet: null,
            commentSet: Object.fromEntries(commentIds.map((id) => [id, true])),
            kept: keptHelp(rows),
          });
      await tx.run("analyze/write-helped", { rows: rowsNotHeld(rows, held) });
    });
    answers += found.length;
    pairs += rows.length;
    log(`help: ${Math.min(i + batch, threadIds.length)}/${threadIds.length} threads, ${answers} answers`);
  }
  return { answers, pairs };
}

async function judgeReplies(
  gateway: Gateway,
  inputs: AnalysisInputs,
  changed: ReadonlySet<string>,
  wholeThreads: ReadonlySet<string>,
  batch: number,
): Promise<{ answers: number; pairs: number }> {
  let answers = 0;
  let pairs = 0;
  const changedIds = [...changed];
  for (let i = 0; i < changedIds.length; i += batch) {
    const slice = changedIds.slice(i, i + batch);
    const replies = await gateway.read<{ id: string }>("analyze/reply-ids", { ids: slice });
    const ids = [...new Set([...slice, ...replies.map((r) => r.id)])];
    const contexts = (
      await gateway.read<ReplyContext & Record<string, unknown>>("analyze/help-contexts", { ids })
    ).filter((context) => !wholeThreads.has(context.threadId));
    const found = contexts.flatMap((context) => judgeReply(context, inputs.help) ?? []);
    const rows = helpedRows(found);
    const helpers = [...new Set(contexts.map((c) => c.author).filter((a): a is string => a !== null))];
    // Only the replies judged here lose their evidence; their follow-ups are judged only as acknowledgements
    // (a follow-up that answers something else keeps its own evidence).
    const answerSet = Object.fromEntries(contexts.map((c) => [c.id, true]));
    const commentSet = Object.fromEntries(
      contexts.flatMap((c) => [c.id, ...c.followUps.map((f) => f.id)]).map((id) => [id, true]),
    );
    await gateway.writeTransaction(async (tx) => {
      const held = await tx.run<{ helper: string; asker: string }>("analyze/strip-help-evidence", {
        helpers,
        answerSet,
        commentSet,
        kept: keptHelp(rows),
      });
      await tx.run("analyze/write-helped", { rows: rowsNotHeld(rows, held) });
    });
    answers += found.length;
    pairs += rows.length;
  }
  return { answers, pairs };
}

async function writeCardIdentities(
  gateway: Gateway,
  dir: string,
  log: (line: string) => void,
): Promise<number> {
  const links = readCardPostLinks(dir, (where, why) => log(`card skipped: ${where}: ${why}`));
  if (links.length === 0) return 0;
  const rows = await gateway.read<{ user: string; account: string; key: string; evidence: string[] }>(
    "analyze/card-post-identities",
    {
      rows: links.map((link) => ({
        threadId: link.threadId,
        modelKey: link.modelId.toLowerCase(),
        modelId: link.modelId,
        account: link.account,
      })),
    },
  );
  if (rows.length > 0) {
    await gateway.write("analyze/write-same-as", {
      rows: rows.map((row) => ({ ...row, rule: "card-and-post-link-each-other" })),
    });
  }
  return rows.length;
}

async function writeIdentities(gateway: Gateway, claims: readonly OwnershipClaim[]): Promise<number> {
  if (claims.length === 0) return 0;
  const authors = await gateway.read<{ id: string; author: string; permalink: string | null }>(
    "analyze/post-authors",
    {
      ids: [...new Set(claims.map((c) => c.item))],
    },
  );
  const byItem = new Map(authors.map((a) => [a.id, a]));
  const rows = new Map<
    string,
    { user: string; account: string; key: string; evidence: string[]; rule: string }
  >();
  for (const claim of claims) {
    const post = byItem.get(claim.item);
    if (post === undefined) continue;
    const key = `${post.author}\u0000${claim.account.toLowerCase()}`;
    const row = rows.get(key) ?? {
      user: post.author,
      account: claim.account,
      key: claim.account.toLowerCase(),
      evidence: [],
      rule: "claims-own-link",
    };
    row.evidence.push(post.permalink ?? claim.item);
    rows.set(key, row);
  }
  await gateway.write("analyze/write-same-as", { rows: [...rows.values()] });
  return rows.size;
}
