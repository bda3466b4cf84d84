import { createReadStream } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";

import type { Gateway } from "../../db/gateway.ts";
import { clearCheckpoints, readCheckpoint } from "../common/checkpoint.ts";
import { IngestReport, type IngestProblem } from "../common/ingest-report.ts";
import { Progress } from "../common/progress.ts";
import { detectRedditFormat, type RedditFileFormat } from "./detect-reddit-format.ts";
import { awaitPostSearch } from "./await-post-search.ts";
import { attachMoreChildren, collectApiThings } from "./collect-api-things.ts";
import { parseNdjsonLine } from "./parse-ndjson-line.ts";
import { parseNdjsonParallel, type PlacedLine } from "./parallel-ndjson-parser.ts";
import { readLines, type LinePosition } from "../common/read-lines.ts";
import { RedditBatch } from "./reddit-batch.ts";
import type { RedditSource } from "./reddit-rows.ts";
import { apiResponseShape, walkApiResponse } from "./walk-api-response.ts";
import { writeRedditBatch, type BatchCheckpoint } from "./write-reddit-batch.ts";
import { ZstdError, zstdChunks } from "./zstd-stream.ts";

/** Options of an ingest run over files. */
export interface IngestRedditOptions {
  /** Continue each file from its checkpoint (files already done are skipped). Default: start over. */
  readonly resume?: boolean;
  /** Records per write transaction. */
  readonly batchSize?: number;
  /** Show a progress bar (terminal) or log lines on stderr. */
  readonly progress?: boolean;
  /** Where to say what happens (file started, skipped, done); default: nothing. */
  readonly log?: (line: string) => void;
  /** Label every record with this source instead of detecting it per record (_meta → arctic-shift …). */
  readonly source?: RedditSource;
  /** Parser threads for NDJSON: 1 parses on the main thread; more use worker threads (same results, same order). */
  readonly workers?: number;
  /** Add to this report instead of a new one (a run over several inputs ends with one summary). */
  readonly report?: IngestReport;
}

/** Files in a directory that may hold Reddit data; others (LICENSE, README) are passed over. */
const DATA_FILE = /\.(json|jsonl|ndjson|zst)$/i;

/** Checkpoint keys of this ingest: `reddit:file:<absolute path>`. */
export const REDDIT_FILE_CHECKPOINT_PREFIX = "reddit:file:";

/** What a file's checkpoint holds: how far it was loaded, and its size (a changed file starts over). */
interface FileState {
  readonly offset: number;
  readonly line: number;
  readonly size: number;
}

/**
 * Loads Reddit files into the graph: Reddit API thread and listing responses (.json), and NDJSON of Reddit objects
 * (Arctic Shift, Pushshift: .jsonl, .ndjson, .zst). Directories are walked. Each file's format is detected from
 * its content; NDJSON is streamed in batches, each written with the file's checkpoint in one transaction. Bad
 * records are reported with file, line or JSON path and reason, and skipped; the rest loads.
 */
export async function ingestRedditFiles(
  gateway: Gateway,
  paths: string[],
  options: IngestRedditOptions = {},
): Promise<IngestReport> {
  const report = options.report ?? new IngestReport();
  const files = await expandPaths(paths, report);
  if (!options.resume) {
    for (const file of files) await clearCheckpoints(gateway, checkpointKey(file));
  }
  for (const file of files) {
    await ingestFile(gateway, file, report, options);
  }
  await awaitPostSearch(gateway);
  return report;
}

async function expandPaths(paths: string[], report: IngestReport): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    let info;
    try {
      info = await stat(given);
    } catch (error) {
      report.skip({
        kind: "unreadable-file",
        source: given,
        where: "file",
        reason: (error as Error).message,
      });
      continue;
    }
    if (info.isDirectory()) {
      const entries = await readdir(given, { recursive: true, withFileTypes: true });
      files.push(
        ...entries
          .filter((entry) => entry.isFile() && DATA_FILE.test(entry.name))
          .map((entry) => path.join(entry.parentPath, entry.name))
          .sort(),
      );
    } else files.push(given);
  }
  return files;
}

function checkpointKey(file: string): string {
  return `${REDDIT_FILE_CHECKPOINT_PREFIX}${path.resolve(file)}`;
}

async function ingestFile(
  gateway: Gateway,
  file: string,
  report: IngestReport,
  options: IngestRedditOptions,
): Promise<void> {
  const log = options.log ?? (() => undefined);
  let format: RedditFileFormat;
  let size: number;
  try {
    size = (await stat(file)).size;
    format = await detectRedditFormat(file);
  } catch (error) {
    report.skip({ kind: "unreadable-file", source: file, where: "file", reason: (error as Error).message });
    return;
  }
  if (format === "unknown") {
    report.skip({
      kind: "unknown-format",
      source: file,
      where: "file",
      reason: "neither a Reddit API response (.json) nor NDJSON of Reddit objects (.jsonl, .ndjson, .zst)",
    });
    return;
  }
  const key = checkpointKey(file);
  let start: FileState = { offset: 0, line: 0, size };
  if (options.resume) {
    const saved = await readCheckpoint<FileState>(gateway, key);
    if (saved !== undefined && saved.state.size === size) {
      if (saved.done) {
        log(`${file}: already loaded (checkpoint), skipped`);
        return;
      }
      start = saved.state;
      if (start.offset > 0) log(`${file}: resuming at line ${start.line + 1}`);
    }
  }
  const before = report.loaded;
  if (format === "document") await ingestDocument(gateway, file, key, size, report, options);
  else await ingestNdjson(gateway, file, format, key, start, report, options);
  log(`${file}: ${(report.loaded - before).toLocaleString("en")} records loaded`);
}

