import type { Gateway } from "../../db/gateway.ts";
import { loadAnalysisInputs } from "../../ingest/analyze/analysis-inputs.ts";
import { runAnalyze } from "../../ingest/analyze/run-analyze.ts";
import { ingestHfCards } from "../../ingest/hf/ingest-hf-cards.ts";
import { ingestRedditFiles } from "../../ingest/reddit/ingest-reddit-files.ts";

/** The real model cards and Reddit threads of samples/, loaded and analyzed: the graph the analysis APIs read. */
export async function loadAnalyzedSamples(gateway: Gateway): Promise<void> {
  await ingestHfCards(gateway, "samples/hf/cards");
  await ingestRedditFiles(gateway, ["samples/reddit"]);
  await runAnalyze(gateway, loadAnalysisInputs());
}
