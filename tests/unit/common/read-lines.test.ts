import { describe, expect, it } from "vitest";

import { readLines, type OverlongLine, type SourceLine } from "../../../ingest/common/read-lines.ts";

async function collect(chunks: string[], start?: { offset: number; line: number }, max?: number) {
  async function* source(): AsyncGenerator<Buffer> {
    for (const chunk of chunks) yield await Promise.resolve(Buffer.from(chunk));
  }
  const out: (SourceLine | OverlongLine)[] = [];
  for await (const lines of readLines(source(), start, max)) out.push(...lines);
  return out;
}

describe("readLines", () => {
  it("splits lines across chunk boundaries with line numbers and byte offsets past each newline", async () => {
    const text = '{"a":"é"}\n{"b":2}\n\n{"c":3}';
    const lines = await collect(['{"a":"', 'é"}\n{"b"', ":2}\n\n", '{"c":3}']);
    expect(lines).toEqual([
      { text: '{"a":"é"}', line: 1, end: Buffer.byteLength('{"a":"é"}\n') },
      { text: '{"b":2}', line: 2, end: Buffer.byteLength('{"a":"é"}\n{"b":2}\n') },
      { text: "", line: 3, end: Buffer.byteLength('{"a":"é"}\n{"b":2}\n\n') },
      { text: '{"c":3}', line: 4, end: Buffer.byteLength(text) }, // the last line needs no newline
    ]);
  });

  it("resumes from a saved position: offsets and line numbers continue", async () => {
    const lines = await collect(["x\ny\n"], { offset: 100, line: 7 });
    expect(lines).toEqual([
      { text: "x", line: 8, end: 102 },
      { text: "y", line: 9, end: 104 },
    ]);
  });

  it("skips a line longer than the limit to its newline, without holding it, and keeps the lines after it", async () => {
    const lines = await collect(["ok\n", "a".repeat(30), "b".repeat(30), "c\nnext\n"], undefined, 40);
    expect(lines).toEqual([
      { text: "ok", line: 1, end: 3 },
      { overlong: true, line: 2, bytes: 61, end: 65 },
      { text: "next", line: 3, end: 70 },
    ]);
  });

  it("drops an incomplete last line when the stream fails, after yielding everything before it", async () => {
    async function* failing(): AsyncGenerator<Buffer> {
      yield await Promise.resolve(Buffer.from('{"a":1}\n{"b":'));
      throw new Error("cut short");
    }
    const seen: string[] = [];
    await expect(async () => {
      for await (const lines of readLines(failing()))
        for (const line of lines) seen.push((line as SourceLine).text);
    }).rejects.toThrow("cut short");
    expect(seen).toEqual(['{"a":1}']);
  });
});
