/** Options for a progress display. */
export interface ProgressOptions {
  /** What is being counted, e.g. "comments". */
  readonly unit: string;
  /** Total work in `position` units (bytes of a file, say), when known: enables the percentage and the ETA. */
  readonly total?: number;
  readonly stream?: NodeJS.WriteStream;
  /** How often a plain (non-terminal) log line is written. */
  readonly logEveryMs?: number;
}

/**
 * A progress bar on a terminal (one line, redrawn), plain log lines otherwise (CI, pipes).
 * Counts records for the rate and a position (bytes read, say) for the ETA, and shows why it is waiting.
 */
export class Progress {
  private records = 0;
  private position = 0;
  private waiting: string | undefined;
  private readonly started = Date.now();
  private lastDraw = 0;
  private readonly stream: NodeJS.WriteStream;
  private readonly tty: boolean;

  constructor(
    private readonly label: string,
    private readonly options: ProgressOptions,
  ) {
    this.stream = options.stream ?? process.stderr;
    this.tty = this.stream.isTTY === true;
  }

  /** Adds `records` done and moves the position to `position` (if given). */
  tick(records: number, position?: number): void {
    this.records += records;
    if (position !== undefined) this.position = position;
    this.waiting = undefined;
    this.draw(false);
  }

  /** Says the run is waiting (rate limit, back-off) until the next tick. */
  wait(reason: string, ms: number): void {
    this.waiting = `waiting ${(ms / 1000).toFixed(1)} s: ${reason}`;
    this.draw(true);
  }

  /** Ends the line; returns records per second over the whole run. */
  done(): number {
    this.draw(true);
    if (this.tty) this.stream.write("\n");
    return this.rate();
  }

  private rate(): number {
    const seconds = (Date.now() - this.started) / 1000;
    return seconds > 0 ? this.records / seconds : 0;
  }

  private draw(force: boolean): void {
    const now = Date.now();
    const every = this.tty ? 200 : (this.options.logEveryMs ?? 5000);
    if (!force && now - this.lastDraw < every) return;
    this.lastDraw = now;
    const parts = [
      `${this.label}: ${this.records.toLocaleString("en")} ${this.options.unit}`,
      `${Math.round(this.rate()).toLocaleString("en")}/s`,
    ];
    const total = this.options.total;
    if (total !== undefined && total > 0 && this.position > 0) {
      const fraction = Math.min(1, this.position / total);
      const elapsed = (now - this.started) / 1000;
      const eta = fraction > 0 ? elapsed / fraction - elapsed : 0;
      parts.push(`${(fraction * 100).toFixed(1)}%`, `ETA ${Math.round(eta)} s`);
      if (this.tty) parts.unshift(bar(fraction));
    }
    if (this.waiting !== undefined) parts.push(this.waiting);
    const line = parts.join("  ");
    if (this.tty) this.stream.write(`\r${line.padEnd(100).slice(0, Math.max(100, line.length))}`);
    else this.stream.write(`${line}\n`);
  }
}

function bar(fraction: number, width = 24): string {
  const full = Math.round(fraction * width);
  return `[${"#".repeat(full)}${".".repeat(width - full)}]`;
}