/** A Reddit API response: small, parsed whole, walked with JSON paths; written as one batch. */
async function ingestDocument(
  gateway: Gateway,
  file: string,
  key: string,
  size: number,
  report: IngestReport,
  options: IngestRedditOptions,
): Promise<void> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    report.skip({
      kind: "invalid-json",
      source: file,
      where: "file",
      reason: `not JSON: ${(error as Error).message}`,
    });
    return;
  }
  const shape = apiResponseShape(json);
  if (shape === undefined) {
    report.skip({
      kind: "unknown-format",
      source: file,
      where: "$",
      reason: "JSON, but not a Reddit API thread response, Listing or morechildren response",
    });
    return;
  }
  const batch = new RedditBatch();
  const more = collectApiThings(walkApiResponse(json, shape), batch, report, file, options.source);
  if (shape === "thread") attachMoreChildren(batch, more, report, file);
  const counts = await writeRedditBatch(gateway, batch, {
    key,
    state: { offset: size, line: 0, size } satisfies FileState,
    done: true,
  });
  addCounts(report, counts);
}

/** NDJSON (plain or .zst), streamed: batches written as they fill, each with the file's position. */
async function ingestNdjson(
  gateway: Gateway,
  file: string,
  format: "ndjson" | "ndjson-zst",
  key: string,
  start: FileState,
  report: IngestReport,
  options: IngestRedditOptions,
): Promise<void> {
  const batchSize = options.batchSize ?? 5000;
  const progress = options.progress
    ? new Progress(path.basename(file), { unit: "records", total: start.size })
    : undefined;
  let position = start.offset;
  const chunks =
    format === "ndjson-zst"
      ? skipBytes(
          zstdChunks(file, (bytes) => (position = bytes)),
          start.offset,
        )
      : createReadStream(file, { start: start.offset, highWaterMark: 1 << 20 });
  let batch = new RedditBatch();
  let pending: Promise<void> | undefined;
  let last = { offset: start.offset, line: start.line };
  // One write in flight while the next batch is parsed: the database and the parser work at the same time.
  const flush = async (done: boolean): Promise<void> => {
    await pending;
    const full = batch;
    batch = new RedditBatch();
    const checkpoint: BatchCheckpoint = {
      key,
      state: { ...last, size: start.size } satisfies FileState,
      done,
    };
    pending = writeRedditBatch(gateway, full, checkpoint).then((counts) => {
      addCounts(report, counts);
      progress?.tick(full.size, format === "ndjson" ? last.offset : position);
    });
    // Keep a rejected write from being "unhandled" before it is awaited; the next flush rethrows it.
    pending.catch(() => undefined);
  };
  try {
    const parsed =
      (options.workers ?? 1) > 1
        ? parseNdjsonParallel(chunks as AsyncIterable<Buffer>, options.workers ?? 1, start, options.source)
        : parseSerially(chunks as AsyncIterable<Buffer>, start, options.source);
    for await (const lines of parsed) {
      for (const { line, end, result } of lines) {
        last = { offset: end, line };
        report.read += 1;
        const where = `line ${line}`;
        if (!result.ok) {
          report.skip({ kind: result.kind, source: file, where, reason: result.reason });
          continue;
        }
        const duplicate = batch.add(result.item, file, where);
        if (duplicate !== undefined) report.skip(duplicate);
        if (batch.size >= batchSize) await flush(false);
      }
    }
  } catch (error) {
    if (!(error instanceof ZstdError)) throw error;
    report.skip({
      kind: "truncated-zst",
      source: file,
      where: `after line ${last.line}`,
      reason: `${error.message}; the ${last.line.toLocaleString("en")} lines before were read`,
    });
    await flush(false);
    await pending;
    progress?.done();
    return;
  }
  await flush(true);
  await pending;
  progress?.done();
}

/** The one-thread parser: lines split on the main thread, JSON.parse + normalize in line order; blank lines dropped. */
async function* parseSerially(
  chunks: AsyncIterable<Buffer>,
  start: LinePosition,
  source: RedditSource | undefined,
): AsyncGenerator<PlacedLine[]> {
  for await (const lines of readLines(chunks, start)) {
    const out: PlacedLine[] = [];
    for (const line of lines) {
      if ("overlong" in line) {
        const reason = `${line.bytes.toLocaleString("en")} bytes in one line; not a Reddit record`;
        out.push({ line: line.line, end: line.end, result: { ok: false, kind: "line-too-long", reason } });
        continue;
      }
      const result = parseNdjsonLine(line.text, source);
      if (result !== undefined) out.push({ line: line.line, end: line.end, result });
    }
    yield out;
  }
}

/** Drops the first `count` bytes of a stream (a resumed .zst is decompressed from its start). */
async function* skipBytes(chunks: AsyncIterable<Buffer>, count: number): AsyncGenerator<Buffer> {
  let left = count;
  for await (const chunk of chunks) {
    if (left >= chunk.length) {
      left -= chunk.length;
      continue;
    }
    yield left > 0 ? chunk.subarray(left) : chunk;
    left = 0;
  }
}

function addCounts(
  report: IngestReport,
  counts: { created: number; updated: number; unchanged: number },
): void {
  report.created += counts.created;
  report.updated += counts.updated;
  report.unchanged += counts.unchanged;
}

export type { IngestProblem };
