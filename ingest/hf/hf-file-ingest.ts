import type { Gateway } from "../../db/gateway.ts";
import type { IngestProblem } from "../common/ingest-report.ts";
import { HfGraphWriter } from "./hf-graph-writer.ts";
import { HfIngestReport } from "./hf-ingest-report.ts";

/** Options shared by the file sources (cards, tree crawls, trending responses). */
export interface HfFileIngestOptions {
  readonly batchSize?: number;
  /** Told about each problem as it is found (the CLI prints them). */
  readonly onProblem?: (problem: IngestProblem) => void;
  /** Add to an existing report (several sources in one run). */
  readonly report?: HfIngestReport;
}

/** The report a file source adds to (the given one, or a new one) and the batched writer that fills it. */
export function openHfFileIngest(
  gateway: Gateway,
  options: HfFileIngestOptions,
): { report: HfIngestReport; writer: HfGraphWriter } {
  const report = options.report ?? new HfIngestReport(options.onProblem);
  const writer = new HfGraphWriter(
    gateway,
    report,
    options.batchSize !== undefined ? { batchSize: options.batchSize } : {},
  );
  return { report, writer };
}
