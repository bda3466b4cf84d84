import path from "node:path";

import { z } from "zod";

import { ANALYZE_DATA_DIR, compilePattern, readDataFile } from "./read-data-file.ts";

/** The release, evaluation and ownership rules of threads.yaml, compiled. */
export interface ThreadRules {
  readonly releaseFlairs: ReadonlySet<string>;
  readonly minSignals: number;
  readonly minModels: number;
  readonly evaluationSignals: readonly { id: string; regex: RegExp }[];
  readonly ownershipClaim: RegExp;
}

const schema = z.object({
  releaseFlairs: z.array(z.string()),
  minSignals: z.number().int().min(1),
  minModels: z.number().int().min(1),
  evaluationSignals: z.array(z.object({ id: z.string().min(1), pattern: z.string().min(1) })),
  ownershipClaim: z.string().min(1),
});

/** Loads threads.yaml from `dir` (default ingest/analyze/data). */
export function loadThreadRules(dir = ANALYZE_DATA_DIR): ThreadRules {
  const file = path.join(dir, "threads.yaml");
  const data = readDataFile(file, schema);
  return {
    releaseFlairs: new Set(data.releaseFlairs),
    minSignals: data.minSignals,
    minModels: data.minModels,
    evaluationSignals: data.evaluationSignals.map((signal, index) => ({
      id: signal.id,
      regex: compilePattern(signal.pattern, "im", `${file} evaluationSignals.${index}`),
    })),
    ownershipClaim: compilePattern(data.ownershipClaim, "i", `${file} ownershipClaim`),
  };
}

/** The evaluation signals that fire in a thread's text (ids), for EVALUATES evidence. */
export function evaluationSignals(text: string, rules: ThreadRules): string[] {
  return rules.evaluationSignals.filter((signal) => signal.regex.test(text)).map((signal) => signal.id);
}

/** True when a thread compares or benchmarks models: enough distinct signals and enough models. */
export function isEvaluation(signals: readonly string[], modelCount: number, rules: ThreadRules): boolean {
  return signals.length >= rules.minSignals && modelCount >= rules.minModels;
}

/** The first-person authorship claim in a text ("I fine-tuned", "my new model"), or undefined. */
export function ownershipClaim(text: string, rules: ThreadRules): string | undefined {
  return rules.ownershipClaim.exec(text)?.[0];
}
