import path from "node:path";
import { fileURLToPath } from "node:url";

import { Command } from "commander";

import { Gateway } from "../db/gateway.ts";
import { loadAnalysisInputs } from "../ingest/analyze/analysis-inputs.ts";
import { runAnalyze } from "../ingest/analyze/run-analyze.ts";
import { ingestHfCards } from "../ingest/hf/ingest-hf-cards.ts";
import { ingestHfTree } from "../ingest/hf/ingest-hf-tree.ts";
import { ingestHfTrending } from "../ingest/hf/ingest-hf-trending.ts";
import { ingestRedditFiles } from "../ingest/reddit/ingest-reddit-files.ts";
import { createServer } from "../server/create-server.ts";
import { readServerConfig } from "../server/server-config.ts";
import { startDatabase } from "./db.ts";
import { ensureClientBuilt } from "./ensure-client-built.ts";
import { reportFailure } from "./report-failure.ts";
import { readGraphStats } from "./stats.ts";

const SAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "samples");

/**
 * `npm run demo`: the main job on the embedded default — start Neo4j, apply the schema, load the bundled real
 * samples (idempotent: a second run changes nothing), analyze them, build the explorer and serve it.
 */
const program = new Command()
  .name("demo")
  .option("--no-serve", "stop after loading and analyzing (the Docker ingest service uses this)")
  .option("--port <port>", "API and explorer port (env COMMONS_API_PORT, default 4000)")
  .action(async (options: { serve: boolean; port?: string }) => {
    const log = (line: string): void => console.log(`[demo] ${line}`);
    await startDatabase(log);
    const gateway = Gateway.connect();
    let keepGateway = false;
    try {
      log(
        "loading r/LocalLLaMA: 6 thread responses, a /new listing, 3,187 threads and 66,551 comments (NDJSON .zst)",
      );
      const reddit = await ingestRedditFiles(
        gateway,
        [path.join(SAMPLES, "reddit"), path.join(SAMPLES, "reddit-bulk")],
        { progress: true },
      );
      log(`reddit: ${reddit.summary()}`);
      log("loading Hugging Face: 18 model cards, a crawled Llama-2-7b family tree, 10 trending models");
      const cards = await ingestHfCards(gateway, path.join(SAMPLES, "hf", "cards"));
      const tree = await ingestHfTree(
        gateway,
        path.join(SAMPLES, "hf", "trees", "Llama-2-7b_finetunes_20250422_180448.json"),
      );
      log(`hf cards: ${cards.summary()}`);
      log(`hf tree: ${tree.summary()}`);
      const trending = await ingestHfTrending(
        gateway,
        path.join(SAMPLES, "hf", "api", "trending_cache.json"),
      );
      log(`hf trending: ${trending.summary()}`);
      log("analyzing: mentions, peer help, releases and evaluations, identities, themes and stances");
      const analysis = await runAnalyze(gateway, loadAnalysisInputs(), {
        cards: path.join(SAMPLES, "hf", "cards"),
      });
      log(
        `analysis: ${analysis.threads} threads and ${analysis.comments} comments analyzed in ${analysis.seconds.toFixed(1)} s; ` +
          `${analysis.mentions} mentions, ${analysis.helpedPairs} helped pairs, ${analysis.announcements} announcements, ` +
          `${analysis.evaluations} evaluations, ${analysis.classified} classified`,
      );
      const stats = await readGraphStats(gateway);
      log(
        `graph: ${Object.entries(stats.nodes)
          .map(([label, count]) => `${count} ${label}`)
          .join(", ")}`,
      );
      if (!options.serve) return;

      ensureClientBuilt(log);
      const config = readServerConfig();
      const server = await createServer({
        gateway,
        port: options.port !== undefined ? Number(options.port) : config.port,
        host: config.host,
        corsOrigins: config.corsOrigins,
        token: config.token,
        limits: config.limits,
      });
      keepGateway = true;
      log(`explorer: ${server.url}`);
      log(`GraphQL:  ${server.url}graphql   health: ${server.url}health`);
      log(
        `try:     ${server.url}tree?model=meta-llama%2FLlama-2-7b   (a crawled family tree: fine-tunes, quantizations, merges)`,
      );
      log(
        `         ${server.url}tree?model=mistralai%2FMistral-7B-v0.1   (from the model cards, with the Reddit threads behind them)`,
      );
      log(`         ${server.url}help   ${server.url}thread?id=1lwnj5x   ${server.url}research`);
      log("Ctrl-C stops the server; Neo4j keeps running until `npm run commons -- db stop`");
      for (const signal of ["SIGINT", "SIGTERM"] as const) {
        process.once(signal, () => {
          void server.close().then(() => gateway.close());
        });
      }
    } finally {
      if (!keepGateway) await gateway.close();
    }
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  reportFailure(error);
}
