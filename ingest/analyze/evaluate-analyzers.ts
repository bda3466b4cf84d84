import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { z } from "zod";

import { AnalysisError } from "./analysis-error.ts";
import { classifyByRules, type RuleClassifier } from "./classify-by-rules.ts";
import type { Dictionaries } from "./dictionaries.ts";
import { extractMentions } from "./extract-mentions.ts";
import { extractModelLinks } from "./extract-model-links.ts";
import { judgeHelp, type HelpLexicon } from "./judge-help.ts";

/** The labelled set: tests/fixtures/labelled/cases.json (real text, hand labels; see RULES.md there). */
export const LABELLED_SET = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../tests/fixtures/labelled/cases.json",
);

/** Precision and recall of one analyzer on the labelled set, with the counts behind them. */
export interface Score {
  readonly analyzer: string;
  /** Labelled items the figure is computed over. */
  readonly items: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** null when the analyzer predicted nothing (no denominator). */
  readonly precision: number | null;
  readonly recall: number | null;
  /** The goal stated in the issue, if any, e.g. "precision 1.0, recall >= 0.98". */
  readonly target?: string;
  /** True / false when there is a target, undefined otherwise. */
  readonly meetsTarget?: boolean;
  /** What was predicted wrongly or missed (item id: value), for reading the errors. */
  readonly errors: readonly string[];
}

const post = z.object({ id: z.string(), author: z.string().optional(), text: z.string() });
const labelledSetSchema = z.object({
  help: z.array(
    z.object({
      /** development (used to refine the lexicon) or held-out (labelled after it was frozen). */
      split: z.string(),
      thread: z.string(),
      answerId: z.string(),
      help: z.boolean(),
      acknowledged: z.boolean(),
      case: z.object({
        question: post.extend({ isThread: z.boolean() }),
        threadFlair: z.string().optional(),
        threadAuthor: z.string().optional(),
        threadText: z.string(),
        answer: post,
        followUps: z.array(post),
      }),
    }),
  ),
  links: z.array(z.object({ id: z.string(), text: z.string(), expected: z.array(z.string()) })),
  names: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      models: z.array(z.string()),
      hardware: z.array(z.string()),
      engines: z.array(z.string()),
    }),
  ),
  stances: z.array(
    z.object({ id: z.string(), stratum: z.string(), text: z.string(), codes: z.array(z.string()) }),
  ),
});

/** The labelled set, validated. */
export type LabelledSet = z.infer<typeof labelledSetSchema>;

