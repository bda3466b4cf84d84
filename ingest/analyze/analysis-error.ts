/** A problem with the analyzer's own inputs (a data file, an option, a labelled set): says where and why. */
export class AnalysisError extends Error {
  override readonly name = "AnalysisError";
}
