import { buildSchema, parse, validate, specifiedRules } from "../../server/graphql-js.ts";
import { describe, expect, it } from "vitest";

import { loadTypeDefs } from "../../server/create-server.ts";
import { ApiErrorCode } from "../../server/errors/api-error-code.ts";
import { complexityRule } from "../../server/limits/complexity-rule.ts";
import { depthLimitRule } from "../../server/limits/depth-limit-rule.ts";

// The real schema, so the rules are tested on the fields clients actually send.
const schema = buildSchema(loadTypeDefs());

function errors(query: string, rules: ReturnType<typeof depthLimitRule>[]) {
  return validate(schema, parse(query), [...specifiedRules, ...rules]);
}

describe("depthLimitRule", () => {
  const rule = depthLimitRule(4);

  it("lets a query at the limit through", () => {
    expect(errors('{ model(id: "a") { parents { model { id } } } }', [rule])).toEqual([]);
  });

  it("refuses a deeper one with QUERY_TOO_COMPLEX and the depth it found", () => {
    const found = errors('{ model(id: "a") { parents { model { parents { model { id } } } } } }', [rule]);
    expect(found).toHaveLength(1);
    expect(found[0]?.extensions.code).toBe(ApiErrorCode.QUERY_TOO_COMPLEX);
    expect(found[0]?.extensions.depth).toBe(6);
  });

  it("follows fragments and inline fragments", () => {
    const query = `
      query { model(id: "a") { ...P } }
      fragment P on Model { parents { model { parents { model { id } } } } }`;
    expect(errors(query, [rule])).toHaveLength(1);
  });
});

describe("complexityRule", () => {
  const rule = complexityRule({ maxComplexity: 1000, maxPageSize: 100, maxGraphLimit: 5000 });

  it("prices a model page with its children", () => {
    expect(
      errors('{ model(id: "a") { id children(first: 10) { edges { node { relation } } } } }', [rule]),
    ).toEqual([]);
  });

  it("multiplies nested pages and refuses what is over budget", () => {
    const query = `{ searchModels(query: "x", first: 100) { model {
        children(first: 100) { edges { node { model { id } } } } } } }`;
    const found = errors(query, [rule]);
    expect(found).toHaveLength(1);
    expect(found[0]?.extensions.code).toBe(ApiErrorCode.QUERY_TOO_COMPLEX);
    expect(Number(found[0]?.extensions.complexity)).toBeGreaterThan(1000);
  });

  it("assumes the largest page when the size comes from a variable", () => {
    const query = `query($n: Int) { searchModels(query: "x", first: $n) { model {
        children(first: $n) { edges { node { model { id } } } } } } }`;
    expect(errors(query, [rule])).toHaveLength(1);
  });

  it("prices comments(ids) by the ids given, and a variable list as a full page", () => {
    // A zero budget makes every operation report its price.
    const priced = complexityRule({ maxComplexity: 0, maxPageSize: 100, maxGraphLimit: 5000 });
    const price = (query: string) => Number(errors(query, [priced])[0]?.extensions.complexity);
    const fields = "id body codes { code kind } mentions { kind name }";
    // 1 for the list, × per comment (codes 1 + mentions 1).
    expect(price(`{ comments(ids: ["a", "b", "c"]) { ${fields} } }`)).toBe(1 + 3 * 2);
    expect(price(`query($ids: [ID!]!) { comments(ids: $ids) { ${fields} } }`)).toBe(1 + 100 * 2);
  });

  it("charges graph answers by their limit, not per node", () => {
    expect(
      errors('{ familyTree(modelId: "a", limit: 5000) { nodes { id data } edges { source } } }', [rule]),
    ).toEqual([]);
  });
});

describe("the explorer's own operations", () => {
  it("all pass the server's default depth limit and complexity budget", async () => {
    const { DEFAULT_LIMITS } = await import("../../server/limits/api-limits.ts");
    const exported: Array<[string, unknown]> = Object.entries(await import("../../client/api/queries.ts"));
    const operations = exported.filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === "string" && /^\s*(query|mutation)\b/.test(entry[1]),
    );
    expect(operations.length).toBeGreaterThan(3);
    const rules = [
      depthLimitRule(DEFAULT_LIMITS.maxDepth),
      complexityRule({
        maxComplexity: DEFAULT_LIMITS.maxComplexity,
        maxPageSize: DEFAULT_LIMITS.maxPageSize,
        maxGraphLimit: DEFAULT_LIMITS.maxGraphLimit,
      }),
    ];
    for (const [name, operation] of operations) {
      expect(errors(operation, rules).map((e) => `${name}: ${e.message}`)).toEqual([]);
    }
  });
});
