import { compilePattern } from "./read-data-file.ts";
import { literalPrefilter } from "./required-literals.ts";

/** One hit of a PatternSet: which entry, where, and the match (its groups are the entry's own). */
export interface PatternHit<T> {
  readonly entry: T;
  readonly start: number;
  readonly end: number;
  readonly match: RegExpExecArray;
}

/**
 * Many dictionary patterns matched in one pass: a combined alternation finds where any entry may start, then
 * each entry is tried there (sticky) and the longest wins ("Qwen3-Coder 30B" over "Qwen3", "RTX 4070 Ti" over
 * "RTX 4070"). Tens of separate scans per comment would be several times slower.
 */
export class PatternSet<T> {
  private readonly any: RegExp;
  /** Literals one of which every hit holds (required-literals.ts): most texts have none and are not scanned. */
  private readonly prefilter: RegExp | undefined;
  private readonly sticky: readonly { entry: T; regex: RegExp }[];

  /**
   * @param before a lookbehind every entry shares (kept out of the alternation so the scan stays fast)
   * @param after what follows every entry (a size, a boundary); applied to the sticky tries only
   */
  constructor(
    entries: readonly { entry: T; source: string; where: string }[],
    before: string,
    after: string,
  ) {
    // Each pattern alone first, so a mistake is reported as the user wrote it, with its file and entry.
    for (const { source, where } of entries) compilePattern(source, "i", where);
    this.sticky = entries.map(({ entry, source, where }) => ({
      entry,
      regex: compilePattern(`${before}(?:${source})${after}`, "iy", where),
    }));
    this.prefilter = literalPrefilter(entries.map(({ source }) => source));
    this.any = compilePattern(
      `${before}(?:${entries.map(({ source }) => `(?:${source})`).join("|") || "(?!)"})`,
      "gi",
      entries.map(({ where }) => where).join(", "),
    );
  }

  /** Non-overlapping hits in text order. */
  scan(text: string): PatternHit<T>[] {
    const hits: PatternHit<T>[] = [];
    if (this.prefilter?.test(text) === false) return hits;
    this.any.lastIndex = 0;
    let candidate: RegExpExecArray | null;
    while ((candidate = this.any.exec(text)) !== null) {
      const start = candidate.index;
      let best: PatternHit<T> | undefined;
      for (const { entry, regex } of this.sticky) {
        regex.lastIndex = start;
        const match = regex.exec(text);
        if (match !== null && (best === undefined || match[0].length > best.end - best.start)) {
          best = { entry, start, end: start + match[0].length, match };
        }
      }
      if (best !== undefined) hits.push(best); // undefined when only the shared `after` failed
      this.any.lastIndex = best !== undefined ? Math.max(best.end, start + 1) : start + 1;
    }
    return hits;
  }
}
