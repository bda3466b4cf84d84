import { describe, expect, it } from "vitest";

import { escapeLucene } from "../../server/input/escape-lucene.ts";

describe("escapeLucene", () => {
  it("escapes every character the Lucene parser gives a meaning to", () => {
    expect(escapeLucene("llama-3.1 (8b)")).toBe("llama\\-3.1 \\(8b\\)");
    expect(escapeLucene('a+b&&c||d!e{f}[g]^h"i~j*k?l:m\\n/o')).toBe(
      'a\\+b\\&\\&c\\|\\|d\\!e\\{f\\}\\[g\\]\\^h\\"i\\~j\\*k\\?l\\:m\\\\n\\/o',
    );
  });

  it("turns upper-case operators into plain words", () => {
    expect(escapeLucene("mistral AND NOT llama OR TO")).toBe("mistral and not llama or to");
  });

  it("says there is nothing to search when no letter or digit is left", () => {
    expect(escapeLucene("")).toBeUndefined();
    expect(escapeLucene('  ~* " ')).toBeUndefined();
    expect(escapeLucene("()")).toBeUndefined();
  });

  it("keeps non-Latin text searchable", () => {
    expect(escapeLucene("通义千问")).toBe("通义千问");
  });
});
