import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { classifyByRules, loadRuleClassifier } from "../../../ingest/analyze/classify-by-rules.ts";
import { loadCodebook } from "../../../ingest/analyze/codebook.ts";
import { requiredLiterals } from "../../../ingest/analyze/required-literals.ts";

const sorted = (list: string[] | undefined): string[] | undefined => list?.sort();

describe("requiredLiterals", () => {
  it("takes the words of an alternation, joins small classes and optional parts, and skips assertions", () => {
    expect(sorted(requiredLiterals(String.raw`\b(?:privacy|offline)\b`))).toEqual(["offline", "privacy"]);
    expect(sorted(requiredLiterals("open[ -]source"))).toEqual(["open source", "open-source"]);
    expect(sorted(requiredLiterals(String.raw`(?<![\w.])rug[ -]?pull(?!\w)`))).toEqual([
      "rug pull",
      "rug-pull",
      "rugpull",
    ]);
    expect(sorted(requiredLiterals(String.raw`api\.cpp\n`))).toEqual(["api.cpp\n"]);
  });

  it("keeps the most telling part around what it cannot enumerate", () => {
    expect(requiredLiterals(String.raw`\bweights (?:are|is) .{0,40}\bfreeware`)).toEqual(["freeware"]);
    expect(sorted(requiredLiterals(String.raw`\d+ tokens?/s`))).toEqual([" token/s", " tokens/s"]);
  });

  it("gives nothing when a match may contain no literal, or the syntax is beyond it", () => {
    expect(requiredLiterals("a?")).toBeUndefined();
    expect(requiredLiterals(String.raw`\w+|local`)).toBeUndefined();
    expect(requiredLiterals("(?<name>local)")).toBeUndefined();
    expect(requiredLiterals(String.raw`\u0041pi`)).toBeUndefined();
    expect(requiredLiterals("[]x")).toBeUndefined();
    expect(requiredLiterals("a{")).toBeUndefined();
  });

  it("never misses a text the classifier rules match (the labelled stance texts)", () => {
    const codebook = loadCodebook();
    const classifier = loadRuleClassifier(new Set(codebook.codes.map((code) => code.name)));
    expect(classifier.prefilter).toBeDefined();
    const cases = JSON.parse(readFileSync("tests/fixtures/labelled/cases.json", "utf8")) as {
      stances: { text: string }[];
    };
    let matched = 0;
    for (const { text } of cases.stances) {
      for (const rule of classifier.rules) {
        if (!rule.regex.test(text)) continue;
        matched++;
        expect(classifier.prefilter?.test(text), `${rule.id} on ${text.slice(0, 80)}`).toBe(true);
      }
      const { prefilter: _prefilter, ...without } = classifier;
      expect(classifyByRules(text, classifier)).toEqual(classifyByRules(text, without));
    }
    expect(matched).toBeGreaterThan(50);
  });
});
