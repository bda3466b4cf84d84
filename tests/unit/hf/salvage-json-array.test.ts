import { describe, expect, it } from "vitest";

import { nextLink } from "../../../ingest/hf/hub-client.ts";
import { salvageJsonArray } from "../../../ingest/hf/salvage-json-array.ts";

describe("salvageJsonArray", () => {
  it("reads a whole document at once", () => {
    expect(salvageJsonArray('{"models": [{"a": 1}, {"a": 2}]}', "models")).toEqual({
      items: [
        { index: 0, value: { a: 1 } },
        { index: 1, value: { a: 2 } },
      ],
    });
  });

  it("keeps every record before the cut of a truncated file and says where it broke", () => {
    const result = salvageJsonArray('{"models": [{"a": "x}{"}, {"a": [1, 2]}, {"a": "tru', "models");
    expect(result.items.map((i) => i.value)).toEqual([{ a: "x}{" }, { a: [1, 2] }]);
    expect(result.error?.where).toMatch(/^\$\.models\[2\] \(character \d+\)$/);
    expect(result.error?.reason).toContain("truncated");
  });

  it("says when there is no such array", () => {
    expect(salvageJsonArray('{"other": []}', "models").error?.reason).toContain('no "models" array');
  });
});

describe("nextLink", () => {
  it("finds the next page's URL in a Link header", () => {
    expect(
      nextLink(
        '<https://huggingface.co/api/models?cursor=abc&limit=1000>; rel="next", <https://x>; rel="prev"',
      ),
    ).toBe("https://huggingface.co/api/models?cursor=abc&limit=1000");
    expect(nextLink('<https://x>; rel="prev"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });
});
