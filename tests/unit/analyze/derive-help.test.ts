import { describe, expect, it } from "vitest";

import { helpedRows, keptHelp, rowsNotHeld, type HelpAnswer } from "../../../ingest/analyze/derive-help.ts";

const answer = (helper: string, asker: string, answerId: string, at: number): HelpAnswer => ({
  helper,
  asker,
  answerId,
  acknowledgements: [],
  rule: "asks",
  at,
});

describe("the HELPED rows of a judgement", () => {
  const rows = helpedRows([answer("a", "b", "c1", 10), answer("a", "b", "c2", 5), answer("a", "d", "c3", 7)]);

  it("merges answers per pair and keeps each row under its helper and asker", () => {
    expect(rows).toHaveLength(2);
    const kept = keptHelp(rows);
    expect(kept["a"]?.["b"]).toMatchObject({ evidence: ["c1", "c2"], firstAt: 5, lastAt: 10 });
    expect(kept["a"]?.["d"]?.evidence).toEqual(["c3"]);
  });

  it("leaves out only the pairs whose edge already holds its row", () => {
    expect(rowsNotHeld(rows, [{ helper: "a", asker: "b" }]).map((row) => row.asker)).toEqual(["d"]);
    expect(rowsNotHeld(rows, [{ helper: "b", asker: "a" }])).toHaveLength(2);
    expect(rowsNotHeld(rows, [])).toEqual(rows);
  });
});
