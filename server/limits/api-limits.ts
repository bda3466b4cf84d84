/** Every limit the API enforces, with the defaults `commons serve` uses. */
export interface ApiLimits {
  /** Deepest selection set a query may have. */
  readonly maxDepth: number;
  /** Complexity budget of one operation (see complexity-rule.ts for how fields are priced). */
  readonly maxComplexity: number;
  /** Largest page of a list (first) and default when omitted. */
  readonly maxPageSize: number;
  /** Largest node / edge limit a graph query may ask for. */
  readonly maxGraphLimit: number;
  /** Deepest familyTree traversal (up / down). */
  readonly maxTreeDepth: number;
  /** Server-side Neo4j transaction timeout for every read. */
  readonly readTimeoutMs: number;
  /** A query still running after this long checks, once, whether Neo4j is reachable at all (see read.ts). */
  readonly unavailableProbeMs: number;
  /** Requests one client may make per window. */
  readonly rateLimit: number;
  readonly rateWindowMs: number;
}

export const DEFAULT_LIMITS: ApiLimits = {
  maxDepth: 8,
  maxComplexity: 5000,
  maxPageSize: 100,
  maxGraphLimit: 5000,
  maxTreeDepth: 10,
  readTimeoutMs: 10_000,
  unavailableProbeMs: 1500,
  rateLimit: 600,
  rateWindowMs: 60_000,
};
