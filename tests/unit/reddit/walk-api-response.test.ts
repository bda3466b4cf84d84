import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import {
  apiResponseShape,
  walkApiResponse,
  type ApiThing,
} from "../../../ingest/reddit/walk-api-response.ts";

const load = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));

describe("walkApiResponse", () => {
  it("walks a real thread response down its nested replies, with JSON paths, passing over continue-thread stubs", () => {
    const json = load("samples/reddit/comments_1lmggiz.json");
    expect(apiResponseShape(json)).toBe("thread");
    const things = [...walkApiResponse(json, "thread")];
    expect(things.filter((t) => t.type === "thing" && t.hint === "t3")).toHaveLength(1);
    expect(things.filter((t) => t.type === "thing" && t.hint === "t1")).toHaveLength(24);
    expect(things.filter((t) => t.type !== "thing")).toEqual([]); // the one stub has no ids to keep
    const nested = things.find((t) => t.where.includes(".replies."));
    expect(nested?.where).toMatch(
      /^\$\[1\]\.data\.children\[\d+\]\.data\.replies\.data\.children\[\d+\]\.data$/,
    );
  });

  it("keeps the child ids of a more object and its parent", () => {
    const json = [
      { kind: "Listing", data: { children: [] } },
      {
        kind: "Listing",
        data: {
          children: [
            { kind: "more", data: { id: "n0a", parent_id: "t3_abc", children: ["n0a", "n0b"], count: 2 } },
            { kind: "more", data: { id: "_", parent_id: "t1_n0c", children: [], count: 0 } },
          ],
        },
      },
    ];
    expect([...walkApiResponse(json, "thread")]).toEqual([
      { type: "more", parentId: "abc", children: ["n0a", "n0b"], where: "$[1].data.children[0].data" },
    ]);
  });

  it("reports unknown kinds and broken shapes with their path", () => {
    const things: ApiThing[] = [
      ...walkApiResponse({ kind: "Listing", data: { children: [{ kind: "t5", data: {} }, 3] } }, "listing"),
      ...walkApiResponse([{ kind: "Listing" }], "thread"),
    ];
    expect(things).toEqual([
      expect.objectContaining({ type: "problem", kind: "unknown-kind", where: "$.data.children[0]" }),
      expect.objectContaining({ type: "problem", kind: "invalid-shape", where: "$.data.children[1]" }),
      expect.objectContaining({ type: "problem", kind: "invalid-shape", where: "$" }),
    ]);
  });

  it("recognizes a real listing", () => {
    const json = load("samples/reddit/listing_new.json");
    expect(apiResponseShape(json)).toBe("listing");
    expect([...walkApiResponse(json, "listing")]).toHaveLength(100);
  });
});
