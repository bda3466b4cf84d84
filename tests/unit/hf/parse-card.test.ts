import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { cardDescription, parseCard } from "../../../ingest/hf/parse-card.ts";

describe("parseCard", () => {
  it("reads front matter from a real card with CRLF line ends", () => {
    const text = readFileSync("samples/hf/cards/OpenPipe/mistral-ft-optimized-1227/README.md", "utf8");
    expect(text).toContain("\r\n");
    const card = parseCard(text);
    expect(card.ok && card.data).toMatchObject({
      base_model: expect.arrayContaining(["Intel/neural-chat-7b-v3-3"]) as unknown,
    });
  });

  it("says on which line of the file the YAML breaks", () => {
    const card = parseCard("---\nlicense: mit\nbase_model: [a/b\ntags: x\n---\nbody");
    expect(card).toMatchObject({ ok: false, kind: "invalid-yaml" });
    expect(!card.ok && card.where).toMatch(/^front matter line [3-5]$/);
  });

  it("reports a card without front matter and keeps its body", () => {
    expect(parseCard("# Title\n\nSome prose here.")).toMatchObject({
      ok: false,
      kind: "no-front-matter",
      body: "# Title\n\nSome prose here.",
    });
  });

  it("reports front matter that is never closed", () => {
    expect(parseCard("---\nlicense: mit\n")).toMatchObject({
      ok: false,
      kind: "invalid-yaml",
      where: "front matter",
    });
  });
});

describe("cardDescription", () => {
  it("takes the first prose, without HTML, images, headings or link syntax", () => {
    const body = readFileSync("samples/hf/cards/TheBloke/MythoMax-L2-13B-GGUF/README.md", "utf8");
    const description = cardDescription(parseCard(body).body) ?? "";
    expect(description).not.toMatch(/<|\]\(|^#/);
    expect(description.length).toBeGreaterThan(40);
    expect(description.length).toBeLessThanOrEqual(500);
  });

  it("is undefined when there is no prose", () => {
    expect(cardDescription("# Heading\n\n| a | b |\n|---|---|\n\n![img](x.png)")).toBeUndefined();
  });
});
