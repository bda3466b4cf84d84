import { describe, expect, it } from "vitest";

import { commentPageRows } from "../../../ingest/analyze/comment-page-rows.ts";
import type { MentionRow } from "../../../ingest/analyze/derive-post-facts.ts";
import type { ClassifiedSuggestion } from "../../../ingest/analyze/post-classifier.ts";

const mention = (item: string, target: MentionRow["target"], key: string): MentionRow => ({
  item,
  target,
  key,
  surface: key,
  rule: "link",
  count: 1,
});

describe("commentPageRows", () => {
  it("puts each mention under its comment and target label, and marks done only what the classifier judged", () => {
    const rows = commentPageRows(
      ["a", "b", "c"],
      [
        mention("a", "model", "qwen/qwen3-8b"),
        mention("a", "engine", "vLLM"),
        mention("c", "hardware", "RTX 3090"),
      ],
      new Map<string, ClassifiedSuggestion[]>([
        ["a", []],
        ["c", [{ code: "privacy", score: 0.8, rule: "privacy.local", evidence: ["private"] }]],
      ]),
    );
    expect(
      rows.map((r) => [r.id, r.done, r.models.length, r.engines.length, r.hardware.length, r.codes.length]),
    ).toEqual([
      ["a", true, 1, 1, 0, 0],
      ["b", false, 0, 0, 0, 0],
      ["c", true, 0, 0, 1, 1],
    ]);
    expect(rows[2]?.codes[0]).toEqual({
      code: "privacy",
      score: 0.8,
      rule: "privacy.local",
      evidence: ["private"],
      model: null,
      prompt: null,
    });
  });

  it("keeps one suggestion per code and comment (the last), as the MERGE it replaces did", () => {
    const [row] = commentPageRows(
      ["a"],
      [],
      new Map<string, ClassifiedSuggestion[]>([
        [
          "a",
          [
            { code: "privacy", score: 0.6, rule: "llm", evidence: ["first"], model: "m", prompt: "p" },
            { code: "privacy", score: 0.9, rule: "llm", evidence: ["second"], model: "m", prompt: "p" },
          ],
        ],
      ]),
    );
    expect(row?.codes).toEqual([
      { code: "privacy", score: 0.9, rule: "llm", evidence: ["second"], model: "m", prompt: "p" },
    ]);
  });

  it("refuses a mention of an item that is not on the page, naming it", () => {
    expect(() => commentPageRows(["a"], [mention("zz", "model", "x/y")], new Map())).toThrow(/zz/);
  });
});
