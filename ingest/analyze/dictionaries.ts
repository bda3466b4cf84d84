import path from "node:path";

import { z } from "zod";

import { PatternSet } from "./pattern-set.ts";
import { ANALYZE_DATA_DIR, compilePattern, readDataFile } from "./read-data-file.ts";

/** A model family recognised in prose (ingest/analyze/data/models.yaml). */
export interface ModelFamily {
  readonly name: string;
  readonly model: string;
  readonly defaultModel: string;
  readonly sizeRequired: boolean;
}

/** A Hardware or Engine entry (hardware.yaml, engines.yaml). */
export interface NamedPattern {
  readonly name: string;
  readonly kind: string;
}

/** Everything the mention extractor matches against, compiled once. */
export interface Dictionaries {
  /** Families followed by an optional size; group 1 of a hit is the size. */
  readonly families: PatternSet<ModelFamily>;
  /** Lowercased organisations whose bare `org/name` is a repository id. */
  readonly organisations: ReadonlySet<string>;
  /** Hardware; group 1 of a hit is a memory size ("192GB"); a count ("4x") is read from just before it. */
  readonly hardware: PatternSet<NamedPattern>;
  readonly vram: RegExp;
  readonly engines: PatternSet<NamedPattern>;
}

const familySchema = z.object({
  name: z.string().min(1),
  pattern: z.string().min(1),
  model: z.string().regex(/^[\w.-]+\/[\w.{}-]+$/, "an org/name repository id"),
  default: z.string().regex(/^[\w.-]+\/[\w.-]+$/, "an org/name repository id"),
  sizeRequired: z.boolean().optional(),
});
const modelsSchema = z.object({
  families: z.array(familySchema).min(1),
  organisations: z.array(z.string().min(1)),
});
const namedSchema = z.object({
  name: z.string().min(1),
  kind: z.string().min(1),
  pattern: z.string().min(1),
});
const hardwareSchema = z.object({
  hardware: z.array(namedSchema.extend({ kind: z.enum(["gpu", "apple", "cpu", "vram"]) })),
  vram: z.object({ pattern: z.string().min(1) }),
});
const enginesSchema = z.object({
  engines: z.array(namedSchema.extend({ kind: z.enum(["engine", "format"]) })),
});

// A size after a family: 7B, 0.5B, 30B-A3B, 8x7B, E4B, 120b. Written with a space, hyphen, Ollama's colon
// ("llama3.2:1b") or nothing.
const SIZE = String.raw`(?:[ :-]?(\d+x\d+b|\d+(?:\.\d+)?b(?:[ -]?a\d+(?:\.\d+)?b)?|e\db))?`;

/** Loads and compiles the dictionaries of `dir` (default: ingest/analyze/data). */
export function loadDictionaries(dir = ANALYZE_DATA_DIR): Dictionaries {
  const modelsFile = path.join(dir, "models.yaml");
  const models = readDataFile(modelsFile, modelsSchema);
  const hardwareFile = path.join(dir, "hardware.yaml");
  const hardware = readDataFile(hardwareFile, hardwareSchema);
  const enginesFile = path.join(dir, "engines.yaml");
  const engines = readDataFile(enginesFile, enginesSchema);
  return {
    families: new PatternSet(
      models.families.map((family, index) => ({
        entry: {
          name: family.name,
          model: family.model,
          defaultModel: family.default,
          sizeRequired: family.sizeRequired ?? false,
        },
        source: family.pattern,
        where: `${modelsFile} families.${index}`,
      })),
      String.raw`(?<![\w.\/-])`,
      String.raw`${SIZE}(?![\w]|\.\d)`,
    ),
    organisations: new Set(models.organisations.map((org) => org.toLowerCase())),
    hardware: new PatternSet(
      hardware.hardware.map((entry, index) => ({
        entry: { name: entry.name, kind: entry.kind },
        source: entry.pattern,
        where: `${hardwareFile} hardware.${index}`,
      })),
      // "2x3090" counts: an `x` right after a digit may come before a card.
      String.raw`(?:(?<=\d\s?x)|(?<![\w.\/-]))`,
      String.raw`s?(?:\s?(\d{2,3})\s?gb)?(?![\w])`,
    ),
    vram: compilePattern(
      String.raw`(?<![\w.])(?:${hardware.vram.pattern})(?![\w])`,
      "gi",
      `${hardwareFile} vram`,
    ),
    engines: new PatternSet(
      engines.engines.map((entry, index) => ({
        entry: { name: entry.name, kind: entry.kind },
        source: entry.pattern,
        where: `${enginesFile} engines.${index}`,
      })),
      // A format may end a repository name ("Qwen3-30B-A3B-GPTQ"), so a hyphen before it is allowed.
      String.raw`(?<![\w\/])`,
      String.raw`(?![\w])`,
    ),
  };
}
