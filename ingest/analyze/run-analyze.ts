import type { Gateway, QueryRunner } from "../../db/gateway.ts";
import { loadQuery } from "../../db/cypher.ts";
import type { AnalysisInputs } from "./analysis-inputs.ts";
import { deriveHelp, helpedRows, type Discussion } from "./derive-help.ts";
import { derivePostFacts, type OwnershipClaim, type PostText } from "./derive-post-facts.ts";
import { ruleClassifier, type PostClassifier } from "./post-classifier.ts";

/** Options of one analysis run. */
export interface AnalyzeOptions {
  /** Recompute everything instead of only what changed since the last run. */
  readonly all?: boolean;
  /** Posts per read-extract-write round (default 5000). */
  readonly pageSize?: number;
  /** Threads per help round (default 500). */
  readonly threadBatch?: number;
  /** The code classifier (default: the rule classifier of the inputs). */
  readonly classifier?: PostClassifier;
  readonly log?: (line: string) => void;
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
}

interface PostRow {
  id: string;
  body: string | null;
  title?: string | null;
  url?: string | null;
  flair?: string | null;
  threadId?: string | null;
  author?: string | null;
  permalink: string | null;
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
      loadQuery("analyze/delete-claimed-identities"),
      {},
      "analyze/delete-claimed-identities",
    );
  }
  const touchedThreads = new Set<string>();
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

  for (const kind of ["thread", "comment"] as const) {
    let after = "";
    for (;;) {
      const rows = await gateway.read<PostRow & Record<string, unknown>>(
        `analyze/${all ? "all" : "pending"}-${kind}s`,
        { after, limit: pageSize },
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1]?.id ?? after;
      const posts: PostText[] = rows.map((row) => ({
        id: row.id,
        kind,
        text: kind === "thread" ? threadText(row) : (row.body ?? ""),
        flair: row.flair ?? undefined,
      }));
      const facts = derivePostFacts(posts, inputs);
      const suggestions = await classifier.classify(posts);
      const done = posts.filter((post) => suggestions.has(post.id)).map((post) => post.id);
      const classified = [...suggestions].flatMap(([item, list]) =>
        list.map((s) => ({
          item,
          code: s.code,
          classifier: classifier.name,
          score: s.score,
          rule: s.rule,
          evidence: s.evidence,
          model: s.model ?? null,
          prompt: s.prompt ?? null,
        })),
      );
      await gateway.writeTransaction(async (tx: QueryRunner) => {
        await tx.run(`analyze/clear-${kind}-derivations`, {
          ids: posts.map((p) => p.id),
          classifier: classifier.name,
        });
        await tx.run("analyze/merge-mention-targets", {
          models: [...facts.models].map(([key, id]) => ({ key, id })),
          datasets: [...facts.datasets].map(([key, id]) => ({ key, id })),
          hardware: [...facts.hardware].map(([name, k]) => ({ name, kind: k })),
          engines: [...facts.engines].map(([name, k]) => ({ name, kind: k })),
        });
        await tx.run(`analyze/write-${kind}-mentions`, { rows: facts.mentions });
        await tx.run(`analyze/write-${kind}-classified`, { rows: classified });
        if (kind === "thread") await tx.run("analyze/write-thread-relations", { rows: facts.relations });
        await tx.run(`analyze/clear-pending-${kind}s`, { ids: done });
      });
      for (const row of rows) touchedThreads.add(kind === "thread" ? row.id : (row.threadId ?? ""));
      claims.push(...facts.claims);
      counts[kind === "thread" ? "threads" : "comments"] += rows.length;
      counts.mentions += facts.mentions.length;
      counts.classified += classified.length;
      counts.unclassified += posts.length - done.length;
      counts.announcements += facts.relations.filter((r) => r.type === "ANNOUNCES").length;
      counts.evaluations += facts.relations.filter((r) => r.type === "EVALUATES").length;
      log(`${kind}s: ${counts[kind === "thread" ? "threads" : "comments"]} analyzed`);
      if (rows.length < pageSize) break;
    }
  }
  touchedThreads.delete("");

  const help = await judgeThreads(
    gateway,
    inputs,
    [...touchedThreads].sort(),
    all,
    options.threadBatch ?? 500,
    log,
  );
  const identityClaims = await writeIdentities(gateway, claims);
  const [announced] = await gateway.write<{ announcements: number }>("analyze/announce-by-identity");
  const [chains] = await gateway.read<{ chains: number }>("analyze/count-education-chains");
  const report: AnalyzeReport = {
    ...counts,
    announcements: counts.announcements + (announced?.announcements ?? 0),
    threadsJudgedForHelp: touchedThreads.size,
    helpAnswers: help.answers,
    helpedPairs: help.pairs,
    identityClaims,
    educationChains: chains?.chains ?? 0,
    seconds: (performance.now() - started) / 1000,
  };
  await gateway.write("ingest/checkpoint-set", {
    key: "analyze:last-run",
    state: JSON.stringify({ all, ...report }),
    done: true,
  });
  return report;
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
    const discussions = await gateway.read<Discussion & Record<string, unknown>>(
      "analyze/thread-discussions",
      {
        threadIds: threadIds.slice(i, i + batch),
      },
    );
    const found = discussions.flatMap((d) => deriveHelp(d, inputs.help));
    const rows = helpedRows(found);
    const commentIds = discussions.flatMap((d) => d.comments.map((c) => c.id));
    const helpers = [
      ...new Set(
        discussions.flatMap((d) => d.comments.map((c) => c.author)).filter((a): a is string => a !== null),
      ),
    ];
    await gateway.writeTransaction(async (tx) => {
      // After --all every HELPED edge is gone already; otherwise these threads' old answers leave first.
      if (!all) await tx.run("analyze/strip-help-evidence", { helpers, commentIds });
      await tx.run("analyze/write-helped", { rows });
    });
    answers += found.length;
    pairs += rows.length;
    log(`help: ${Math.min(i + batch, threadIds.length)}/${threadIds.length} threads, ${answers} answers`);
  }
  return { answers, pairs };
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
  const rows = new Map<string, { user: string; account: string; key: string; evidence: string[] }>();
  for (const claim of claims) {
    const post = byItem.get(claim.item);
    if (post === undefined) continue;
    const key = `${post.author}\u0000${claim.account.toLowerCase()}`;
    const row = rows.get(key) ?? {
      user: post.author,
      account: claim.account,
      key: claim.account.toLowerCase(),
      evidence: [],
    };
    row.evidence.push(post.permalink ?? claim.item);
    rows.set(key, row);
  }
  await gateway.write("analyze/write-same-as", { rows: [...rows.values()] });
  return rows.size;
}
