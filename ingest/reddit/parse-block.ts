import type { NormalizeResult } from "./normalize-reddit-thing.ts";
import { parseNdjsonLine } from "./parse-ndjson-line.ts";
import type { RedditSource } from "./reddit-rows.ts";

/** One parsed line of a block: its 1-based number in the block, the byte offset past it, and the outcome. */
export interface BlockLine {
  readonly line: number;
  readonly end: number;
  readonly result:
    NormalizeResult | { readonly ok: false; readonly kind: "line-too-long"; readonly reason: string };
}

/** A block's outcome: every non-blank line's result, and how many lines it held (blank ones included). */
export interface ParsedBlock {
  readonly lines: BlockLine[];
  readonly lineCount: number;
}

/**
 * Parses a block of whole NDJSON lines (the unit of work a parser worker gets): splits on newlines over the
 * bytes, JSON.parse + normalize per line. Offsets and line numbers are relative to the block.
 */
export function parseBlock(
  bytes: Uint8Array,
  source?: RedditSource,
  maxLineBytes = 16 * 2 ** 20,
): ParsedBlock {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lines: BlockLine[] = [];
  let from = 0;
  let line = 0;
  while (from < buffer.length) {
    let nl = buffer.indexOf(10, from);
    if (nl === -1) nl = buffer.length;
    line += 1;
    const end = Math.min(nl + 1, buffer.length);
    if (nl - from > maxLineBytes) {
      const bytesLong = (nl - from).toLocaleString("en");
      lines.push({
        line,
        end,
        result: { ok: false, kind: "line-too-long", reason: `${bytesLong} bytes in one line` },
      });
    } else {
      const result = parseNdjsonLine(buffer.toString("utf8", from, nl), source);
      if (result !== undefined) lines.push({ line, end, result });
    }
    from = nl + 1;
  }
  return { lines, lineCount: line };
}
