import { describe, expect, it } from "vitest";

import { loadRuleClassifier } from "../../../ingest/analyze/classify-by-rules.ts";
import { loadCodebook } from "../../../ingest/analyze/codebook.ts";
import { loadDictionaries } from "../../../ingest/analyze/dictionaries.ts";
import {
  evaluateAnalyzers,
  loadLabelledSet,
  type Score,
} from "../../../ingest/analyze/evaluate-analyzers.ts";
import { loadHelpLexicon } from "../../../ingest/analyze/judge-help.ts";

const codebook = loadCodebook();
const set = loadLabelledSet();
const scores = evaluateAnalyzers(set, {
  dictionaries: loadDictionaries(),
  help: loadHelpLexicon(),
  classifier: loadRuleClassifier(new Set(codebook.codes.map((code) => code.name))),
  codeKinds: new Map(codebook.codes.map((code) => [code.name, code.kind])),
});
const find = (analyzer: string): Score => {
  const found = scores.find((s) => s.analyzer === analyzer);
  if (found === undefined) throw new Error(`no score for ${analyzer}`);
  return found;
};

describe("the analyzers on the hand-labelled set (tests/fixtures/labelled)", () => {
  it("holds a few hundred labelled items across analyzers", () => {
    expect(set.help.length + set.links.length + set.names.length + set.stances.length).toBeGreaterThanOrEqual(
      300,
    );
    expect(set.help.filter((item) => item.help).length).toBeGreaterThanOrEqual(30);
  });

  it("link mentions: precision 1.0 and recall >= 0.98", () => {
    const links = find("link mentions");
    expect(links.errors).toEqual([]);
    expect(links.precision).toBe(1);
    expect(links.recall).toBeGreaterThanOrEqual(0.98);
  });

  it("model-name mentions: precision >= 0.9", () => {
    expect(find("model-name mentions").precision).toBeGreaterThanOrEqual(0.9);
  });

  it("help edges: precision >= 0.9", () => {
    expect(find("help edges").precision).toBeGreaterThanOrEqual(0.9);
  });

  it("reports stance and theme figures with their counts, whatever they are", () => {
    for (const name of ["stances (purist, critic, pragmatist)", "advantages", "deterrents"]) {
      const score = find(name);
      expect(score.items).toBe(set.stances.length);
      expect(score.truePositives + score.falseNegatives).toBeGreaterThan(0);
    }
  });
});

describe("measuring another classifier on the same stance items", () => {
  it("scores the codes it is given instead of the rule classifier's", () => {
    const analyzers = {
      dictionaries: loadDictionaries(),
      help: loadHelpLexicon(),
      classifier: loadRuleClassifier(new Set(codebook.codes.map((code) => code.name))),
      codeKinds: new Map(codebook.codes.map((code) => [code.name, code.kind])),
    };
    // A "classifier" that answers every labelled code exactly, and one extra wrong code on one item.
    const perfect = new Map(set.stances.map((item) => [item.id, item.codes]));
    const first = set.stances.find((item) => item.codes.length === 0);
    if (first === undefined) throw new Error("the set has no item without codes");
    perfect.set(first.id, ["privacy"]);
    const scores = evaluateAnalyzers(set, analyzers, perfect);
    const advantages = scores.find((s) => s.analyzer === "advantages");
    expect(advantages?.recall).toBe(1);
    expect(advantages?.falsePositives).toBe(1);
    expect(advantages?.errors).toEqual([`${first.id}: false privacy`]);
  });
});
