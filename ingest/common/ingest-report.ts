/** One input record that was not loaded: where it is and why it was refused. */
export interface IngestProblem {
  /** A short stable kind used for the "skipped by reason" counts, e.g. "invalid-json", "missing-id". */
  readonly kind: string;
  /** The file or URL the record came from. */
  readonly source: string;
  /** Where in the source: "line 12", "$[1].data.children[3]", "front matter". */
  readonly where: string;
  /** Why, in words a user can act on. */
  readonly reason: string;
}

/**
 * What an ingest run did: counts and every problem with its place. Sources share it so a run over many files
 * ends with one summary; the problems list is capped so a file of garbage cannot exhaust memory.
 */
export class IngestReport {
  read = 0;
  created = 0;
  updated = 0;
  unchanged = 0;
  readonly skipped = new Map<string, number>();
  readonly problems: IngestProblem[] = [];
  private problemsDropped = 0;

  constructor(
    private readonly onProblem: (problem: IngestProblem) => void = () => undefined,
    private readonly maxProblemsKept = 1000,
  ) {}

  /** Records a refused record; it is counted under its kind and kept (up to the cap) with its place. */
  skip(problem: IngestProblem): void {
    this.skipped.set(problem.kind, (this.skipped.get(problem.kind) ?? 0) + 1);
    if (this.problems.length < this.maxProblemsKept) this.problems.push(problem);
    else this.problemsDropped += 1;
    this.onProblem(problem);
  }

  /** A record read and refused before it reached the graph: counted as read, and skipped with its problem. */
  refuse(problem: IngestProblem): void {
    this.read += 1;
    this.skip(problem);
  }

  get skippedTotal(): number {
    let total = 0;
    for (const count of this.skipped.values()) total += count;
    return total;
  }

  /** Records that reached the graph (new or changed or already there). */
  get loaded(): number {
    return this.created + this.updated + this.unchanged;
  }

  toJSON(): Record<string, unknown> {
    return {
      read: this.read,
      loaded: this.loaded,
      created: this.created,
      updated: this.updated,
      unchanged: this.unchanged,
      skipped: Object.fromEntries(this.skipped),
      problems: this.problems,
      problemsNotListed: this.problemsDropped,
    };
  }

  /** One line for the end of a run: read, loaded (created / updated / unchanged), skipped by reason. */
  summary(): string {
    const reasons = [...this.skipped.entries()].map(([kind, count]) => `${kind} ${count}`).join(", ");
    return (
      `read ${this.read}, loaded ${this.loaded} (created ${this.created}, updated ${this.updated}, ` +
      `unchanged ${this.unchanged}), skipped ${this.skippedTotal}${reasons ? ` (${reasons})` : ""}`
    );
  }
}
