import type { MentionRow } from "./derive-post-facts.ts";
import type { ClassifiedSuggestion } from "./post-classifier.ts";

/** A MENTIONS edge as analyze/write-comment-page creates it, under its comment and target label. */
export interface PageMention {
  readonly key: string;
  readonly surface: string;
  readonly rule: string;
  readonly count: number;
}

/** A CLASSIFIED edge as analyze/write-comment-page creates it. */
export interface PageCode {
  readonly code: string;
  readonly score: number;
  readonly rule: string;
  readonly evidence: readonly string[];
  readonly model: string | null;
  readonly prompt: string | null;
}

/** One comment of a page with everything its analysis writes ($rows of analyze/write-comment-page). */
export interface CommentPageRow {
  readonly id: string;
  /** The classifier judged it: analysisPending is cleared. */
  readonly done: boolean;
  readonly models: PageMention[];
  readonly datasets: PageMention[];
  readonly hardware: PageMention[];
  readonly engines: PageMention[];
  readonly codes: PageCode[];
}

const LIST_OF_TARGET = {
  model: "models",
  dataset: "datasets",
  hardware: "hardware",
  engine: "engines",
} as const;

/**
 * Groups a page's mentions and suggestions under their comment, split by target label, so one statement finds
 * each comment once and each target by its own index (no per-mention UNION over four labels). The statement
 * CREATEs edges, so a code suggested twice for one comment keeps only its last suggestion, as MERGE did.
 */
export function commentPageRows(
  ids: readonly string[],
  mentions: readonly MentionRow[],
  suggestions: ReadonlyMap<string, readonly ClassifiedSuggestion[]>,
): CommentPageRow[] {
  const rows = new Map<string, CommentPageRow>(
    ids.map((id) => [
      id,
      { id, done: suggestions.has(id), models: [], datasets: [], hardware: [], engines: [], codes: [] },
    ]),
  );
  for (const m of mentions) {
    const row = rows.get(m.item);
    if (row === undefined) throw new Error(`mention of ${m.item}, which is not on this page`);
    row[LIST_OF_TARGET[m.target]].push({ key: m.key, surface: m.surface, rule: m.rule, count: m.count });
  }
  for (const [id, list] of suggestions) {
    const row = rows.get(id);
    if (row === undefined) throw new Error(`suggestion for ${id}, which is not on this page`);
    const byCode = new Map<string, PageCode>();
    for (const s of list) byCode.set(s.code, pageCode(s));
    row.codes.push(...byCode.values());
  }
  return [...rows.values()];
}

/** A classifier's suggestion as a CLASSIFIED edge stores it (absent model and prompt as null). */
export function pageCode(s: ClassifiedSuggestion): PageCode {
  return {
    code: s.code,
    score: s.score,
    rule: s.rule,
    evidence: s.evidence,
    model: s.model ?? null,
    prompt: s.prompt ?? null,
  };
}
