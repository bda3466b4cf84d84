import path from "node:path";

import { loadQuery } from "../db/cypher.ts";
import { Gateway } from "../db/gateway.ts";
import { applySchema } from "../db/schema.ts";
import { loadAnalysisInputs } from "../ingest/analyze/analysis-inputs.ts";
import { runAnalyze, type AnalyzeReport } from "../ingest/analyze/run-analyze.ts";
import { ingestRedditFiles } from "../ingest/reddit/ingest-reddit-files.ts";
import type { Benchmark } from "./benchmark.ts";

// `npm run bench -- analyze [--replicas N] [--page-size N]`, against the database the environment names (NEO4J_URI, else the
// local one): loads samples/reddit-bulk with the real ingest if the graph has no threads, adds N replicas of it
// (the API benchmark's copy queries: ids suffixed _1.._N, tree shapes, bodies and authors kept), then times
// `commons analyze` three ways. It changes analysis results and pending flags of what is there: use a
// benchmark database.
const BULK = path.resolve(import.meta.dirname, "..", "samples", "reddit-bulk");
const BULK_THREADS = 3187;
const BULK_COMMENTS = 66_551;

const benchmark: Benchmark = {
  description:
    "commons analyze on samples/reddit-bulk (3,187 threads, 66,551 comments; with --replicas N, N more copies of it): " +
    "incremental after every post was ingested (all pending), incremental after ~1/36 of posts changed, " +
    "incremental with every post pending and nothing derived yet (as after a first ingest: every edge written), and --all; " +
    "figures in comments per second of the whole run (threads, help over whole threads, identities included). " +
    "Baseline: the full recompute (--all) of the same graph in the same run.",
  async run({ args, log }) {
    const replicas = numberArg(args, "--replicas", 0);
    const pageSize = numberArg(args, "--page-size", 5000);
    const gateway = Gateway.connect();
    try {
      await applySchema(gateway);
      let [counts] = await gateway.runAutoCommit<{ threads: number; comments: number; replicas: number }>(
        "MATCH (t:Thread) WITH count(t) AS threads, max(t.replica) AS r MATCH (c:Comment) RETURN threads, count(c) AS comments, coalesce(r, 0) AS replicas",
      );
      // Loaded when absent, and completed when only part of it is there (a rerun of the ingest is idempotent).
      if ((counts?.threads ?? 0) < BULK_THREADS || (counts?.comments ?? 0) < BULK_COMMENTS) {
        const started = performance.now();
        await ingestRedditFiles(gateway, [BULK]);
        log(`reddit-bulk ingested in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      }
      const have = counts?.replicas ?? 0;
      if (replicas > have) {
        for (const what of ["threads", "comments"]) {
          const name = `api/bench/replicate-${what}`;
          await gateway.runAutoCommit(loadQuery(name), { from: have + 1, to: replicas }, name);
        }
        log(`replicas ${have + 1}..${replicas} made`);
      }
      [counts] = await gateway.runAutoCommit<{ threads: number; comments: number; replicas: number }>(
        "MATCH (t:Thread) WITH count(t) AS threads, max(t.replica) AS r MATCH (c:Comment) RETURN threads, count(c) AS comments, coalesce(r, 0) AS replicas",
      );
      log(`graph: ${counts?.threads} threads, ${counts?.comments} comments`);
      const inputs = loadAnalysisInputs();
      const mark = async (suffixes: string[] | null): Promise<void> => {
        await gateway.runAutoCommit(
          loadQuery("analyze/bench/mark-pending"),
          { suffixes },
          "analyze/bench/mark-pending",
        );
      };
      const timed = async (label: string, all: boolean): Promise<AnalyzeReport> => {
        const report = await runAnalyze(gateway, inputs, { all, pageSize });
        log(
          `${label}: ${report.threads} threads + ${report.comments} comments in ${report.seconds.toFixed(2)} s = ` +
            `${Math.round(report.comments / report.seconds)} comments/s (${report.helpAnswers} help answers, ${report.mentions} mentions); stages ${JSON.stringify(report.stageSeconds, (_k, v: unknown) => (typeof v === "number" ? Math.round(v * 100) / 100 : v))}`,
        );
        return report;
      };
      // A first pass so every run below starts from an analyzed graph (and the JIT is warm).
      await runAnalyze(gateway, inputs, { all: true, pageSize });
      await mark(null);
      const incremental = await timed("incremental, everything pending", false);
      await mark(["a"]);
      const small = await timed("incremental, ~1/36 changed", false);
      // As after a first ingest: nothing derived yet, so every derivation is written (none is found in place).
      await gateway.runAutoCommit(
        loadQuery("analyze/bench/forget-analysis"),
        {},
        "analyze/bench/forget-analysis",
      );
      await mark(null);
      const fresh = await timed("incremental, everything pending and nothing derived yet", false);
      const full = await timed("full recompute (--all)", true);
      return {
        figures: {
          // What the analysis had to do, beside the rates: a graph missing threads or authors needs far less help
          // work, and looked the same when only comments were counted.
          threads: counts?.threads ?? 0,
          comments: counts?.comments ?? 0,
          helpAnswers: incremental.helpAnswers,
          mentions: incremental.mentions,
          incrementalCommentsPerSecond: incremental.comments / incremental.seconds,
          incrementalSeconds: incremental.seconds,
          smallIncrementalComments: small.comments,
          smallIncrementalCommentsPerSecond: small.comments / small.seconds,
          smallIncrementalSeconds: small.seconds,
          firstIncrementalCommentsPerSecond: fresh.comments / fresh.seconds,
          firstIncrementalSeconds: fresh.seconds,
        },
        baseline: {
          fullRecomputeCommentsPerSecond: full.comments / full.seconds,
          fullRecomputeSeconds: full.seconds,
        },
        goals: { incrementalCommentsPerSecond: ">= 20000/s" },
        notes:
          `${replicas} replicas of reddit-bulk, pages of ${pageSize}` +
          (counts?.threads === BULK_THREADS * (replicas + 1) &&
          counts.comments === BULK_COMMENTS * (replicas + 1)
            ? ""
            : `; NOT reddit-bulk as it is: the graph held ${counts?.threads} threads and ${counts?.comments} comments`),
      };
    } finally {
      await gateway.close();
    }
  },
};

function numberArg(args: readonly string[], flag: string, fallback: number): number {
  const i = args.indexOf(flag);
  if (i < 0) return fallback;
  const n = Number(args[i + 1]);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag}: not a count: ${args[i + 1]}`);
  return n;
}

export default benchmark;
