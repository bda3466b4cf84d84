/** One line of an NDJSON stream, without its line break. */
export interface SourceLine {
  readonly text: string;
  /** 1-based line number in the (decompressed) file. */
  readonly line: number;
  /** Byte offset just past this line's newline: where a resumed run starts reading. */
  readonly end: number;
}

/** A line that was too long to hold: skipped up to its newline, with its place. */
export interface OverlongLine {
  readonly overlong: true;
  readonly line: number;
  readonly bytes: number;
  readonly end: number;
}

/** Where a stream of lines starts (a resumed run starts mid-file). */
export interface LinePosition {
  readonly offset: number;
  readonly line: number;
}

/**
 * Splits a byte stream into lines, chunk by chunk, over Buffers (no per-byte string work), and yields them in
 * arrays — one per input chunk — so the consumer's per-line cost is JSON.parse, not generator hops. A line longer
 * than `maxLineBytes` is not held: it is skipped to its newline and reported. Memory is bounded by one chunk
 * plus one line. If the stream fails (a truncated .zst), the incomplete line it was reading is dropped and the
 * error propagates, so everything complete before it has been yielded.
 */
export async function* readLines(
  chunks: AsyncIterable<Buffer>,
  start: LinePosition = { offset: 0, line: 0 },
  maxLineBytes = 16 * 2 ** 20,
): AsyncGenerator<(SourceLine | OverlongLine)[]> {
  let carry: Buffer | undefined;
  let offset = start.offset; // byte offset of the first byte of `carry` (or of the next chunk)
  let line = start.line;
  let skipping: { bytes: number } | undefined;
  for await (const chunk of chunks) {
    const out: (SourceLine | OverlongLine)[] = [];
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(10, from);
      if (nl === -1) break;
      line += 1;
      const length = (carry?.length ?? 0) + (nl - from);
      const end = offset + length + 1;
      if (skipping !== undefined) {
        out.push({ overlong: true, line, bytes: skipping.bytes + (nl - from), end });
        skipping = undefined;
      } else if (length > maxLineBytes) {
        out.push({ overlong: true, line, bytes: length, end });
      } else {
        const text =
          carry === undefined
            ? chunk.toString("utf8", from, nl)
            : Buffer.concat([carry, chunk.subarray(from, nl)]).toString("utf8");
        out.push({ text, line, end });
      }
      carry = undefined;
      offset = end;
      from = nl + 1;
    }
    if (from < chunk.length) {
      const rest = chunk.subarray(from);
      const held = carry?.length ?? 0;
      if (skipping !== undefined) {
        skipping.bytes += rest.length;
        offset += rest.length;
      } else if (held + rest.length > maxLineBytes) {
        skipping = { bytes: held + rest.length };
        offset += held + rest.length;
        carry = undefined;
      } else {
        carry = carry === undefined ? Buffer.from(rest) : Buffer.concat([carry, rest]);
      }
    }
    if (out.length > 0) yield out;
  }
  // A last line without a newline is still a line.
  if (skipping !== undefined) {
    yield [{ overlong: true, line: line + 1, bytes: skipping.bytes, end: offset }];
  } else if (carry !== undefined && carry.length > 0) {
    yield [{ text: carry.toString("utf8"), line: line + 1, end: offset + carry.length }];
  }
}
