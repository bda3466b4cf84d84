/**
 * At most `capacity` writes in flight while the caller prepares the next, so Node and Neo4j work at the same
 * time. A failed write surfaces at the next wait (never as an unhandled rejection), once every other write has
 * settled too, so nothing is still being written when the caller rejects.
 */
export class WritesInFlight {
  private readonly running: Promise<void>[] = [];
  private failure: { error: unknown } | undefined;

  constructor(private readonly capacity: number) {}

  start(work: Promise<void>): void {
    this.running.push(
      work.catch((error: unknown) => {
        this.failure ??= { error };
      }),
    );
  }

  /** Waits until fewer than `capacity` writes are running; throws if one has failed. */
  async waitForRoom(): Promise<void> {
    while (this.running.length >= this.capacity) await this.running.shift();
    if (this.failure !== undefined) await this.waitForAll();
  }

  /** Waits for every write; throws the first failure. */
  async waitForAll(): Promise<void> {
    await Promise.all(this.running.splice(0));
    if (this.failure !== undefined) throw this.failure.error;
  }
}
