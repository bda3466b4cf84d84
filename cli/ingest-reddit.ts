import type { Command } from "commander";

import { Gateway } from "../db/gateway.ts";
import { IngestReport } from "../ingest/common/ingest-report.ts";
import { Progress } from "../ingest/common/progress.ts";
import { ArcticShiftClient } from "../ingest/reddit/arctic-shift-client.ts";
import { ingestRedditFiles } from "../ingest/reddit/ingest-reddit-files.ts";
import {
  ingestArcticShift,
  ingestRedditApiListing,
  ingestRedditApiThread,
} from "../ingest/reddit/ingest-reddit-live.ts";
import { RedditApiClient } from "../ingest/reddit/reddit-api-client.ts";

interface IngestRedditCliOptions {
  resume?: boolean;
  strict?: boolean;
  json?: boolean;
  batchSize: string;
  workers: string;
  progress?: boolean;
  arcticShift?: boolean;
  api?: boolean;
  subreddit: string;
  after?: string;
  before?: string;
  thread?: string;
  listing?: string;
  limit: string;
  baseUrl?: string;
  save?: string;
  userAgent?: string;
}

const DEFAULT_USER_AGENT = "script:commons-graph:0.1 (research knowledge graph of r/LocalLLaMA)";

/**
 * `commons ingest reddit FILE_OR_DIR...` (Reddit API responses, Arctic Shift / Pushshift NDJSON and .zst), or a
 * live source: `--arctic-shift --subreddit S --after D --before D`, `--api --thread ID_OR_URL`,
 * `--api --listing new|top --limit N`. Registered on the `ingest` group that cli/main.ts creates.
 */
export function registerIngestRedditCommand(ingest: Command): void {
  const command = ingest
    .command("reddit")
    .description(
      "load Reddit data: API thread/listing responses (.json), Arctic Shift / Pushshift NDJSON (.jsonl, .ndjson, .zst), or live from Arctic Shift or the Reddit API",
    )
    .argument("[paths...]", "files or directories (walked for .json, .jsonl, .ndjson, .zst)")
    .option("--resume", "continue each file from its checkpoint; files already loaded are skipped")
    .option("--strict", "exit with status 2 when any record was skipped")
    .option("--json", "print the report as JSON (with every problem) instead of a summary line")
    .option("--batch-size <n>", "records per write transaction", "5000")
    .option(
      "--workers <n>",
      "parser threads for NDJSON (1: the main thread; 2+: worker threads, which pay off only with more than " +
        "2 cores, since the main thread still receives every parsed record)",
      "1",
    )
    .option("--no-progress", "no progress bar or progress lines")
    .option("--arctic-shift", "live: posts and comment trees from the Arctic Shift API")
    .option("--api", "live: the Reddit API (app-only OAuth: REDDIT_CLIENT_ID, REDDIT_CLIENT_SECRET)")
    .option("--subreddit <name>", "subreddit of a live run", "LocalLLaMA")
    .option("--after <date>", "Arctic Shift: posts created after (ISO date/time or Unix seconds)")
    .option("--before <date>", "Arctic Shift: posts created before (ISO date/time or Unix seconds)")
    .option("--thread <idOrUrl>", "Reddit API: one thread, every folded reply expanded")
    .option("--listing <sort>", "Reddit API: the subreddit's listing, new or top")
    .option("--limit <n>", "Reddit API listing: how many posts", "100")
    .option("--base-url <url>", "live: API root (tests use a local stand-in)")
    .option("--save <file>", "live: also write every fetched record to this NDJSON file, for offline replay")
    .option("--user-agent <text>", "live: User-Agent (default: REDDIT_USER_AGENT or a descriptive one)")
    .action(async (paths: string[], options: IngestRedditCliOptions) => {
      const fail = (message: string): never => command.error(`error: ${message}`);
      const batchSize = positiveInt(options.batchSize) ?? fail("--batch-size must be a positive integer");
      const workers = positiveInt(options.workers) ?? fail("--workers must be a positive integer");
      const live = options.arcticShift === true || options.api === true;
      if (live && paths.length > 0) fail("give files or a live source (--arctic-shift / --api), not both");
      if (!live && paths.length === 0) fail("name at least one file or directory, or a live source");
      if (options.arcticShift && options.api) fail("--arctic-shift and --api are two sources: choose one");

      const report = new IngestReport((problem) =>
        console.error(`skipped: ${problem.source} ${problem.where}: ${problem.reason} [${problem.kind}]`),
      );
      const progress =
        live && options.progress !== false ? new Progress("reddit live", { unit: "records" }) : undefined;
      const userAgent = options.userAgent ?? process.env.REDDIT_USER_AGENT ?? DEFAULT_USER_AGENT;
      const onWait = (ms: number, reason: string): void => progress?.wait(reason, ms);
      const liveOptions = {
        report,
        ...(progress !== undefined ? { progress } : {}),
        ...(options.save !== undefined ? { save: options.save } : {}),
        log: (line: string) => console.error(line),
      };
      const baseUrl = options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {};

      const gateway = Gateway.connect();
      try {
        if (options.arcticShift) {
          const after = unixSeconds(options.after) ?? fail("--arctic-shift needs --after DATE");
          const before = unixSeconds(options.before) ?? fail("--arctic-shift needs --before DATE");
          const client = new ArcticShiftClient({ ...baseUrl, userAgent, onWait });
          await ingestArcticShift(
            gateway,
            client,
            { subreddit: options.subreddit, after, before },
            liveOptions,
          );
        } else if (options.api) {
          const clientId =
            process.env.REDDIT_CLIENT_ID ?? fail("--api needs REDDIT_CLIENT_ID in the environment");
          const clientSecret =
            process.env.REDDIT_CLIENT_SECRET ?? fail("--api needs REDDIT_CLIENT_SECRET in the environment");
          const client = new RedditApiClient({ ...baseUrl, clientId, clientSecret, userAgent, onWait });
          if (options.thread !== undefined) {
            await ingestRedditApiThread(gateway, client, options.thread, liveOptions);
          } else if (options.listing === "new" || options.listing === "top") {
            const limit = positiveInt(options.limit) ?? fail("--limit must be a positive integer");
            await ingestRedditApiListing(
              gateway,
              client,
              { subreddit: options.subreddit, sort: options.listing, limit },
              liveOptions,
            );
          } else {
            fail("--api needs --thread ID_OR_URL or --listing new|top");
          }
        } else {
          await ingestRedditFiles(gateway, paths, {
            report,
            batchSize,
            workers,
            resume: options.resume === true,
            progress: options.progress !== false,
            log: (line) => console.error(line),
          });
        }
      } finally {
        progress?.done();
        await gateway.close();
      }
      console.log(options.json ? JSON.stringify(report.toJSON(), null, 2) : report.summary());
      if (options.strict && report.skippedTotal > 0) process.exitCode = 2;
    });
}

function positiveInt(text: string): number | undefined {
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 ? value : undefined;
}

/** An ISO date or date-time (UTC unless it says otherwise), or Unix seconds. */
function unixSeconds(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (/^\d{9,11}$/.test(text)) return Number(text);
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}
