import { execFileSync } from "node:child_process";
import { Readable } from "node:stream";

import { describe, expect, it } from "vitest";

import { parseNdjsonParallel, type PlacedLine } from "../../../ingest/reddit/parallel-ndjson-parser.ts";
import { parseBlock } from "../../../ingest/reddit/parse-block.ts";

// The first 2,000 real comments of the bundled bulk sample: ~3.5 MB, so the parser cuts several blocks.
const lines = execFileSync(
  "sh",
  ["-c", "zstd -d --long=31 -q -c samples/reddit-bulk/localllama_comments.ndjson.zst | head -n 2000"],
  { maxBuffer: 64 << 20 },
);

describe("parseNdjsonParallel", () => {
  it("gives what one thread gives, in input order, with file line numbers and offsets, over several blocks", async () => {
    // A bad line and a blank one in the middle keep their places.
    const cut = lines.indexOf(10, 1_500_000) + 1;
    const input = Buffer.concat([lines.subarray(0, cut), Buffer.from("{not json\n\n"), lines.subarray(cut)]);
    const serial = parseBlock(input).lines;
    // Chunks of odd sizes, as a stream gives them, so lines straddle chunk and block boundaries.
    const chunks: Buffer[] = [];
    for (let at = 0; at < input.length; at += 700_001) chunks.push(input.subarray(at, at + 700_001));
    const placed: PlacedLine[] = [];
    for await (const block of parseNdjsonParallel(Readable.from(chunks) as AsyncIterable<Buffer>, 2))
      placed.push(...block);

    expect(placed).toHaveLength(2001);
    expect(placed.map((l) => [l.line, l.end])).toEqual(serial.map((l) => [l.line, l.end]));
    expect(placed.map((l) => l.result)).toEqual(serial.map((l) => l.result));
    const bad = placed.find((l) => !l.result.ok);
    expect(bad?.result).toMatchObject({ ok: false, kind: "invalid-json" });
    expect(input.subarray(0, bad!.end).toString("utf8").endsWith("{not json\n")).toBe(true);
  });
});
