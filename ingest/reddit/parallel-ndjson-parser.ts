import { Worker } from "node:worker_threads";

import type { BlockLine, ParsedBlock } from "./parse-block.ts";
import type { ParseRequest } from "./parse-worker.ts";
import type { RedditSource } from "./reddit-rows.ts";
import type { LinePosition } from "../common/read-lines.ts";

/** A parsed line with its place in the file. */
export interface PlacedLine {
  readonly line: number;
  /** Byte offset past the line: where a resumed run starts. */
  readonly end: number;
  readonly result: BlockLine["result"];
}

const BLOCK_BYTES = 1 << 20;

/**
 * JSON.parse + normalize on worker threads: the main thread only cuts the byte stream into blocks that end at a
 * newline and hands them out; results come back in input order (a window of blocks in flight per worker), so
 * batches, checkpoints and line numbers are the same as with one thread. Bounded memory: at most
 * `workers * 2` blocks are in flight.
 */
export async function* parseNdjsonParallel(
  chunks: AsyncIterable<Buffer>,
  workers: number,
  start: LinePosition = { offset: 0, line: 0 },
  source?: RedditSource,
): AsyncGenerator<PlacedLine[]> {
  const pool = Array.from({ length: workers }, () => startWorker());
  const waiting = new Map<
    number,
    { resolve: (block: ParsedBlock) => void; reject: (error: Error) => void }
  >();
  // A worker that dies fails the run instead of leaving it waiting forever: every block still awaited rejects.
  let failure: Error | undefined;
  for (const worker of pool) {
    worker.on("message", (message: ParsedBlock & { seq: number }) => {
      waiting.get(message.seq)?.resolve(message);
      waiting.delete(message.seq);
    });
    worker.on("error", (error) => {
      failure ??= error;
      for (const { reject } of waiting.values()) reject(error);
      waiting.clear();
    });
  }
  const inFlight: { seq: number; offset: number; done: Promise<ParsedBlock> }[] = [];
  let seq = 0;
  let offset = start.offset;
  let line = start.line;
  const send = (parts: Buffer[], length: number): void => {
    // A buffer of its own (never Node's shared pool), so it can be transferred to the worker without a copy.
    const bytes = Buffer.allocUnsafeSlow(length);
    let at = 0;
    for (const part of parts) at += part.copy(bytes, at);
    const request: ParseRequest = { seq, bytes, ...(source !== undefined ? { source } : {}) };
    const done = new Promise<ParsedBlock>((resolve, reject) => {
      if (failure === undefined) waiting.set(request.seq, { resolve, reject });
      else reject(failure);
    });
    done.catch(() => undefined); // awaited in order by receive(); a rejection before then is not "unhandled"
    pool[seq % pool.length]!.postMessage(request, [bytes.buffer]);
    inFlight.push({ seq, offset, done });
    offset += length; // not bytes.length: transferring the buffer has emptied `bytes`
    seq += 1;
  };
  const receive = async (): Promise<PlacedLine[]> => {
    const next = inFlight.shift()!;
    const block = await next.done;
    const placed = block.lines.map((l) => ({
      line: line + l.line,
      end: next.offset + l.end,
      result: l.result,
    }));
    line += block.lineCount;
    return placed;
  };
  try {
    let carry: Buffer[] = [];
    let carried = 0;
    for await (const chunk of chunks) {
      const nl = chunk.lastIndexOf(10);
      if (nl === -1) {
        carry.push(chunk);
        carried += chunk.length;
        continue;
      }
      carry.push(chunk.subarray(0, nl + 1));
      carried += nl + 1;
      if (carried >= BLOCK_BYTES) {
        send(carry, carried);
        carry = [];
        carried = 0;
      }
      if (nl + 1 < chunk.length) {
        carry.push(chunk.subarray(nl + 1));
        carried += chunk.length - nl - 1;
      }
      while (inFlight.length >= pool.length * 2) yield await receive();
    }
    if (carried > 0) send(carry, carried);
    while (inFlight.length > 0) yield await receive();
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}

/**
 * Starts a parser worker. The worker is TypeScript, like the rest of the code: a tiny bootstrap registers tsx's
 * loader in the worker thread first (a worker does not inherit the main thread's loader hooks on Node 20).
 */
function startWorker(): Worker {
  const entry = new URL("./parse-worker.ts", import.meta.url).href;
  const bootstrap = `import("tsx/esm/api").then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true });
}
