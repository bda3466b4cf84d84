import { createReadStream } from "node:fs";
import path from "node:path";

import type { Gateway } from "../../db/gateway.ts";
import { clearCheckpoints, readCheckpoint } from "../common/checkpoint.ts";
import { readLines } from "../common/read-lines.ts";
import { WritesInFlight } from "../common/writes-in-flight.ts";
import type { IngestProblem } from "../common/ingest-report.ts";
import { HfGraphWriter } from "./hf-graph-writer.ts";
import { HfIngestReport } from "./hf-ingest-report.ts";
import { isProblem, normalizeHubModel } from "./normalize-hub-model.ts";

/** Options for ingestHfSnapshot. */
export interface IngestHfSnapshotOptions {
  readonly batchSize?: number;
  /** Continue after the last line a previous run committed (the checkpoint is kept in the graph). */
  readonly resume?: boolean;
  readonly onProblem?: (problem: IngestProblem) => void;
  /** Told after each committed batch, with the lines read so far. */
  readonly onBatch?: (lines: number) => void;
  readonly report?: HfIngestReport;
}

interface SnapshotState {
  readonly line: number;
}

/**
 * Replays a snapshot: one Hub API model object per line (what `--save` writes during a crawl), so a crawl
 * can be archived with a study and loaded offline. A newer snapshot updates downloads, likes and the rest.
 * Each batch commits with the line it reached, so `resume` continues where a stopped run left off.
 */
export async function ingestHfSnapshot(
  gateway: Gateway,
  file: string,
  options: IngestHfSnapshotOptions = {},
): Promise<HfIngestReport> {
  const report = options.report ?? new HfIngestReport(options.onProblem);
  const batchSize = options.batchSize ?? 2000;
  const writer = new HfGraphWriter(gateway, report, { batchSize: Number.MAX_SAFE_INTEGER });
  const source = path.resolve(file);
  const checkpointKey = `hf:snapshot:${source}`;
  let skipTo = 0;
  if (options.resume === true) {
    const saved = await readCheckpoint<SnapshotState>(gateway, checkpointKey);
    if (saved?.done === true) return report;
    skipTo = saved?.state.line ?? 0;
  } else {
    await clearCheckpoints(gateway, checkpointKey);
  }

  const inFlight = new WritesInFlight(2);
  let line = 0;
  // Whole chunks split over Buffers (the Reddit reader's), not node:readline, whose per-line events and
  // promises cost about as much client CPU as parsing the lines.
  for await (const lines of readLines(createReadStream(source, { highWaterMark: 2 ** 20 }))) {
    for (const item of lines) {
      line = item.line;
      if (line <= skipTo) continue;
      if ("overlong" in item) {
        report.refuse({
          kind: "line-too-long",
          source,
          where: `line ${line}`,
          reason: `${item.bytes.toLocaleString("en")} bytes in one line; not a model record`,
        });
        continue;
      }
      const { text } = item;
      if (text.trim() === "") continue;
      let value: unknown;
      try {
        value = JSON.parse(text) as unknown;
      } catch (error) {
        report.refuse({
          kind: "invalid-json",
          source,
          where: `line ${line}`,
          reason: `${error instanceof Error ? error.message : String(error)}${text.length > 0 && !text.trimEnd().endsWith("}") ? " (truncated line?)" : ""}`,
        });
        continue;
      }
      const entry = normalizeHubModel(value, { source: "snapshot", file: source, where: `line ${line}` });
      if (isProblem(entry)) {
        report.refuse(entry);
        continue;
      }
      await writer.add(entry);
      if (writer.pending >= batchSize) {
        // Two batches in flight while the next is parsed: Neo4j works on one while the other commits, and the
        // writer lets the later one wait for the earlier wherever they meet (HfGraphWriter.flush), so batches
        // still commit in order and the cycle check of each sees the ones before.
        await inFlight.waitForRoom();
        const reached = line;
        inFlight.start(
          writer
            .flush({ key: checkpointKey, state: { line: reached } satisfies SnapshotState })
            .then(() => options.onBatch?.(reached)),
        );
      }
    }
  }
  await inFlight.waitForAll();
  await writer.flush({ key: checkpointKey, state: { line } satisfies SnapshotState, done: true });
  options.onBatch?.(line);
  return report;
}