/** Reads and validates the labelled set; a bad file is an error naming the file and the path inside it. */
export function loadLabelledSet(file = LABELLED_SET): LabelledSet {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new AnalysisError(`${file}: cannot read the labelled set — ${(error as Error).message}`);
  }
  const parsed = labelledSetSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AnalysisError(`${file}: ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

/** The analyzers' own inputs, loaded once by the caller. */
export interface Analyzers {
  readonly dictionaries: Dictionaries;
  readonly help: HelpLexicon;
  readonly classifier: RuleClassifier;
  /** Code names grouped by kind (stance, advantage, deterrent), for the grouped stance figures. */
  readonly codeKinds: ReadonlyMap<string, string>;
}

/**
 * Precision and recall of every analyzer against the labelled set. `stanceCodes` (item id → codes) replaces the
 * rule classifier's suggestions, to measure another classifier (a local model server) the same way.
 */
export function evaluateAnalyzers(
  set: LabelledSet,
  analyzers: Analyzers,
  stanceCodes?: ReadonlyMap<string, readonly string[]>,
): Score[] {
  const { dictionaries } = analyzers;
  const scores: Score[] = [];
  scores.push(
    score(
      "link mentions",
      set.links.map((item) => ({
        id: item.id,
        predicted: extractModelLinks(item.text).map((link) => `${link.kind}:${link.key}`),
        expected: item.expected.map((label) => label.toLowerCase()),
      })),
      { precision: 1, recall: 0.98 },
    ),
  );
  const mentions = set.names.map((item) => ({ item, found: extractMentions(item.text, dictionaries) }));
  scores.push(
    score(
      "model-name mentions",
      mentions.map(({ item, found }) => ({
        id: item.id,
        predicted: found.filter((m) => m.rule === "model-name").map((m) => normalizeName(m.detail ?? m.name)),
        expected: item.models.map(normalizeName),
      })),
      { precision: 0.9 },
    ),
  );
  scores.push(
    score(
      "hardware mentions",
      mentions.map(({ item, found }) => ({
        id: item.id,
        predicted: found.filter((m) => m.target === "hardware").map((m) => m.name.toLowerCase()),
        expected: item.hardware.map((name) => name.toLowerCase()),
      })),
    ),
  );
  scores.push(
    score(
      "engine mentions",
      mentions.map(({ item, found }) => ({
        id: item.id,
        predicted: found.filter((m) => m.target === "engine").map((m) => m.name.toLowerCase()),
        expected: item.engines.map((name) => name.toLowerCase()),
      })),
    ),
  );
  const verdicts = set.help.map((item) => ({ item, verdict: judgeHelp(item.case, analyzers.help) }));
  const helpScore = (name: string, split: string | undefined, target?: { precision: number }) =>
    score(
      name,
      verdicts
        .filter(({ item }) => split === undefined || item.split === split)
        .map(({ item, verdict }) => ({
          id: item.answerId,
          predicted: verdict.help ? ["help"] : [],
          expected: item.help ? ["help"] : [],
        })),
      target,
    );
  scores.push(helpScore("help edges", undefined, { precision: 0.9 }));
  for (const split of new Set(set.help.map((item) => item.split)))
    scores.push(helpScore(`help edges, ${split}`, split));
  scores.push(
    score(
      "help acknowledged (of labelled help)",
      verdicts
        .filter(({ item }) => item.help)
        .map(({ item, verdict }) => ({
          id: item.answerId,
          predicted: verdict.help && verdict.acknowledgements.length > 0 ? ["ack"] : [],
          expected: item.acknowledged ? ["ack"] : [],
        })),
    ),
  );
  const suggested = set.stances.map((item) => ({
    item,
    codes:
      stanceCodes !== undefined
        ? (stanceCodes.get(item.id) ?? [])
        : classifyByRules(item.text, analyzers.classifier).map((s) => s.code),
  }));
  const byKind = (kind: string | undefined, stratum?: string) =>
    suggested
      .filter(({ item }) => stratum === undefined || item.stratum === stratum)
      .map(({ item, codes }) => ({
        id: item.id,
        predicted: codes.filter((code) => kind === undefined || analyzers.codeKinds.get(code) === kind),
        expected: item.codes.filter((code) => kind === undefined || analyzers.codeKinds.get(code) === kind),
      }));
  scores.push(score("stances (purist, critic, pragmatist)", byKind("stance")));
  scores.push(score("advantages", byKind("advantage")));
  scores.push(score("deterrents", byKind("deterrent")));
  for (const stratum of new Set(set.stances.map((item) => item.stratum))) {
    scores.push(score(`all codes, ${stratum}`, byKind(undefined, stratum)));
  }
  return scores;
}

/** "Qwen3 30B-A3B", "qwen3-30b-a3b" and "Qwen 3 30B A3B" compare equal. */
function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[\s\-_.:]/g, "");
}

function score(
  analyzer: string,
  items: readonly { id: string; predicted: readonly string[]; expected: readonly string[] }[],
  target?: { precision?: number; recall?: number },
): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: string[] = [];
  for (const item of items) {
    const predicted = new Set(item.predicted);
    const expected = new Set(item.expected);
    for (const value of predicted) {
      if (expected.has(value)) tp++;
      else {
        fp++;
        errors.push(`${item.id}: false ${value}`);
      }
    }
    for (const value of expected) {
      if (!predicted.has(value)) {
        fn++;
        errors.push(`${item.id}: missed ${value}`);
      }
    }
  }
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  const result: Score = {
    analyzer,
    items: items.length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision,
    recall,
    errors,
  };
  if (target === undefined) return result;
  const meets =
    (target.precision === undefined || (precision ?? 0) >= target.precision) &&
    (target.recall === undefined || (recall ?? 0) >= target.recall);
  const text = [
    target.precision === undefined
      ? undefined
      : `precision ${target.precision === 1 ? "1.0" : `>= ${target.precision}`}`,
    target.recall === undefined ? undefined : `recall >= ${target.recall}`,
  ]
    .filter((part) => part !== undefined)
    .join(", ");
  return { ...result, target: text, meetsTarget: meets };
}
