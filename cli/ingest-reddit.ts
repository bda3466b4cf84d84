import type { Command } from "commander";

import { Gateway } from "../db/gateway.ts";
import { IngestReport } from "../ingest/common/ingest-report.ts";
import { ingestRedditFiles } from "../ingest/reddit/ingest-reddit-files.ts";

interface IngestRedditCliOptions {
  resume?: boolean;
  strict?: boolean;
  json?: boolean;
  batchSize?: string;
  progress?: boolean;
  workers?: string;
}

/**
 * `commons ingest reddit FILE_OR_DIR...`: Reddit API responses and Arctic Shift / Pushshift NDJSON (.zst) into the
 * graph. Registered on the `ingest` group that cli/main.ts creates (the HF ingest registers beside it).
 */
export function registerIngestRedditCommand(ingest: Command): void {
  const command = ingest
    .command("reddit")
    .description(
      "load Reddit data: API thread/listing responses (.json), Arctic Shift / Pushshift NDJSON (.jsonl, .ndjson, .zst)",
    )
    .argument("[paths...]", "files or directories (walked for .json, .jsonl, .ndjson, .zst)")
    .option("--resume", "continue each file from its checkpoint; files already loaded are skipped")
    .option("--strict", "exit with status 2 when any record was skipped")
    .option("--json", "print the report as JSON (with every problem) instead of a summary line")
    .option("--batch-size <n>", "records per write transaction", "5000")
    .option("--workers <n>", "parser threads for NDJSON (1: the main thread; 2+: worker threads)", "1")
    .option("--no-progress", "no progress bar or progress lines")
    .action(async (paths: string[], options: IngestRedditCliOptions) => {
      if (paths.length === 0) command.error("error: name at least one file or directory");
      const batchSize = Number(options.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1)
        command.error("error: --batch-size must be a positive integer");
      const workers = Number(options.workers);
      if (!Number.isInteger(workers) || workers < 1)
        command.error("error: --workers must be a positive integer");
      const report = new IngestReport((problem) =>
        console.error(`skipped: ${problem.source} ${problem.where}: ${problem.reason} [${problem.kind}]`),
      );
      const gateway = Gateway.connect();
      try {
        await ingestRedditFiles(gateway, paths, {
          report,
          batchSize,
          workers,
          resume: options.resume === true,
          progress: options.progress !== false,
          log: (line) => console.error(line),
        });
      } finally {
        await gateway.close();
      }
      console.log(options.json ? JSON.stringify(report.toJSON(), null, 2) : report.summary());
      if (options.strict && report.skippedTotal > 0) process.exitCode = 2;
    });
}
