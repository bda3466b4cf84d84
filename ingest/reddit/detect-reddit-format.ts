import { open } from "node:fs/promises";

/** How a file is read: one JSON document (an API response), NDJSON lines, or NDJSON inside zstd. */
export type RedditFileFormat = "document" | "ndjson" | "ndjson-zst" | "unknown";

const ZSTD_MAGIC = 0xfd2fb528;

/**
 * Decides a file's format from its first bytes (the extension only breaks a tie): zstd magic → compressed
 * NDJSON; a first line that is a whole JSON object other than a Listing → NDJSON; otherwise a JSON document
 * starting with `[` or `{` → an API response (pretty-printed ones span many lines).
 */
export async function detectRedditFormat(file: string): Promise<RedditFileFormat> {
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(1 << 16);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const bytes = head.subarray(0, bytesRead);
    if (bytes.length >= 4 && bytes.readUInt32LE(0) === ZSTD_MAGIC) return "ndjson-zst";
    if (/\.zst$/i.test(file)) return "ndjson-zst"; // not zstd inside: zstd itself will say so, with its reason
    const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
    const first = text.trimStart()[0];
    if (first === "[") return "document";
    if (first !== "{") return /\.(jsonl|ndjson)$/i.test(file) ? "ndjson" : "unknown";
    if (/\.(jsonl|ndjson)$/i.test(file)) return "ndjson";
    const newline = text.indexOf("\n");
    const firstLine = newline === -1 ? text : text.slice(0, newline);
    try {
      const value = JSON.parse(firstLine) as { kind?: unknown };
      return value.kind === "Listing" && (newline === -1 || text.slice(newline).trim() === "")
        ? "document"
        : "ndjson";
    } catch {
      return "document"; // a pretty-printed object (or broken JSON, which the document reader reports)
    }
  } finally {
    await handle.close();
  }
}
