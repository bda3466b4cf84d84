import { Command } from "commander";

import { registerAnalyzeCommand } from "./analyze.ts";
import { registerDbCommands } from "./db.ts";
import { registerIngestHfCommand } from "./ingest-hf.ts";
import { registerIngestRedditCommand } from "./ingest-reddit.ts";
import { reportFailure } from "./report-failure.ts";
import { registerServeCommand } from "./serve.ts";
import { registerStatsCommand } from "./stats.ts";

/** The `commons` command line: one entry point for the database, ingest, analysis, API and exports. */
const program = new Command()
  .name("commons")
  .description("commons-graph: r/LocalLLaMA and Hugging Face model families as one knowledge graph in Neo4j")
  .showHelpAfterError();

registerDbCommands(program);
const ingest = program.command("ingest").description("load data into the graph");
registerIngestRedditCommand(ingest);
registerIngestHfCommand(ingest);
registerStatsCommand(program);
registerAnalyzeCommand(program);
registerServeCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  reportFailure(error);
}
