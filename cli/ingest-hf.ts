import path from "node:path";

import type { Command } from "commander";

import { Gateway } from "../db/gateway.ts";
import { HttpError } from "../ingest/common/http-client.ts";
import type { IngestProblem } from "../ingest/common/ingest-report.ts";
import { Progress } from "../ingest/common/progress.ts";
import { crawlHfAll } from "../ingest/hf/crawl-hf-all.ts";
import { crawlHfModel } from "../ingest/hf/crawl-hf-model.ts";
import { parseModelRef } from "../ingest/hf/hf-id.ts";
import { HfIngestReport } from "../ingest/hf/hf-ingest-report.ts";
import { ingestHfCards } from "../ingest/hf/ingest-hf-cards.ts";
import { ingestHfSnapshot } from "../ingest/hf/ingest-hf-snapshot.ts";
import { ingestHfTrending } from "../ingest/hf/ingest-hf-trending.ts";
import { ingestHfTree } from "../ingest/hf/ingest-hf-tree.ts";
import { SnapshotFile } from "../ingest/hf/snapshot-file.ts";

interface IngestHfOptions {
  cards?: string[];
  tree?: string[];
  snapshot?: string[];
  trending?: string[];
  model?: string;
  up: string;
  down: string;
  maxModels: string;
  all?: boolean;
  since?: string;
  save?: string;
  hubUrl: string;
  resume?: boolean;
  json?: boolean;
  quiet?: boolean;
}

/** A mistake in the command line: reported in one line, no stack. */
class UsageError extends Error {
  override readonly name = "UsageError";
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** `commons ingest hf …`: model cards, tree crawls, snapshots, and live crawls of the Hub. */
export function registerIngestHfCommand(ingest: Command): void {
  ingest
    .command("hf")
    .description("load Hugging Face models, family trees (DERIVED_FROM), accounts and datasets")
    .option("--cards <dir>", "model cards laid out ORG/NAME/README.md (repeatable)", collect)
    .option("--tree <file>", "a family-tree crawl JSON ({models: [...]}) (repeatable)", collect)
    .option("--snapshot <file>", "a JSONL snapshot, one Hub API model object per line (repeatable)", collect)
    .option(
      "--trending <file>",
      "a saved /api/trending response (models with their authors' kind and fullname) (repeatable)",
      collect,
    )
    .option("--model <id>", "crawl the Hub live around ORG/NAME")
    .option("--up <n>", "with --model: levels of ancestors", "2")
    .option("--down <n>", "with --model: levels of descendants", "2")
    .option("--max-models <n>", "with --model: stop after this many models", "1000")
    .option("--all", "page through the whole Hub (resumable with --resume)")
    .option("--since <date>", "with --all: only models changed since this date (ISO 8601)")
    .option("--save <file>", "with --model or --all: append every fetched API object to this JSONL file")
    .option("--hub-url <url>", "the Hub to crawl", "https://huggingface.co")
    .option("--resume", "continue a stopped --all or --snapshot run from its checkpoint")
    .option("--json", "print the report as JSON")
    .option("--quiet", "do not print each problem as it is found")
    .action(async (options: IngestHfOptions, command: Command) => {
      try {
        await runIngestHf(options);
      } catch (error) {
        // Usage mistakes and HTTP failures get one line; database errors go to the shared reporter.
        if (error instanceof UsageError || error instanceof HttpError)
          command.error(`commons ingest hf: ${error.message}`);
        throw error;
      }
    });
}

async function runIngestHf(options: IngestHfOptions): Promise<void> {
  const sources = [
    options.cards,
    options.tree,
    options.snapshot,
    options.trending,
    options.model,
    options.all,
  ].filter((s) => s !== undefined);
  if (sources.length === 0) {
    throw new UsageError("give --cards, --tree, --snapshot, --trending, --model or --all");
  }
  const onProblem = (problem: IngestProblem): void => {
    if (options.quiet !== true)
      console.error(`skipped (${problem.kind}) ${problem.source} ${problem.where}: ${problem.reason}`);
  };
  const report = new HfIngestReport(onProblem);
  const progress = new Progress("hf", { unit: "models" });
  const hub = {
    hubUrl: options.hubUrl,
    token: process.env.HF_TOKEN || undefined,
    onWait: (ms: number, reason: string) => progress.wait(reason, ms),
  };
  const save = options.save !== undefined ? new SnapshotFile(path.resolve(options.save)) : undefined;
  const gateway = Gateway.connect();
  try {
    for (const dir of options.cards ?? []) await ingestHfCards(gateway, dir, { report });
    for (const file of options.tree ?? []) await ingestHfTree(gateway, file, { report });
    for (const file of options.snapshot ?? []) {
      let last = 0;
      await ingestHfSnapshot(gateway, file, {
        report,
        resume: options.resume === true,
        onBatch: (line) => {
          progress.tick(line - last);
          last = line;
        },
      });
    }
    for (const file of options.trending ?? []) await ingestHfTrending(gateway, file, { report });
    if (options.model !== undefined) {
      const root = parseModelRef(options.model);
      if (!root.ok) throw new UsageError(`--model: ${root.reason}`);
      const crawl = await crawlHfModel(gateway, options.model, {
        ...hub,
        up: positive(options.up, "--up"),
        down: positive(options.down, "--down"),
        maxModels: positive(options.maxModels, "--max-models"),
        onProblem,
        onModel: () => progress.tick(1),
        ...(save !== undefined ? { save } : {}),
      });
      merge(report, crawl);
    }
    if (options.all === true) {
      const crawl = await crawlHfAll(gateway, {
        ...hub,
        resume: options.resume === true,
        onProblem,
        onPage: (models) => progress.tick(models),
        ...(options.since !== undefined ? { since: sinceDate(options.since) } : {}),
        ...(save !== undefined ? { save } : {}),
      });
      merge(report, crawl);
    }
  } finally {
    progress.done();
    await save?.close();
    await gateway.close();
  }
  console.log(options.json === true ? JSON.stringify(report.toJSON(), null, 2) : report.summary());
}

/** A crawl keeps its own report (it counts its requests); fold it into the run's. */
function merge(into: HfIngestReport, from: HfIngestReport): void {
  into.read += from.read;
  into.created += from.created;
  into.updated += from.updated;
  into.unchanged += from.unchanged;
  into.links += from.links;
  into.linksRefused += from.linksRefused;
  into.placeholders += from.placeholders;
  into.requests += from.requests;
  for (const [kind, count] of from.skipped) into.skipped.set(kind, (into.skipped.get(kind) ?? 0) + count);
  into.problems.push(...from.problems.slice(0, Math.max(0, 1000 - into.problems.length)));
}

function positive(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`${flag}: expected a whole number, got ${JSON.stringify(value)}`);
  return n;
}

function sinceDate(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`--since: ${JSON.stringify(value)} is not a date (use ISO 8601, e.g. 2025-01-31)`);
  return date;
}
