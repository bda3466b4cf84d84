import { describe, expect, it } from "vitest";

import { loadAnalysisInputs } from "../../../ingest/analyze/analysis-inputs.ts";
import { derivePostFacts } from "../../../ingest/analyze/derive-post-facts.ts";
import { helpedRows } from "../../../ingest/analyze/derive-help.ts";

const inputs = loadAnalysisInputs();

describe("derivePostFacts", () => {
  it("reads a release post: ANNOUNCES by flair and an authorship claim near the link (samples/reddit 1ltxsqh)", () => {
    const text =
      "Qwen3-8B-BitNet\n\nHere is a decent Qwen3 BitNet model I trained with \\~1B tokens using SYNTHETIC-1 data. BitNet Hunyuan A13B is training this week.  \n[model](https://huggingface.co/codys12/Qwen3-8B-BitNet)";
    const facts = derivePostFacts([{ id: "1ltxsqh", kind: "thread", text, flair: "New Model" }], inputs);
    expect(facts.relations).toEqual([
      {
        item: "1ltxsqh",
        type: "ANNOUNCES",
        key: "codys12/qwen3-8b-bitnet",
        rule: "release-flair-link",
        evidence: ["flair: New Model", "https://huggingface.co/codys12/Qwen3-8B-BitNet"],
      },
    ]);
    expect(facts.claims).toEqual([{ item: "1ltxsqh", account: "codys12", claim: "I trained" }]);
    expect(facts.models.get("codys12/qwen3-8b-bitnet")).toBe("codys12/Qwen3-8B-BitNet");
  });

  it("claims no identity without a first-person claim, nor for a post listing many accounts' models", () => {
    const plain = derivePostFacts(
      [{ id: "c1", kind: "comment", text: "Try https://huggingface.co/unsloth/Qwen3-8B-GGUF" }],
      inputs,
    );
    expect(plain.claims).toEqual([]);
    const list = derivePostFacts(
      [
        {
          id: "c2",
          kind: "comment",
          text: "I made a list: https://huggingface.co/a/x https://huggingface.co/b/y https://huggingface.co/c/z",
        },
      ],
      inputs,
    );
    expect(list.claims).toEqual([]);
  });

  it("takes a thread with speed figures and a table over two models as an evaluation, not a comment", () => {
    const text =
      "Qwen3 32B vs Llama 3.3 70B on my 3090\n\n| model | t/s |\n|---|---|\n| Qwen3 32B | 25.1 t/s |\n| Llama 3.3 70B | 9.8 t/s |";
    const facts = derivePostFacts([{ id: "t1", kind: "thread", text }], inputs);
    const evaluated = facts.relations.filter((r) => r.type === "EVALUATES").map((r) => r.key);
    expect(evaluated).toEqual(["qwen/qwen3-32b", "meta-llama/llama-3.3-70b-instruct"]);
    expect(facts.relations[0]?.evidence).toEqual(expect.arrayContaining(["table", "tokens-per-second"]));
    expect(derivePostFacts([{ id: "c", kind: "comment", text }], inputs).relations).toEqual([]);
  });
});

describe("helpedRows", () => {
  it("merges answers per helper and asker: evidence, acknowledgements, rules, first and last time", () => {
    const rows = helpedRows([
      { helper: "a", asker: "b", answerId: "x1", acknowledgements: [], rule: "help-flair", at: 2000 },
      { helper: "a", asker: "b", answerId: "x2", acknowledgements: ["y"], rule: "asks", at: 1000 },
      { helper: "c", asker: "b", answerId: "x3", acknowledgements: [], rule: "asks", at: 1500 },
    ]);
    expect(rows).toEqual([
      {
        helper: "a",
        asker: "b",
        evidence: ["x1", "x2"],
        acknowledgements: ["y"],
        rules: ["help-flair", "asks"],
        firstAt: 1000,
        lastAt: 2000,
      },
      {
        helper: "c",
        asker: "b",
        evidence: ["x3"],
        acknowledgements: [],
        rules: ["asks"],
        firstAt: 1500,
        lastAt: 1500,
      },
    ]);
  });
});
