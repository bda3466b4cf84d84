import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { parse } from "yaml";
import type { z } from "zod";

import { AnalysisError } from "./analysis-error.ts";

/** ingest/analyze/data: the dictionaries, lexicons and rules users extend without touching code. */
export const ANALYZE_DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "data");

/** Reads a YAML file and validates it; a failure names the file and the path inside it. */
export function readDataFile<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new AnalysisError(
      `${file}: cannot read YAML — ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`,
    );
    throw new AnalysisError(`${file}: ${problems.join("; ")}`);
  }
  return parsed.data;
}

/** Compiles a pattern from a data file, naming the file and entry when it is not a valid expression. */
export function compilePattern(source: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new AnalysisError(`${where}: bad pattern ${JSON.stringify(source)} — ${(error as Error).message}`);
  }
}
