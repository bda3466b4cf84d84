import { describe, expect, it } from "vitest";

import { classifyByRules, loadRuleClassifier } from "../../../ingest/analyze/classify-by-rules.ts";
import { loadCodebook } from "../../../ingest/analyze/codebook.ts";

const codebook = loadCodebook();
const classifier = loadRuleClassifier(new Set(codebook.codes.map((code) => code.name)));

describe("classifyByRules", () => {
  it("suggests the purist stance for 'open weights, not open source' and names the rule and the matched text", () => {
    // samples/reddit-bulk comment mlo336v
    const text =
      "He keeps saying „open source“ despite not providing what‘s needed to rebuild the model: The training data. \nIt‘s open weights, not open source.";
    const [suggestion] = classifyByRules(text, classifier);
    expect(suggestion?.code).toBe("purist");
    expect(suggestion?.rule).toContain("purist.weights-not-source-contrast");
    expect(suggestion?.evidence).toContain("open weights, not open source");
  });

  it("combines several rules of one code and suggests several codes (comment n6xerau)", () => {
    const text =
      "We here value privacy, hence the entire motivation behind locally running LLMs. I don't want any serious data to be stored in someone else's cloud server unless I can see the code of the application";
    const codes = classifyByRules(text, classifier).map((s) => s.code);
    expect(codes).toEqual(expect.arrayContaining(["privacy", "transparency"]));
  });

  it("suggests nothing for text that names no code", () => {
    expect(
      classifyByRules("Has anyone left openai for Google? I have only seen the opposite.", classifier),
    ).toEqual([]);
  });

  it("keeps every code of the codebook in a theme the codebook lists", () => {
    expect(codebook.codes.map((c) => c.name)).toEqual(
      expect.arrayContaining(["purist", "critic", "pragmatist", "privacy", "weaker models"]),
    );
  });
});
