import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";

/**
 * `--save FILE.jsonl`: every record a live run fetched, one Reddit `data` object per line (nested `replies`
 * dropped: the tree is in parent_id), so the run can be replayed offline with `ingest reddit FILE.jsonl` and
 * archived with a study.
 */
export class RecordSaver {
  private readonly stream: WriteStream;
  saved = 0;

  constructor(readonly file: string) {
    this.stream = createWriteStream(file, { flags: "w" });
  }

  /** Queues one record; `extra` adds fields (Arctic Shift records keep a `_meta` so a replay labels them). */
  save(data: unknown, extra?: Record<string, unknown>): void {
    if (typeof data !== "object" || data === null) return;
    const { replies: _replies, ...rest } = data as Record<string, unknown>;
    this.stream.write(`${JSON.stringify(extra === undefined ? rest : { ...rest, ...extra })}\n`);
    this.saved += 1;
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, "finish");
  }
}
