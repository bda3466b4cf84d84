import { createWriteStream, type WriteStream } from "node:fs";

/** Appends raw Hub API model objects to a JSONL file (`--save`), the format ingestHfSnapshot replays. */
export class SnapshotFile {
  private readonly stream: WriteStream;
  count = 0;

  constructor(file: string) {
    this.stream = createWriteStream(file, { flags: "a", encoding: "utf8" });
  }

  write(raw: Record<string, unknown>): void {
    this.stream.write(`${JSON.stringify(raw)}\n`);
    this.count += 1;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}
