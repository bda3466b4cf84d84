import { parentPort } from "node:worker_threads";

import { parseBlock } from "./parse-block.ts";
import type { RedditSource } from "./reddit-rows.ts";

/** A request to a parser worker: a block of whole lines, its sequence number, an optional source label. */
export interface ParseRequest {
  readonly seq: number;
  readonly bytes: Uint8Array;
  readonly source?: RedditSource;
}

// Worker entry (see parallel-ndjson-parser.ts): parse each block and send its rows back in one message.
// (Sending them as one JSON string instead measured slower: stringify + parse cost more than structured clone.)
parentPort?.on("message", (request: ParseRequest) => {
  parentPort?.postMessage({ seq: request.seq, ...parseBlock(request.bytes, request.source) });
});
