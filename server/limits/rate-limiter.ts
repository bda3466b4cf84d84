/**
 * A per-client token bucket: each client may make `limit` requests per `windowMs`, refilled continuously.
 * In memory, per server process; behind a load balancer each instance limits on its own (see README).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private lastSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for the client; returns 0 when allowed, else the milliseconds until one is free. */
  take(client: string): number {
    const now = this.now();
    this.sweep(now);
    const rate = this.limit / this.windowMs;
    const bucket = this.buckets.get(client) ?? { tokens: this.limit, at: now };
    bucket.tokens = Math.min(this.limit, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / rate);
  }

  /** Forgets clients whose bucket is full again, so memory stays bounded by the active clients. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [client, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * (this.limit / this.windowMs) >= this.limit) {
        this.buckets.delete(client);
      }
    }
  }
}
