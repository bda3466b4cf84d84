/** What a benchmark in bench/ exports as default: it measures, the runner records. */
export interface Benchmark {
  /** One sentence: what is measured, on what data (say if replicated, and how). */
  readonly description: string;
  run(options: BenchOptions): Promise<BenchResult>;
}

export interface BenchOptions {
  /** Free-form arguments after the name: `npm run bench -- NAME --scale 10`. */
  readonly args: readonly string[];
  readonly log: (line: string) => void;
}

export interface BenchResult {
  /** The figures this benchmark exists for, by name (rates per second, milliseconds, MiB …). */
  readonly figures: Record<string, number>;
  /** The same work done the simple way in the same run, so the figures read as ratios. */
  readonly baseline: Record<string, number>;
  /** Goals stated in the issue, for the results line: name → text such as ">= 20000/s". */
  readonly goals?: Record<string, string>;
  readonly notes?: string;
}
