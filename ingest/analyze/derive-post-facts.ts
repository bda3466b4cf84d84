import type { AnalysisInputs } from "./analysis-inputs.ts";
import { extractMentions, type Mention } from "./extract-mentions.ts";
import { evaluationSignals, isEvaluation, ownershipClaim } from "./thread-rules.ts";

/** A thread or comment as the item analyzers read it. */
export interface PostText {
  readonly id: string;
  readonly kind: "thread" | "comment";
  /** Title and body of a thread (and its link URL), or a comment's body. */
  readonly text: string;
  /** Threads only: the flair, for release posts. */
  readonly flair?: string | undefined;
}

/** A MENTIONS row for analyze/write-*-mentions. */
export interface MentionRow {
  readonly item: string;
  readonly target: Mention["target"];
  readonly key: string;
  readonly surface: string;
  readonly rule: string;
  readonly count: number;
}

/** An ANNOUNCES or EVALUATES row for analyze/write-thread-relations. */
export interface ThreadRelationRow {
  readonly item: string;
  readonly type: "ANNOUNCES" | "EVALUATES";
  readonly key: string;
  readonly rule: string;
  readonly evidence: readonly string[];
}

/** A post whose author links models of `account` as their own work. */
export interface OwnershipClaim {
  readonly item: string;
  /** The Hugging Face account as written in the link. */
  readonly account: string;
  /** The claim as written ("I fine-tuned"). */
  readonly claim: string;
}

/** What one page of posts yields, before any of it is written. */
export interface PostFacts {
  readonly mentions: MentionRow[];
  readonly models: Map<string, string>;
  readonly datasets: Map<string, string>;
  readonly hardware: Map<string, string>;
  readonly engines: Map<string, string>;
  readonly relations: ThreadRelationRow[];
  readonly claims: OwnershipClaim[];
}

// How far (characters) an authorship claim may be from the link it claims.
const CLAIM_REACH = 300;
// A post linking more accounts than this is a list of other people's work, not a release.
const MAX_CLAIMED_ACCOUNTS = 2;

/**
 * Mentions, release and evaluation relations, and authorship claims of a page of posts: pure, so the graph
 * code only reads and writes.
 */
export function derivePostFacts(posts: readonly PostText[], inputs: AnalysisInputs): PostFacts {
  const facts: PostFacts = {
    mentions: [],
    models: new Map(),
    datasets: new Map(),
    hardware: new Map(),
    engines: new Map(),
    relations: [],
    claims: [],
  };
  for (const post of posts) {
    if (post.text === "") continue;
    const mentions = extractMentions(post.text, inputs.dictionaries);
    for (const m of mentions) {
      facts.mentions.push({
        item: post.id,
        target: m.target,
        key: m.key,
        surface: m.surface,
        rule: m.rule,
        count: m.count,
      });
      if (m.target === "model") facts.models.set(m.key, m.name);
      else if (m.target === "dataset") facts.datasets.set(m.key, m.name);
      else if (m.target === "hardware") facts.hardware.set(m.key, m.detail ?? "gpu");
      else facts.engines.set(m.key, m.detail ?? "engine");
    }
    const links = mentions.filter((m) => m.rule === "link" && m.target === "model");
    if (post.kind === "thread") facts.relations.push(...threadRelations(post, mentions, links, inputs));
    facts.claims.push(...claimsOf(post, links, inputs));
  }
  return facts;
}

function threadRelations(
  post: PostText,
  mentions: readonly Mention[],
  links: readonly Mention[],
  inputs: AnalysisInputs,
): ThreadRelationRow[] {
  const rows: ThreadRelationRow[] = [];
  if (post.flair !== undefined && inputs.threadRules.releaseFlairs.has(post.flair)) {
    for (const link of links) {
      rows.push({
        item: post.id,
        type: "ANNOUNCES",
        key: link.key,
        rule: "release-flair-link",
        evidence: [`flair: ${post.flair}`, link.surface],
      });
    }
  }
  const models = mentions.filter((m) => m.target === "model");
  const signals = evaluationSignals(post.text, inputs.threadRules);
  if (isEvaluation(signals, models.length, inputs.threadRules)) {
    for (const model of models) {
      rows.push({
        item: post.id,
        type: "EVALUATES",
        key: model.key,
        rule: "evaluation-signals",
        evidence: signals,
      });
    }
  }
  return rows;
}

function claimsOf(post: PostText, links: readonly Mention[], inputs: AnalysisInputs): OwnershipClaim[] {
  if (links.length === 0) return [];
  const claim = ownershipClaim(post.text, inputs.threadRules);
  if (claim === undefined) return [];
  const accounts = new Map<string, string>();
  const claimAt = post.text.search(inputs.threadRules.ownershipClaim);
  for (const link of links) {
    const linkAt = post.text.indexOf(link.surface);
    if (linkAt < 0 || Math.abs(linkAt - claimAt) > CLAIM_REACH) continue;
    const account = link.name.split("/")[0];
    if (account !== undefined) accounts.set(account.toLowerCase(), account);
  }
  if (accounts.size === 0 || accounts.size > MAX_CLAIMED_ACCOUNTS) return [];
  return [...accounts.values()].map((account) => ({ item: post.id, account, claim }));
}
